// Ending sessions: an owner signs a staff member out everywhere, a password change keeps
// only the calling session, a reset ends them all, and purge_expired removes what is old.
#include "DatabaseError.h"
#include "SessionTestHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString App = u"revocation-app"_s;
const QString Admin = u"revocation-admin"_s;
const QString Password = u"Sauce-graine-du-dimanche"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString CashierPhone = u"+2250100000003"_s;
const QString ManagerPhone = u"+2250700000004"_s;

int liveSessions(const QString &phone)
{
    return scalar(Admin,
        u"select count(*) from auth.sessions s join auth.users u on u.id = s.user_id "
        "where u.phone = ? and s.revoked_at is null"_s,
        {phone})
        .toInt();
}

QString sessionOf(const QString &refreshToken)
{
    return scalar(Admin,
        u"select session_id from auth.refresh_tokens where token_hash = auth.hash_token(?)"_s,
        {refreshToken})
        .toString();
}

bool seesStaff(const QString &accessToken)
{
    return TestServer::useToken(App, accessToken)
        && scalar(App, u"select count(*) from app.staff"_s).toInt() > 0;
}

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void ownerSignsCashierOutEverywhere();
    void revocationNeedsOwnerPermission_data();
    void revocationNeedsOwnerPermission();
    void otherRestaurantStaffIsNotFound();
    void revocationWithoutTokenIsRejected();
    void ownPasswordChangeKeepsCurrentSession();
    void passwordResetEndsEverySession();
    void purgeRemovesOldRowsOnly();
    void purgeRejectsNegativeRetention();
    void purgeIsNotForTheApp();

private:
    TestServer m_server;
    QString m_restaurant;
    QString m_ownerStaff;
    QString m_cashier;
    QString m_manager;
    QString m_otherCashier;
    QByteArray m_ownerKey;
    QByteArray m_cashierKey;
    QByteArray m_managerKey;
};

void TestRevocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurant = m_server.createRestaurant(
        u"Maquis Chez Ambroise"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    const QString other = m_server.createRestaurant(
        u"Le Petit Bassam"_s, u"Kouassi Aké"_s, u"+2250500000002"_s, Password);
    QVERIFY(!m_restaurant.isEmpty() && !other.isEmpty());
    m_ownerStaff =
        scalar(Admin, u"select id from app.staff where restaurant_id = ?"_s, {m_restaurant})
            .toString();
    m_cashier =
        m_server.addStaff(m_restaurant, CashierPhone, u"Élodie Yao"_s, u"cashier"_s, Password);
    m_manager =
        m_server.addStaff(m_restaurant, ManagerPhone, u"Zoé Bamba"_s, u"manager"_s, Password);
    m_otherCashier =
        m_server.addStaff(other, u"+2250100000009"_s, u"Ehui Brou"_s, u"cashier"_s, Password);
    QVERIFY(!m_cashier.isEmpty() && !m_manager.isEmpty() && !m_otherCashier.isEmpty());

    m_ownerKey = deriveKey(App, OwnerPhone, Password);
    m_cashierKey = deriveKey(App, CashierPhone, Password);
    m_managerKey = deriveKey(App, ManagerPhone, Password);
}

void TestRevocation::init()
{
    QVERIFY(TestServer::useToken(App, QString()));
}

void TestRevocation::ownerSignsCashierOutEverywhere()
{
    // Élodie is signed in on two PCs.
    const TestServer::Tokens first = signIn(App, CashierPhone, m_cashierKey, m_cashier);
    const TestServer::Tokens second = signIn(App, CashierPhone, m_cashierKey, m_cashier);
    QVERIFY(seesStaff(first.accessToken));
    QVERIFY(seesStaff(second.accessToken));
    const int before = liveSessions(CashierPhone);
    QVERIFY(before >= 2);

    const TestServer::Tokens owner = signIn(App, OwnerPhone, m_ownerKey, m_ownerStaff);
    QVERIFY(TestServer::useToken(App, owner.accessToken));
    QSqlQuery revoke = TestServer::run(App, u"select auth.revoke_staff_sessions(?)"_s, {m_cashier});
    QVERIFY2(revoke.next(), qPrintable(revoke.lastError().text()));
    QCOMPARE(revoke.value(0).toInt(), before);
    QCOMPARE(liveSessions(CashierPhone), 0);

    // Her access tokens stop at the next statement and her refresh tokens buy nothing.
    QVERIFY(!seesStaff(first.accessToken));
    QVERIFY(!seesStaff(second.accessToken));
    QCOMPARE(refresh(App, first.refreshToken).status, u"invalid"_s);
    QCOMPARE(refresh(App, second.refreshToken).status, u"invalid"_s);

    // The owner is still signed in, and the audit log names the action.
    QVERIFY(seesStaff(owner.accessToken));
    QCOMPARE(
        scalar(Admin,
            u"select count(*) from app.audit_log where action = 'revoke_sessions' "
            "and entity_id = ? and restaurant_id = ? and (after_data ->> 'sessions_revoked')::int = ?"_s,
            {m_cashier, m_restaurant, before})
            .toInt(),
        1);

    // She can sign in again with her password.
    QVERIFY(!signIn(App, CashierPhone, m_cashierKey, m_cashier).accessToken.isEmpty());
}

void TestRevocation::revocationNeedsOwnerPermission_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("target");
    QTest::newRow("cashier") << CashierPhone << u"manager"_s;
    QTest::newRow("manager") << ManagerPhone << u"cashier"_s;
}

void TestRevocation::revocationNeedsOwnerPermission()
{
    QFETCH(QString, phone);
    QFETCH(QString, target);

    const bool isCashier = phone == CashierPhone;
    const TestServer::Tokens caller = signIn(
        App, phone, isCashier ? m_cashierKey : m_managerKey, isCashier ? m_cashier : m_manager);
    const QString targetStaff = target == u"manager"_s ? m_manager : m_cashier;
    const QString targetPhone = target == u"manager"_s ? ManagerPhone : CashierPhone;
    QVERIFY(
        !signIn(App, targetPhone, target == u"manager"_s ? m_managerKey : m_cashierKey, targetStaff)
             .accessToken.isEmpty());
    const int before = liveSessions(targetPhone);

    QVERIFY(TestServer::useToken(App, caller.accessToken));
    QSqlQuery revoke =
        TestServer::run(App, u"select auth.revoke_staff_sessions(?)"_s, {targetStaff});
    QCOMPARE(revoke.lastError().nativeErrorCode(), u"R3403"_s);
    QCOMPARE(DatabaseError::fromSqlError(revoke.lastError(), "revoke").kind(),
        DatabaseError::Kind::PermissionDenied);
    QCOMPARE(liveSessions(targetPhone), before);
}

void TestRevocation::otherRestaurantStaffIsNotFound()
{
    const TestServer::Tokens owner = signIn(App, OwnerPhone, m_ownerKey, m_ownerStaff);
    QVERIFY(TestServer::useToken(App, owner.accessToken));

    for (const QString &unknown : {m_otherCashier, u"00000000-0000-0000-0000-000000000000"_s}) {
        QSqlQuery revoke =
            TestServer::run(App, u"select auth.revoke_staff_sessions(?)"_s, {unknown});
        QCOMPARE(revoke.lastError().nativeErrorCode(), u"R3404"_s);
        QCOMPARE(DatabaseError::fromSqlError(revoke.lastError(), "revoke").kind(),
            DatabaseError::Kind::StaffNotFound);
    }
    QCOMPARE(scalar(Admin,
                 u"select count(*) from app.audit_log where action = 'revoke_sessions' "
                 "and entity_id = ?"_s,
                 {m_otherCashier})
                 .toInt(),
        0);
}

void TestRevocation::revocationWithoutTokenIsRejected()
{
    QSqlQuery revoke = TestServer::run(App, u"select auth.revoke_staff_sessions(?)"_s, {m_cashier});
    QCOMPARE(revoke.lastError().nativeErrorCode(), u"R3440"_s);
}

void TestRevocation::ownPasswordChangeKeepsCurrentSession()
{
    const TestServer::Tokens thisPc = signIn(App, ManagerPhone, m_managerKey, m_manager);
    const TestServer::Tokens otherPc = signIn(App, ManagerPhone, m_managerKey, m_manager);
    const QString thisSession = sessionOf(thisPc.refreshToken);

    // The same password under a new salt, because only the revocation matters here.
    QVERIFY(TestServer::useToken(App, thisPc.accessToken));
    const QByteArray salt = PasswordKdf::randomBytes(PasswordKdf::SaltBytes);
    KdfParameters parameters;
    parameters.algorithm = u"argon2id13"_s;
    parameters.salt = salt;
    parameters.opsLimit = PasswordKdf::MinOpsLimit;
    parameters.memLimitBytes = PasswordKdf::MinMemLimitBytes;
    const QByteArray newKey = PasswordKdf::derive(Password, parameters).key;
    QSqlQuery change = TestServer::run(App, u"select auth.change_my_password(?, ?, ?, ?, ?)"_s,
        {m_managerKey, salt, int(parameters.opsLimit), qlonglong(parameters.memLimitBytes),
            newKey});
    QVERIFY2(!change.lastError().isValid(), qPrintable(change.lastError().text()));

    QCOMPARE(liveSessions(ManagerPhone), 1);
    QVERIFY(
        scalar(Admin, u"select revoked_at is null from auth.sessions where id = ?"_s, {thisSession})
            .toBool());
    QVERIFY(seesStaff(thisPc.accessToken));
    QVERIFY(!seesStaff(otherPc.accessToken));
    QCOMPARE(refresh(App, otherPc.refreshToken).status, u"invalid"_s);
    QCOMPARE(refresh(App, thisPc.refreshToken).status, u"ok"_s);
    m_managerKey = newKey;
}

void TestRevocation::passwordResetEndsEverySession()
{
    const TestServer::Tokens first = signIn(App, CashierPhone, m_cashierKey, m_cashier);
    const TestServer::Tokens second = signIn(App, CashierPhone, m_cashierKey, m_cashier);
    QVERIFY(liveSessions(CashierPhone) >= 2);

    const TestServer::Tokens owner = signIn(App, OwnerPhone, m_ownerKey, m_ownerStaff);
    QVERIFY(TestServer::useToken(App, owner.accessToken));
    QSqlQuery reset = TestServer::run(App, u"select auth.reset_staff_password(?, ?, ?, ?, ?)"_s,
        {m_cashier, PasswordKdf::randomBytes(PasswordKdf::SaltBytes), 1,
            qlonglong(PasswordKdf::MinMemLimitBytes),
            PasswordKdf::randomBytes(PasswordKdf::KeyBytes)});
    QVERIFY2(!reset.lastError().isValid(), qPrintable(reset.lastError().text()));

    QCOMPARE(liveSessions(CashierPhone), 0);
    QCOMPARE(refresh(App, first.refreshToken).status, u"invalid"_s);
    QCOMPARE(refresh(App, second.refreshToken).status, u"invalid"_s);
    QVERIFY(!seesStaff(first.accessToken));
}

void TestRevocation::purgeRemovesOldRowsOnly()
{
    const QString user =
        scalar(Admin, u"select id from auth.users where phone = ?"_s, {OwnerPhone}).toString();
    // Old sessions: one revoked 40 days ago, one that expired 40 days ago, each with a token.
    const QString revokedOld = scalar(Admin,
        u"insert into auth.sessions (user_id, created_at, expires_at, revoked_at, revoked_reason) "
        "values (?, now() - interval '50 days', now() + interval '1 day', now() - interval '40 "
        "days', 'test') "
        "returning id"_s,
        {user})
                                   .toString();
    const QString expiredOld = scalar(Admin,
        u"insert into auth.sessions (user_id, created_at, expires_at) "
        "values (?, now() - interval '70 days', now() - interval '40 days') returning id"_s,
        {user})
                                   .toString();
    // Recent ones stay: revoked yesterday, and a live one.
    const QString revokedRecent = scalar(Admin,
        u"insert into auth.sessions (user_id, expires_at, revoked_at) "
        "values (?, now() + interval '1 day', now() - interval '1 day') returning id"_s,
        {user})
                                      .toString();
    const TestServer::Tokens live = signIn(App, OwnerPhone, m_ownerKey, m_ownerStaff);
    QVERIFY(!revokedOld.isEmpty() && !expiredOld.isEmpty() && !revokedRecent.isEmpty());
    for (const QString &session : {revokedOld, expiredOld}) {
        QVERIFY(scalar(Admin,
            u"insert into auth.refresh_tokens (token_hash, session_id, expires_at) "
            "values (extensions.gen_random_bytes(32), ?, now()) returning 1"_s,
            {session})
                    .isValid());
    }

    // Throttle rows: stale, recent, and still locked.
    QVERIFY(scalar(Admin,
        u"insert into auth.login_throttle (phone, failures, last_failure_at) values "
        "('+2250700000091', 3, now() - interval '2 days'), "
        "('+2250700000092', 3, now() - interval '1 hour') returning 1"_s)
                .isValid());
    QVERIFY(scalar(Admin,
        u"insert into auth.login_throttle (phone, failures, last_failure_at, locked_until) values "
        "('+2250700000093', 10, now() - interval '2 days', now() + interval '1 hour') returning 1"_s)
                .isValid());

    QSqlQuery purge = TestServer::run(Admin,
        u"select sessions_deleted, refresh_tokens_deleted, throttle_rows_deleted from auth.purge_expired()"_s);
    QVERIFY2(purge.next(), qPrintable(purge.lastError().text()));
    QCOMPARE(purge.value(0).toInt(), 2);
    QCOMPARE(purge.value(1).toInt(), 2);
    QCOMPARE(purge.value(2).toInt(), 1);

    QCOMPARE(scalar(Admin, u"select count(*) from auth.sessions where id in (?, ?)"_s,
                 {revokedOld, expiredOld})
                 .toInt(),
        0);
    QCOMPARE(scalar(Admin, u"select count(*) from auth.refresh_tokens where session_id in (?, ?)"_s,
                 {revokedOld, expiredOld})
                 .toInt(),
        0);
    QCOMPARE(scalar(Admin, u"select count(*) from auth.sessions where id = ?"_s, {revokedRecent})
                 .toInt(),
        1);
    QCOMPARE(scalar(Admin,
                 u"select count(*) from auth.login_throttle where phone in "
                 "('+2250700000092', '+2250700000093')"_s)
                 .toInt(),
        2);
    QCOMPARE(refresh(App, live.refreshToken).status, u"ok"_s);

    // A shorter retention reaches the session revoked yesterday.
    QCOMPARE(scalar(Admin, u"select sessions_deleted from auth.purge_expired(interval '1 hour')"_s)
                 .toInt(),
        1);
}

void TestRevocation::purgeRejectsNegativeRetention()
{
    QSqlQuery purge =
        TestServer::run(Admin, u"select * from auth.purge_expired(interval '-1 day')"_s);
    QCOMPARE(purge.lastError().nativeErrorCode(), u"R3420"_s);
}

void TestRevocation::purgeIsNotForTheApp()
{
    const TestServer::Tokens owner = signIn(App, OwnerPhone, m_ownerKey, m_ownerStaff);
    QVERIFY(TestServer::useToken(App, owner.accessToken));
    QSqlQuery purge = TestServer::run(App, u"select * from auth.purge_expired(interval '0')"_s);
    QCOMPARE(purge.lastError().nativeErrorCode(), u"42501"_s);
}

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
