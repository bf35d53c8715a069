// Reconnecting to a shared server over TLS: before each attempt the ConnectionMonitor tests the
// server's certificate again. The same certificate after a restart lets the connection come
// back; a certificate replaced while the connection was lost stops the attempts, even though
// sslmode=require alone would accept any certificate.
#include "ConnectionMonitor.h"
#include "ConnectionSettings.h"
#include "TlsProbe.h"
#include "TlsTestServer.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString Host = u"127.0.0.1"_s;
const QString Connection = u"tls-reconnect"_s;
// A restart waits for the server, and each attempt may wait for the probe's timeout.
constexpr int Timeout = 30000;

} // namespace

class TestTlsReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sameCertificateReconnects();
    void changedCertificateStopsReconnecting();

private:
    ConnectionSettings settings() const;
    bool connectionWorks() const;
    void watchWithTlsCheck(ConnectionMonitor &monitor) const;

    TlsTestServer m_server;
};

void TestTlsReconnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"resto360-tests"_s);
    QCoreApplication::setApplicationName(u"tst_tlsreconnect"_s);
    QSettings().clear();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTlsReconnect::init()
{
    // Trust the certificate the server has now, as the first connection from this PC does.
    QString error;
    const QString fingerprint =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!fingerprint.isEmpty(), qPrintable(error));
    TlsProbe::rememberFingerprint(Host, m_server.port(), fingerprint);

    error = openConnection(Connection, settings());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(connectionWorks());
}

void TestTlsReconnect::cleanup()
{
    closeConnection(Connection);
}

ConnectionSettings TestTlsReconnect::settings() const
{
    // sslmode=require checks no certificate: only the monitor's probe can notice a new one.
    ConnectionSettings settings = m_server.adminSettings();
    settings.options = ConnectionSettings::tlsOptions({});
    return settings;
}

bool TestTlsReconnect::connectionWorks() const
{
    QSqlQuery query(QSqlDatabase::database(Connection, false));
    return query.exec(u"select 1"_s) && query.next();
}

void TestTlsReconnect::watchWithTlsCheck(ConnectionMonitor &monitor) const
{
    monitor.setSettingsProvider([this] { return settings(); });
    monitor.setTlsCheck(Host, m_server.port(), {});
    monitor.setRetryInterval(100ms);
}

void TestTlsReconnect::sameCertificateReconnects()
{
    ConnectionMonitor monitor(Connection);
    watchWithTlsCheck(monitor);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);
    QSignalSpy rejected(&monitor, &ConnectionMonitor::certificateRejected);

    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QVERIFY(!connectionWorks());
    monitor.reportConnectionLost();

    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, Timeout);
    QVERIFY(rejected.isEmpty());
    QVERIFY(!monitor.isConnectionLost());
    QVERIFY(connectionWorks());
}

void TestTlsReconnect::changedCertificateStopsReconnecting()
{
    ConnectionMonitor monitor(Connection);
    watchWithTlsCheck(monitor);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);
    QSignalSpy rejected(&monitor, &ConnectionMonitor::certificateRejected);

    QString error;
    QVERIFY2(m_server.replaceCertificateAndRestart(&error), qPrintable(error));
    monitor.reportConnectionLost();

    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, Timeout);
    const QString message = rejected.at(0).at(0).toString();
    QVERIFY2(message.contains(u"%1:%2"_s.arg(Host).arg(m_server.port())), qPrintable(message));
    QCOMPARE(message, monitor.certificateRejectedMessage());
    QVERIFY(monitor.isCertificateRejected());

    // No later attempt opens the connection, and reporting the loss again changes nothing.
    QVERIFY(!monitor.reconnectNow());
    monitor.reportConnectionLost();
    QTest::qWait(500);
    QVERIFY(reconnected.isEmpty());
    QCOMPARE(rejected.size(), 1);
    QVERIFY(monitor.isConnectionLost());
    QVERIFY(!connectionWorks());

    // The server itself still accepts a plain sslmode=require connection, so the rejection
    // came from the monitor's certificate test.
    const QString other = u"tls-reconnect-plain"_s;
    error = openConnection(other, settings());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    closeConnection(other);
}

QTEST_GUILESS_MAIN(TestTlsReconnect)
#include "tst_tlsreconnect.moc"
