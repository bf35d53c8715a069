// The TLS probe and TLS connection options against a real PostgreSQL that listens on
// 127.0.0.1 with a certificate made by the openssl tool at test time, plus a silent TCP
// listener and a closed port for the failure cases.
#include "ConnectionSettings.h"
#include "TlsProbe.h"
#include "TlsTestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Host = u"127.0.0.1"_s;
constexpr int ResultTimeoutMs = 15000;

} // namespace

class TestTlsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstUseShowsOpensslFingerprint();
    void rememberedFingerprintIsTrusted();
    void verifyFullConnectionSucceeds();
    void requireModeConnectsWithoutCa();
    void wrongCaFailsWithClearMessage();
    void changedCertificateIsReported();
    void silentServerTimesOut();
    void closedPortIsUnreachable();
    void unreadableCaFileIsReported();
    void tlsOptionsQuoteThePath();

private:
    void runProbe(int port, const QString &caFile, TlsProbe::Result *result);

    TlsTestServer m_server;
};

void TestTlsProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"resto360-tests"_s);
    QCoreApplication::setApplicationName(u"tst_tlsprobe"_s);
    QSettings().clear();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.createOtherCa(&error), qPrintable(error));
}

void TestTlsProbe::runProbe(int port, const QString &caFile, TlsProbe::Result *result)
{
    TlsProbe probe;
    bool finished = false;
    connect(&probe, &TlsProbe::finished, this, [&](const TlsProbe::Result &value) {
        *result = value;
        finished = true;
    });
    probe.probe(Host, port, caFile);
    QTRY_VERIFY_WITH_TIMEOUT(finished, ResultTimeoutMs);
    QVERIFY(!probe.isRunning());
}

void TestTlsProbe::firstUseShowsOpensslFingerprint()
{
    QString error;
    const QString expected =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));

    TlsProbe::Result result;
    runProbe(m_server.port(), m_server.caFile(), &result);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(result.status, TlsProbe::Status::FirstUse);
    QCOMPARE(result.fingerprint, expected);
    QVERIFY(result.rememberedFingerprint.isEmpty());
    QVERIFY2(result.verified, qPrintable(result.verifyErrors.join(u"; "_s)));
    QVERIFY(result.subject.contains(u"localhost"_s));
    QVERIFY(result.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(!result.message.isEmpty());
}

void TestTlsProbe::rememberedFingerprintIsTrusted()
{
    QString error;
    const QString fingerprint =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!fingerprint.isEmpty(), qPrintable(error));
    TlsProbe::rememberFingerprint(Host, m_server.port(), fingerprint);

    TlsProbe::Result result;
    runProbe(m_server.port(), m_server.caFile(), &result);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(result.status, TlsProbe::Status::Trusted);
    QCOMPARE(result.rememberedFingerprint, fingerprint);
}

void TestTlsProbe::verifyFullConnectionSucceeds()
{
    ConnectionSettings settings = m_server.adminSettings();
    settings.options = ConnectionSettings::tlsOptions(m_server.caFile());
    QVERIFY(settings.options.contains(u"sslmode=verify-full"_s));

    const QString connectionName = u"verify-full"_s;
    const QString error = openConnection(connectionName, settings);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        QSqlQuery query(QSqlDatabase::database(connectionName));
        QVERIFY(query.exec(u"select ssl from pg_stat_ssl where pid = pg_backend_pid()"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
    }
    closeConnection(connectionName);
}

void TestTlsProbe::requireModeConnectsWithoutCa()
{
    ConnectionSettings settings = m_server.adminSettings();
    settings.options = ConnectionSettings::tlsOptions({});
    QCOMPARE(settings.options, u"sslmode=require"_s);

    const QString connectionName = u"require"_s;
    const QString error = openConnection(connectionName, settings);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    closeConnection(connectionName);
}

void TestTlsProbe::wrongCaFailsWithClearMessage()
{
    ConnectionSettings settings = m_server.adminSettings();
    settings.options = ConnectionSettings::tlsOptions(m_server.otherCaFile());

    const QString connectionName = u"wrong-ca"_s;
    const QString error = openConnection(connectionName, settings);
    closeConnection(connectionName);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"certificate verify failed"_s), qPrintable(error));
    QVERIFY(!TlsProbe::connectionErrorMessage(error).isEmpty());

    // The probe still shows the certificate and reports that it does not verify.
    TlsProbe::Result result;
    runProbe(m_server.port(), m_server.otherCaFile(), &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(result.tlsWorks());
    QVERIFY(!result.verified);
    QVERIFY(!result.verifyErrors.isEmpty());
}

void TestTlsProbe::changedCertificateIsReported()
{
    QString error;
    const QString oldFingerprint =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!oldFingerprint.isEmpty(), qPrintable(error));
    TlsProbe::rememberFingerprint(Host, m_server.port(), oldFingerprint);

    QVERIFY2(m_server.replaceCertificateAndRestart(&error), qPrintable(error));
    const QString newFingerprint =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!newFingerprint.isEmpty(), qPrintable(error));
    QVERIFY(newFingerprint != oldFingerprint);

    TlsProbe::Result changed;
    runProbe(m_server.port(), m_server.caFile(), &changed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(changed.status, TlsProbe::Status::FingerprintChanged);
    QCOMPARE(changed.fingerprint, newFingerprint);
    QCOMPARE(changed.rememberedFingerprint, oldFingerprint);
    // Signed by the same CA, so it verifies: only the remembered fingerprint reveals the change.
    QVERIFY(changed.verified);

    // The person accepts the new certificate explicitly.
    TlsProbe::rememberFingerprint(Host, m_server.port(), changed.fingerprint);
    TlsProbe::Result accepted;
    runProbe(m_server.port(), m_server.caFile(), &accepted);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(accepted.status, TlsProbe::Status::Trusted);
}

void TestTlsProbe::silentServerTimesOut()
{
    // Accepts connections and never writes a byte.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted << socket;
    });

    TlsProbe::Result result;
    runProbe(silent.serverPort(), {}, &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, TlsProbe::Status::TimedOut);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.fingerprint.isEmpty());
    QCOMPARE(accepted.size(), 1);
}

void TestTlsProbe::closedPortIsUnreachable()
{
    int port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }

    TlsProbe::Result result;
    runProbe(port, {}, &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, TlsProbe::Status::Unreachable);
    QVERIFY(!result.message.isEmpty());
}

void TestTlsProbe::unreadableCaFileIsReported()
{
    QTemporaryFile notPem;
    QVERIFY(notPem.open());
    notPem.write("not a certificate\n");
    notPem.flush();

    TlsProbe::Result result;
    runProbe(m_server.port(), notPem.fileName(), &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, TlsProbe::Status::CaFileUnreadable);
    QVERIFY(!result.message.isEmpty());
}

void TestTlsProbe::tlsOptionsQuoteThePath()
{
    QCOMPARE(ConnectionSettings::tlsOptions(u"/home/ama/N'Guessan ca.pem"_s),
        u"sslmode=verify-full sslrootcert='/home/ama/N\\'Guessan ca.pem'"_s);
}

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "tst_tlsprobe.moc"
