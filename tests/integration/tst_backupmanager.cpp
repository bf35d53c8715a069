#include "BackupManager.h"
#include "LocalServer.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Admin = u"backup-admin"_s;

} // namespace

class TestBackupManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderSetting();
    // Runs before any restore succeeds, because a restore ends the sessions that
    // TestServer::createRestaurant uses.
    void truncatedBackupLeavesDataUnchanged();
    void backUpAndRestoreRoundTrip();
    void keepsSevenNewest();
    void backUpIfDueSkipsRecent();

private:
    int restaurantCount();
    bool databaseExists(const QString &name);

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

    m_backups = std::make_unique<BackupManager>(m_server.server().adminSettings(),
        LocalServer::databaseName(), LocalServer::findBinFolder(),
        qEnvironmentVariable("RESTO360_TEST_PG_USER"));
    m_backups->setFolder(m_folder.path());
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

    const QString previous = m_backups->previousDatabase();
    QVERIFY(previous.startsWith(LocalServer::databaseName() + u"_previous_"_s));
    QVERIFY(databaseExists(previous));
    QVERIFY(m_backups->dropPreviousDatabase());
    QVERIFY(!databaseExists(previous));
    QVERIFY(!databaseExists(LocalServer::databaseName() + u"_restore"_s));
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

void TestBackupManager::backUpIfDueSkipsRecent()
{
    const QStringList before = m_backups->backups();
    QVERIFY(!before.isEmpty());
    QVERIFY(m_backups->backUpIfDue());
    QCOMPARE(m_backups->backups(), before);

    // With no backup younger than a day, one is written.
    QTemporaryDir empty;
    m_backups->setFolder(empty.path());
    QVERIFY(m_backups->backUpIfDue());
    QCOMPARE(m_backups->backups().size(), 1);
    m_backups->setFolder(m_folder.path());
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

    QFile source(good);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString truncated = QDir(m_folder.path()).filePath(u"broken.dump"_s);
    QFile broken(truncated);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QVERIFY(broken.write(bytes.left(bytes.size() / 2)) > 0);
    broken.close();

    QVERIFY(!m_backups->restore(truncated));
    QVERIFY2(
        m_backups->errorMessage().contains(u"unchanged"_s), qPrintable(m_backups->errorMessage()));
    QVERIFY(!m_backups->errorDetail().isEmpty());
    QVERIFY(m_backups->previousDatabase().isEmpty());
    QCOMPARE(restaurantCount(), current);
    QVERIFY(!databaseExists(LocalServer::databaseName() + u"_restore"_s));

    QVERIFY(!m_backups->restore(QDir(m_folder.path()).filePath(u"missing.dump"_s)));
    QCOMPARE(restaurantCount(), current);
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
