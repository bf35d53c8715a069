#pragma once

#include "ConnectionSettings.h"
#include "TlsProbe.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

/// Notices when the application's connection to PostgreSQL breaks (the server restarted,
/// the network dropped) and reopens it. A health check runs `select 1` every checkInterval
/// while checks are on, and pages report failed queries with reportConnectionLost(). While
/// the connection is lost it retries every retryInterval, with settings taken fresh from a
/// provider, because the bundled server's socket folder changes when it restarts. The health
/// check pauses while the connection is lost. For a shared server, setTlsCheck() makes each
/// attempt test the server's certificate first, so a certificate replaced while the app was
/// away stops the attempts instead of being trusted silently.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    using SettingsProvider = std::function<ConnectionSettings()>;
    /// Runs on the reopened connection before reconnected is emitted, for example to put
    /// the session's access token back. Returning false counts as a failed attempt.
    using ReconnectStep = std::function<bool()>;

    explicit ConnectionMonitor(QString connectionName, QObject *parent = nullptr);

    /// Without a provider the monitor still notices a lost connection but cannot reopen it.
    void setSettingsProvider(SettingsProvider provider) { m_provider = std::move(provider); }
    void setReconnectStep(ReconnectStep step) { m_reconnectStep = std::move(step); }
    void setCheckInterval(std::chrono::milliseconds interval);
    void setRetryInterval(std::chrono::milliseconds interval);
    /// Tests host:port with a TlsProbe before each attempt to reconnect: a certificate other
    /// than the remembered one emits certificateRejected and ends the attempts. caFile may be
    /// empty.
    void setTlsCheck(const QString &host, int port, const QString &caFile);

    /// Starts or stops the periodic health check. While the connection is lost the check
    /// waits, and it resumes after reconnecting when it is enabled.
    void setChecksEnabled(bool enabled);
    /// True while the periodic health check is running.
    bool isChecking() const { return m_checkTimer.isActive(); }

    /// Runs the health check now. Returns true when the connection works.
    bool checkNow();
    /// Marks the connection as lost after a failed query and starts reconnecting.
    void reportConnectionLost();
    /// Tries once to reopen the connection. Returns true on success. With a TLS check the
    /// attempt waits for the certificate test, so it returns false and reconnected follows.
    bool reconnectNow();

    bool isConnectionLost() const { return m_lost; }
    /// True after certificateRejected, until the application starts again.
    bool isCertificateRejected() const { return m_certificateRejected; }
    /// The translated sentence of certificateRejected, in the current language.
    QString certificateRejectedMessage() const;

signals:
    void connectionLost();
    void reconnected();
    /// The server's certificate changed while the connection was lost, so the monitor stopped
    /// trying. message is a translated sentence with what to do.
    void certificateRejected(const QString &message);

private:
    void markLost();
    bool openConnectionNow();
    void onProbeFinished(const TlsProbe::Result &result);
    void logFailedAttempt() const;

    QString m_connectionName;
    SettingsProvider m_provider;
    ReconnectStep m_reconnectStep;
    QTimer m_checkTimer;
    QTimer m_retryTimer;
    TlsProbe m_probe;
    QString m_tlsHost;
    int m_tlsPort = 0;
    QString m_tlsCaFile;
    bool m_checksEnabled = false;
    bool m_lost = false;
    bool m_certificateRejected = false;
    int m_attempts = 0;
};
