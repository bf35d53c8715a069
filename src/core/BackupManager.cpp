#include "BackupManager.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString FolderSetting = u"backup/folder"_s;
// File names carry the UTC time to the millisecond, so that sorting by name sorts by age
// and two backups in the same second do not collide.
const QString TimeFormat = u"yyyy-MM-dd_HH-mm-ss-zzz"_s;
const QRegularExpression BackupName(
    u"^resto360-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}-\\d{3})\\.dump$"_s);
constexpr qint64 BackupIntervalSeconds = 24 * 60 * 60;
constexpr int CheckIntervalMs = 60 * 60 * 1000;
// The start of each failure's log line.
constexpr const char *BackUpFailed = "Backup failed:";
constexpr const char *RestoreFailed = "Restore failed:";
constexpr const char *DropFailed = "Dropping the replaced database failed:";

} // namespace

BackupManager::BackupManager(ConnectionSettings adminSettings, QString databaseName,
    QString binFolder, QString osUser, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(adminSettings), std::move(databaseName), std::move(binFolder),
          std::move(osUser))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackupManager::finishOperation);
}

BackupManager::~BackupManager()
{
    // The worker uses m_runner, so it must end before the members go.
    m_runner.cancel();
    m_watcher.waitForFinished();

    // No window is left to reconnect after a restore that finished while quitting, so the
    // replaced database stays until dropLeftoverDatabases() at the next start.
    if (m_operation == Operation::Restore && m_watcher.result().ok) {
        qCWarning(lcServer) << "A restore finished while quitting; the next start drops"
                            << m_watcher.result().previousDatabase;
    }
}

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

bool BackupManager::fail(const char *logPrefix, const QString &message, const QString &detail)
{
    m_errorMessage = message;
    m_errorDetail = detail;
    qCWarning(lcServer).noquote() << logPrefix << message << detail;
    return false;
}

QString BackupManager::newBackupPath() const
{
    return QDir(folder()).filePath(
        u"resto360-%1.dump"_s.arg(QDateTime::currentDateTimeUtc().toString(TimeFormat)));
}

bool BackupManager::rejectWhileBusy(Operation requested)
{
    if (!isBusy())
        return false;
    fail(requested == Operation::Restore ? RestoreFailed : BackUpFailed,
        QCoreApplication::translate("BackupManager",
            "A backup or restore is already running. Try again when it has finished."),
        u"another backup or restore is running"_s);
    return true;
}

void BackupManager::runOnWorker(Operation operation, std::function<BackupOutcome()> step)
{
    m_operation = operation;
    m_watcher.setFuture(QtConcurrent::run(std::move(step)));
    emit busyChanged(true);
}

void BackupManager::finishOperation()
{
    const BackupOutcome outcome = m_watcher.result();
    const Operation operation = std::exchange(m_operation, Operation::None);
    if (operation == Operation::BackUp) {
        const QString path = finishBackUp(outcome, std::exchange(m_keptFile, {}));
        emit busyChanged(false);
        emit backUpFinished(path);
    } else {
        const bool restored = finishRestore(outcome);
        emit busyChanged(false);
        emit restoreFinished(restored);
    }
}

QString BackupManager::finishBackUp(const BackupOutcome &outcome, const QString &keptFile)
{
    if (!outcome.ok) {
        fail(BackUpFailed, outcome.errorMessage, outcome.errorDetail);
        return {};
    }
    removeOldBackups(keptFile);
    return outcome.path;
}

bool BackupManager::finishRestore(const BackupOutcome &outcome)
{
    m_previousDatabase = outcome.previousDatabase;
    if (!outcome.ok)
        return fail(RestoreFailed, outcome.errorMessage, outcome.errorDetail);
    return true;
}

bool BackupManager::startBackUp()
{
    return startBackUpKeeping({});
}

bool BackupManager::startBackUpBeforeRestore(const QString &file)
{
    return startBackUpKeeping(file);
}

bool BackupManager::startBackUpKeeping(const QString &keptFile)
{
    if (rejectWhileBusy(Operation::BackUp))
        return false;
    m_keptFile = keptFile;
    // The path is chosen here because the worker must not read QSettings.
    runOnWorker(
        Operation::BackUp, [this, path = newBackupPath()] { return m_runner.writeBackup(path); });
    return true;
}

QString BackupManager::backUp()
{
    return backUpKeeping({});
}

QString BackupManager::backUpBeforeRestore(const QString &file)
{
    return backUpKeeping(file);
}

QString BackupManager::backUpKeeping(const QString &keptFile)
{
    if (rejectWhileBusy(Operation::BackUp))
        return {};
    return finishBackUp(m_runner.writeBackup(newBackupPath()), keptFile);
}

void BackupManager::removeOldBackups(const QString &keptFile)
{
    // Compared by canonical path, so another spelling of the same file still matches. An
    // empty or missing keptFile has an empty canonical path and matches nothing.
    const QString keptCanonicalPath = QFileInfo(keptFile).canonicalFilePath();
    const QStringList existing = backups();
    for (qsizetype i = KeptBackups; i < existing.size(); ++i) {
        if (!keptCanonicalPath.isEmpty()
            && QFileInfo(existing.at(i)).canonicalFilePath() == keptCanonicalPath) {
            qCInfo(lcServer) << "Kept the old backup" << existing.at(i)
                             << "because it is about to be restored";
            continue;
        }
        if (QFile::remove(existing.at(i)))
            qCInfo(lcServer) << "Removed the old backup" << existing.at(i);
        else
            qCWarning(lcServer) << "Cannot remove the old backup" << existing.at(i);
    }
}

bool BackupManager::isBackUpDue() const
{
    const QStringList existing = backups();
    if (existing.isEmpty())
        return true;
    const QDateTime newest = backupTime(existing.first());
    return !newest.isValid()
        || newest.secsTo(QDateTime::currentDateTimeUtc()) >= BackupIntervalSeconds;
}

bool BackupManager::startBackUpIfDue()
{
    if (isBusy()) {
        qCInfo(lcServer) << "Skipped the backup check because a backup or restore is running";
        return false;
    }
    return isBackUpDue() && startBackUp();
}

void BackupManager::startDailyBackups()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupManager::startBackUpIfDue);
    m_timer->start();
    startBackUpIfDue();
}

bool BackupManager::startRestore(const QString &file)
{
    if (rejectWhileBusy(Operation::Restore))
        return false;
    m_previousDatabase.clear();
    runOnWorker(Operation::Restore, [this, file] { return m_runner.restore(file); });
    return true;
}

bool BackupManager::restore(const QString &file)
{
    if (rejectWhileBusy(Operation::Restore))
        return false;
    m_previousDatabase.clear();
    return finishRestore(m_runner.restore(file));
}

bool BackupManager::dropLeftoverDatabases()
{
    const BackupOutcome outcome = m_runner.dropLeftoverDatabases();
    if (!outcome.ok)
        return fail(DropFailed, outcome.errorMessage, outcome.errorDetail);
    return true;
}

bool BackupManager::dropPreviousDatabase()
{
    if (m_previousDatabase.isEmpty())
        return true;
    const BackupOutcome outcome = m_runner.dropReplacedDatabase(m_previousDatabase);
    if (!outcome.ok)
        return fail(DropFailed, outcome.errorMessage, outcome.errorDetail);
    m_previousDatabase.clear();
    return true;
}
