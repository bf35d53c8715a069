#pragma once

#include "BackupRunner.h"
#include "ConnectionSettings.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

/// Backups of the bundled database: pg_dump files in custom format (-Fc) in a folder the
/// person can see and change, the newest KeptBackups of them kept. A restore loads the
/// file into a scratch database first and swaps it in only when that worked, so a bad
/// file leaves the current data untouched.
///
/// The start functions run a backup or restore on a worker thread and report the result
/// with a signal, so the event loop keeps running. The blocking functions run the same steps
/// on the calling thread, for the command line and the backup before a migration. Only one
/// backup or restore runs at a time, whichever way it was started.
class BackupManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int KeptBackups = 7;

    /// adminSettings connects as the cluster's superuser to any database. binFolder contains
    /// pg_dump and pg_restore. osUser, when not empty, is the OS user they run as, which
    /// only root can switch to (tests and CI, like LocalServer::setServerUser).
    BackupManager(ConnectionSettings adminSettings, QString databaseName, QString binFolder,
        QString osUser = {}, QObject *parent = nullptr);
    /// Cancels a running backup or restore and waits for its worker thread. A tool that is
    /// still running is stopped, so a cancelled backup leaves no file and a cancelled restore
    /// leaves the current data. A restore that has begun swapping the databases finishes first,
    /// and the database it replaced is kept and logged.
    ~BackupManager() override;

    /// Documents/RESTO360 Backups in the person's documents folder.
    static QString defaultFolder();
    /// The folder from the "backup/folder" setting, else defaultFolder().
    QString folder() const;
    void setFolder(const QString &folder);

    /// Backup files in the folder, newest first.
    QStringList backups() const;

    /// Returns true while a backup or restore from startBackUp() or startRestore() runs.
    bool isBusy() const { return m_operation != Operation::None; }

    /// Starts writing a new backup on a worker thread and returns at once. backUpFinished()
    /// follows. Returns false with errorMessage() set, and emits nothing, when a backup or
    /// restore is already running.
    bool startBackUp();

    /// Starts a backup, like startBackUp(), when the newest backup is older than 24 hours or
    /// none exists. Returns true when it started one, and false without a message while
    /// another backup or restore runs.
    bool startBackUpIfDue();

    /// Starts restoring file on a worker thread, with the steps of restore(), and returns at
    /// once. restoreFinished() follows. Returns false with errorMessage() set, and emits
    /// nothing, when a backup or restore is already running.
    bool startRestore(const QString &file);

    /// Writes a new backup on the calling thread and removes the oldest beyond KeptBackups.
    /// Returns the file's path, or an empty string with errorMessage() set.
    QString backUp();

    /// Starts saving the current data before file is restored, like startBackUp(), but keeps
    /// file when it is one of the old backups that the new backup would remove. The folder
    /// then contains KeptBackups + 1 files until the next backup.
    bool startBackUpBeforeRestore(const QString &file);
    /// Saves the current data before file is restored, on the calling thread, like
    /// startBackUpBeforeRestore(). Returns the new backup's path, or an empty string with
    /// errorMessage() set.
    QString backUpBeforeRestore(const QString &file);

    /// Calls startBackUpIfDue() now, then every hour while the application runs, so the daily
    /// backup never holds up the first window.
    void startDailyBackups();

    /// Loads file into the scratch database resto360_restore on the calling thread and, when
    /// that worked, renames the current database to previousDatabase() and the scratch one
    /// into its place. The caller closes its own connections first, and other sessions on the
    /// database are ended. After reconnecting, call dropPreviousDatabase().
    bool restore(const QString &file);

    /// The name the last restore gave the replaced database.
    QString previousDatabase() const { return m_previousDatabase; }
    /// Drops the database that the last restore replaced.
    bool dropPreviousDatabase();
    /// Drops every database that earlier restores replaced and nothing dropped, as when the
    /// application quit in the middle of a restore. Call it once the application has opened
    /// and checked the current database. Returns false with errorMessage() set on a failure.
    bool dropLeftoverDatabases();

    /// A translated sentence saying what failed, after a failure.
    QString errorMessage() const { return m_errorMessage; }
    /// Program output or the driver's text, for the log.
    QString errorDetail() const { return m_errorDetail; }

    /// Returns the time written into a backup file's name, or an invalid QDateTime.
    static QDateTime backupTime(const QString &path);

signals:
    /// A backup or restore started with a start function began (true) or ended (false).
    void busyChanged(bool busy);
    /// A backup from startBackUp() ended: path is the new file, or empty after a failure,
    /// with errorMessage() set.
    void backUpFinished(const QString &path);
    /// A restore from startRestore() ended. On failure errorMessage() is set and the current
    /// data is unchanged.
    void restoreFinished(bool restored);

private:
    enum class Operation { None, BackUp, Restore };

    /// Returns a path in folder() named after the current UTC time.
    QString newBackupPath() const;
    bool isBackUpDue() const;
    /// Sets errorMessage() and returns true when a backup or restore is running. requested
    /// is the operation that the caller wanted to start.
    bool rejectWhileBusy(Operation requested);
    /// Work like startBackUp() and backUp(), except that the old backups they remove never
    /// include keptFile.
    bool startBackUpKeeping(const QString &keptFile);
    QString backUpKeeping(const QString &keptFile);
    void runOnWorker(Operation operation, std::function<BackupOutcome()> step);
    void finishOperation();
    /// Removes old backups other than keptFile after a successful backup. Returns the file's
    /// path, or an empty string with errorMessage() set.
    QString finishBackUp(const BackupOutcome &outcome, const QString &keptFile);
    bool finishRestore(const BackupOutcome &outcome);
    void removeOldBackups(const QString &keptFile);
    /// Sets errorMessage() and errorDetail(), logs them after logPrefix and returns false.
    bool fail(const char *logPrefix, const QString &message, const QString &detail);

    BackupRunner m_runner;
    QFutureWatcher<BackupOutcome> m_watcher;
    Operation m_operation = Operation::None;
    /// The file that the running backup from startBackUpBeforeRestore() must not remove.
    QString m_keptFile;
    QString m_previousDatabase;
    QString m_errorMessage;
    QString m_errorDetail;
    QTimer *m_timer = nullptr;
};
