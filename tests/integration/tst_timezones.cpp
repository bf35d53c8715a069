#include "Migrator.h"
#include "RestaurantTime.h"
#include "SecretStore.h"
#include "SessionManager.h"
#include "TestServer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString App = u"timezone-app"_s;
const QString Admin = u"timezone-admin"_s;
const QString Password = u"Garba-du-vendredi-2026"_s;
const QString OwnerPhone = u"+2250700000021"_s;
constexpr int Timeout = 20000;

// Paris switches from CET (UTC+1) to CEST (UTC+2) at 01:00 UTC on 29 March 2026, so these
// instants show as 01:30 and 03:30 in Paris, while Abidjan stays on UTC all year.
const QDateTime BeforeSwitch(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
const QDateTime AfterSwitch(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc());

} // namespace

class TestTimeZones : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pcRunsOnParisTime();
    void sessionUsesRestaurantZone();
    void auditTimesAcrossParisSwitch();
    void instantSurvivesOtherSessionZone();
    void formatUsesRestaurantZone();
    void unknownZoneFallsBackToUtc();

private:
    TestServer m_server;
    SecretStore *m_secrets = nullptr;
    SessionManager *m_sessions = nullptr;
    QString m_restaurantId;
};

void TestTimeZones::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(qEnvironmentVariableIsSet("RESTO360_THROWAWAY_KEYRING"),
        "run this test through tests/support/run-with-keyring.sh");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurantId = m_server.createRestaurant(
        u"Maquis de Treichville"_s, u"Mariam Ouattara"_s, OwnerPhone, Password);
    QVERIFY(!m_restaurantId.isEmpty());
    for (const QDateTime &instant : {BeforeSwitch, AfterSwitch}) {
        QSqlQuery audit = TestServer::run(Admin,
            u"insert into app.audit_log (restaurant_id, happened_at, action, entity) "
            "values (?::uuid, ?::timestamptz, 'clock_check', 'restaurant')"_s,
            {m_restaurantId, instant.toString(Qt::ISODate)});
        QVERIFY2(!audit.lastError().isValid(), qPrintable(audit.lastError().text()));
    }

    m_secrets = new SecretStore(u"resto360-test"_s, this);
    m_sessions = new SessionManager(App, m_secrets, this);
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    m_sessions->signIn(OwnerPhone, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
}

void TestTimeZones::pcRunsOnParisTime()
{
    // Without this the other checks would pass for the wrong reason.
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Paris"));
    QCOMPARE(AfterSwitch.toLocalTime().time(), QTime(3, 30));
}

void TestTimeZones::sessionUsesRestaurantZone()
{
    QCOMPARE(m_sessions->session().timeZone, u"Africa/Abidjan"_s);
    QSqlQuery zone = TestServer::run(App, u"select current_setting('TimeZone')"_s);
    QVERIFY2(zone.next(), qPrintable(zone.lastError().text()));
    QCOMPARE(zone.value(0).toString(), u"Africa/Abidjan"_s);
}

void TestTimeZones::auditTimesAcrossParisSwitch()
{
    QSqlQuery rows(QSqlDatabase::database(App));
    QVERIFY2(
        rows.exec(
            u"select happened_at, cast(happened_at as text) as happened_at_text from app.audit_log "
            "where action = 'clock_check' order by happened_at"_s),
        qPrintable(rows.lastError().text()));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toDateTime().toUTC(), BeforeSwitch);
    QCOMPARE(rows.value(1).toString(), u"2026-03-29 00:30:00+00"_s);

    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toDateTime().toUTC(), AfterSwitch);
    QCOMPARE(rows.value(1).toString(), u"2026-03-29 01:30:00+00"_s);

    const RestaurantTime clock(m_sessions->session().timeZone);
    const QDateTime shown = clock.toRestaurantTime(rows.value(0).toDateTime());
    QCOMPARE(shown.time(), QTime(1, 30));
    QCOMPARE(shown.date(), QDate(2026, 3, 29));
    QVERIFY(!rows.next());
}

void TestTimeZones::instantSurvivesOtherSessionZone()
{
    // A restaurant away from UTC makes the server send times with a non-zero offset, which
    // the driver must keep when it builds the QDateTime.
    QSqlQuery zone(QSqlDatabase::database(Admin));
    QVERIFY2(zone.exec(u"set TimeZone = 'Asia/Tokyo'"_s), qPrintable(zone.lastError().text()));
    QSqlQuery rows(QSqlDatabase::database(Admin));
    QVERIFY2(rows.exec(u"select happened_at from app.audit_log where action = 'clock_check' "
                       "order by happened_at desc limit 1"_s),
        qPrintable(rows.lastError().text()));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toDateTime().toUTC(), AfterSwitch);
}

void TestTimeZones::formatUsesRestaurantZone()
{
    const RestaurantTime clock(u"Africa/Abidjan"_s);
    const QLocale french(QLocale::French, QLocale::IvoryCoast);
    const QString shown = clock.format(AfterSwitch, QLocale::ShortFormat, french);
    QVERIFY2(shown.contains(u"01:30"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"03:30"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"29/03/2026"_s), qPrintable(shown));

    // A restaurant in another zone gets its own wall time for the same instant.
    const RestaurantTime parisClock(u"Europe/Paris"_s);
    QVERIFY(parisClock.format(AfterSwitch, QLocale::ShortFormat, french).contains(u"03:30"_s));

    QVERIFY(clock.format(QDateTime()).isEmpty());
}

void TestTimeZones::unknownZoneFallsBackToUtc()
{
    const RestaurantTime clock(u"Nowhere/Imaginary"_s);
    QCOMPARE(clock.timeZone(), QTimeZone::utc());
    QCOMPARE(clock.toRestaurantTime(AfterSwitch).time(), QTime(1, 30));
}

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
