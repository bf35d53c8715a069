#include "BackupManager.h"
#include "LocalServer.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString Admin = u"backup-admin"_s;
// Stops only a hung test, so it is far above what a backup or restore of the test data needs.
constexpr int FinishTimeoutMs = 60000;

} // namespace

class TestBackupManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void folderSetting();
    // Run before any restore succeeds, because a restore ends the sessions that
    // TestServer::createRestaurant uses.
    void truncatedBackupLeavesDataUnchanged();
    void startRestoreOfTruncatedFileFails();
    void destroyingCancelsRestore();
    void leftoverDatabasesDropped();
    void backUpAndRestoreRoundTrip();
    void restoreOldestOfSevenKeepsFile();
    void startRestoreOldestOfSevenKeepsFile();
    void startRestoreRoundTrip();
    void startBackUpReturnsAtOnce();
    void eventLoopRunsDuringBackUp();
    void secondStartRejectedWhileBusy();
    void destroyingCancelsBackUp();
    void destroyingStopsRunningPgDump();
    void keepsSevenNewest();
    void dailyBackupsSkipRecent();
    void dailyBackupsStartWhenDue();

private:
    int restaurantCount();
    bool databaseExists(const QString &name);
    /// Names of the databases that a restore replaced and nothing dropped yet.
    QStringList previousDatabases();
    /// Writes the first half of backup into the test folder as name and returns its path.
    QString writeTruncatedCopy(const QString &backup, const QString &name);
    std::unique_ptr<BackupManager> newManager();
    /// Checks that a successful restore kept the replaced database and that
    /// dropPreviousDatabase() drops it.
    void verifyPreviousDatabaseDropped();
    /// Fills folder with KeptBackups backups and adds the restaurant slug after the oldest,
    /// so that only a restore of the oldest removes it. Returns the oldest backup's path.
    QString writeSevenBackups(const QString &folder, const QString &slug);
    bool restaurantExists(const QString &slug);

    TestServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<BackupManager> m_backups;
};

void TestBackupManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_folder.isValid());
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));

    m_backups = newManager();
}

void TestBackupManager::init()
{
    m_backups->setFolder(m_folder.path());
}

std::unique_ptr<BackupManager> TestBackupManager::newManager()
{
    return std::make_unique<BackupManager>(m_server.server().adminSettings(),
        LocalServer::databaseName(), LocalServer::findBinFolder(),
        qEnvironmentVariable("RESTO360_TEST_PG_USER"));
}

int TestBackupManager::restaurantCount()
{
    // A restore ends every session on the database, so each check reconnects.
    if (!TestServer::open(Admin, m_server.adminSettings()))
        return -1;
    QSqlQuery count = TestServer::run(Admin, u"select count(*) from app.restaurants"_s);
    return count.next() ? count.value(0).toInt() : -1;
}

bool TestBackupManager::databaseExists(const QString &name)
{
    QSqlQuery exists =
        TestServer::run(Admin, u"select 1 from pg_catalog.pg_database where datname = ?"_s, {name});
    return exists.next();
}

QStringList TestBackupManager::previousDatabases()
{
    QSqlQuery names =
        TestServer::run(Admin, u"select datname from pg_catalog.pg_database where datname like ?"_s,
            {LocalServer::databaseName() + u"\\_previous\\_%"_s});
    QStringList found;
    while (names.next())
        found << names.value(0).toString();
    return found;
}

void TestBackupManager::verifyPreviousDatabaseDropped()
{
    const QString previous = m_backups->previousDatabase();
    QVERIFY(previous.startsWith(LocalServer::databaseName() + u"_previous_"_s));
    QVERIFY(databaseExists(previous));
    QVERIFY(m_backups->dropPreviousDatabase());
    QVERIFY(!databaseExists(previous));
    QVERIFY(!databaseExists(LocalServer::databaseName() + u"_restore"_s));
}

QString TestBackupManager::writeSevenBackups(const QString &folder, const QString &slug)
{
    m_backups->setFolder(folder);
    QString oldest = m_backups->backUp();
    if (oldest.isEmpty() || !TestServer::open(Admin, m_server.adminSettings()))
        return {};
    QSqlQuery insert = TestServer::run(
        Admin, u"insert into app.restaurants (name, slug) values (?, ?)"_s, {slug, slug});
    if (!insert.isActive())
        return {};
    for (int i = 1; i < BackupManager::KeptBackups; ++i) {
        if (m_backups->backUp().isEmpty())
            return {};
    }
    return oldest;
}

bool TestBackupManager::restaurantExists(const QString &slug)
{
    if (!TestServer::open(Admin, m_server.adminSettings()))
        return false;
    QSqlQuery exists =
        TestServer::run(Admin, u"select 1 from app.restaurants where slug = ?"_s, {slug});
    return exists.next();
}

QString TestBackupManager::writeTruncatedCopy(const QString &backup, const QString &name)
{
    QFile source(backup);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = source.readAll();
    QString truncated = QDir(m_folder.path()).filePath(name);
    QFile broken(truncated);
    if (!broken.open(QIODevice::WriteOnly) || broken.write(bytes.left(bytes.size() / 2)) <= 0)
        return {};
    return truncated;
}

void TestBackupManager::folderSetting()
{
    QCOMPARE(m_backups->folder(), m_folder.path());
    QVERIFY(BackupManager::defaultFolder().endsWith(u"RESTO360 Backups"_s));
}

void TestBackupManager::backUpAndRestoreRoundTrip()
{
    QCOMPARE(restaurantCount(), 2);
    const QString backup = m_backups->backUp();
    QVERIFY2(!backup.isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(QFileInfo(backup).size() > 0);
    QVERIFY(BackupManager::backupTime(backup).isValid());
    QCOMPARE(m_backups->backups().value(0), backup);

    // A change made after the backup, which the restore must undo.
    QVERIFY(!m_server
                 .createRestaurant(u"Maquis Après"_s, u"Yao Konan"_s, u"+2250700000032"_s,
                     u"Kedjenou-du-dimanche-32"_s)
                 .isEmpty());
    QCOMPARE(restaurantCount(), 3);

    closeConnection(Admin);
    QVERIFY2(m_backups->restore(backup), qPrintable(m_backups->errorDetail()));
    QCOMPARE(restaurantCount(), 2);
    QSqlQuery name =
        TestServer::run(Admin, u"select 1 from app.restaurants where name = 'Maquis Après'"_s);
    QVERIFY(!name.next());

    // The application login still reaches the restored database.
    QVERIFY(TestServer::open(u"backup-app"_s, m_server.appSettings()));
    closeConnection(u"backup-app"_s);

    verifyPreviousDatabaseDropped();
}

void TestBackupManager::restoreOldestOfSevenKeepsFile()
{
    // The steps of --restore-backup: save the current data, then restore the chosen file.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString slug = u"maquis-apres-la-plus-ancienne"_s;
    const QString oldest = writeSevenBackups(folder.path(), slug);
    QVERIFY2(!oldest.isEmpty(), qPrintable(m_backups->errorDetail()));
    QCOMPARE(m_backups->backups().size(), BackupManager::KeptBackups);
    QCOMPARE(m_backups->backups().constLast(), oldest);
    QVERIFY(restaurantExists(slug));

    const QString safety = m_backups->backUpBeforeRestore(oldest);
    QVERIFY2(!safety.isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(QFile::exists(oldest));
    QCOMPARE(m_backups->backups().size(), BackupManager::KeptBackups + 1);
    QCOMPARE(m_backups->backups().constFirst(), safety);

    closeConnection(Admin);
    QVERIFY2(m_backups->restore(oldest), qPrintable(m_backups->errorDetail()));
    QVERIFY(!restaurantExists(slug));
    QVERIFY(QFile::exists(oldest));
    verifyPreviousDatabaseDropped();

    // The next ordinary backup goes back to KeptBackups files and removes the oldest.
    QVERIFY2(!m_backups->backUp().isEmpty(), qPrintable(m_backups->errorDetail()));
    QCOMPARE(m_backups->backups().size(), BackupManager::KeptBackups);
    QVERIFY(!QFile::exists(oldest));
}

void TestBackupManager::startRestoreOldestOfSevenKeepsFile()
{
    // The steps of the Backups dialog, on the worker thread.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString slug = u"maquis-apres-la-plus-ancienne-async"_s;
    const QString oldest = writeSevenBackups(folder.path(), slug);
    QVERIFY2(!oldest.isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(restaurantExists(slug));

    QSignalSpy backedUp(m_backups.get(), &BackupManager::backUpFinished);
    QVERIFY(m_backups->startBackUpBeforeRestore(oldest));
    QVERIFY(backedUp.wait(FinishTimeoutMs));
    QVERIFY2(!backedUp.at(0).at(0).toString().isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(QFile::exists(oldest));
    QCOMPARE(m_backups->backups().size(), BackupManager::KeptBackups + 1);

    closeConnection(Admin);
    QSignalSpy restored(m_backups.get(), &BackupManager::restoreFinished);
    QVERIFY(m_backups->startRestore(oldest));
    QVERIFY(restored.wait(FinishTimeoutMs));
    QVERIFY2(restored.at(0).at(0).toBool(), qPrintable(m_backups->errorDetail()));
    QVERIFY(!restaurantExists(slug));
    QVERIFY(QFile::exists(oldest));
    verifyPreviousDatabaseDropped();

    // A later ordinary backup from startBackUp() keeps no file beyond KeptBackups.
    QVERIFY(m_backups->startBackUp());
    QVERIFY(backedUp.wait(FinishTimeoutMs));
    QCOMPARE(backedUp.count(), 2);
    QCOMPARE(m_backups->backups().size(), BackupManager::KeptBackups);
    QVERIFY(!QFile::exists(oldest));
}

void TestBackupManager::keepsSevenNewest()
{
    QStringList written;
    for (int i = 0; i < BackupManager::KeptBackups + 2; ++i) {
        const QString path = m_backups->backUp();
        QVERIFY2(!path.isEmpty(), qPrintable(m_backups->errorDetail()));
        written.prepend(path);
    }
    const QStringList kept = m_backups->backups();
    QCOMPARE(kept.size(), BackupManager::KeptBackups);
    QCOMPARE(kept, written.mid(0, BackupManager::KeptBackups));
    QCOMPARE(QDir(m_folder.path()).entryList({u"*.partial"_s}, QDir::Files).size(), 0);
}

void TestBackupManager::dailyBackupsSkipRecent()
{
    const QStringList before = m_backups->backups();
    QVERIFY(!before.isEmpty());
    const std::unique_ptr<BackupManager> daily = newManager();
    QSignalSpy finished(daily.get(), &BackupManager::backUpFinished);

    daily->startDailyBackups();
    QVERIFY(!daily->isBusy());
    QVERIFY(finished.isEmpty());
    QCOMPARE(daily->backups(), before);
}

void TestBackupManager::dailyBackupsStartWhenDue()
{
    // With no backup younger than a day, the first check starts one on the worker thread.
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const std::unique_ptr<BackupManager> daily = newManager();
    daily->setFolder(empty.path());
    QSignalSpy finished(daily.get(), &BackupManager::backUpFinished);

    daily->startDailyBackups();
    QVERIFY(daily->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, FinishTimeoutMs);
    const QString path = finished.at(0).at(0).toString();
    QVERIFY2(!path.isEmpty(), qPrintable(daily->errorDetail()));
    QCOMPARE(daily->backups(), QStringList {path});
}

void TestBackupManager::truncatedBackupLeavesDataUnchanged()
{
    QVERIFY(!m_server
                 .createRestaurant(u"Maquis Actuel"_s, u"Adama Traoré"_s, u"+2250700000033"_s,
                     u"Kedjenou-du-dimanche-33"_s)
                 .isEmpty());
    const QString good = m_backups->backUp();
    QVERIFY2(!good.isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(!m_server
                 .createRestaurant(u"Maquis Suivant"_s, u"Koffi Adou"_s, u"+2250700000034"_s,
                     u"Kedjenou-du-dimanche-34"_s)
                 .isEmpty());
    const int current = restaurantCount();
    QCOMPARE(current, 2);

    const QString truncated = writeTruncatedCopy(good, u"broken.dump"_s);
    QVERIFY(!truncated.isEmpty());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Restore failed: "_s));
    QVERIFY(!m_backups->restore(truncated));
    QVERIFY2(
        m_backups->errorMessage().contains(u"unchanged"_s), qPrintable(m_backups->errorMessage()));
    QVERIFY2(
        m_backups->errorMessage().contains(u"damaged"_s), qPrintable(m_backups->errorMessage()));
    QVERIFY2(m_backups->errorMessage().contains(QDir::toNativeSeparators(truncated)),
        qPrintable(m_backups->errorMessage()));
    QVERIFY(!m_backups->errorDetail().isEmpty());
    QVERIFY(m_backups->previousDatabase().isEmpty());
    QCOMPARE(restaurantCount(), current);
    QVERIFY(!databaseExists(LocalServer::databaseName() + u"_restore"_s));

    QVERIFY(!m_backups->restore(QDir(m_folder.path()).filePath(u"missing.dump"_s)));
    QCOMPARE(restaurantCount(), current);
}

void TestBackupManager::startRestoreOfTruncatedFileFails()
{
    const QString good = m_backups->backUp();
    QVERIFY2(!good.isEmpty(), qPrintable(m_backups->errorDetail()));
    const QString truncated = writeTruncatedCopy(good, u"broken-async.dump"_s);
    QVERIFY(!truncated.isEmpty());
    const int current = restaurantCount();
    QVERIFY(current >= 0);

    QSignalSpy finished(m_backups.get(), &BackupManager::restoreFinished);
    QVERIFY(m_backups->startRestore(truncated));
    QVERIFY(m_backups->isBusy());
    QVERIFY(finished.wait(FinishTimeoutMs));

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!m_backups->isBusy());
    QVERIFY2(
        m_backups->errorMessage().contains(u"unchanged"_s), qPrintable(m_backups->errorMessage()));
    QVERIFY(!m_backups->errorDetail().isEmpty());
    QVERIFY(m_backups->previousDatabase().isEmpty());
    QCOMPARE(restaurantCount(), current);
    QVERIFY(!databaseExists(LocalServer::databaseName() + u"_restore"_s));
}

void TestBackupManager::destroyingCancelsRestore()
{
    const QString good = m_backups->backUp();
    QVERIFY2(!good.isEmpty(), qPrintable(m_backups->errorDetail()));
    const int current = restaurantCount();
    QVERIFY(current >= 0);

    // Destroyed right after the start, long before pg_restore could load the file and the
    // swap could begin.
    std::unique_ptr<BackupManager> backups = newManager();
    QVERIFY(backups->startRestore(good));
    backups.reset();

    QCOMPARE(restaurantCount(), current);
    QVERIFY(previousDatabases().isEmpty());
    QVERIFY(!databaseExists(LocalServer::databaseName() + u"_restore"_s));
}

void TestBackupManager::startRestoreRoundTrip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_backups->setFolder(folder.path());
    QSignalSpy backedUp(m_backups.get(), &BackupManager::backUpFinished);
    QVERIFY(m_backups->startBackUp());
    QVERIFY(backedUp.wait(FinishTimeoutMs));
    const QString backup = backedUp.at(0).at(0).toString();
    QVERIFY2(!backup.isEmpty(), qPrintable(m_backups->errorDetail()));
    const int before = restaurantCount();
    QVERIFY(before > 0);

    // A change made after the backup, which the restore must undo.
    QSqlQuery insert = TestServer::run(Admin,
        u"insert into app.restaurants (name, slug) values ('Maquis Après Minuit', "
        "'maquis-apres-minuit')"_s);
    QVERIFY2(insert.isActive(), qPrintable(insert.lastError().text()));
    QCOMPARE(restaurantCount(), before + 1);

    closeConnection(Admin);
    QSignalSpy restored(m_backups.get(), &BackupManager::restoreFinished);
    QVERIFY(m_backups->startRestore(backup));
    QVERIFY(m_backups->isBusy());
    QVERIFY(restored.wait(FinishTimeoutMs));
    QCOMPARE(restored.count(), 1);
    QVERIFY2(restored.at(0).at(0).toBool(), qPrintable(m_backups->errorDetail()));
    QVERIFY(!m_backups->isBusy());

    QCOMPARE(restaurantCount(), before);
    verifyPreviousDatabaseDropped();
}

void TestBackupManager::startBackUpReturnsAtOnce()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_backups->setFolder(folder.path());
    QSignalSpy busy(m_backups.get(), &BackupManager::busyChanged);
    QSignalSpy finished(m_backups.get(), &BackupManager::backUpFinished);

    QVERIFY(m_backups->startBackUp());
    // pg_dump has not even connected yet, so no backup file exists.
    QVERIFY(m_backups->isBusy());
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_backups->backups().isEmpty());
    QCOMPARE(busy.count(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);

    QVERIFY(finished.wait(FinishTimeoutMs));
    QCOMPARE(finished.count(), 1);
    const QString path = finished.at(0).at(0).toString();
    QVERIFY2(!path.isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(m_backups->backups(), QStringList {path});
    QVERIFY(!m_backups->isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestBackupManager::eventLoopRunsDuringBackUp()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_backups->setFolder(folder.path());

    // A zero-interval timer ticks once per turn of the event loop.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    int ticksAtFinish = -1;
    connect(m_backups.get(), &BackupManager::backUpFinished, &ticker,
        [&ticks, &ticksAtFinish] { ticksAtFinish = ticks; });
    QSignalSpy finished(m_backups.get(), &BackupManager::backUpFinished);

    ticker.start();
    QVERIFY(m_backups->startBackUp());
    QVERIFY(finished.wait(FinishTimeoutMs));
    ticker.stop();

    QVERIFY2(!finished.at(0).at(0).toString().isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY2(
        ticksAtFinish > 1, qPrintable(u"%1 ticks before the backup finished"_s.arg(ticksAtFinish)));
}

void TestBackupManager::secondStartRejectedWhileBusy()
{
    // A good backup, so that a restore that was not rejected would succeed.
    const QString good = m_backups->backups().value(0);
    QVERIFY(!good.isEmpty());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_backups->setFolder(folder.path());
    QSignalSpy finished(m_backups.get(), &BackupManager::backUpFinished);
    QSignalSpy restored(m_backups.get(), &BackupManager::restoreFinished);
    QVERIFY(m_backups->startBackUp());

    QVERIFY(!m_backups->startBackUp());
    QVERIFY2(m_backups->errorMessage().contains(u"already running"_s),
        qPrintable(m_backups->errorMessage()));
    // The folder is empty, so a backup is due, but the running one comes first.
    QVERIFY(!m_backups->startBackUpIfDue());
    QVERIFY(!m_backups->startRestore(good));
    QVERIFY(m_backups->backUp().isEmpty());
    QVERIFY(!m_backups->restore(good));
    QVERIFY(m_backups->previousDatabase().isEmpty());

    QVERIFY(finished.wait(FinishTimeoutMs));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(!finished.at(0).at(0).toString().isEmpty(), qPrintable(m_backups->errorDetail()));
    QCOMPARE(m_backups->backups().size(), 1);
    QCOMPARE(restored.count(), 0);

    // Once it finished, the next backup is not due for a day.
    QVERIFY(!m_backups->startBackUpIfDue());
    QVERIFY(!m_backups->isBusy());
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    m_backups->setFolder(empty.path());
    QVERIFY(m_backups->startBackUpIfDue());
    QVERIFY(finished.wait(FinishTimeoutMs));
    QCOMPARE(m_backups->backups().size(), 1);
}

void TestBackupManager::leftoverDatabasesDropped()
{
    // As a restore leaves them when the application quits right after the swap.
    const QStringList leftovers = {LocalServer::databaseName() + u"_previous_20260101T000000"_s,
        LocalServer::databaseName() + u"_previous_20260102T000000"_s};
    // Not through TestServer::run, because PostgreSQL cannot prepare CREATE DATABASE.
    QSqlQuery admin(QSqlDatabase::database(Admin));
    for (const QString &name : leftovers)
        QVERIFY2(admin.exec(u"create database \"%1\""_s.arg(name)),
            qPrintable(admin.lastError().text()));
    // Matches the pattern only if "_" were not taken literally.
    QVERIFY(admin.exec(u"create database resto360xpreviousx"_s));
    QStringList found = previousDatabases();
    found.sort();
    QCOMPARE(found, leftovers);

    QVERIFY2(m_backups->dropLeftoverDatabases(), qPrintable(m_backups->errorDetail()));
    QCOMPARE(previousDatabases(), QStringList());
    QVERIFY(databaseExists(LocalServer::databaseName()));
    QVERIFY(databaseExists(u"resto360xpreviousx"_s));
    QVERIFY(admin.exec(u"drop database resto360xpreviousx"_s));
}

void TestBackupManager::destroyingCancelsBackUp()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    std::unique_ptr<BackupManager> backups = newManager();
    backups->setFolder(folder.path());

    // Destroyed right after the start, long before pg_dump could have finished.
    QVERIFY(backups->startBackUp());
    backups.reset();

    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList());
}

void TestBackupManager::destroyingStopsRunningPgDump()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    std::unique_ptr<BackupManager> backups = newManager();
    backups->setFolder(folder.path());

    // pg_dump waits for this lock, so it is still running when the destructor stops it.
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QSqlDatabase admin = QSqlDatabase::database(Admin, false);
    QVERIFY(admin.transaction());
    // Not through TestServer::run, because PostgreSQL cannot prepare a LOCK statement.
    QSqlQuery lock(admin);
    QVERIFY2(lock.exec(u"lock table app.restaurants in access exclusive mode"_s),
        qPrintable(lock.lastError().text()));
    QVERIFY(backups->startBackUp());

    // Another connection, because statistics views keep one snapshot per transaction.
    const QString watch = u"backup-watch"_s;
    QVERIFY(TestServer::open(watch, m_server.adminSettings()));
    const auto pgDumpWaits = [&watch] {
        QSqlQuery waiting = TestServer::run(watch,
            u"select count(*) from pg_catalog.pg_stat_activity "
            "where application_name = 'pg_dump' and wait_event_type = 'Lock'"_s);
        return waiting.next() && waiting.value(0).toInt() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(pgDumpWaits(), FinishTimeoutMs);
    QCOMPARE(QDir(folder.path()).entryList({u"*.partial"_s}, QDir::Files).size(), 1);
    backups.reset();

    QVERIFY(admin.rollback());
    closeConnection(watch);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
