// Two PCs edit the same staff member and the same restaurant settings: two connections, each
// with its own SessionManager signed in as the owner. The second save is refused as a
// version conflict, nothing is overwritten, and EditConflict lists what differs.
#include "EditConflict.h"
#include "RestaurantRepository.h"
#include "SessionManager.h"
#include "StaffRepository.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString FirstPc = u"conflict-pc-1"_s;
const QString SecondPc = u"conflict-pc-2"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString Password = u"Foutou-banane-2026"_s;
constexpr int Timeout = 30000;

const EditConflict::Difference *findDifference(
    const QList<EditConflict::Difference> &differences, const QString &key)
{
    for (const EditConflict::Difference &difference : differences) {
        if (difference.key == key)
            return &difference;
    }
    return nullptr;
}

} // namespace

class TestEditConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondStaffSaveIsRefused();
    void secondSettingsSaveIsRefused();

private:
    TestServer m_server;
    QString m_cashierId;
};

void TestEditConflict::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const QString restaurant = m_server.createRestaurant(
        u"Maquis Le Baobab"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    QVERIFY(!restaurant.isEmpty());
    m_cashierId =
        m_server.addStaff(restaurant, u"+2250100000003"_s, u"Ehui Brou"_s, u"cashier"_s, Password);
    QVERIFY(!m_cashierId.isEmpty());

    for (const QString &pc : {FirstPc, SecondPc}) {
        QVERIFY(TestServer::open(pc, m_server.appSettings()));
        auto *sessions = new SessionManager(pc, nullptr, this);
        QSignalSpy signedIn(sessions, &SessionManager::signedIn);
        sessions->signIn(OwnerPhone, Password);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    }
}

void TestEditConflict::secondStaffSaveIsRefused()
{
    StaffRepository first(FirstPc);
    StaffRepository second(SecondPc);
    std::optional<StaffMember> firstCopy = first.fetch(m_cashierId);
    std::optional<StaffMember> secondCopy = second.fetch(m_cashierId);
    QVERIFY(firstCopy && secondCopy);

    firstCopy->displayName = u"Ehui Brou-Kouamé"_s;
    const Outcome firstSave = first.update(*firstCopy);
    QVERIFY2(firstSave.ok, qPrintable(firstSave.message));

    secondCopy->role = u"kitchen"_s;
    const Outcome secondSave = second.update(*secondCopy);
    QVERIFY(!secondSave.ok);
    QCOMPARE(secondSave.kind, DatabaseError::Kind::VersionConflict);
    QVERIFY(!secondSave.message.isEmpty());

    // Nothing was overwritten: the first PC's name stays, the second PC's role did not land.
    const std::optional<StaffMember> saved = second.fetch(m_cashierId);
    QVERIFY(saved);
    QCOMPARE(saved->displayName, u"Ehui Brou-Kouamé"_s);
    QCOMPARE(saved->role, u"cashier"_s);

    const QList<EditConflict::Difference> differences = EditConflict::compare(*secondCopy, *saved);
    QCOMPARE(differences.size(), 2);
    const EditConflict::Difference *name = findDifference(differences, u"displayName"_s);
    QVERIFY(name);
    QCOMPARE(name->yours, u"Ehui Brou"_s);
    QCOMPARE(name->theirs, u"Ehui Brou-Kouamé"_s);
    QVERIFY(findDifference(differences, u"role"_s));
    QVERIFY(!findDifference(differences, u"active"_s));

    // The table escapes what people typed.
    const QString html = EditConflict::toHtml(differences);
    QVERIFY(html.contains(u"Ehui Brou-Kouamé"_s));
}

void TestEditConflict::secondSettingsSaveIsRefused()
{
    RestaurantRepository first(FirstPc);
    RestaurantRepository second(SecondPc);
    std::optional<RestaurantSettings> firstCopy = first.load();
    std::optional<RestaurantSettings> secondCopy = second.load();
    QVERIFY(firstCopy && secondCopy);

    firstCopy->name = u"Maquis Le Baobab d'Abobo"_s;
    const Outcome firstSave = first.save(*firstCopy, {});
    QVERIFY2(firstSave.ok, qPrintable(firstSave.message));

    secondCopy->address = u"Rue des Jardins <Cocody>"_s;
    const Outcome secondSave = second.save(*secondCopy, {});
    QVERIFY(!secondSave.ok);
    QCOMPARE(secondSave.kind, DatabaseError::Kind::VersionConflict);

    const std::optional<RestaurantSettings> saved = second.load();
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Maquis Le Baobab d'Abobo"_s);
    QVERIFY(saved->address != secondCopy->address);

    const QList<EditConflict::Difference> differences = EditConflict::compare(*secondCopy, *saved);
    const EditConflict::Difference *name = findDifference(differences, u"name"_s);
    QVERIFY(name);
    QCOMPARE(name->yours, u"Maquis Le Baobab"_s);
    QCOMPARE(name->theirs, u"Maquis Le Baobab d'Abobo"_s);
    QVERIFY(findDifference(differences, u"address"_s));
    QVERIFY(!findDifference(differences, u"timeZone"_s));
    QVERIFY(EditConflict::toHtml(differences).contains(u"&lt;Cocody&gt;"_s));
}

QTEST_GUILESS_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
