#include "BackupRunner.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

#ifndef Q_OS_WIN
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString AdminConnection = u"resto360-backup-admin"_s;
// pg_dump and pg_restore of a restaurant's database take seconds; this only stops a hang.
constexpr int ToolTimeoutMs = 10 * 60 * 1000;
// How often a running tool checks for cancel(), which bounds how long quitting waits for it.
constexpr int CancelCheckIntervalMs = 100;
// How long ending the other sessions on the database may take before the swap gives up.
constexpr int TerminateTimeoutMs = 5000;

QString quoted(const QString &identifier)
{
    return u"\""_s + identifier + u"\""_s;
}

BackupOutcome failure(const QString &message, const QString &detail)
{
    BackupOutcome outcome;
    outcome.errorMessage = message;
    outcome.errorDetail = detail;
    return outcome;
}

BackupOutcome dropFailure(const QString &detail)
{
    return failure(QCoreApplication::translate("BackupManager",
                       "The data from before the restore could not be removed. It uses disk "
                       "space but does no harm."),
        detail);
}

// A connection name that no other thread uses at the same time, because QSqlDatabase
// connections belong to the thread that opened them.
QString newAdminConnectionName()
{
    static std::atomic_int counter {0};
    return AdminConnection + u'-' + QString::number(++counter);
}

} // namespace

BackupRunner::BackupRunner(
    ConnectionSettings adminSettings, QString databaseName, QString binFolder, QString osUser)
    : m_adminSettings(std::move(adminSettings))
    , m_databaseName(std::move(databaseName))
    , m_binFolder(std::move(binFolder))
    , m_osUser(std::move(osUser))
{
}

QStringList BackupRunner::connectionArguments(const QString &databaseName) const
{
    return {u"--host"_s, m_adminSettings.host, u"--port"_s, QString::number(m_adminSettings.port),
        u"--username"_s, m_adminSettings.userName, u"--dbname"_s, databaseName, u"--no-password"_s};
}

bool BackupRunner::runTool(const QString &program, const QStringList &arguments,
    const QString &inputFile, const QString &outputFile, QString *output) const
{
    if (m_cancelled) {
        *output = program + u" was cancelled before it started"_s;
        return false;
    }

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

    // Waits in short slices, so that cancel() from another thread stops the tool soon.
    const QDeadlineTimer deadline(ToolTimeoutMs);
    while (!process.waitForFinished(CancelCheckIntervalMs)
        && process.state() != QProcess::NotRunning) {
        if (!m_cancelled && !deadline.hasExpired())
            continue;
        if (m_cancelled)
            qCInfo(lcServer) << "Stopping" << program
                             << "because the backup or restore was cancelled";
        process.kill();
        process.waitForFinished(5000);
        *output = m_cancelled ? program + u" was cancelled"_s
                              : u"%1 timed out after %2 ms"_s.arg(program).arg(ToolTimeoutMs);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool BackupRunner::adminExec(const QStringList &statements, QString *error) const
{
    const QString connectionName = newAdminConnectionName();
    if (const QString openError =
            openConnection(connectionName, m_adminSettings.withDatabase(u"postgres"_s));
        !openError.isEmpty()) {
        *error = openError;
        closeConnection(connectionName);
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
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
    closeConnection(connectionName);
    return ok;
}

BackupOutcome BackupRunner::writeBackup(const QString &path) const
{
    const QString target = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(target)) {
        return failure(QCoreApplication::translate("BackupManager",
                           "Cannot create the backup folder %1. Check that the disk is connected "
                           "and that you may write there.")
                           .arg(QDir::toNativeSeparators(target)),
            {});
    }

    const QString partial = path + u".partial"_s;
    const auto writeFailure = [&](const QString &detail) {
        QFile::remove(partial);
        return failure(QCoreApplication::translate("BackupManager",
                           "The backup could not be written to %1. Check that the folder is "
                           "writable and the disk has free space.")
                           .arg(QDir::toNativeSeparators(target)),
            detail);
    };
    QString output;
    if (!runTool(u"pg_dump"_s, connectionArguments(m_databaseName) << u"--format=custom"_s, {},
            partial, &output))
        return writeFailure(output);
    // A cancel that comes after pg_dump ended still wins, so a cancelled backup never
    // becomes a file named like a backup.
    if (m_cancelled)
        return writeFailure(u"pg_dump was cancelled"_s);
    if (!QFile::rename(partial, path))
        return writeFailure(u"cannot rename "_s + partial);

    qCInfo(lcServer) << "Backed up the database to" << path;
    BackupOutcome outcome;
    outcome.ok = true;
    outcome.path = path;
    return outcome;
}

BackupOutcome BackupRunner::restore(const QString &file) const
{
    const QString scratch = m_databaseName + u"_restore"_s;
    // FORCE ends a session that a cancelled pg_restore may still have on the scratch database.
    const QString dropScratch = u"drop database if exists %1 with (force)"_s.arg(quoted(scratch));
    const QString unchanged = QCoreApplication::translate(
        "BackupManager", "The backup %1 could not be restored. Your current data is unchanged.")
                                  .arg(QDir::toNativeSeparators(file));

    if (!QFileInfo(file).isReadable())
        return failure(unchanged, u"cannot read "_s + file);

    QString error;
    if (!adminExec(
            {dropScratch,
                u"create database %1 owner resto360_owner encoding 'UTF8' template template0"_s.arg(
                    quoted(scratch))},
            &error))
        return failure(unchanged, error);

    // One transaction: a file that breaks off halfway leaves the scratch database empty.
    QString output;
    if (!runTool(u"pg_restore"_s,
            connectionArguments(scratch) << u"--exit-on-error"_s << u"--single-transaction"_s, file,
            {}, &output)) {
        adminExec({dropScratch}, &error);
        if (m_cancelled)
            return failure(unchanged, output);
        return failure(QCoreApplication::translate("BackupManager",
                           "The backup %1 could not be restored. The file may be damaged or not "
                           "a RESTO360 backup. Your current data is unchanged.")
                           .arg(QDir::toNativeSeparators(file)),
            output);
    }
    if (m_cancelled) {
        adminExec({dropScratch}, &error);
        return failure(unchanged, u"the restore was cancelled before the databases were swapped"_s);
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
        adminExec({dropScratch}, &error);
        return failure(unchanged, error);
    }
    if (!adminExec(
            {u"alter database %1 rename to %2"_s.arg(quoted(scratch), quoted(m_databaseName))},
            &error)) {
        QString undoError;
        adminExec(
            {u"alter database %1 rename to %2"_s.arg(quoted(previous), quoted(m_databaseName))},
            &undoError);
        return failure(unchanged, error + u' ' + undoError);
    }

    qCInfo(lcServer) << "Restored" << file << "; the replaced database is kept as" << previous;
    BackupOutcome outcome;
    outcome.ok = true;
    outcome.previousDatabase = previous;
    return outcome;
}

BackupOutcome BackupRunner::dropLeftoverDatabases() const
{
    const QString connectionName = newAdminConnectionName();
    QStringList names;
    QString error = openConnection(connectionName, m_adminSettings.withDatabase(u"postgres"_s));
    if (error.isEmpty()) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        query.prepare(
            u"select datname from pg_catalog.pg_database where datname like ? order by datname"_s);
        // '_' matches any character in LIKE, so the literal ones are escaped.
        query.addBindValue(m_databaseName + u"\\_previous\\_%"_s);
        if (!query.exec())
            error = query.lastError().text();
        while (query.next())
            names << query.value(0).toString();
    }
    closeConnection(connectionName);
    if (!error.isEmpty())
        return dropFailure(error);

    for (const QString &name : std::as_const(names)) {
        if (BackupOutcome outcome = dropReplacedDatabase(name); !outcome.ok)
            return outcome;
    }
    BackupOutcome outcome;
    outcome.ok = true;
    return outcome;
}

BackupOutcome BackupRunner::dropReplacedDatabase(const QString &name) const
{
    QString error;
    if (!adminExec({u"drop database if exists %1"_s.arg(quoted(name))}, &error))
        return dropFailure(error);
    qCInfo(lcServer) << "Dropped the replaced database" << name;
    BackupOutcome outcome;
    outcome.ok = true;
    return outcome;
}
