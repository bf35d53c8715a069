#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

/// Notices when the application's connection to PostgreSQL breaks (the server restarted,
/// the network dropped) and reopens it. A health check runs `select 1` every checkInterval
/// while checks are on, and pages report failed queries with reportConnectionLost(). While
/// the connection is lost it retries every retryInterval, with settings taken fresh from a
/// provider, because the bundled server's socket folder changes when it restarts.
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

    /// Starts or stops the periodic health check.
    void setChecksEnabled(bool enabled);

    /// Runs the health check now. Returns true when the connection works.
    bool checkNow();
    /// Marks the connection as lost after a failed query and starts reconnecting.
    void reportConnectionLost();
    /// Tries once to reopen the connection. Returns true on success.
    bool reconnectNow();

    bool isConnectionLost() const { return m_lost; }

signals:
    void connectionLost();
    void reconnected();

private:
    void markLost();

    QString m_connectionName;
    SettingsProvider m_provider;
    ReconnectStep m_reconnectStep;
    QTimer m_checkTimer;
    QTimer m_retryTimer;
    bool m_lost = false;
    int m_attempts = 0;
};
