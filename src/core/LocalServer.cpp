#include "LocalServer.h"

#include "Logging.h"
#include "ScramVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <utility>

#ifdef Q_OS_WIN
#include <QByteArray>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <string>
#include <vector>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

// After windows.h, whose types it uses.
#include <sddl.h>
#else
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int StartTimeoutSeconds = 30;

#ifndef Q_OS_WIN
struct OsUser
{
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
#endif

bool hasPrograms(const QString &folder)
{
    if (folder.isEmpty())
        return false;
#ifdef Q_OS_WIN
    const QString suffix = u".exe"_s;
#else
    const QString suffix;
#endif
    const QDir dir(folder);
    for (const QString &program : {u"initdb"_s, u"pg_ctl"_s, u"postgres"_s}) {
        if (!QFileInfo(dir.filePath(program + suffix)).isExecutable())
            return false;
    }
    return true;
}

#ifdef Q_OS_WIN
// Attempts at pg_ctl start when another program binds the chosen port first.
constexpr int PortAttempts = 3;

// Returns a TCP port on 127.0.0.1 that was free a moment ago, or 0. Another program may take
// it before PostgreSQL binds it, so the caller retries with a new port.
int findFreeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// Returns the current Windows user's security identifier ("S-1-5-21-..."), or an empty
// string when the process token cannot be read.
QString currentUserSid()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};

    QString sid;
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<char> buffer(size);
    if (size > 0 && ::GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        const auto *tokenUser = reinterpret_cast<const TOKEN_USER *>(buffer.data());
        LPWSTR text = nullptr;
        if (::ConvertSidToStringSidW(tokenUser->User.Sid, &text)) {
            sid = QString::fromWCharArray(text);
            ::LocalFree(text);
        }
    }
    ::CloseHandle(token);
    return sid;
}

// Creates path, which must not exist, with contents and a protected access control list that
// allows the current user and nobody else, so the file inherits no entry from its folder.
// The list is set when the file is created, so no other account can open it in between.
bool writeUserOnlyFile(const QString &path, const QByteArray &contents, QString *error)
{
    const QString sid = currentUserSid();
    if (sid.isEmpty()) {
        *error = u"cannot read the current user's security identifier (Windows error %1)"_s.arg(
            ::GetLastError());
        return false;
    }

    // "D:P" is a protected DACL, and "(A;;FA;;;<sid>)" allows all file access to that user.
    const std::wstring descriptorText = u"D:P(A;;FA;;;%1)"_s.arg(sid).toStdWString();
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(
            descriptorText.c_str(), SDDL_REVISION_1, &descriptor, nullptr)) {
        *error = u"cannot build the access control list for %1 (Windows error %2)"_s.arg(path).arg(
            ::GetLastError());
        return false;
    }

    SECURITY_ATTRIBUTES attributes {};
    attributes.nLength = static_cast<DWORD>(sizeof(attributes));
    attributes.lpSecurityDescriptor = descriptor;
    attributes.bInheritHandle = FALSE;
    const std::wstring nativePath = QDir::toNativeSeparators(path).toStdWString();
    HANDLE file = ::CreateFileW(nativePath.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
        FILE_ATTRIBUTE_NORMAL, nullptr);
    const DWORD createError = ::GetLastError();
    ::LocalFree(descriptor);
    if (file == INVALID_HANDLE_VALUE) {
        *error = u"cannot create %1 (Windows error %2)"_s.arg(path).arg(createError);
        return false;
    }

    const auto size = static_cast<DWORD>(contents.size());
    DWORD written = 0;
    const bool complete = ::WriteFile(file, contents.constData(), size, &written, nullptr)
        && written == size && ::FlushFileBuffers(file);
    ::CloseHandle(file);
    if (!complete) {
        QFile::remove(path);
        *error = u"cannot write %1"_s.arg(path);
        return false;
    }
    return true;
}
#endif

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
    QString fromEnvironment = qEnvironmentVariable("RESTO360_PG_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;

    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + u"/pgsql/bin"_s
                   << QCoreApplication::applicationDirPath() + u"/../Resources/pgsql/bin"_s;
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
#ifdef Q_OS_WIN
    settings.host = u"127.0.0.1"_s;
    settings.port = m_port;
    settings.password = m_adminPassword;
#else
    settings.host = socketFolder();
    settings.port = 5432;
#endif
    settings.databaseName = u"postgres"_s;
    settings.userName = adminUser();
    return settings;
}

ConnectionSettings LocalServer::appSettings() const
{
    ConnectionSettings settings = adminSettings();
    settings.databaseName = databaseName();
    settings.userName = u"resto360_app"_s;
#ifdef Q_OS_WIN
    settings.password = m_appPassword;
#endif
    return settings;
}

QString LocalServer::errorMessage() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::RunningAsRoot:
        return QCoreApplication::translate("LocalServer",
            "The bundled database cannot run as root (the administrator account). "
            "Start RESTO360 Back Office as your normal user.");
    case Error::BinariesMissing:
        return QCoreApplication::translate("LocalServer",
            "PostgreSQL 15 is not installed, and the bundled database needs it. "
            "Install the package postgresql-15 (sudo apt install postgresql-15), "
            "or set RESTO360_PG_BIN to the folder that holds initdb and pg_ctl.");
    case Error::DataFolderUnusable:
        return QCoreApplication::translate("LocalServer",
            "The data folder %1 cannot be created or written. "
            "Check that the disk is not full and that you may write there.")
            .arg(m_dataFolder);
    case Error::InitFailed:
        return QCoreApplication::translate("LocalServer",
            "The bundled database could not be created in %1. "
            "Check the free disk space, then start the application again.")
            .arg(m_dataFolder);
    case Error::StartFailed:
        return QCoreApplication::translate("LocalServer",
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

#ifndef Q_OS_WIN
    if (::geteuid() == 0 && m_serverUser.isEmpty())
        return fail(Error::RunningAsRoot, u"refusing to run PostgreSQL as root"_s);
#endif
    if (!hasPrograms(m_binFolder))
        return fail(
            Error::BinariesMissing, u"no initdb, pg_ctl and postgres in '%1'"_s.arg(m_binFolder));
    if (!ensureFolders())
        return false;

    if (!QFileInfo::exists(clusterFolder() + u"/PG_VERSION"_s)) {
        if (!initCluster())
            return false;
    }
#ifdef Q_OS_WIN
    if (!loadAdminPassword())
        return false;
#endif
    if (!clearStaleLock())
        return false;

#ifdef Q_OS_WIN
    if (!startOnLoopback())
        return false;
    m_running = true;
    qCInfo(lcServer) << "Bundled database started in" << clusterFolder() << "on 127.0.0.1 port"
                     << m_port;
    return true;
#else
    const QString serverOptions =
        u"-c listen_addresses='' -c unix_socket_directories='%1'"_s.arg(socketFolder());
    QString output;
    const bool started = runTool(u"pg_ctl"_s,
        {u"start"_s, u"-w"_s, u"-t"_s, QString::number(StartTimeoutSeconds), u"-D"_s,
            clusterFolder(), u"-l"_s, m_dataFolder + u"/server.log"_s, u"-o"_s, serverOptions},
        &output, (StartTimeoutSeconds + 5) * 1000);
    if (!started)
        return fail(Error::StartFailed, u"pg_ctl start failed: "_s + output);

    m_running = true;
    qCInfo(lcServer) << "Bundled database started in" << clusterFolder() << "socket"
                     << socketFolder();
    return true;
#endif
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

#ifdef Q_OS_WIN
bool LocalServer::ensureFolders()
{
    // No socket folder: Windows builds of PostgreSQL 15 create no Unix socket by default.
    // The data folder keeps the access control list it inherits. In the per-user AppData
    // folder, that list admits only this user, SYSTEM and administrators.
    if (!QDir().mkpath(m_dataFolder))
        return fail(Error::DataFolderUnusable, u"cannot create "_s + m_dataFolder);
    if (!m_serverUser.isEmpty())
        return fail(Error::DataFolderUnusable,
            u"running the server as another user (%1) is not supported on Windows"_s.arg(
                m_serverUser));
    return true;
}

bool LocalServer::handOver(const QString &path) const
{
    Q_UNUSED(path);
    return m_serverUser.isEmpty();
}
#else
bool LocalServer::ensureFolders()
{
    if (!QDir().mkpath(m_dataFolder))
        return fail(Error::DataFolderUnusable, u"cannot create "_s + m_dataFolder);
    QFile::setPermissions(
        m_dataFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A short path: PostgreSQL refuses socket paths longer than 107 bytes.
    m_socketDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/r360-XXXXXX"_s);
    if (!m_socketDir->isValid())
        return fail(
            Error::DataFolderUnusable, u"cannot create a socket folder in "_s + QDir::tempPath());

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
#endif

bool LocalServer::initCluster()
{
    QString output;
#ifdef Q_OS_WIN
    // Every login needs its SCRAM-SHA-256 password, because any program or user of this PC
    // can reach 127.0.0.1. initdb reads the administrator's password from the first line of
    // the password file. Windows has no C.UTF-8 locale. Under "C", lower() and upper() change
    // ASCII letters only, and the ICU collations such as fr-x-icu are still there.
    if (!createAdminPassword())
        return false;
    const bool created = runTool(u"initdb"_s,
        {u"-D"_s, clusterFolder(), u"-U"_s, adminUser(), u"--auth=scram-sha-256"_s,
            u"--pwfile="_s + adminPasswordPath(), u"--encoding=UTF8"_s, u"--locale=C"_s},
        &output, 120000);
    if (!created) {
        // A half-made cluster would block the next try, and its password goes with it.
        QDir(clusterFolder()).removeRecursively();
        QFile::remove(adminPasswordPath());
        m_adminPassword.clear();
        return fail(Error::InitFailed, u"initdb failed: "_s + output);
    }
#else
    const bool created = runTool(u"initdb"_s,
        {u"-D"_s, clusterFolder(), u"-U"_s, adminUser(), u"--auth=trust"_s, u"--encoding=UTF8"_s,
            u"--locale=C.UTF-8"_s},
        &output, 120000);
    if (!created) {
        // A half-made cluster would block the next try.
        QDir(clusterFolder()).removeRecursively();
        return fail(Error::InitFailed, u"initdb failed: "_s + output);
    }
#endif
    m_createdCluster = true;
    qCInfo(lcServer) << "Created the bundled database cluster in" << clusterFolder();
    return true;
}

#ifdef Q_OS_WIN
bool LocalServer::clearStaleLock()
{
    const QString lockPath = clusterFolder() + u"/postmaster.pid"_s;
    if (!QFile::exists(lockPath))
        return true;

    // pg_ctl status exits with 0 when the process named in postmaster.pid runs, and with 3
    // when it does not.
    QString output;
    if (runTool(u"pg_ctl"_s, {u"status"_s, u"-D"_s, clusterFolder()}, &output, 30000)) {
        // A server left running by a copy of the app that crashed: stop it, so that this
        // start picks a new port and sets new passwords.
        qCWarning(lcServer) << "A bundled database server is still running; stopping it";
        if (!runTool(u"pg_ctl"_s,
                {u"stop"_s, u"-w"_s, u"-m"_s, u"fast"_s, u"-D"_s, clusterFolder()}, &output, 60000))
            return fail(Error::StartFailed, u"cannot stop the leftover server: "_s + output);
        return true;
    }

    qCWarning(lcServer) << "Removing a stale postmaster.pid left by a crash";
    if (!QFile::remove(lockPath))
        return fail(Error::StartFailed, u"cannot remove the stale "_s + lockPath);
    return true;
}
#else
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
        qCWarning(lcServer) << "A bundled database server (pid" << pid
                            << ") is still running; stopping it";
        QString output;
        if (!runTool(u"pg_ctl"_s,
                {u"stop"_s, u"-w"_s, u"-m"_s, u"fast"_s, u"-D"_s, clusterFolder()}, &output, 60000))
            return fail(Error::StartFailed, u"cannot stop the leftover server: "_s + output);
        return true;
    }

    qCWarning(lcServer) << "Removing a stale postmaster.pid left by a crash (pid" << pid << ")";
    if (!QFile::remove(lockPath))
        return fail(Error::StartFailed, u"cannot remove the stale "_s + lockPath);
    return true;
}
#endif

bool LocalServer::runTool(
    const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(u"/"_s);

#ifdef Q_OS_WIN
    if (!m_serverUser.isEmpty()) {
        *output = u"running PostgreSQL as another user is not supported on Windows"_s;
        return false;
    }
#else
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
#endif

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

bool LocalServer::setAppRolePassword()
{
#ifdef Q_OS_WIN
    if (!m_running)
        return fail(Error::StartFailed,
            u"cannot set the password of resto360_app: the server is not running"_s);

    const QString password = ScramVerifier::generatePassword();
    // The verifier holds only base64 characters, '$', ':' and digits, so it needs no escaping.
    // ALTER ROLE takes no bound parameters.
    const QString statement =
        u"alter role resto360_app password '%1'"_s.arg(ScramVerifier::compute(password));
    const QString connectionName = u"resto360_local_server_admin"_s;
    if (const QString error = openConnection(connectionName, adminSettings()); !error.isEmpty()) {
        closeConnection(connectionName);
        return fail(Error::StartFailed, u"cannot connect as the administrator: "_s + error);
    }

    QString error;
    {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        if (!query.exec(statement))
            error = query.lastError().text();
    }
    closeConnection(connectionName);
    if (!error.isEmpty())
        return fail(Error::StartFailed, u"cannot set the password of resto360_app: "_s + error);

    m_appPassword = password;
    return true;
#else
    return true;
#endif
}

#ifdef Q_OS_WIN
// The administrator password guards the TCP port against other users and programs of this
// PC. It is no defence against someone who can read the data folder, because the cluster's
// own files sit beside it there. So it is kept in a file in that folder that only the
// current user may read (see writeUserOnlyFile). The per-user AppData folder already admits
// only this user, SYSTEM and administrators, but --data-dir may name another folder.
// The keychain is not used because LocalServer is synchronous and SecretStore's jobs are not.
// NOTE: the Windows Credential Manager, through SecretStore, is the better place: it keeps
// the password out of copies of the folder. It needs an asynchronous start(), and then a
// temporary password file for initdb, removed right after.
QString LocalServer::adminPasswordPath() const
{
    return m_dataFolder + u"/admin-password"_s;
}

bool LocalServer::createAdminPassword()
{
    const QString path = adminPasswordPath();
    QFile::remove(path);

    const QString password = ScramVerifier::generatePassword();
    QString error;
    if (!writeUserOnlyFile(path, password.toLatin1() + '\n', &error))
        return fail(Error::InitFailed, error);
    m_adminPassword = password;
    return true;
}

bool LocalServer::loadAdminPassword()
{
    const QString path = adminPasswordPath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::DataFolderUnusable,
            u"cannot read the administrator password file %1: %2"_s.arg(path, file.errorString()));
    }
    const QString password = QString::fromLatin1(file.readLine().trimmed());
    if (password.isEmpty())
        return fail(
            Error::DataFolderUnusable, u"the administrator password file %1 is empty"_s.arg(path));
    m_adminPassword = password;
    return true;
}

bool LocalServer::startOnLoopback()
{
    const QString logPath = m_dataFolder + u"/server.log"_s;
    QString output;
    for (int attempt = 1; attempt <= PortAttempts; ++attempt) {
        const int port = findFreeLoopbackPort();
        if (port == 0)
            return fail(Error::StartFailed, u"no free TCP port on 127.0.0.1"_s);

        // Unix sockets stay off, as they are by default in Windows builds of PostgreSQL 15.
        const qint64 logSizeBefore = QFileInfo(logPath).size();
        const QString serverOptions = u"-c listen_addresses=127.0.0.1 -p %1"_s.arg(port);
        const bool started = runTool(u"pg_ctl"_s,
            {u"start"_s, u"-w"_s, u"-t"_s, QString::number(StartTimeoutSeconds), u"-D"_s,
                clusterFolder(), u"-l"_s, logPath, u"-o"_s, serverOptions},
            &output, (StartTimeoutSeconds + 5) * 1000);
        if (started) {
            m_port = port;
            return true;
        }

        // Only a lost race for the port is worth another try. The server logs it in English
        // because initdb set lc_messages to C.
        QFile log(logPath);
        const bool portTaken = log.open(QIODevice::ReadOnly) && log.seek(logSizeBefore)
            && log.readAll().contains("could not bind");
        if (!portTaken)
            break;
        qCWarning(lcServer) << "Port" << port << "was taken before the server bound it; attempt"
                            << attempt << "of" << PortAttempts;
    }
    return fail(Error::StartFailed, u"pg_ctl start failed: "_s + output);
}
#endif
