// Losing the application's connection while signed in: the bundled test server stops in the
// middle of an edit and starts again in a new socket folder. The save fails as a lost
// connection, the ConnectionMonitor reopens the connection with fresh settings and puts the
// session back, and the same edit then saves. The health check pauses while reconnecting.
#include "ConnectionMonitor.h"
#include "SessionManager.h"
#include "StaffRepository.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString App = u"reconnect-app"_s;
const QString Admin = u"reconnect-admin"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString CashierPhone = u"+2250100000003"_s;
const QString Password = u"Attieke-poisson-2026"_s;
// Sign-in derives an Argon2id key, and a restart waits for the server.
constexpr int Timeout = 30000;

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveDuringOutageRetriesAfterRestart();
    void healthCheckNoticesStoppedServer();

private:
    QString currentSetting(const QString &name);

    TestServer m_server;
    SessionManager *m_sessions = nullptr;
    QString m_cashierId;
};

void TestReconnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    const QString restaurant = m_server.createRestaurant(
        u"Maquis du Plateau"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    QVERIFY(!restaurant.isEmpty());
    m_cashierId =
        m_server.addStaff(restaurant, CashierPhone, u"Ehui Brou"_s, u"cashier"_s, Password);
    QVERIFY(!m_cashierId.isEmpty());

    m_sessions = new SessionManager(App, nullptr, this);
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    m_sessions->signIn(OwnerPhone, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
}

QString TestReconnect::currentSetting(const QString &name)
{
    QSqlQuery query = TestServer::run(App, u"select current_setting(?)"_s, {name});
    return query.next() ? query.value(0).toString() : QString();
}

void TestReconnect::saveDuringOutageRetriesAfterRestart()
{
    StaffRepository repository(App);
    std::optional<StaffMember> member = repository.fetch(m_cashierId);
    QVERIFY(member.has_value());
    StaffMember edited = *member;
    edited.displayName = u"Ehui Brou-N'Dri"_s;
    const QString oldSocketFolder = m_server.server().socketFolder();

    ConnectionMonitor monitor(App);
    monitor.setSettingsProvider([this] { return m_server.appSettings(); });
    monitor.setReconnectStep([this] { return m_sessions->reapplySessionSettings(); });
    monitor.setRetryInterval(100ms);
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);

    m_server.server().stop();
    const Outcome failed = repository.update(edited);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.kind, DatabaseError::Kind::ConnectionLost);
    QCOMPARE(failed.message, DatabaseError(DatabaseError::Kind::ConnectionLost).message());

    // The page reports the failed save; retries fail while the server is down.
    monitor.reportConnectionLost();
    QCOMPARE(lost.size(), 1);
    QVERIFY(monitor.isConnectionLost());
    QVERIFY(!monitor.reconnectNow());

    QVERIFY2(m_server.server().start(), qPrintable(m_server.server().errorDetail()));
    QVERIFY(m_server.server().socketFolder() != oldSocketFolder);
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, Timeout);
    QVERIFY(!monitor.isConnectionLost());

    // The new server process got the session back: the restaurant's time zone and a token
    // that row-level security accepts.
    QCOMPARE(currentSetting(u"TimeZone"_s), m_sessions->session().timeZone);
    const Outcome saved = repository.update(edited);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    const std::optional<StaffMember> reread = repository.fetch(m_cashierId);
    QVERIFY(reread.has_value());
    QCOMPARE(reread->displayName, edited.displayName);
}

void TestReconnect::healthCheckNoticesStoppedServer()
{
    ConnectionMonitor monitor(App);
    monitor.setSettingsProvider([this] { return m_server.appSettings(); });
    monitor.setReconnectStep([this] { return m_sessions->reapplySessionSettings(); });
    monitor.setCheckInterval(100ms);
    monitor.setRetryInterval(100ms);
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);
    monitor.setChecksEnabled(true);
    QVERIFY(monitor.isChecking());
    QVERIFY(monitor.checkNow());

    m_server.server().stop();
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, Timeout);
    // While reconnecting, the health check waits, also when a page enables checks again.
    QVERIFY(!monitor.isChecking());
    monitor.setChecksEnabled(true);
    QVERIFY(!monitor.isChecking());

    QVERIFY2(m_server.server().start(), qPrintable(m_server.server().errorDetail()));
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, Timeout);
    QVERIFY(monitor.isChecking());
    QVERIFY(monitor.checkNow());
    QCOMPARE(lost.size(), 1);
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
