#pragma once

#include "ConnectionSettings.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

/// Backups of the bundled database: pg_dump files in custom format (-Fc) in a folder the
/// person can see and change, the newest KeptBackups of them kept. A restore loads the
/// file into a scratch database first and swaps it in only when that worked, so a bad
/// file leaves the current data untouched.
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
    ~BackupManager() override;

    /// Documents/RESTO360 Backups in the person's documents folder.
    static QString defaultFolder();
    /// The folder from the "backup/folder" setting, else defaultFolder().
    QString folder() const;
    void setFolder(const QString &folder);

    /// Backup files in the folder, newest first.
    QStringList backups() const;

    /// Writes a new backup and removes the oldest beyond KeptBackups. Returns the file's
    /// path, or an empty string with errorMessage() set.
    QString backUp();

    /// Backs up when the newest backup is older than 24 hours or none exists. Returns false
    /// only when a backup was due and failed.
    bool backUpIfDue();

    /// Checks every hour while the application runs and backs up when due.
    void startDailyBackups();

    /// Loads file into the scratch database resto360_restore and, when that worked, renames
    /// the current database to previousDatabase() and the scratch one into its place. The
    /// caller closes its own connections first; other sessions on the database are ended.
    /// After reconnecting, call dropPreviousDatabase().
    bool restore(const QString &file);

    /// The name the last restore() gave the replaced database.
    QString previousDatabase() const { return m_previousDatabase; }
    /// Drops the database that the last restore() replaced.
    bool dropPreviousDatabase();

    /// A translated sentence saying what failed, after a failure.
    QString errorMessage() const { return m_errorMessage; }
    /// Program output or the driver's text, for the log.
    QString errorDetail() const { return m_errorDetail; }

    /// Returns the time written into a backup file's name, or an invalid QDateTime.
    static QDateTime backupTime(const QString &path);

private:
    bool runTool(const QString &program, const QStringList &arguments, const QString &inputFile,
        const QString &outputFile, QString *output);
    QStringList connectionArguments(const QString &databaseName) const;
    bool adminExec(const QStringList &statements, QString *error);
    void removeOldBackups();
    bool fail(const QString &message, const QString &detail);

    ConnectionSettings m_adminSettings;
    QString m_databaseName;
    QString m_binFolder;
    QString m_osUser;
    QString m_previousDatabase;
    QString m_errorMessage;
    QString m_errorDetail;
    QTimer *m_timer = nullptr;
};
