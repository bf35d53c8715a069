#include "ConnectionMonitor.h"

#include "Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

ConnectionMonitor::ConnectionMonitor(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
    m_checkTimer.setInterval(5s);
    m_retryTimer.setInterval(2s);
    connect(&m_checkTimer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionMonitor::reconnectNow);
    connect(&m_probe, &TlsProbe::finished, this, &ConnectionMonitor::onProbeFinished);
}

void ConnectionMonitor::setCheckInterval(std::chrono::milliseconds interval)
{
    m_checkTimer.setInterval(interval);
}

void ConnectionMonitor::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

void ConnectionMonitor::setTlsCheck(const QString &host, int port, const QString &caFile)
{
    m_tlsHost = host;
    m_tlsPort = port;
    m_tlsCaFile = caFile;
}

void ConnectionMonitor::setChecksEnabled(bool enabled)
{
    m_checksEnabled = enabled;
    // Checking a lost connection would only fail again, so reconnecting starts the timer.
    if (enabled && !m_lost)
        m_checkTimer.start();
    else
        m_checkTimer.stop();
}

bool ConnectionMonitor::checkNow()
{
    if (m_lost)
        return false;

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(u"select 1"_s))
        return true;

    qCWarning(lcDb) << "Health check failed on" << m_connectionName << ":"
                    << query.lastError().text();
    markLost();
    return false;
}

void ConnectionMonitor::reportConnectionLost()
{
    if (!m_lost)
        markLost();
}

void ConnectionMonitor::markLost()
{
    m_lost = true;
    m_attempts = 0;
    m_checkTimer.stop();
    emit connectionLost();
    if (m_provider && !m_certificateRejected)
        m_retryTimer.start();
}

bool ConnectionMonitor::reconnectNow()
{
    if (!m_provider || m_certificateRejected || m_probe.isRunning())
        return false;

    ++m_attempts;
    if (m_tlsHost.isEmpty())
        return openConnectionNow();
    m_probe.probe(m_tlsHost, m_tlsPort, m_tlsCaFile);
    return false;
}

void ConnectionMonitor::onProbeFinished(const TlsProbe::Result &result)
{
    if (!m_lost)
        return;
    if (result.status == TlsProbe::Status::FingerprintChanged) {
        qCWarning(lcDb) << "Stopped reconnecting" << m_connectionName
                        << ": the server certificate changed to" << result.fingerprint;
        m_retryTimer.stop();
        m_certificateRejected = true;
        emit certificateRejected(certificateRejectedMessage());
        return;
    }
    // A server that is still down counts as one more failed attempt. With a CA file, the
    // connection itself also verifies the certificate.
    if (!result.tlsWorks()) {
        logFailedAttempt();
        return;
    }
    openConnectionNow();
}

bool ConnectionMonitor::openConnectionNow()
{
    const QString error = openConnection(m_connectionName, m_provider());
    const bool reopened = error.isEmpty() && (!m_reconnectStep || m_reconnectStep());
    if (!reopened) {
        logFailedAttempt();
        return false;
    }

    qCInfo(lcDb) << "Reconnected" << m_connectionName << "after" << m_attempts << "attempts";
    m_retryTimer.stop();
    m_lost = false;
    if (m_checksEnabled)
        m_checkTimer.start();
    emit reconnected();
    return true;
}

QString ConnectionMonitor::certificateRejectedMessage() const
{
    return tr("The certificate of the server %1:%2 changed while the connection was lost, so "
              "RESTO360 Back Office stopped reconnecting. Someone may be intercepting the "
              "connection. Ask the server's administrator; if they replaced the certificate, "
              "quit, start the application again and accept the new certificate in Database "
              "connection.")
        .arg(m_tlsHost)
        .arg(m_tlsPort);
}

void ConnectionMonitor::logFailedAttempt() const
{
    // Logged once per ten attempts: the server may stay away for minutes.
    if (m_attempts % 10 == 1)
        qCInfo(lcDb) << "Reconnect attempt" << m_attempts << "on" << m_connectionName << "failed";
}
