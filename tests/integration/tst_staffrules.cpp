// The rules on staff that the database enforces whatever the client sends, exercised
// through the application's own StaffRepository and through raw statements.
#include "StaffRepository.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString App = u"rules-app"_s;
const QString Admin = u"rules-admin"_s;
const QString Password = u"Foutou-banane-2026"_s;

struct AddResult
{
    Outcome outcome;
    bool existingAccount = false;
};

AddResult addThroughRepository(StaffRepository &repository, const NewStaffMember &member)
{
    AddResult result;
    bool finished = false;
    QObject context;
    repository.addStaff(
        member, u"Maquis A"_s, &context, [&](const Outcome &outcome, bool existing) {
            result = {outcome, existing};
            finished = true;
        });
    if (!QTest::qWaitFor([&] { return finished; }, 20000))
        result.outcome = Outcome::failure(u"timed out"_s);
    return result;
}

Outcome resetThroughRepository(
    StaffRepository &repository, const QString &staffId, const QString &password)
{
    Outcome result = Outcome::failure(u"timed out"_s);
    bool finished = false;
    QObject context;
    repository.resetPassword(staffId, password, {}, &context, [&](const Outcome &outcome) {
        result = outcome;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 20000))
        result = Outcome::failure(u"timed out"_s);
    return result;
}

} // namespace

class TestStaffRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addStaffWithApostrophe();
    void existingPersonKeepsPassword();
    void duplicateRoleIsRefused();
    void managerCannotTouchPrivilegedRoles();
    void nobodyChangesOwnRoleOrDeactivatesSelf();
    void lastOwnerStays();
    void staffAreNeverDeleted();
    void versionConflictIsReported();
    void roleChangeTakesEffectAtOnce();
    void everyChangeIsAudited();
    void resetNeedsOwnershipOfEveryRestaurant();
    void cashierCannotManageStaff();

private:
    void actAs(const QString &phone, const QString &staffId = {});

    TestServer m_server;
    StaffRepository m_repository {App};
    QString m_restaurantA;
    QString m_restaurantB;
    QString m_ownerA;
    QString m_managerA;
};

void TestStaffRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurantA = m_server.createRestaurant(
        u"Maquis A"_s, u"Adjoua N'Guessan"_s, u"+2250700000001"_s, Password);
    m_restaurantB =
        m_server.createRestaurant(u"Maquis B"_s, u"Kouassi Aké"_s, u"+2250500000002"_s, Password);
    QVERIFY(!m_restaurantA.isEmpty() && !m_restaurantB.isEmpty());
    QSqlQuery owner = TestServer::run(
        Admin, u"select id from app.staff where restaurant_id = ?"_s, {m_restaurantA});
    QVERIFY(owner.next());
    m_ownerA = owner.value(0).toString();
    m_managerA = m_server.addStaff(
        m_restaurantA, u"+2250100000009"_s, u"Mariam Ouattara-Diallo"_s, u"manager"_s, Password);
    QVERIFY(!m_managerA.isEmpty());
}

void TestStaffRules::init()
{
    actAs(u"+2250700000001"_s, m_ownerA);
}

void TestStaffRules::actAs(const QString &phone, const QString &staffId)
{
    const TestServer::Tokens tokens = TestServer::signIn(App, phone, Password, staffId);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(TestServer::useToken(App, tokens.accessToken));
}

void TestStaffRules::addStaffWithApostrophe()
{
    const AddResult added = addThroughRepository(m_repository,
        {u"07 00 00 00 30"_s, u"Konan N'Dri Kouamé"_s, u"driver"_s, u"Kedjenou-du-soir"_s});
    QVERIFY2(added.outcome.ok, qPrintable(added.outcome.message));
    QVERIFY(!added.existingAccount);

    const std::optional<StaffMember> stored = m_repository.fetch(added.outcome.value);
    QVERIFY(stored);
    QCOMPARE(stored->displayName, u"Konan N'Dri Kouamé"_s);
    QCOMPARE(stored->phone, u"+2250700000030"_s);
    QCOMPARE(stored->role, u"driver"_s);

    // A new person must replace the initial password at the first sign-in.
    QSqlQuery mustChange = TestServer::run(Admin,
        u"select must_change_password from auth.users where phone = ?"_s, {u"+2250700000030"_s});
    QVERIFY(mustChange.next());
    QVERIFY(mustChange.value(0).toBool());
}

void TestStaffRules::existingPersonKeepsPassword()
{
    // The owner of restaurant B also works as a cashier in A.
    QCOMPARE(m_repository.phoneStatus(u"+2250500000002"_s), StaffRepository::PhoneStatus::Account);
    const AddResult added = addThroughRepository(m_repository,
        {u"+225 05 00 00 00 02"_s, u"Kouassi Aké"_s, u"cashier"_s, u"ignored-password-1"_s});
    QVERIFY2(added.outcome.ok, qPrintable(added.outcome.message));
    QVERIFY(added.existingAccount);
    QCOMPARE(m_repository.phoneStatus(u"+2250500000002"_s), StaffRepository::PhoneStatus::Member);

    // Their own password still works, and the initial one typed by A's owner does not.
    const TestServer::Tokens own = TestServer::signIn(App, u"+2250500000002"_s, Password);
    QVERIFY(!own.refreshToken.isEmpty());
    QSqlQuery mustChange = TestServer::run(Admin,
        u"select must_change_password from auth.users where phone = ?"_s, {u"+2250500000002"_s});
    QVERIFY(mustChange.next());
    QVERIFY(!mustChange.value(0).toBool());
}

void TestStaffRules::duplicateRoleIsRefused()
{
    const AddResult added = addThroughRepository(
        m_repository, {u"+2250100000009"_s, u"Mariam Ouattara-Diallo"_s, u"manager"_s, QString()});
    QVERIFY(!added.outcome.ok);
    QCOMPARE(added.outcome.kind, DatabaseError::Kind::DuplicateMember);
}

void TestStaffRules::managerCannotTouchPrivilegedRoles()
{
    actAs(u"+2250100000009"_s, m_managerA);

    const AddResult manager = addThroughRepository(m_repository,
        {u"+2250700000031"_s, u"Aya Koné"_s, u"manager"_s, u"Placali-sauce-graine"_s});
    QCOMPARE(manager.outcome.kind, DatabaseError::Kind::PrivilegedTarget);

    const AddResult cashier = addThroughRepository(m_repository,
        {u"+2250700000032"_s, u"Yéo Sita"_s, u"cashier"_s, u"Placali-sauce-graine"_s});
    QVERIFY2(cashier.outcome.ok, qPrintable(cashier.outcome.message));

    std::optional<StaffMember> owner = m_repository.fetch(m_ownerA);
    QVERIFY(owner);
    owner->displayName = u"Renamed by a manager"_s;
    QCOMPARE(m_repository.update(*owner).kind, DatabaseError::Kind::PrivilegedTarget);

    std::optional<StaffMember> promoted = m_repository.fetch(cashier.outcome.value);
    QVERIFY(promoted);
    promoted->role = u"owner"_s;
    QCOMPARE(m_repository.update(*promoted).kind, DatabaseError::Kind::PrivilegedTarget);
}

void TestStaffRules::nobodyChangesOwnRoleOrDeactivatesSelf()
{
    std::optional<StaffMember> self = m_repository.fetch(m_ownerA);
    QVERIFY(self);
    StaffMember demoted = *self;
    demoted.role = u"manager"_s;
    QCOMPARE(m_repository.update(demoted).kind, DatabaseError::Kind::OwnRoleChange);
    QCOMPARE(m_repository.setActive(m_ownerA, false, self->version).kind,
        DatabaseError::Kind::SelfDeactivation);

    StaffMember renamed = *self;
    renamed.displayName = u"Adjoua N'Guessan Épouse Koffi"_s;
    QVERIFY(m_repository.update(renamed).ok);
}

void TestStaffRules::lastOwnerStays()
{
    // An administrator's connection skips the checks on the actor but not this one.
    QSqlQuery demote =
        TestServer::run(Admin, u"update app.staff set role = 'manager' where id = ?"_s, {m_ownerA});
    QCOMPARE(demote.lastError().nativeErrorCode(), u"R3411"_s);
    QSqlQuery deactivate =
        TestServer::run(Admin, u"update app.staff set active = false where id = ?"_s, {m_ownerA});
    QCOMPARE(deactivate.lastError().nativeErrorCode(), u"R3411"_s);

    // With a second owner, the first may be demoted.
    const QString second = m_server.addStaff(
        m_restaurantA, u"+2250700000033"_s, u"Ange-Désiré Gnagne"_s, u"owner"_s, Password);
    QSqlQuery demoteSecond =
        TestServer::run(Admin, u"update app.staff set role = 'manager' where id = ?"_s, {second});
    QVERIFY2(!demoteSecond.lastError().isValid(), qPrintable(demoteSecond.lastError().text()));
}

void TestStaffRules::staffAreNeverDeleted()
{
    QSqlQuery adminDelete =
        TestServer::run(Admin, u"delete from app.staff where id = ?"_s, {m_managerA});
    QCOMPARE(adminDelete.lastError().nativeErrorCode(), u"R3414"_s);
    QSqlQuery appDelete =
        TestServer::run(App, u"delete from app.staff where id = ?"_s, {m_managerA});
    QCOMPARE(appDelete.lastError().nativeErrorCode(), u"42501"_s);
    QVERIFY(m_repository.fetch(m_managerA));
}

void TestStaffRules::versionConflictIsReported()
{
    std::optional<StaffMember> first = m_repository.fetch(m_managerA);
    std::optional<StaffMember> second = m_repository.fetch(m_managerA);
    QVERIFY(first && second);

    first->displayName = u"Mariam Ouattara"_s;
    QVERIFY(m_repository.update(*first).ok);

    second->displayName = u"Mariam Diallo"_s;
    const Outcome stale = m_repository.update(*second);
    QCOMPARE(stale.kind, DatabaseError::Kind::VersionConflict);
    QCOMPARE(m_repository.fetch(m_managerA)->displayName, u"Mariam Ouattara"_s);
}

void TestStaffRules::roleChangeTakesEffectAtOnce()
{
    const QString phone = u"+2250500000034"_s;
    const QString staffId =
        m_server.addStaff(m_restaurantA, phone, u"Fatou Traoré"_s, u"manager"_s, Password);
    const TestServer::Tokens managerTokens = TestServer::signIn(App, phone, Password);
    QVERIFY(TestServer::useToken(App, managerTokens.accessToken));
    QSqlQuery managerCount = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(managerCount.next());
    QVERIFY(managerCount.value(0).toInt() > 1);

    QSqlQuery demote =
        TestServer::run(Admin, u"update app.staff set role = 'cashier' where id = ?"_s, {staffId});
    QVERIFY(!demote.lastError().isValid());

    // Same token: a cashier sees only their own row.
    QSqlQuery cashierCount = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(cashierCount.next());
    QCOMPARE(cashierCount.value(0).toInt(), 1);
}

void TestStaffRules::everyChangeIsAudited()
{
    QSqlQuery before = TestServer::run(
        Admin, u"select count(*) from app.audit_log where entity_id = ?"_s, {m_managerA});
    QVERIFY(before.next());
    const int auditRows = before.value(0).toInt();

    std::optional<StaffMember> manager = m_repository.fetch(m_managerA);
    QVERIFY(manager);
    QVERIFY(m_repository.setActive(m_managerA, false, manager->version).ok);

    QSqlQuery after = TestServer::run(Admin,
        u"select count(*), bool_and(actor_user_id is not null), "
        "(array_agg(after_data ->> 'active' order by id desc))[1] "
        "from app.audit_log where entity_id = ?"_s,
        {m_managerA});
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toInt(), auditRows + 1);
    QCOMPARE(after.value(2).toString(), u"false"_s);

    manager = m_repository.fetch(m_managerA);
    QVERIFY(m_repository.setActive(m_managerA, true, manager->version).ok);
}

void TestStaffRules::resetNeedsOwnershipOfEveryRestaurant()
{
    // A cashier only in A: A's owner may reset.
    const QString onlyHere = m_server.addStaff(
        m_restaurantA, u"+2250700000035"_s, u"Ehui Brou"_s, u"cashier"_s, Password);
    QCOMPARE(m_repository.passwordResetStatus(onlyHere), StaffRepository::ResetStatus::Allowed);
    const Outcome reset = resetThroughRepository(m_repository, onlyHere, u"Temporaire-2026"_s);
    QVERIFY2(reset.ok, qPrintable(reset.message));
    QSqlQuery mustChange = TestServer::run(Admin,
        u"select must_change_password from auth.users where phone = ?"_s, {u"+2250700000035"_s});
    QVERIFY(mustChange.next());
    QVERIFY(mustChange.value(0).toBool());

    // A person who also works in B: A's owner may not.
    const QString alsoInB = m_server.addStaff(
        m_restaurantA, u"+2250700000036"_s, u"Zoé Bamba"_s, u"kitchen"_s, Password);
    QVERIFY(
        !m_server
             .addStaff(m_restaurantB, u"+2250700000036"_s, u"Zoé Bamba"_s, u"cashier"_s, Password)
             .isEmpty());
    QCOMPARE(
        m_repository.passwordResetStatus(alsoInB), StaffRepository::ResetStatus::OtherRestaurants);
    const Outcome refused = resetThroughRepository(m_repository, alsoInB, u"Temporaire-2026"_s);
    QCOMPARE(refused.kind, DatabaseError::Kind::ResetNotAllowed);

    QCOMPARE(m_repository.passwordResetStatus(m_ownerA), StaffRepository::ResetStatus::Self);
}

void TestStaffRules::cashierCannotManageStaff()
{
    const QString phone = u"+2250100000037"_s;
    m_server.addStaff(m_restaurantA, phone, u"Aya Koné"_s, u"cashier"_s, Password);
    actAs(phone);

    QSqlQuery count = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);

    QSqlQuery update = TestServer::run(App, u"update app.staff set display_name = 'X'"_s);
    QCOMPARE(update.numRowsAffected(), 0);

    const AddResult added = addThroughRepository(m_repository,
        {u"+2250700000038"_s, u"Sékou Coulibaly"_s, u"driver"_s, u"Alloco-piment-2026"_s});
    QCOMPARE(added.outcome.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(m_repository.passwordResetStatus(m_managerA), StaffRepository::ResetStatus::NotOwner);
}

QTEST_GUILESS_MAIN(TestStaffRules)
#include "tst_staffrules.moc"
