#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

/// Keeps one running copy per person and data folder. The first copy listens on a local
/// socket. A later copy connects to it, sends a request to show its window and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// serverName comes from socketName(); tests pass their own.
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Returns the socket name for this OS user and data folder: a hash, so the name stays
    /// short and reveals neither.
    static QString socketName(const QString &dataFolder);

    /// Sends the show request to a copy that is already listening. Returns true when one
    /// accepted it, so this copy should exit.
    bool notifyRunningInstance();

    /// True when a copy is listening, without sending it anything.
    bool isAnotherInstanceRunning() const;

    /// Starts listening for later copies. A socket file left by a crashed copy is replaced.
    /// Returns false, after logging why, when the socket cannot be created.
    bool listen();

signals:
    /// A later copy asked this one to bring its window forward.
    void showRequested();

private:
    void readRequests();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
