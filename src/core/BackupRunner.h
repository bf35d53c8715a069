#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>

#include <atomic>

/// The result of one backup, restore or drop step.
struct BackupOutcome
{
    bool ok = false;
    /// The file a successful backup wrote.
    QString path;
    /// The name a successful restore gave the database it replaced.
    QString previousDatabase;
    /// A translated sentence saying what failed.
    QString errorMessage;
    /// Program output or the driver's text, for the log.
    QString errorDetail;
};

/// Runs the steps of a backup or a restore of the bundled database: pg_dump, pg_restore and
/// the administrator's SQL around them. The steps keep no state between calls, and each SQL
/// statement group opens and removes its own connection on the calling thread, so
/// BackupManager runs them on a worker thread or on its own thread.
class BackupRunner
{
public:
    /// adminSettings connects as the cluster's superuser to any database. binFolder contains
    /// pg_dump and pg_restore. osUser, when not empty, is the OS user they run as, which
    /// only root can switch to (tests and CI, like LocalServer::setServerUser).
    BackupRunner(
        ConnectionSettings adminSettings, QString databaseName, QString binFolder, QString osUser);

    /// Creates the folder of path when needed and writes a pg_dump file in custom format to
    /// path. pg_dump writes to path + ".partial", which is renamed only when it succeeded, so
    /// a failed or cancelled backup leaves no file named like a backup.
    BackupOutcome writeBackup(const QString &path) const;

    /// Loads file into the scratch database <name>_restore and, when that worked, renames the
    /// current database to <name>_previous_<UTC time> and the scratch one into its place.
    /// Other sessions on the database are ended. On failure the current data is unchanged.
    BackupOutcome restore(const QString &file) const;

    /// Drops name, the database that a restore replaced, if it exists.
    BackupOutcome dropReplacedDatabase(const QString &name) const;

    /// Drops every database that restores replaced and nothing dropped yet.
    BackupOutcome dropLeftoverDatabases() const;

    /// Makes a running or later pg_dump or pg_restore stop and its step fail. A restore that
    /// has started renaming the databases finishes. Safe to call from any thread.
    void cancel() { m_cancelled = true; }

private:
    bool runTool(const QString &program, const QStringList &arguments, const QString &inputFile,
        const QString &outputFile, QString *output) const;
    QStringList connectionArguments(const QString &databaseName) const;
    bool adminExec(const QStringList &statements, QString *error) const;

    ConnectionSettings m_adminSettings;
    QString m_databaseName;
    QString m_binFolder;
    QString m_osUser;
    std::atomic_bool m_cancelled {false};
};
