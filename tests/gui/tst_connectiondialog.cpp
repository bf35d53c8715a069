// The database connection dialog against a real PostgreSQL with TLS on 127.0.0.1, a silent
// TCP listener and the throwaway keyring of run-with-keyring.sh.
#include "GuiFixture.h"

#include "ConnectionDialog.h"
#include "ConnectionSettings.h"
#include "MessageLabel.h"
#include "SecretStore.h"
#include "ServerProfile.h"
#include "TlsProbe.h"
#include "TlsTestServer.h"
#include "WrappingLabel.h"

#include <QComboBox>
#include <QHostAddress>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString KeychainService = u"resto360-test"_s;
const QString Host = u"127.0.0.1"_s;
// The probe gives up after 5 s; this leaves room on a loaded machine.
constexpr int ProbeTimeoutMs = 15000;

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning() << "no child named" << name;
    return widget;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formIsNamed();
    void testShowsFingerprintAndSaves();
    void wrongPasswordFailsTest();
    void unknownDatabaseFailsTest();
    void silentPortShowsTimeout();
    void changedCertificateNeedsTrust();

private:
    /// Fills the server fields of dialog for the TLS test server on port.
    void fillServer(ConnectionDialog &dialog, int port, const QString &password);

    TlsTestServer m_server;
    SecretStore *m_secrets = nullptr;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("RESTO360_THROWAWAY_KEYRING"),
        "run this test through tests/support/run-with-keyring.sh");
    QCoreApplication::setOrganizationName(u"resto360-tests"_s);
    QCoreApplication::setApplicationName(u"tst_connectiondialog"_s);
    QSettings().clear();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_secrets = new SecretStore(KeychainService, this);
}

void TestConnectionDialog::fillServer(ConnectionDialog &dialog, int port, const QString &password)
{
    auto *server = child<QRadioButton>(&dialog, u"serverRadioButton"_s);
    QTest::mouseClick(server, Qt::LeftButton, {}, QPoint(8, server->height() / 2));
    QVERIFY(server->isChecked());
    QLineEdit *host = child<QLineEdit>(&dialog, u"hostLineEdit"_s);
    host->clear();
    QTest::keyClicks(host, Host);
    child<QSpinBox>(&dialog, u"portSpinBox"_s)->setValue(port);
    QLineEdit *database = child<QLineEdit>(&dialog, u"databaseLineEdit"_s);
    database->clear();
    QTest::keyClicks(database, u"postgres"_s);
    QLineEdit *user = child<QLineEdit>(&dialog, u"userLineEdit"_s);
    user->clear();
    QTest::keyClicks(user, m_server.adminSettings().userName);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"passwordLineEdit"_s), password);
    child<QComboBox>(&dialog, u"tlsModeComboBox"_s)->setCurrentIndex(0);
    QLineEdit *caFile = child<QLineEdit>(&dialog, u"caFileLineEdit"_s);
    caFile->clear();
    QTest::keyClicks(caFile, m_server.caFile());
}

void TestConnectionDialog::formIsNamed()
{
    ConnectionDialog dialog(m_secrets);
    dialog.show();
    const QStringList problems = GuiFixture::namingProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestConnectionDialog::testShowsFingerprintAndSaves()
{
    QString error;
    const QString fingerprint =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!fingerprint.isEmpty(), qPrintable(error));
    const QString password = m_server.adminSettings().password;

    ConnectionDialog dialog(m_secrets);
    dialog.show();
    QVERIFY(child<QRadioButton>(&dialog, u"bundledRadioButton"_s)->isChecked());
    fillServer(dialog, m_server.port(), password);

    QTest::mouseClick(child<QPushButton>(&dialog, u"testPushButton"_s), Qt::LeftButton);
    auto *fingerprintLabel = child<WrappingLabel>(&dialog, u"fingerprintValueLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(fingerprintLabel->text(), fingerprint, ProbeTimeoutMs);
    QVERIFY(!child<QPushButton>(&dialog, u"trustCertificatePushButton"_s)->isVisible());

    // After the certificate, the test signs in with the typed password.
    auto *message = child<MessageLabel>(&dialog, u"messageLabel"_s);
    const QString signedIn =
        u"The user %1 signed in to the database postgres."_s.arg(m_server.adminSettings().userName);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().endsWith(signedIn), ProbeTimeoutMs);
    QCOMPARE(message->kind(), MessageLabel::Kind::Notice);
    QVERIFY(!message->text().contains(password));

    QSignalSpy saved(&dialog, &ConnectionDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, ProbeTimeoutMs);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The settings hold everything but the password.
    const QSettings settings;
    QCOMPARE(settings.value(u"server/useServer"_s).toBool(), true);
    QCOMPARE(settings.value(u"server/host"_s).toString(), Host);
    QCOMPARE(settings.value(u"server/port"_s).toInt(), m_server.port());
    QCOMPARE(settings.value(u"server/database"_s).toString(), u"postgres"_s);
    QCOMPARE(settings.value(u"server/tlsMode"_s).toString(), u"verify-full"_s);
    QCOMPARE(settings.value(u"server/caFile"_s).toString(), m_server.caFile());
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    QCOMPARE(TlsProbe::rememberedFingerprint(Host, m_server.port()), fingerprint);

    // The password is in the keychain under the documented key.
    const ServerProfile profile = ServerProfile::load();
    QCOMPARE(profile.passwordKey(),
        u"server-password/127.0.0.1:%1/%2"_s.arg(m_server.port())
            .arg(m_server.adminSettings().userName));
    QSignalSpy read(m_secrets, &SecretStore::secretRead);
    m_secrets->readSecret(profile.passwordKey());
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, ProbeTimeoutMs);
    QCOMPARE(read.at(0).at(1).toByteArray(), password.toUtf8());

    // The stored profile connects with verify-full.
    const QString connectionName = u"saved-profile"_s;
    const QString openError = openConnection(connectionName, profile.connectionSettings(password));
    closeConnection(connectionName);
    QVERIFY2(openError.isEmpty(), qPrintable(openError));
}

void TestConnectionDialog::wrongPasswordFailsTest()
{
    ConnectionDialog dialog(m_secrets);
    dialog.show();
    fillServer(dialog, m_server.port(), u"Not-the-password-1"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testPushButton"_s), Qt::LeftButton);

    auto *message = child<MessageLabel>(&dialog, u"messageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->kind(), MessageLabel::Kind::Error, ProbeTimeoutMs);
    QCOMPARE(message->text(),
        u"The server refused the user %1 with this password. Check the user name and the "
        "password."_s.arg(m_server.adminSettings().userName));
    QVERIFY(child<QPushButton>(&dialog, u"testPushButton"_s)->isEnabled());
}

void TestConnectionDialog::unknownDatabaseFailsTest()
{
    ConnectionDialog dialog(m_secrets);
    dialog.show();
    fillServer(dialog, m_server.port(), m_server.adminSettings().password);
    QLineEdit *database = child<QLineEdit>(&dialog, u"databaseLineEdit"_s);
    database->clear();
    QTest::keyClicks(database, u"resto360_missing"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testPushButton"_s), Qt::LeftButton);

    auto *message = child<MessageLabel>(&dialog, u"messageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->kind(), MessageLabel::Kind::Error, ProbeTimeoutMs);
    QCOMPARE(message->text(),
        u"The database resto360_missing does not exist on this server. Check its name."_s);
}

void TestConnectionDialog::silentPortShowsTimeout()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted << socket;
    });

    ConnectionDialog dialog(m_secrets);
    dialog.show();
    fillServer(dialog, silent.serverPort(), {});
    QTest::mouseClick(child<QPushButton>(&dialog, u"testPushButton"_s), Qt::LeftButton);

    auto *message = child<MessageLabel>(&dialog, u"messageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->kind(), MessageLabel::Kind::Error, ProbeTimeoutMs);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(child<WrappingLabel>(&dialog, u"fingerprintValueLabel"_s)->text().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, u"testPushButton"_s)->isEnabled());
    QCOMPARE(accepted.size(), 1);
}

void TestConnectionDialog::changedCertificateNeedsTrust()
{
    QString error;
    const QString oldFingerprint = TlsProbe::rememberedFingerprint(Host, m_server.port());
    QVERIFY(!oldFingerprint.isEmpty());
    QVERIFY2(m_server.replaceCertificateAndRestart(&error), qPrintable(error));
    const QString newFingerprint =
        TlsTestServer::opensslFingerprint(m_server.serverCertificateFile(), &error);
    QVERIFY2(!newFingerprint.isEmpty(), qPrintable(error));

    // The dialog opens with the stored server.
    ConnectionDialog dialog(m_secrets);
    dialog.show();
    QVERIFY(child<QRadioButton>(&dialog, u"serverRadioButton"_s)->isChecked());
    QTest::mouseClick(child<QPushButton>(&dialog, u"testPushButton"_s), Qt::LeftButton);

    auto *trust = child<QPushButton>(&dialog, u"trustCertificatePushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), ProbeTimeoutMs);
    QCOMPARE(child<MessageLabel>(&dialog, u"messageLabel"_s)->kind(), MessageLabel::Kind::Error);
    QCOMPARE(child<WrappingLabel>(&dialog, u"fingerprintValueLabel"_s)->text(), newFingerprint);

    // Saving is refused until the person trusts the new certificate.
    QSignalSpy saved(&dialog, &ConnectionDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(TlsProbe::rememberedFingerprint(Host, m_server.port()), oldFingerprint);

    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY(!trust->isVisible());
    QCOMPARE(TlsProbe::rememberedFingerprint(Host, m_server.port()), newFingerprint);
    QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, ProbeTimeoutMs);
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
