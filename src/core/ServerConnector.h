#pragma once

#include "ServerProfile.h"
#include "TlsProbe.h"

#include <QObject>
#include <QString>

class SecretStore;

/// Opens the application's connection to a shared server at start-up: it tests the server's
/// TLS with a TlsProbe and stops on a changed certificate, reads the password from the
/// keychain, then opens the named QPSQL connection. Emits connected or failed exactly once.
class ServerConnector : public QObject
{
    Q_OBJECT

public:
    ServerConnector(ServerProfile profile, SecretStore *secrets, QObject *parent = nullptr);

    /// Starts the steps; the outcome arrives as a signal.
    void connectTo(const QString &connectionName);

    /// The settings of the last successful connection, password included, for reconnecting.
    ConnectionSettings settings() const { return m_settings; }

signals:
    void connected();
    /// message is a translated sentence; detail is technical text for the log.
    void failed(const QString &message, const QString &detail);

private:
    void onProbeFinished(const TlsProbe::Result &result);
    void onSecretRead(const QString &key, const QByteArray &secret);
    void fail(const QString &message, const QString &detail);

    ServerProfile m_profile;
    SecretStore *m_secrets = nullptr;
    TlsProbe m_probe;
    QString m_connectionName;
    ConnectionSettings m_settings;
    bool m_done = false;
};
