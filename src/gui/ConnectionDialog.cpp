#include "ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include "Logging.h"
#include "SecretStore.h"

#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ConnectionDialog::ConnectionDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(u"connectionDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    m_ui->tlsModeComboBox->addItem(QString(), u"verify-full"_s);
    m_ui->tlsModeComboBox->addItem(QString(), u"require"_s);

    const ServerProfile stored = ServerProfile::load();
    m_ui->serverRadioButton->setChecked(stored.useServer);
    m_ui->bundledRadioButton->setChecked(!stored.useServer);
    m_ui->hostLineEdit->setText(stored.host);
    m_ui->portSpinBox->setValue(stored.port);
    m_ui->databaseLineEdit->setText(stored.databaseName);
    m_ui->userLineEdit->setText(stored.userName);
    m_ui->tlsModeComboBox->setCurrentIndex(
        stored.tlsMode == ServerProfile::TlsMode::Require ? 1 : 0);
    m_ui->caFileLineEdit->setText(stored.caFile);

    connect(
        m_ui->serverRadioButton, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->tlsModeComboBox, &QComboBox::currentIndexChanged, this,
        &ConnectionDialog::updateEnabled);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->trustCertificatePushButton, &QPushButton::clicked, this,
        &ConnectionDialog::trustNewCertificate);
    connect(
        m_ui->caFileBrowsePushButton, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_probe, &TlsProbe::finished, this, &ConnectionDialog::showProbeResult);
    connect(&m_loginWatcher, &QFutureWatcher<QString>::finished, this,
        &ConnectionDialog::showLoginResult);

    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretWritten, this, [this](const QString &key) {
            if (key == m_pendingKey)
                finishSave();
        });
        connect(m_secrets, &SecretStore::failed, this,
            [this](const QString &key, SecretStore::Operation, const QString &message) {
                if (key == m_pendingKey)
                    failSave(message);
            });
    }

    retranslate();
    updateEnabled();
}

ConnectionDialog::~ConnectionDialog() = default;

ServerProfile ConnectionDialog::profile() const
{
    ServerProfile profile;
    profile.useServer = m_ui->serverRadioButton->isChecked();
    profile.host = m_ui->hostLineEdit->text().trimmed();
    profile.port = m_ui->portSpinBox->value();
    profile.databaseName = m_ui->databaseLineEdit->text().trimmed();
    profile.userName = m_ui->userLineEdit->text().trimmed();
    profile.tlsMode = m_ui->tlsModeComboBox->currentData().toString() == u"require"_s
        ? ServerProfile::TlsMode::Require
        : ServerProfile::TlsMode::VerifyFull;
    profile.caFile = m_ui->caFileLineEdit->text().trimmed();
    return profile;
}

QString ConnectionDialog::validate() const
{
    const ServerProfile current = profile();
    if (current.host.isEmpty())
        return tr("Enter the server's host name or address.");
    if (current.databaseName.isEmpty())
        return tr("Enter the name of the database.");
    if (current.userName.isEmpty())
        return tr("Enter the database user.");
    if (current.tlsMode == ServerProfile::TlsMode::VerifyFull && current.caFile.isEmpty())
        return tr("Choose the CA certificate file, or choose encryption without a CA file.");
    return {};
}

void ConnectionDialog::testConnection()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_ui->messageLabel->showError(problem);
        return;
    }

    const ServerProfile current = profile();
    m_ui->fingerprintValueLabel->clear();
    m_ui->certificateDetailsLabel->clear();
    m_ui->trustCertificatePushButton->setVisible(false);
    m_ui->messageLabel->showNotice(tr("Testing the connection…"));
    setBusy(true);
    m_lastResultServer = u"%1:%2"_s.arg(current.host).arg(current.port);
    m_probe.probe(current.host, current.port, current.effectiveCaFile());
}

void ConnectionDialog::showProbeResult(const TlsProbe::Result &result)
{
    setBusy(false);
    m_lastResult = result;
    m_ui->fingerprintValueLabel->setText(result.fingerprint);
    if (result.tlsWorks()) {
        const QString expiry =
            QLocale().toString(result.expiresAt.toLocalTime(), QLocale::ShortFormat);
        QString details = tr("Issued to %1, valid until %2.").arg(result.subject, expiry);
        if (profile().tlsMode == ServerProfile::TlsMode::VerifyFull && !result.verified)
            details += u' '
                + tr("It does not verify against the CA file: %1")
                      .arg(result.verifyErrors.join(u"; "_s));
        m_ui->certificateDetailsLabel->setText(details);
    }

    switch (result.status) {
    case TlsProbe::Status::Trusted:
    case TlsProbe::Status::FirstUse:
        if (profile().tlsMode == ServerProfile::TlsMode::VerifyFull && !result.verified)
            m_ui->messageLabel->showError(result.message);
        else
            startLoginTest();
        return;
    case TlsProbe::Status::FingerprintChanged:
        m_ui->messageLabel->showError(result.message);
        m_ui->trustCertificatePushButton->setVisible(true);
        return;
    default:
        m_ui->messageLabel->showError(result.message);
        return;
    }
}

void ConnectionDialog::startLoginTest()
{
    const QString password = m_ui->passwordLineEdit->text();
    if (password.isEmpty()) {
        showTlsOutcome(tr("Type the password to test the sign-in as well."));
        return;
    }
    m_ui->messageLabel->showNotice(tr("Signing in to the database…"));
    setBusy(true);
    // The lambda owns a copy of the settings, so the dialog may close while it runs.
    m_loginWatcher.setFuture(QtConcurrent::run(
        [settings = profile().connectionSettings(password)] { return testLogin(settings); }));
}

void ConnectionDialog::showLoginResult()
{
    setBusy(false);
    const QString error = m_loginWatcher.result();
    const ServerProfile current = profile();
    if (error.isEmpty()) {
        showTlsOutcome(tr("The user %1 signed in to the database %2.")
                           .arg(current.userName, current.databaseName));
        return;
    }
    qCInfo(lcUi).noquote() << "The test sign-in failed:" << error;
    m_ui->messageLabel->showError(loginErrorMessage(error, current));
}

void ConnectionDialog::showTlsOutcome(const QString &addition)
{
    const QString message = m_lastResult.message + u' ' + addition;
    if (m_lastResult.status == TlsProbe::Status::Trusted)
        m_ui->messageLabel->showSuccess(message);
    else
        m_ui->messageLabel->showNotice(message);
}

QString ConnectionDialog::loginErrorMessage(const QString &error, const ServerProfile &current)
{
    if (QString tlsMessage = TlsProbe::connectionErrorMessage(error); !tlsMessage.isEmpty())
        return tlsMessage;
    if (error.contains(u"password authentication failed"_s, Qt::CaseInsensitive))
        return tr("The server refused the user %1 with this password. Check the user name and "
                  "the password.")
            .arg(current.userName);
    if (error.contains(u"database \""_s, Qt::CaseInsensitive)
        && error.contains(u"does not exist"_s, Qt::CaseInsensitive))
        return tr("The database %1 does not exist on this server. Check its name.")
            .arg(current.databaseName);
    if (error.contains(u"pg_hba.conf"_s, Qt::CaseInsensitive))
        return tr("The server does not accept connections from this PC for the user %1. Ask the "
                  "server's administrator to allow them in pg_hba.conf.")
            .arg(current.userName);
    return tr("The certificate test passed, but signing in to the database failed: %1")
        .arg(error.trimmed());
}

void ConnectionDialog::trustNewCertificate()
{
    const ServerProfile current = profile();
    if (m_lastResult.fingerprint.isEmpty()
        || m_lastResultServer != u"%1:%2"_s.arg(current.host).arg(current.port))
        return;
    TlsProbe::rememberFingerprint(current.host, current.port, m_lastResult.fingerprint);
    m_lastResult.status = TlsProbe::Status::Trusted;
    m_lastResult.rememberedFingerprint = m_lastResult.fingerprint;
    m_ui->trustCertificatePushButton->setVisible(false);
    m_ui->messageLabel->showSuccess(tr("This PC now trusts the new certificate."));
}

void ConnectionDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"),
        m_ui->caFileLineEdit->text(), tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileLineEdit->setText(file);
}

void ConnectionDialog::save()
{
    if (m_busy)
        return;

    const ServerProfile current = profile();
    if (!current.useServer) {
        finishSave();
        return;
    }
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_ui->messageLabel->showError(problem);
        return;
    }
    const bool sameServer = m_lastResultServer == u"%1:%2"_s.arg(current.host).arg(current.port);
    if (sameServer && m_lastResult.status == TlsProbe::Status::FingerprintChanged) {
        m_ui->messageLabel->showError(m_lastResult.message);
        m_ui->trustCertificatePushButton->setVisible(true);
        return;
    }
    if (!m_secrets) {
        failSave(tr("This PC has no keychain, so the server password cannot be kept."));
        return;
    }

    const QString password = m_ui->passwordLineEdit->text();
    if (password.isEmpty()) {
        // An empty field keeps the password already in the keychain.
        finishSave();
        return;
    }
    setBusy(true);
    m_pendingKey = current.passwordKey();
    m_secrets->writeSecret(m_pendingKey, password.toUtf8());
}

void ConnectionDialog::finishSave()
{
    setBusy(false);
    m_pendingKey.clear();

    const ServerProfile current = profile();
    // Trust on first use: the certificate seen by the last test of this server.
    const bool sameServer = m_lastResultServer == u"%1:%2"_s.arg(current.host).arg(current.port);
    if (current.useServer && sameServer && m_lastResult.status == TlsProbe::Status::FirstUse)
        TlsProbe::rememberFingerprint(current.host, current.port, m_lastResult.fingerprint);

    current.save();
    qCInfo(lcUi) << "Saved the database connection: server" << current.useServer << current.host
                 << current.port << current.databaseName << current.userName;
    emit profileSaved(current);
    accept();
}

void ConnectionDialog::failSave(const QString &message)
{
    setBusy(false);
    m_pendingKey.clear();
    qCWarning(lcUi) << "Saving the database connection failed:" << message;
    m_ui->messageLabel->showError(message);
}

void ConnectionDialog::updateEnabled()
{
    const bool server = m_ui->serverRadioButton->isChecked();
    const bool verifyFull = m_ui->tlsModeComboBox->currentData().toString() == u"verify-full"_s;
    const QList<QWidget *> serverWidgets = {m_ui->hostLineEdit, m_ui->portSpinBox,
        m_ui->databaseLineEdit, m_ui->userLineEdit, m_ui->passwordLineEdit, m_ui->tlsModeComboBox,
        m_ui->testPushButton};
    for (QWidget *widget : serverWidgets)
        widget->setEnabled(server && !m_busy);
    m_ui->caFileLineEdit->setEnabled(server && verifyFull && !m_busy);
    m_ui->caFileBrowsePushButton->setEnabled(server && verifyFull && !m_busy);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    updateEnabled();
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslate()
{
    m_ui->tlsModeComboBox->setItemText(0, tr("Verify the certificate with a CA file"));
    m_ui->tlsModeComboBox->setItemText(1, tr("Encrypt, and check the remembered fingerprint only"));
    m_ui->passwordLineEdit->setPlaceholderText(tr("Leave empty to keep the saved password"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}
