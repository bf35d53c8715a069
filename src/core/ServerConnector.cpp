#include "ServerConnector.h"

#include "Logging.h"
#include "SecretStore.h"

#include <utility>

using namespace Qt::StringLiterals;

ServerConnector::ServerConnector(ServerProfile profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
{
    connect(&m_probe, &TlsProbe::finished, this, &ServerConnector::onProbeFinished);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretRead, this, &ServerConnector::onSecretRead);
        connect(m_secrets, &SecretStore::secretMissing, this, [this](const QString &key) {
            if (key == m_profile.passwordKey())
                fail(tr("The password of the server is not in this PC's keychain. Open Database "
                        "connection and type it again."),
                    key);
        });
        connect(m_secrets, &SecretStore::failed, this,
            [this](const QString &key, SecretStore::Operation, const QString &message) {
                if (key == m_profile.passwordKey())
                    fail(message, key);
            });
    }
}

void ServerConnector::connectTo(const QString &connectionName)
{
    m_connectionName = connectionName;
    qCInfo(lcDb) << "Connecting to the server" << m_profile.host << m_profile.port << "database"
                 << m_profile.databaseName << "as" << m_profile.userName;
    m_probe.probe(m_profile.host, m_profile.port, m_profile.effectiveCaFile());
}

void ServerConnector::onProbeFinished(const TlsProbe::Result &result)
{
    if (!result.tlsWorks() || result.status == TlsProbe::Status::FingerprintChanged) {
        fail(result.message, result.fingerprint);
        return;
    }
    if (result.status == TlsProbe::Status::FirstUse)
        TlsProbe::rememberFingerprint(m_profile.host, m_profile.port, result.fingerprint);

    if (!m_secrets) {
        fail(tr("This PC has no keychain, so the server password cannot be read."), {});
        return;
    }
    m_secrets->readSecret(m_profile.passwordKey());
}

void ServerConnector::onSecretRead(const QString &key, const QByteArray &secret)
{
    if (key != m_profile.passwordKey() || m_done)
        return;

    // NOTE: with sslmode=require, libpq checks no certificate, so a certificate swapped
    // between the probe and this connection would go unnoticed. A CA file closes that gap.
    const ConnectionSettings settings = m_profile.connectionSettings(QString::fromUtf8(secret));
    const QString error = openConnection(m_connectionName, settings);
    if (!error.isEmpty()) {
        QString message = TlsProbe::connectionErrorMessage(error);
        if (message.isEmpty())
            message = tr("RESTO360 Back Office cannot connect to the server %1:%2. Check the "
                         "connection settings and the network, then start the application again.")
                          .arg(m_profile.host)
                          .arg(m_profile.port);
        fail(message, error);
        return;
    }
    m_settings = settings;
    m_done = true;
    emit connected();
}

void ServerConnector::fail(const QString &message, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    qCWarning(lcDb).noquote() << "Connecting to the server failed:" << message << detail;
    emit failed(message, detail);
}
