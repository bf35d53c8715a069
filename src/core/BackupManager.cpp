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

bool BackupManager::fail(const QString &message, const QString &detail)
{
    m_errorMessage = message;
    m_errorDetail = detail;
    qCWarning(lcServer).noquote() << "Backup failed:" << message << detail;
    return false;
}

QString BackupManager::newBackupPath() const
{
    return QDir(folder()).filePath(
        u"resto360-%1.dump"_s.arg(QDateTime::currentDateTimeUtc().toString(TimeFormat)));
}

bool BackupManager::rejectWhileBusy()
{
    if (!isBusy())
        return false;
    fail(QCoreApplication::translate("BackupManager",
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
        const QString path = finishBackUp(outcome);
        emit busyChanged(false);
        emit backUpFinished(path);
    } else {
        const bool restored = finishRestore(outcome);
        emit busyChanged(false);
        emit restoreFinished(restored);
    }
}

QString BackupManager::finishBackUp(const BackupOutcome &outcome)
{
    if (!outcome.ok) {
        fail(outcome.errorMessage, outcome.errorDetail);
        return {};
    }
    removeOldBackups();
    return outcome.path;
}

bool BackupManager::finishRestore(const BackupOutcome &outcome)
{
    m_previousDatabase = outcome.previousDatabase;
    if (!outcome.ok)
        return fail(outcome.errorMessage, outcome.errorDetail);
    return true;
}

bool BackupManager::startBackUp()
{
    if (rejectWhileBusy())
        return false;
    // The path is chosen here because the worker must not read QSettings.
    runOnWorker(
        Operation::BackUp, [this, path = newBackupPath()] { return m_runner.writeBackup(path); });
    return true;
}

QString BackupManager::backUp()
{
    if (rejectWhileBusy())
        return {};
    return finishBackUp(m_runner.writeBackup(newBackupPath()));
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
    if (rejectWhileBusy())
        return false;
    m_previousDatabase.clear();
    runOnWorker(Operation::Restore, [this, file] { return m_runner.restore(file); });
    return true;
}

bool BackupManager::restore(const QString &file)
{
    if (rejectWhileBusy())
        return false;
    m_previousDatabase.clear();
    return finishRestore(m_runner.restore(file));
}

bool BackupManager::dropPreviousDatabase()
{
    if (m_previousDatabase.isEmpty())
        return true;
    const BackupOutcome outcome = m_runner.dropReplacedDatabase(m_previousDatabase);
    if (!outcome.ok)
        return fail(outcome.errorMessage, outcome.errorDetail);
    m_previousDatabase.clear();
    return true;
}
