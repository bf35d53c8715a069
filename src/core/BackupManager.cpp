#include "BackupManager.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

#include <utility>

#ifndef Q_OS_WIN
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString FolderSetting = u"backup/folder"_s;
const QString AdminConnection = u"resto360-backup-admin"_s;
// File names carry the UTC time to the millisecond, so that sorting by name sorts by age
// and two backups in the same second do not collide.
const QString TimeFormat = u"yyyy-MM-dd_HH-mm-ss-zzz"_s;
const QRegularExpression BackupName(
    u"^resto360-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}-\\d{3})\\.dump$"_s);
constexpr qint64 BackupIntervalSeconds = 24 * 60 * 60;
constexpr int CheckIntervalMs = 60 * 60 * 1000;
// pg_dump and pg_restore of a restaurant's database take seconds; this only stops a hang.
constexpr int ToolTimeoutMs = 10 * 60 * 1000;
// How long ending the other sessions on the database may take before the swap gives up.
constexpr int TerminateTimeoutMs = 5000;

QString quoted(const QString &identifier)
{
    return u"\""_s + identifier + u"\""_s;
}

} // namespace

BackupManager::BackupManager(ConnectionSettings adminSettings, QString databaseName,
    QString binFolder, QString osUser, QObject *parent)
    : QObject(parent)
    , m_adminSettings(std::move(adminSettings))
    , m_databaseName(std::move(databaseName))
    , m_binFolder(std::move(binFolder))
    , m_osUser(std::move(osUser))
{
}

BackupManager::~BackupManager() = default;

QString BackupManager::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(u"RESTO360 Backups"_s);
}

QString BackupManager::folder() const
{
    const QString chosen = QSettings().value(FolderSetting).toString();
    return chosen.isEmpty() ? defaultFolder() : chosen;
}

void BackupManager::setFolder(const QString &folder)
{
    QSettings().setValue(FolderSetting, folder);
}

QDateTime BackupManager::backupTime(const QString &path)
{
    const QRegularExpressionMatch match = BackupName.match(QFileInfo(path).fileName());
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), TimeFormat);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QStringList BackupManager::backups() const
{
    const QDir dir(folder());
    QStringList paths;
    const QStringList names =
        dir.entryList({u"resto360-*.dump"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        if (BackupName.match(name).hasMatch())
            paths << dir.filePath(name);
    }
    return paths;
}

bool BackupManager::fail(const QString &message, const QString &detail)
{
    m_errorMessage = message;
    m_errorDetail = detail;
    qCWarning(lcServer).noquote() << "Backup failed:" << message << detail;
    return false;
}

QStringList BackupManager::connectionArguments(const QString &databaseName) const
{
    return {u"--host"_s, m_adminSettings.host, u"--port"_s, QString::number(m_adminSettings.port),
        u"--username"_s, m_adminSettings.userName, u"--dbname"_s, databaseName, u"--no-password"_s};
}

bool BackupManager::runTool(const QString &program, const QStringList &arguments,
    const QString &inputFile, const QString &outputFile, QString *output)
{
    QProcess process;
    process.setWorkingDirectory(u"/"_s);
    // The parent opens both files, so the tool needs no access to the backup folder.
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile, QIODevice::Truncate);
    else
        process.setStandardOutputFile(QProcess::nullDevice());

    // The password, needed only on Windows where the server listens on TCP, goes through the
    // child's environment and never into its arguments, which other processes can read.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_adminSettings.password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, m_adminSettings.password);
    process.setProcessEnvironment(environment);

#ifdef Q_OS_WIN
    if (!m_osUser.isEmpty()) {
        *output = u"running PostgreSQL tools as another user is not supported on Windows"_s;
        return false;
    }
#else
    if (!m_osUser.isEmpty()) {
        const QByteArray name = m_osUser.toLocal8Bit();
        const passwd *entry = ::getpwnam(name.constData());
        if (!entry) {
            *output = u"no OS user named "_s + m_osUser;
            return false;
        }
        const uid_t uid = entry->pw_uid;
        const gid_t gid = entry->pw_gid;
        process.setChildProcessModifier([uid, gid] {
            // Runs in the child between fork and exec: only async-signal-safe calls.
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
#endif

    process.start(QDir(m_binFolder).filePath(program), arguments);
    if (!process.waitForStarted(10000)) {
        *output = process.errorString();
        return false;
    }
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *output = u"%1 timed out after %2 ms"_s.arg(program).arg(ToolTimeoutMs);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool BackupManager::adminExec(const QStringList &statements, QString *error)
{
    if (const QString openError =
            openConnection(AdminConnection, m_adminSettings.withDatabase(u"postgres"_s));
        !openError.isEmpty()) {
        *error = openError;
        closeConnection(AdminConnection);
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(AdminConnection, false);
        // Keeps notices such as "database does not exist, skipping" out of the terminal.
        QSqlQuery(db).exec(u"set client_min_messages = warning"_s);
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                ok = false;
                break;
            }
        }
    }
    closeConnection(AdminConnection);
    return ok;
}

QString BackupManager::backUp()
{
    const QString target = folder();
    if (!QDir().mkpath(target)) {
        fail(QCoreApplication::translate("BackupManager",
                 "Cannot create the backup folder %1. Check that the disk is connected and "
                 "that you may write there.")
                 .arg(QDir::toNativeSeparators(target)),
            {});
        return {};
    }

    QString path = QDir(target).filePath(
        u"resto360-%1.dump"_s.arg(QDateTime::currentDateTimeUtc().toString(TimeFormat)));
    const QString partial = path + u".partial"_s;
    QString output;
    if (!runTool(u"pg_dump"_s, connectionArguments(m_databaseName) << u"--format=custom"_s, {},
            partial, &output)) {
        QFile::remove(partial);
        fail(QCoreApplication::translate("BackupManager",
                 "The backup could not be written to %1. Check that the folder is writable and "
                 "the disk has free space.")
                 .arg(QDir::toNativeSeparators(target)),
            output);
        return {};
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        fail(QCoreApplication::translate("BackupManager",
                 "The backup could not be written to %1. Check that the folder is writable and "
                 "the disk has free space.")
                 .arg(QDir::toNativeSeparators(target)),
            u"cannot rename "_s + partial);
        return {};
    }

    qCInfo(lcServer) << "Backed up the database to" << path;
    removeOldBackups();
    return path;
}

void BackupManager::removeOldBackups()
{
    const QStringList existing = backups();
    for (qsizetype i = KeptBackups; i < existing.size(); ++i) {
        if (QFile::remove(existing.at(i)))
            qCInfo(lcServer) << "Removed the old backup" << existing.at(i);
        else
            qCWarning(lcServer) << "Cannot remove the old backup" << existing.at(i);
    }
}

bool BackupManager::backUpIfDue()
{
    const QStringList existing = backups();
    if (!existing.isEmpty()) {
        const QDateTime newest = backupTime(existing.first());
        if (newest.isValid()
            && newest.secsTo(QDateTime::currentDateTimeUtc()) < BackupIntervalSeconds)
            return true;
    }
    return !backUp().isEmpty();
}

void BackupManager::startDailyBackups()
{
    if (m_timer)
        return;
    // NOTE: pg_dump runs on the calling thread, so the window does not respond while a
    // backup is written (seconds for one restaurant's data).
    m_timer = new QTimer(this);
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupManager::backUpIfDue);
    m_timer->start();
}

bool BackupManager::restore(const QString &file)
{
    m_previousDatabase.clear();
    const QString scratch = m_databaseName + u"_restore"_s;
    const QString unchanged = QCoreApplication::translate(
        "BackupManager", "The backup %1 could not be restored. Your current data is unchanged.")
                                  .arg(QDir::toNativeSeparators(file));

    if (!QFileInfo(file).isReadable())
        return fail(unchanged, u"cannot read "_s + file);

    QString error;
    if (!adminExec(
            {u"drop database if exists %1"_s.arg(quoted(scratch)),
                u"create database %1 owner resto360_owner encoding 'UTF8' template template0"_s.arg(
                    quoted(scratch))},
            &error))
        return fail(unchanged, error);

    // One transaction: a file that breaks off halfway leaves the scratch database empty.
    QString output;
    if (!runTool(u"pg_restore"_s,
            connectionArguments(scratch) << u"--exit-on-error"_s << u"--single-transaction"_s, file,
            {}, &output)) {
        adminExec({u"drop database if exists %1"_s.arg(quoted(scratch))}, &error);
        return fail(unchanged, output);
    }

    // The database's own privileges are not part of the dump.
    const QString previous = m_databaseName + u"_previous_"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd_HHmmss"_s);
    if (!adminExec(
            {u"revoke all on database %1 from public"_s.arg(quoted(scratch)),
                u"grant connect on database %1 to resto360_app"_s.arg(quoted(scratch)),
                u"select pg_catalog.pg_terminate_backend(pid, %1) from pg_catalog.pg_stat_activity "
                "where datname = '%2' and pid <> pg_catalog.pg_backend_pid()"_s
                    .arg(TerminateTimeoutMs)
                    .arg(m_databaseName),
                u"alter database %1 rename to %2"_s.arg(quoted(m_databaseName), quoted(previous))},
            &error)) {
        adminExec({u"drop database if exists %1"_s.arg(quoted(scratch))}, &error);
        return fail(unchanged, error);
    }
    if (!adminExec(
            {u"alter database %1 rename to %2"_s.arg(quoted(scratch), quoted(m_databaseName))},
            &error)) {
        QString undoError;
        adminExec(
            {u"alter database %1 rename to %2"_s.arg(quoted(previous), quoted(m_databaseName))},
            &undoError);
        return fail(unchanged, error + u' ' + undoError);
    }

    m_previousDatabase = previous;
    qCInfo(lcServer) << "Restored" << file << "; the replaced database is kept as" << previous;
    return true;
}

bool BackupManager::dropPreviousDatabase()
{
    if (m_previousDatabase.isEmpty())
        return true;
    QString error;
    if (!adminExec({u"drop database if exists %1"_s.arg(quoted(m_previousDatabase))}, &error)) {
        return fail(QCoreApplication::translate("BackupManager",
                        "The data from before the restore could not be removed. It uses disk "
                        "space but does no harm."),
            error);
    }
    qCInfo(lcServer) << "Dropped the replaced database" << m_previousDatabase;
    m_previousDatabase.clear();
    return true;
}
