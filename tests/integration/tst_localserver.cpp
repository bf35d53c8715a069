#include "LocalServer.h"
#include "Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void configure(LocalServer &server)
{
    const QString serverUser = qEnvironmentVariable("RESTO360_TEST_PG_USER");
    if (!serverUser.isEmpty())
        server.setServerUser(serverUser);
}

QString scalar(const QString &connection, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(sql) || !query.next())
        return u"error: "_s + query.lastError().text();
    return query.value(0).toString();
}

} // namespace

class TestLocalServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartCreatesPrivateCluster();
    void secondStartReusesCluster();
    void recoversFromStaleLockFile();
    void recoversFromLeftoverServer();
    void refusesRootWithoutServerUser();
    void namesPackageWhenProgramsAreMissing();

private:
    QTemporaryDir m_folder {QDir::tempPath() + u"/resto360-localserver-XXXXXX"_s};
};

void TestLocalServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
}

void TestLocalServer::firstStartCreatesPrivateCluster()
{
    LocalServer server(m_folder.path());
    configure(server);
    QVERIFY2(server.start(), qPrintable(server.errorDetail()));
    QVERIFY(server.createdCluster());
    QVERIFY(QFileInfo::exists(server.clusterFolder() + u"/PG_VERSION"_s));

    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(server.socketFolder()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);

    QVERIFY(openConnection(u"local-admin"_s, server.adminSettings()).isEmpty());
    QCOMPARE(scalar(u"local-admin"_s, u"show listen_addresses"_s), QString());
    QCOMPARE(scalar(u"local-admin"_s, u"show server_encoding"_s), u"UTF8"_s);
    closeConnection(u"local-admin"_s);

    Migrator migrator(server.adminSettings(), LocalServer::databaseName());
    QVERIFY2(migrator.migrate(), qPrintable(migrator.errorText()));

    server.stop();
    QVERIFY(!server.isRunning());
    QVERIFY(!QFileInfo::exists(server.clusterFolder() + u"/postmaster.pid"_s));
}

void TestLocalServer::secondStartReusesCluster()
{
    LocalServer server(m_folder.path());
    configure(server);
    QVERIFY2(server.start(), qPrintable(server.errorDetail()));
    QVERIFY(!server.createdCluster());

    QVERIFY(openConnection(u"local-app"_s, server.appSettings()).isEmpty());
    QCOMPARE(scalar(u"local-app"_s, u"select max(version) from meta.schema_migrations"_s),
        QString::number(Migrator::latestVersion()));
    closeConnection(u"local-app"_s);
}

void TestLocalServer::recoversFromStaleLockFile()
{
    // A lock file naming a process that no longer exists, as a power cut leaves it.
    const QString lockPath = m_folder.path() + u"/pgdata/postmaster.pid"_s;
    {
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            "999999\n" + QFile::encodeName(m_folder.path()) + "\n1700000000\n5432\n/tmp\n\n");
    }

    LocalServer server(m_folder.path());
    configure(server);
    QVERIFY2(server.start(), qPrintable(server.errorDetail()));
    QVERIFY(openConnection(u"local-stale"_s, server.adminSettings()).isEmpty());
    QCOMPARE(scalar(u"local-stale"_s, u"select 1"_s), u"1"_s);
    closeConnection(u"local-stale"_s);
}

void TestLocalServer::recoversFromLeftoverServer()
{
    // The first object is "crashed": its server keeps running, unowned.
    auto crashed = std::make_unique<LocalServer>(m_folder.path());
    configure(*crashed);
    QVERIFY2(crashed->start(), qPrintable(crashed->errorDetail()));
    const QString oldSocket = crashed->socketFolder();
    QVERIFY(QFileInfo::exists(m_folder.path() + u"/pgdata/postmaster.pid"_s));

    LocalServer server(m_folder.path());
    configure(server);
    QVERIFY2(server.start(), qPrintable(server.errorDetail()));
    QVERIFY(server.socketFolder() != oldSocket);
    QVERIFY(openConnection(u"local-leftover"_s, server.adminSettings()).isEmpty());
    QCOMPARE(scalar(u"local-leftover"_s, u"select 1"_s), u"1"_s);
    closeConnection(u"local-leftover"_s);
    server.stop();

    // The crashed object must not stop the new server when it goes away.
    crashed.reset();
}

void TestLocalServer::refusesRootWithoutServerUser()
{
    QTemporaryDir folder;
    LocalServer server(folder.path());
    const bool started = server.start();
    if (::geteuid() == 0) {
        QVERIFY(!started);
        QCOMPARE(server.error(), LocalServer::Error::RunningAsRoot);
        QVERIFY(server.errorMessage().contains(u"root"_s));
    } else {
        // A normal user needs no server user at all.
        QVERIFY2(started, qPrintable(server.errorDetail()));
        QCOMPARE(server.error(), LocalServer::Error::None);
    }
}

void TestLocalServer::namesPackageWhenProgramsAreMissing()
{
    QTemporaryDir folder;
    LocalServer server(folder.path());
    configure(server);
    server.setBinFolder(folder.path() + u"/no-such-folder"_s);
    QVERIFY(!server.start());
    QCOMPARE(server.error(), LocalServer::Error::BinariesMissing);
    QVERIFY(server.errorMessage().contains(u"postgresql-15"_s));
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
