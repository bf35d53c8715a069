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

private:
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
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
