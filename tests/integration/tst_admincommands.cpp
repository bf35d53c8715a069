// The tasks behind --check-isolation and --rotate-signing-key, as the command line runs them
// with an administrator's settings: their output and their exit codes, on a sound database
// and on one an administrator broke. CI runs as root, where the executable refuses to start
// the bundled server, so the tasks are tested here against a throwaway one.
#include "AdminCommands.h"
#include "TestServer.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString Admin = u"admincommands-admin"_s;

struct TaskRun
{
    int exitCode = -1;
    QString out;
    QString errors;
};

template<typename Task>
TaskRun runTask(Task task)
{
    TaskRun run;
    QTextStream out(&run.out);
    QTextStream errors(&run.errors);
    run.exitCode = task(out, errors);
    return run;
}

bool execute(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(Admin));
    if (query.exec(sql))
        return true;
    qWarning().noquote() << sql << "failed:" << query.lastError().text();
    return false;
}

} // namespace

class TestAdminCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanDatabasePasses();
    void rotationPrintsOnlyTheKeyId();
    void unreachableDatabaseFails();
    void brokenDatabaseFails();
    void localDatabaseIsNamed();

private:
    TestServer m_server;
};

void TestAdminCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
}

void TestAdminCommands::cleanDatabasePasses()
{
    const AdminCommands commands(m_server.adminSettings());
    const TaskRun run = runTask([&commands](QTextStream &out, QTextStream &errors) {
        return commands.checkIsolation(out, errors);
    });

    QVERIFY2(run.exitCode == AdminCommands::Success, qPrintable(run.out + run.errors));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errors.isEmpty());
    // Only the summary.
    QCOMPARE(run.out.count(u'\n'), 1);
}

void TestAdminCommands::rotationPrintsOnlyTheKeyId()
{
    QSqlQuery keys =
        TestServer::run(Admin, u"select string_agg(kid, ',') from auth.signing_keys"_s);
    QVERIFY(keys.next());
    const QString before = keys.value(0).toString();
    const AdminCommands commands(m_server.adminSettings());
    const TaskRun run = runTask([&commands](QTextStream &out, QTextStream &errors) {
        return commands.rotateSigningKey(out, errors);
    });
    QVERIFY2(run.exitCode == AdminCommands::Success, qPrintable(run.errors));

    QSqlQuery current = TestServer::run(Admin,
        u"select kid, encode(secret, 'hex'), encode(secret, 'base64') from auth.signing_keys "
        "where retired_at is null"_s);
    QVERIFY(current.next());
    const QString kid = current.value(0).toString();
    QVERIFY(!before.contains(kid));
    QVERIFY2(run.out.contains(kid), qPrintable(run.out));
    QVERIFY(!run.out.contains(current.value(1).toString(), Qt::CaseInsensitive));
    QVERIFY(!run.out.contains(current.value(2).toString().left(16)));
    QVERIFY(!current.next());

    // The rotation leaves nothing that the isolation check would report.
    const TaskRun check = runTask([&commands](QTextStream &out, QTextStream &errors) {
        return commands.checkIsolation(out, errors);
    });
    QCOMPARE(check.exitCode, 0);
}

void TestAdminCommands::unreachableDatabaseFails()
{
    const AdminCommands commands(m_server.adminSettings().withDatabase(u"no_such_database"_s));
    const TaskRun check = runTask([&commands](QTextStream &out, QTextStream &errors) {
        return commands.checkIsolation(out, errors);
    });
    QCOMPARE(check.exitCode, int(AdminCommands::Failed));
    QVERIFY(check.out.isEmpty());
    QVERIFY(check.errors.contains(u"no_such_database"_s));

    const TaskRun rotation = runTask([&commands](QTextStream &out, QTextStream &errors) {
        return commands.rotateSigningKey(out, errors);
    });
    QCOMPARE(rotation.exitCode, int(AdminCommands::Failed));
}

void TestAdminCommands::brokenDatabaseFails()
{
    QVERIFY(execute(u"alter table app.staff no force row level security"_s));

    const AdminCommands commands(m_server.adminSettings());
    const TaskRun run = runTask([&commands](QTextStream &out, QTextStream &errors) {
        return commands.checkIsolation(out, errors);
    });
    QVERIFY(execute(u"alter table app.staff force row level security"_s));

    QCOMPARE(run.exitCode, int(AdminCommands::Findings));
    QVERIFY(run.exitCode != 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    // The finding on its own line, then the summary.
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.constFirst().contains(u"app.staff"_s), qPrintable(run.out));
}

void TestAdminCommands::localDatabaseIsNamed()
{
    const QString folder = m_server.server().dataFolder();
    const AdminCommands commands(m_server.adminSettings());
    QString out;
    QString errors;
    QTextStream outStream(&out);
    QTextStream errorStream(&errors);
    QVERIFY(commands.describeLocalDatabase(outStream, errorStream, folder));

    QVERIFY2(out.contains(u"local database \"%1\" in %2"_s.arg(
                 m_server.adminSettings().databaseName, QDir::toNativeSeparators(folder))),
        qPrintable(out));
    QVERIFY(errors.isEmpty());

    const AdminCommands missing(m_server.adminSettings().withDatabase(u"no_such_database"_s));
    QVERIFY(!missing.describeLocalDatabase(outStream, errorStream, folder));
    QVERIFY2(errors.contains(u"no_such_database"_s), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
