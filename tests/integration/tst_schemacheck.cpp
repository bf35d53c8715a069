#include "Migrator.h"
#include "SchemaCheck.h"
#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString OlderDatabase = u"resto360_older"_s;
const QString NewerDatabase = u"resto360_newer"_s;
constexpr int FutureVersion = 9999;

} // namespace

class TestSchemaCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameVersion();
    void olderDatabase();
    void newerDatabase();
    void missingSchemaFails();
    void appRoleCannotRunDdl();
    void pendingVersions();

private:
    TestServer m_server;
};

void TestSchemaCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(Migrator::latestVersion() >= 2);

    Migrator older(m_server.server().adminSettings(), OlderDatabase);
    QVERIFY2(older.migrate(Migrator::latestVersion() - 1), qPrintable(older.errorText()));
    QVERIFY(!older.appliedVersions().contains(Migrator::latestVersion()));

    Migrator newer(m_server.server().adminSettings(), NewerDatabase);
    QVERIFY2(newer.migrate(), qPrintable(newer.errorText()));
    QVERIFY(TestServer::open(
        u"newer-admin"_s, m_server.server().adminSettings().withDatabase(NewerDatabase)));
    QSqlQuery future = TestServer::run(u"newer-admin"_s,
        u"insert into meta.schema_migrations (version, name) values (?, 'from_a_newer_program')"_s,
        {FutureVersion});
    QVERIFY2(!future.lastError().isValid(), qPrintable(future.lastError().text()));

    QVERIFY(TestServer::open(u"current-app"_s, m_server.appSettings()));
    QVERIFY(TestServer::open(u"older-app"_s, m_server.appSettings().withDatabase(OlderDatabase)));
    QVERIFY(TestServer::open(u"newer-app"_s, m_server.appSettings().withDatabase(NewerDatabase)));
}

void TestSchemaCheck::sameVersion()
{
    const SchemaCheck check = SchemaCheck::run(u"current-app"_s);
    QCOMPARE(check.verdict(), SchemaCheck::Verdict::Same);
    QCOMPARE(check.databaseVersion(), Migrator::latestVersion());
    QVERIFY(check.message().isEmpty());
}

void TestSchemaCheck::olderDatabase()
{
    const SchemaCheck check = SchemaCheck::run(u"older-app"_s);
    QCOMPARE(check.verdict(), SchemaCheck::Verdict::Older);
    QCOMPARE(check.databaseVersion(), Migrator::latestVersion() - 1);
    QCOMPARE(check.programVersion(), Migrator::latestVersion());
    QVERIFY2(check.message().contains(u"--upgrade-server"_s), qPrintable(check.message()));

    // The check changes nothing: the missing migration is still missing.
    QSqlQuery version =
        TestServer::run(u"older-app"_s, u"select max(version) from meta.schema_migrations"_s);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), Migrator::latestVersion() - 1);
}

void TestSchemaCheck::newerDatabase()
{
    const SchemaCheck check = SchemaCheck::run(u"newer-app"_s);
    QCOMPARE(check.verdict(), SchemaCheck::Verdict::Newer);
    QCOMPARE(check.databaseVersion(), FutureVersion);
    QVERIFY2(check.message().contains(u"newer version"_s), qPrintable(check.message()));
}

void TestSchemaCheck::missingSchemaFails()
{
    // The maintenance database has no meta schema at all.
    QVERIFY(
        TestServer::open(u"postgres-app"_s, m_server.appSettings().withDatabase(u"postgres"_s)));
    const SchemaCheck check = SchemaCheck::run(u"postgres-app"_s);
    QCOMPARE(check.verdict(), SchemaCheck::Verdict::Failed);
    QVERIFY(!check.errorDetail().isEmpty());
    QVERIFY(!check.message().isEmpty());
}

void TestSchemaCheck::appRoleCannotRunDdl()
{
    QSqlDatabase db = QSqlDatabase::database(u"older-app"_s);

    QSqlQuery createTable(db);
    QVERIFY(!createTable.exec(u"create table meta.intruder (id int)"_s));
    QCOMPARE(createTable.lastError().nativeErrorCode(), u"42501"_s);

    QSqlQuery createSchema(db);
    QVERIFY(!createSchema.exec(u"create schema intruder"_s));
    QCOMPARE(createSchema.lastError().nativeErrorCode(), u"42501"_s);

    QSqlQuery alterTable(db);
    QVERIFY(!alterTable.exec(u"alter table meta.schema_migrations add column intruder int"_s));
    QCOMPARE(alterTable.lastError().nativeErrorCode(), u"42501"_s);
}

void TestSchemaCheck::pendingVersions()
{
    Migrator older(m_server.server().adminSettings(), OlderDatabase);
    QCOMPARE(older.pendingVersions(), QList<int> {Migrator::latestVersion()});

    Migrator current(m_server.server().adminSettings(), LocalServer::databaseName());
    QCOMPARE(current.pendingVersions(), QList<int>());

    Migrator missing(m_server.server().adminSettings(), u"resto360_never_created"_s);
    QCOMPARE(missing.pendingVersions(), QList<int>());
}

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
