#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// The bundled PostgreSQL cluster of one person on one PC: created with initdb on first
/// start, stopped by stop() or the destructor. On Linux and macOS it listens on a Unix socket
/// in a private 0700 folder and on no TCP port. On Windows it listens on 127.0.0.1 on a free
/// port and asks every login for a SCRAM-SHA-256 password.
class LocalServer
{
public:
    enum class Error {
        None,
        RunningAsRoot,   ///< PostgreSQL refuses to run as root.
        BinariesMissing, ///< initdb, pg_ctl or postgres was not found.
        DataFolderUnusable,
        InitFailed,
        StartFailed,
    };

    /// The cluster lives in dataFolder/pgdata; the server log in dataFolder/server.log.
    explicit LocalServer(QString dataFolder);
    ~LocalServer();

    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    /// Runs initdb and the server as this OS user instead of the current one. Only root can
    /// switch users; tests and CI, which run as root, use it with "postgres".
    void setServerUser(const QString &osUser);

    /// Overrides where the PostgreSQL programs are looked up.
    void setBinFolder(const QString &folder);

    /// Returns the folder of initdb, pg_ctl and postgres: $RESTO360_PG_BIN, a folder next to
    /// the application, or the distribution's PostgreSQL folder. Empty when none is found.
    static QString findBinFolder();

    /// Creates the cluster if needed, removes a stale lock left by a crash, and starts the
    /// server. Blocks until the server accepts connections (at most about 30 s).
    bool start();

    /// Stops the server with a fast shutdown. Safe to call twice.
    void stop();

    /// Gives the application role resto360_app a new random password for this run of the
    /// server and puts it in appSettings(). Call it after the migrations, which create the
    /// role, and before opening a connection with appSettings(). Returns false, with error()
    /// set, when the server is not running or the password cannot be set. On Windows the role
    /// cannot log in without it. Elsewhere it does nothing and returns true, because the
    /// private socket admits only this OS user and needs no password.
    bool setAppRolePassword();

    bool isRunning() const { return m_running; }
    /// True when start() ran initdb, so this is the first run on this data folder.
    bool createdCluster() const { return m_createdCluster; }

    Error error() const { return m_error; }
    /// A translated sentence for people: what failed and what to do.
    QString errorMessage() const;
    /// Technical detail for the log (program output, paths).
    QString errorDetail() const { return m_errorDetail; }

    QString dataFolder() const { return m_dataFolder; }
    QString clusterFolder() const;
    /// The folder of the Unix socket while the server runs; always empty on Windows.
    QString socketFolder() const;

    /// The superuser created by initdb; it may connect over the private socket.
    static QString adminUser();
    /// The database the application uses.
    static QString databaseName();

    ConnectionSettings adminSettings() const;
    ConnectionSettings appSettings() const;

private:
    bool fail(Error error, const QString &detail);
    bool ensureFolders();
    bool initCluster();
    bool clearStaleLock();
    bool runTool(
        const QString &program, const QStringList &arguments, QString *output, int timeoutMs);
    bool handOver(const QString &path) const;
#ifdef Q_OS_WIN
    QString adminPasswordPath() const;
    bool createAdminPassword();
    bool loadAdminPassword();
    bool startOnLoopback();
#endif

    QString m_dataFolder;
    QString m_binFolder;
    QString m_serverUser;
    std::unique_ptr<QTemporaryDir> m_socketDir;
    bool m_running = false;
    bool m_createdCluster = false;
    Error m_error = Error::None;
    QString m_errorDetail;
#ifdef Q_OS_WIN
    int m_port = 0;
    QString m_adminPassword;
    QString m_appPassword;
#endif
};
