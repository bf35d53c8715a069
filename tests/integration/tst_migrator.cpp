#include "Migrator.h"
#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledMigrationsAreOrdered();
    void secondRunAppliesNothing();
    void appRoleReadsSchemaVersionOnly();
    void definerFunctionsAreLockedDown();
    void rejectsUnsafeDatabaseName();
    void newerSchemaChangesNothing();
    void rejectedMissingDatabaseNotCreated();
    void closedPortFailsToConnect();
    void failedMigrationIsNamed();

private:
    // Builds the database with the migrations up to upToVersion.
    bool createDatabase(const QString &name, int upToVersion);
    static int countDatabases(const QString &name);

    TestServer m_server;
};

void TestMigrator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(u"migrator-admin"_s, m_server.adminSettings()));
    QVERIFY(TestServer::open(u"migrator-app"_s, m_server.appSettings()));
}

void TestMigrator::bundledMigrationsAreOrdered()
{
    const QList<Migration> migrations = Migrator::bundledMigrations();
    QVERIFY(migrations.size() >= 3);
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
    QCOMPARE(Migrator::latestVersion(), migrations.last().version);
}

void TestMigrator::secondRunAppliesNothing()
{
    Migrator again(m_server.server().adminSettings(), LocalServer::databaseName());
    QVERIFY2(again.migrate(), qPrintable(again.errorText()));
    QVERIFY(again.appliedVersions().isEmpty());

    QSqlQuery count =
        TestServer::run(u"migrator-admin"_s, u"select count(*) from meta.schema_migrations"_s);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), Migrator::bundledMigrations().size());
}

void TestMigrator::appRoleReadsSchemaVersionOnly()
{
    QSqlQuery version =
        TestServer::run(u"migrator-app"_s, u"select max(version) from meta.schema_migrations"_s);
    QVERIFY2(version.next(), qPrintable(version.lastError().text()));
    QCOMPARE(version.value(0).toInt(), Migrator::latestVersion());

    QSqlQuery write = TestServer::run(u"migrator-app"_s, u"delete from meta.schema_migrations"_s);
    QCOMPARE(write.lastError().nativeErrorCode(), u"42501"_s);
    QSqlQuery ddl(QSqlDatabase::database(u"migrator-app"_s));
    QVERIFY(!ddl.exec(u"create table app.intruder (id int)"_s));
    QCOMPARE(ddl.lastError().nativeErrorCode(), u"42501"_s);
}

void TestMigrator::definerFunctionsAreLockedDown()
{
    // Every SECURITY DEFINER function pins its search_path, and PUBLIC may run none.
    QSqlQuery unpinned = TestServer::run(u"migrator-admin"_s,
        u"select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
        "where n.nspname in ('auth', 'app') and p.prosecdef "
        "and not coalesce(p.proconfig @> array['search_path=\"\"'], false)"_s);
    QVERIFY(unpinned.next());
    QCOMPARE(unpinned.value(0).toInt(), 0);

    QSqlQuery publicExecute = TestServer::run(u"migrator-admin"_s,
        u"select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
        "where n.nspname in ('auth', 'app') and has_function_privilege('public', p.oid, 'execute')"_s);
    QVERIFY(publicExecute.next());
    QCOMPARE(publicExecute.value(0).toInt(), 0);

    QSqlQuery setup = TestServer::run(u"migrator-app"_s,
        u"select auth.create_restaurant('X', null, '', 'Africa/Abidjan', 'XOF', 'fr', 'Y', "
        u"'+2250700000001', "
        "null, null, null, null)"_s);
    QCOMPARE(setup.lastError().nativeErrorCode(), u"42501"_s);
}

void TestMigrator::rejectsUnsafeDatabaseName()
{
    Migrator migrator(m_server.server().adminSettings(), u"resto360; drop database postgres"_s);
    QVERIFY(!migrator.migrate());
    QVERIFY(migrator.errorText().contains(u"invalid database name"_s));
    QCOMPARE(migrator.failure(), Migrator::Failure::InvalidDatabaseName);
}

bool TestMigrator::createDatabase(const QString &name, int upToVersion)
{
    Migrator migrator(m_server.server().adminSettings(), name);
    if (!migrator.migrate(upToVersion)) {
        qWarning().noquote() << "Cannot create" << name << ":" << migrator.errorText();
        return false;
    }
    return TestServer::open(name, m_server.server().adminSettings().withDatabase(name));
}

int TestMigrator::countDatabases(const QString &name)
{
    QSqlQuery count = TestServer::run(u"migrator-admin"_s,
        u"select count(*) from pg_catalog.pg_database where datname = ?"_s, {name});
    return count.next() ? count.value(0).toInt() : -1;
}

void TestMigrator::newerSchemaChangesNothing()
{
    // A database that lacks this program's latest migration but has one from a newer program:
    // before the check, the migrator applied the missing one and reported success.
    const QString database = u"resto360_from_newer"_s;
    const int latest = Migrator::latestVersion();
    QVERIFY(createDatabase(database, latest - 1));
    QVERIFY(TestServer::run(database,
        u"insert into meta.schema_migrations (version, name) values (?, 'from_a_newer_program')"_s,
        {latest + 1})
                .isActive());

    Migrator migrator(m_server.server().adminSettings(), database);
    QVERIFY(!migrator.migrate());
    QCOMPARE(migrator.failure(), Migrator::Failure::NewerSchema);
    QCOMPARE(migrator.databaseVersion(), latest + 1);
    QVERIFY(migrator.appliedVersions().isEmpty());

    QSqlQuery versions = TestServer::run(
        database, u"select count(*) from meta.schema_migrations where version = ?"_s, {latest});
    QVERIFY(versions.next());
    QCOMPARE(versions.value(0).toInt(), 0);
}

void TestMigrator::rejectedMissingDatabaseNotCreated()
{
    const QString database = u"resto360_never_created"_s;
    Migrator migrator(
        m_server.server().adminSettings(), database, Migrator::MissingDatabase::Reject);

    QVERIFY(!migrator.migrate());
    QCOMPARE(migrator.failure(), Migrator::Failure::DatabaseMissing);
    QCOMPARE(countDatabases(database), 0);
}

void TestMigrator::closedPortFailsToConnect()
{
    // The bundled server listens on a Unix socket whose name carries the port, so no server
    // listens on the next port.
    ConnectionSettings admin = m_server.server().adminSettings();
    admin.port += 1;
    Migrator migrator(admin, LocalServer::databaseName());

    QVERIFY(!migrator.migrate());
    QCOMPARE(migrator.failure(), Migrator::Failure::ConnectionFailed);
    QVERIFY2(migrator.errorText().contains(u"cannot connect"_s), qPrintable(migrator.errorText()));
}

void TestMigrator::failedMigrationIsNamed()
{
    // Migration 6 creates auth.count_failed_password, so a function of that name made
    // beforehand makes it fail.
    const QString database = u"resto360_failing_migration"_s;
    const int failing = 6;
    QVERIFY(createDatabase(database, failing - 1));
    // PostgreSQL cannot prepare DDL, so this statement is run without TestServer::run().
    QSqlQuery conflict(QSqlDatabase::database(database));
    QVERIFY2(conflict.exec(u"create function auth.count_failed_password(p_phone text) returns "
                           "timestamptz language sql as 'select null::timestamptz'"_s),
        qPrintable(conflict.lastError().text()));

    Migrator migrator(m_server.server().adminSettings(), database);
    QVERIFY(!migrator.migrate());
    QCOMPARE(migrator.failure(), Migrator::Failure::MigrationFailed);
    QCOMPARE(migrator.failedVersion(), failing);
    QVERIFY(migrator.appliedVersions().isEmpty());

    QSqlQuery version =
        TestServer::run(database, u"select max(version) from meta.schema_migrations"_s);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), failing - 1);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
