// IsolationCheck on a freshly migrated server, which must give no findings, and on the same
// server after an administrator breaks one rule after another, where each break must show.
#include "IsolationCheck.h"
#include "TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Admin = u"isolationcheck-admin"_s;

// Runs DDL without preparing it, because QPSQL cannot prepare DDL.
bool execute(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(Admin));
    if (query.exec(sql))
        return true;
    qWarning().noquote() << sql << "failed:" << query.lastError().text();
    return false;
}

QString describe(const QList<IsolationCheck::Finding> &findings)
{
    QStringList lines;
    for (const IsolationCheck::Finding &finding : findings)
        lines << finding.message;
    return lines.join(u'\n');
}

bool contains(const QList<IsolationCheck::Finding> &findings, IsolationCheck::Problem problem,
    const QString &object)
{
    for (const IsolationCheck::Finding &finding : findings) {
        if (finding.problem == problem && finding.object == object)
            return true;
    }
    return false;
}

} // namespace

class TestIsolationCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshServerHasNoFindings();
    void brokenServerShowsEachFinding_data();
    void brokenServerShowsEachFinding();
    void messagesNameTheirObject();
    void failedQueryIsAFinding();

private:
    QList<IsolationCheck::Finding> breakAndCheck();

    TestServer m_server;
    QList<IsolationCheck::Finding> m_brokenFindings;
    bool m_broken = false;
};

void TestIsolationCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
}

void TestIsolationCheck::freshServerHasNoFindings()
{
    const QList<IsolationCheck::Finding> findings = IsolationCheck(Admin).run();
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

QList<IsolationCheck::Finding> TestIsolationCheck::breakAndCheck()
{
    if (m_broken)
        return m_brokenFindings;
    m_broken = true;

    const QStringList statements = {
        u"alter table app.staff no force row level security"_s,
        u"alter table app.audit_log disable row level security"_s,
        u"grant execute on function auth.server_id() to public"_s,
        u"create view app.leaky_staff as select * from app.staff"_s,
        u"create view app.invoker_off with (security_invoker = off) as select * from app.restaurants"_s,
        u"create materialized view app.staff_snapshot as select id from app.staff"_s,
        u"create table app.unprotected (id integer)"_s,
        u"create function auth.unpinned() returns integer language sql security definer as 'select 1'"_s,
        u"alter role resto360_app bypassrls"_s,
        u"alter role resto360_app superuser"_s,
        u"create table public.app_owned (id integer)"_s,
        u"alter table public.app_owned owner to resto360_app"_s,
        u"grant resto360_auth to resto360_app"_s,
        u"grant temporary on database %1 to resto360_app"_s.arg(LocalServer::databaseName()),
        u"grant create on schema app to resto360_app"_s,
        u"grant select (kid) on auth.signing_keys to resto360_app"_s,
    };
    for (const QString &statement : statements) {
        if (!execute(statement))
            return {};
    }
    m_brokenFindings = IsolationCheck(Admin).run();

    // Put the role back, so that a superuser application role outlives no test.
    execute(u"alter role resto360_app nosuperuser nobypassrls"_s);
    return m_brokenFindings;
}

void TestIsolationCheck::brokenServerShowsEachFinding_data()
{
    using Problem = IsolationCheck::Problem;
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("object");

    QTest::newRow("row security not forced") << Problem::RowSecurityNotForced << u"app.staff"_s;
    QTest::newRow("row security disabled") << Problem::RowSecurityDisabled << u"app.audit_log"_s;
    QTest::newRow("new table without row security")
        << Problem::RowSecurityDisabled << u"app.unprotected"_s;
    QTest::newRow("new table not forced") << Problem::RowSecurityNotForced << u"app.unprotected"_s;
    QTest::newRow("public executes server_id")
        << Problem::PublicCanExecute << u"auth.server_id()"_s;
    QTest::newRow("public executes new function")
        << Problem::PublicCanExecute << u"auth.unpinned()"_s;
    QTest::newRow("definer without search_path")
        << Problem::DefinerWithoutSearchPath << u"auth.unpinned()"_s;
    QTest::newRow("view without security_invoker")
        << Problem::ViewNotSecurityInvoker << u"app.leaky_staff"_s;
    QTest::newRow("view with security_invoker off")
        << Problem::ViewNotSecurityInvoker << u"app.invoker_off"_s;
    QTest::newRow("materialized view") << Problem::MaterializedView << u"app.staff_snapshot"_s;
    QTest::newRow("superuser") << Problem::AppRoleIsSuperuser << u"resto360_app"_s;
    QTest::newRow("bypassrls") << Problem::AppRoleBypassesRowSecurity << u"resto360_app"_s;
    QTest::newRow("owns a table") << Problem::AppRoleOwnsObject << u"table public.app_owned"_s;
    QTest::newRow("member of resto360_auth") << Problem::AppRoleIsMember << u"resto360_auth"_s;
    QTest::newRow("temporary objects")
        << Problem::AppRoleCanCreateTemporary << LocalServer::databaseName();
    QTest::newRow("create in schema app") << Problem::AppRoleCanCreateInSchema << u"app"_s;
    QTest::newRow("reads a column of an auth table")
        << Problem::AppRoleReadsAuthTable << u"auth.signing_keys"_s;
}

void TestIsolationCheck::brokenServerShowsEachFinding()
{
    QFETCH(IsolationCheck::Problem, problem);
    QFETCH(QString, object);

    const QList<IsolationCheck::Finding> findings = breakAndCheck();
    QVERIFY2(contains(findings, problem, object), qPrintable(describe(findings)));
}

void TestIsolationCheck::messagesNameTheirObject()
{
    const QList<IsolationCheck::Finding> findings = breakAndCheck();
    QVERIFY(!findings.isEmpty());
    for (const IsolationCheck::Finding &finding : findings) {
        QVERIFY2(
            finding.problem != IsolationCheck::Problem::QueryFailed, qPrintable(finding.message));
        QVERIFY2(finding.message.contains(finding.object), qPrintable(finding.message));
        QVERIFY2(finding.message.endsWith(u'.'), qPrintable(finding.message));
    }
}

void TestIsolationCheck::failedQueryIsAFinding()
{
    // A closed connection must not pass as "no findings".
    const QString closed = u"isolationcheck-closed"_s;
    QVERIFY(TestServer::open(closed, m_server.adminSettings()));
    QSqlDatabase::database(closed).close();

    const QList<IsolationCheck::Finding> findings = IsolationCheck(closed).run();
    QVERIFY(!findings.isEmpty());
    for (const IsolationCheck::Finding &finding : findings)
        QCOMPARE(finding.problem, IsolationCheck::Problem::QueryFailed);
}

QTEST_GUILESS_MAIN(TestIsolationCheck)
#include "tst_isolationcheck.moc"
