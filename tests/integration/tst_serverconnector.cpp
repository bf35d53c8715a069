// Start-up against a shared server: ServerConnector tests TLS, reads the password from the
// throwaway keyring and opens the connection, and it stops on a replaced certificate.
#include "SecretStore.h"
#include "ServerConnector.h"
#include "ServerProfile.h"
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

namespace {

const QString KeychainService = u"resto360-test"_s;
const QString ConnectionName = u"server-connector"_s;
constexpr int Timeout = 15000;

} // namespace

class TestServerConnector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsWithKeychainPassword();
    void missingPasswordFails();
    void replacedCertificateStops();

private:
    ServerProfile profile() const;

    TlsTestServer m_server;
    SecretStore *m_secrets = nullptr;
};

void TestServerConnector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("RESTO360_THROWAWAY_KEYRING"),
        "run this test through tests/support/run-with-keyring.sh");
    QCoreApplication::setOrganizationName(u"resto360-tests"_s);
    QCoreApplication::setApplicationName(u"tst_serverconnector"_s);
    QSettings().clear();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_secrets = new SecretStore(KeychainService, this);
}

ServerProfile TestServerConnector::profile() const
{
    ServerProfile profile;
    profile.useServer = true;
    profile.host = u"127.0.0.1"_s;
    profile.port = m_server.port();
    profile.databaseName = u"postgres"_s;
    profile.userName = m_server.adminSettings().userName;
    profile.tlsMode = ServerProfile::TlsMode::Require;
    return profile;
}

void TestServerConnector::connectsWithKeychainPassword()
{
    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    m_secrets->writeSecret(profile().passwordKey(), m_server.adminSettings().password.toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, Timeout);

    ServerConnector connector(profile(), m_secrets);
    QSignalSpy connected(&connector, &ServerConnector::connected);
    QSignalSpy failed(&connector, &ServerConnector::failed);
    connector.connectTo(ConnectionName);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size() + failed.size(), 1, Timeout);
    QCOMPARE(connected.size(), 1);

    {
        QSqlQuery query(QSqlDatabase::database(ConnectionName));
        QVERIFY(query.exec(u"select ssl from pg_stat_ssl where pid = pg_backend_pid()"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
    }
    closeConnection(ConnectionName);

    // Trust on first use: the certificate seen at this start is remembered.
    QString error;
    QCOMPARE(TlsProbe::rememberedFingerprint(u"127.0.0.1"_s, m_server.port()),
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error));
    QCOMPARE(connector.settings().options, u"sslmode=require"_s);
}

void TestServerConnector::missingPasswordFails()
{
    ServerProfile other = profile();
    other.userName = u"nobody_here"_s;

    ServerConnector connector(other, m_secrets);
    QSignalSpy connected(&connector, &ServerConnector::connected);
    QSignalSpy failed(&connector, &ServerConnector::failed);
    connector.connectTo(ConnectionName);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QCOMPARE(connected.size(), 0);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

void TestServerConnector::replacedCertificateStops()
{
    QString error;
    QVERIFY2(m_server.replaceCertificateAndRestart(&error), qPrintable(error));

    ServerConnector connector(profile(), m_secrets);
    QSignalSpy connected(&connector, &ServerConnector::connected);
    QSignalSpy failed(&connector, &ServerConnector::failed);
    connector.connectTo(ConnectionName);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QCOMPARE(connected.size(), 0);
    QVERIFY(!QSqlDatabase::contains(ConnectionName)
        || !QSqlDatabase::database(ConnectionName, false).isOpen());
}

QTEST_GUILESS_MAIN(TestServerConnector)
#include "tst_serverconnector.moc"
