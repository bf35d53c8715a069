#include "LocalServer.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <utility>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int StartTimeoutSeconds = 30;

struct OsUser {
    uid_t uid = 0;
    gid_t gid = 0;
    bool found = false;
};

OsUser lookUpUser(const QString &name)
{
    OsUser user;
    const QByteArray encoded = name.toLocal8Bit();
    if (const passwd *entry = ::getpwnam(encoded.constData())) {
        user.uid = entry->pw_uid;
        user.gid = entry->pw_gid;
        user.found = true;
    }
    return user;
}

bool hasPrograms(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QDir dir(folder);
    for (const QString &program : {u"initdb"_s, u"pg_ctl"_s, u"postgres"_s}) {
        if (!QFileInfo(dir.filePath(program)).isExecutable())
            return false;
    }
    return true;
}

} // namespace

LocalServer::LocalServer(QString dataFolder)
    : m_dataFolder(std::move(dataFolder))
    , m_binFolder(findBinFolder())
{
}

LocalServer::~LocalServer()
{
    stop();
}

void LocalServer::setServerUser(const QString &osUser)
{
    m_serverUser = osUser;
}

void LocalServer::setBinFolder(const QString &folder)
{
    m_binFolder = folder;
}

QString LocalServer::findBinFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("RESTO360_PG_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;

    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + u"/pgsql/bin"_s;
    for (int major : {17, 16, 15})
        candidates << u"/usr/lib/postgresql/%1/bin"_s.arg(major);
    for (const QString &candidate : std::as_const(candidates)) {
        if (hasPrograms(candidate))
            return candidate;
    }
    return {};
}

QString LocalServer::adminUser()
{
    return u"resto360_admin"_s;
}

QString LocalServer::databaseName()
{
    return u"resto360"_s;
}

QString LocalServer::clusterFolder() const
{
    return m_dataFolder + u"/pgdata"_s;
}

QString LocalServer::socketFolder() const
{
    return m_socketDir ? m_socketDir->path() : QString();
}

ConnectionSettings LocalServer::adminSettings() const
{
    ConnectionSettings settings;
    settings.host = socketFolder();
    settings.port = 5432;
    settings.databaseName = u"postgres"_s;
    settings.userName = adminUser();
    return settings;
}

ConnectionSettings LocalServer::appSettings() const
{
    ConnectionSettings settings = adminSettings();
    settings.databaseName = databaseName();
    settings.userName = u"resto360_app"_s;
    return settings;
}

QString LocalServer::errorMessage() const
{
    const char *context = "LocalServer";
    switch (m_error) {
    case Error::None:
        return {};
    case Error::RunningAsRoot:
        return QCoreApplication::translate(context,
            "The bundled database cannot run as root (the administrator account). "
            "Start RESTO360 Back Office as your normal user.");
    case Error::BinariesMissing:
        return QCoreApplication::translate(context,
            "PostgreSQL 15 is not installed, and the bundled database needs it. "
            "Install the package postgresql-15 (sudo apt install postgresql-15), "
            "or set RESTO360_PG_BIN to the folder that holds initdb and pg_ctl.");
    case Error::DataFolderUnusable:
        return QCoreApplication::translate(context,
            "The data folder %1 cannot be created or written. "
            "Check that the disk is not full and that you may write there.").arg(m_dataFolder);
    case Error::InitFailed:
        return QCoreApplication::translate(context,
            "The bundled database could not be created in %1. "
            "Check the free disk space, then start the application again.").arg(m_dataFolder);
    case Error::StartFailed:
        return QCoreApplication::translate(context,
            "The bundled database did not start. Its log is %1; "
            "restart the computer if another copy may still be running.")
            .arg(QDir::toNativeSeparators(m_dataFolder + u"/server.log"_s));
    }
    return {};
}

bool LocalServer::fail(Error error, const QString &detail)
{
    m_error = error;
    m_errorDetail = detail;
    qCWarning(lcServer).noquote() << "Bundled database:" << detail;
    return false;
}

bool LocalServer::start()
{
    if (m_running)
        return true;
    m_error = Error::None;
    m_errorDetail.clear();

    if (::geteuid() == 0 && m_serverUser.isEmpty())
        return fail(Error::RunningAsRoot, u"refusing to run PostgreSQL as root"_s);
    if (!hasPrograms(m_binFolder))
        return fail(Error::BinariesMissing,
                    u"no initdb, pg_ctl and postgres in '%1'"_s.arg(m_binFolder));
    if (!ensureFolders())
        return false;

    if (!QFileInfo::exists(clusterFolder() + u"/PG_VERSION"_s)) {
        if (!initCluster())
            return false;
    }
    if (!clearStaleLock())
        return false;

    const QString serverOptions = u"-c listen_addresses='' -c unix_socket_directories='%1'"_s
                                      .arg(socketFolder());
    QString output;
    const bool started = runTool(u"pg_ctl"_s,
                                 {u"start"_s, u"-w"_s, u"-t"_s, QString::number(StartTimeoutSeconds),
                                  u"-D"_s, clusterFolder(), u"-l"_s, m_dataFolder + u"/server.log"_s,
                                  u"-o"_s, serverOptions},
                                 &output, (StartTimeoutSeconds + 5) * 1000);
    if (!started)
        return fail(Error::StartFailed, u"pg_ctl start failed: "_s + output);

    m_running = true;
    qCInfo(lcServer) << "Bundled database started in" << clusterFolder() << "socket" << socketFolder();
    return true;
}

void LocalServer::stop()
{
    if (!m_running)
        return;
    QString output;
    if (!runTool(u"pg_ctl"_s, {u"stop"_s, u"-w"_s, u"-m"_s, u"fast"_s, u"-D"_s, clusterFolder()},
                 &output, 60000)) {
        qCWarning(lcServer).noquote() << "pg_ctl stop failed:" << output;
    } else {
        qCInfo(lcServer) << "Bundled database stopped";
    }
    m_running = false;
}

bool LocalServer::ensureFolders()
{
    if (!QDir().mkpath(m_dataFolder))
        return fail(Error::DataFolderUnusable, u"cannot create "_s + m_dataFolder);
    QFile::setPermissions(m_dataFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ExeOwner);

    // A short path: PostgreSQL refuses socket paths longer than 107 bytes.
    m_socketDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/r360-XXXXXX"_s);
    if (!m_socketDir->isValid())
        return fail(Error::DataFolderUnusable, u"cannot create a socket folder in "_s + QDir::tempPath());

    if (!handOver(m_dataFolder) || !handOver(m_socketDir->path()))
        return fail(Error::DataFolderUnusable,
                    u"cannot give %1 to the server user %2"_s.arg(m_dataFolder, m_serverUser));
    return true;
}

bool LocalServer::handOver(const QString &path) const
{
    if (m_serverUser.isEmpty())
        return true;
    const OsUser user = lookUpUser(m_serverUser);
    if (!user.found)
        return false;
    const QByteArray encoded = QFile::encodeName(path);
    return ::chown(encoded.constData(), user.uid, user.gid) == 0;
}

bool LocalServer::initCluster()
{
    QString output;
    const bool created = runTool(u"initdb"_s,
                                 {u"-D"_s, clusterFolder(), u"-U"_s, adminUser(), u"--auth=trust"_s,
                                  u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s},
                                 &output, 120000);
    if (!created) {
        // A half-made cluster would block the next try.
        QDir(clusterFolder()).removeRecursively();
        return fail(Error::InitFailed, u"initdb failed: "_s + output);
    }
    m_createdCluster = true;
    qCInfo(lcServer) << "Created the bundled database cluster in" << clusterFolder();
    return true;
}

bool LocalServer::clearStaleLock()
{
    const QString lockPath = clusterFolder() + u"/postmaster.pid"_s;
    QFile lock(lockPath);
    if (!lock.exists())
        return true;
    if (!lock.open(QIODevice::ReadOnly))
        return fail(Error::StartFailed, u"cannot read "_s + lockPath);
    const QList<QByteArray> lines = lock.readAll().split('\n');
    lock.close();

    const qint64 pid = lines.isEmpty() ? 0 : lines.first().trimmed().toLongLong();
    const QString commandLinePath = u"/proc/%1/cmdline"_s.arg(pid);
    QFile commandLine(commandLinePath);
    const bool alive = pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
    const bool isPostgres = alive && commandLine.open(QIODevice::ReadOnly)
        && commandLine.readAll().contains("postgres");

    if (isPostgres) {
        // A server left running by a copy of the app that crashed: stop it cleanly so
        // this start gets a fresh private socket.
        qCWarning(lcServer) << "A bundled database server (pid" << pid << ") is still running; stopping it";
        QString output;
        if (!runTool(u"pg_ctl"_s, {u"stop"_s, u"-w"_s, u"-m"_s, u"fast"_s, u"-D"_s, clusterFolder()},
                     &output, 60000))
            return fail(Error::StartFailed, u"cannot stop the leftover server: "_s + output);
        return true;
    }

    qCWarning(lcServer) << "Removing a stale postmaster.pid left by a crash (pid" << pid << ")";
    if (!QFile::remove(lockPath))
        return fail(Error::StartFailed, u"cannot remove the stale "_s + lockPath);
    return true;
}

bool LocalServer::runTool(const QString &program, const QStringList &arguments, QString *output,
                          int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(u"/"_s);

    if (!m_serverUser.isEmpty()) {
        const OsUser user = lookUpUser(m_serverUser);
        if (!user.found) {
            *output = u"no OS user named "_s + m_serverUser;
            return false;
        }
        process.setChildProcessModifier([user] {
            // Runs in the child between fork and exec: only async-signal-safe calls.
            if (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0)
                ::_exit(126);
        });
    }

    process.start(QDir(m_binFolder).filePath(program), arguments);
    if (!process.waitForStarted(10000)) {
        *output = process.errorString();
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *output = u"%1 timed out after %2 ms"_s.arg(program).arg(timeoutMs);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
