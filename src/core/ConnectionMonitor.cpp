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
}

void ConnectionMonitor::setCheckInterval(std::chrono::milliseconds interval)
{
    m_checkTimer.setInterval(interval);
}

void ConnectionMonitor::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

void ConnectionMonitor::setChecksEnabled(bool enabled)
{
    if (enabled)
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
    emit connectionLost();
    if (m_provider)
        m_retryTimer.start();
}

bool ConnectionMonitor::reconnectNow()
{
    if (!m_provider)
        return false;

    ++m_attempts;
    const QString error = openConnection(m_connectionName, m_provider());
    const bool reopened = error.isEmpty() && (!m_reconnectStep || m_reconnectStep());
    if (!reopened) {
        // Logged once per ten attempts: the server may stay away for minutes.
        if (m_attempts % 10 == 1)
            qCInfo(lcDb) << "Reconnect attempt" << m_attempts << "on" << m_connectionName
                         << "failed";
        return false;
    }

    qCInfo(lcDb) << "Reconnected" << m_connectionName << "after" << m_attempts << "attempts";
    m_retryTimer.stop();
    m_lost = false;
    emit reconnected();
    return true;
}
