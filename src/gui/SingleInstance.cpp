#include "SingleInstance.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QByteArray ShowRequest = QByteArrayLiteral("show\n");
// Local sockets connect at once or not at all; this only bounds a stuck peer.
constexpr int SocketTimeoutMs = 2000;

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString &dataFolder)
{
    // The home folder differs between OS users, also where two share a user name across domains.
    const QByteArray identity =
        (QDir::homePath() + u'\n' + QDir(dataFolder).absolutePath()).toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex();
    return u"resto360-"_s + QString::fromLatin1(digest.left(24));
}

bool SingleInstance::notifyRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(SocketTimeoutMs))
        return false;

    socket.write(ShowRequest);
    if (!socket.waitForBytesWritten(SocketTimeoutMs)) {
        qCWarning(lcUi) << "A running copy was found but did not take the show request:"
                        << socket.errorString();
        return false;
    }
    socket.disconnectFromServer();
    qCInfo(lcUi)
        << "Another copy is already running for this data folder; asked it to show its window";
    return true;
}

bool SingleInstance::isAnotherInstanceRunning() const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    return socket.waitForConnected(SocketTimeoutMs);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this OS user may connect.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequests);

    if (m_server->listen(m_serverName))
        return true;
    // NOTE: two copies started in the same instant may both get here. The later one then
    // takes over the socket name, and each keeps running with its own window.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return true;
    }
    qCWarning(lcUi) << "Cannot listen for other copies on" << m_serverName << ":"
                    << m_server->errorString();
    return false;
}

void SingleInstance::readRequests()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine() == ShowRequest) {
                    qCInfo(lcUi) << "Another copy asked to show the window";
                    emit showRequested();
                }
            }
        });
    }
}
