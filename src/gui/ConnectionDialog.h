#pragma once

#include "ServerProfile.h"
#include "TlsProbe.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

class SecretStore;

/// Chooses the database this PC uses: the bundled one, or a shared server with its host,
/// port, database, user, password and TLS settings. "Test connection" runs a TlsProbe and
/// shows the certificate's fingerprint. Saving writes the password to the keychain first and
/// then the rest to QSettings; the application uses the new choice at its next start.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// secrets keeps the server password; without it a server cannot be saved.
    explicit ConnectionDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The profile as the form shows it now.
    ServerProfile profile() const;

public slots:
    void testConnection();
    void trustNewCertificate();
    void save();
    void chooseCaFile();

signals:
    /// The profile was stored; the dialog is about to close.
    void profileSaved(const ServerProfile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void setBusy(bool busy);
    QString validate() const;
    void showProbeResult(const TlsProbe::Result &result);
    /// Signs in with the typed password on a worker thread after the certificate test.
    void startLoginTest();
    void showLoginResult();
    /// Shows the certificate test's message followed by addition.
    void showTlsOutcome(const QString &addition);
    static QString loginErrorMessage(const QString &error, const ServerProfile &current);
    void finishSave();
    void failSave(const QString &message);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    SecretStore *m_secrets = nullptr;
    TlsProbe m_probe;
    QFutureWatcher<QString> m_loginWatcher;
    TlsProbe::Result m_lastResult;
    /// host:port the last result is about, so a stale result is not trusted for another server.
    QString m_lastResultServer;
    QString m_pendingKey;
    bool m_busy = false;
};
