// The administrator's commands of the real executable against a shared server: a PostgreSQL
// on 127.0.0.1 with TLS and a password, as an administrator reaches one over the network.
// --setup-server URL --demo twice, then --check-isolation URL and --rotate-signing-key URL on
// the set-up database, and their refusals on a server without the schema or with another
// schema version. The executable runs with its own HOME, so it never touches the user's
// settings, and it gets the administrator's password from PGPASSWORD.
#include "DemoData.h"
#include "Migrator.h"
#include "SessionTestHelpers.h"
#include "TlsTestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString Admin = u"commandline-admin"_s;
const QString App = u"commandline-app"_s;
const QString AppPassword = u"app-login-password-for-the-test"_s;
const QString DemoOwnerPhone = u"+2250700000001"_s;

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString errors;
};

} // namespace

class TestAdminCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkIsolationWithoutDatabaseFails();
    void checkIsolationWithoutSchemaFails();
    void emptyServerUrlFails();
    void setupServerWithDemoTwice();
    void demoOwnerSignsIn();
    void checkIsolationPassesOnServer();
    void checkIsolationReportsFindings();
    void rotateSigningKeyOnServer();
    void olderSchemaFails();
    void newerSchemaFails();
    void setupServerWithDemoAndRestaurant();

private:
    ProgramRun runProgram(const QStringList &arguments,
        const QProcessEnvironment &extraEnvironment = QProcessEnvironment()) const;
    QString serverUrl(const QString &database) const;
    ConnectionSettings appSettings() const;

    TlsTestServer m_server;
    QTemporaryDir m_home;
};

void TestAdminCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(u"runtime"_s));
    QFile appPasswordFile(m_home.filePath(u"app-password"_s));
    QVERIFY(appPasswordFile.open(QIODevice::WriteOnly));
    appPasswordFile.write(AppPassword.toUtf8() + '\n');
    appPasswordFile.close();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

QString TestAdminCommandLine::serverUrl(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4"_s.arg(
        m_server.adminSettings().userName, QString::number(m_server.port()), database,
        m_server.caFile());
}

ConnectionSettings TestAdminCommandLine::appSettings() const
{
    ConnectionSettings settings = m_server.adminSettings().withDatabase(u"resto360"_s);
    settings.userName = u"resto360_app"_s;
    settings.password = AppPassword;
    settings.options = ConnectionSettings::tlsOptions(m_server.caFile());
    return settings;
}

ProgramRun TestAdminCommandLine::runProgram(
    const QStringList &arguments, const QProcessEnvironment &extraEnvironment) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGPASSWORD"_s, m_server.adminSettings().password);
    environment.insert(u"RESTO360_APP_PASSWORD_FILE"_s, m_home.filePath(u"app-password"_s));
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"runtime"_s));
    environment.remove(u"PGPASSFILE"_s);
    environment.insert(extraEnvironment);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(
        QString::fromUtf8(RESTO360_EXECUTABLE), QStringList {u"--lang"_s, u"en"_s} + arguments);
    // Standard input is a closed pipe, not a terminal, so the program prompts for nothing.
    process.closeWriteChannel();

    ProgramRun run;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit) {
        run.errors = u"the program did not finish: "_s + process.errorString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestAdminCommandLine::checkIsolationWithoutDatabaseFails()
{
    const ProgramRun run = runProgram({u"--check-isolation"_s, serverUrl(u"resto360"_s)});

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.errors.contains(u"has no database \"resto360\""_s), qPrintable(run.errors));
    QVERIFY2(run.errors.contains(u"--setup-server"_s), qPrintable(run.errors));
}

void TestAdminCommandLine::checkIsolationWithoutSchemaFails()
{
    // The maintenance database exists on every server and has no RESTO360 schema.
    const ProgramRun run = runProgram({u"--check-isolation"_s, serverUrl(u"postgres"_s)});

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.errors.contains(u"has no RESTO360 schema yet"_s), qPrintable(run.errors));
    QVERIFY2(run.errors.contains(u"--setup-server"_s), qPrintable(run.errors));

    const ProgramRun rotation = runProgram({u"--rotate-signing-key"_s, serverUrl(u"postgres"_s)});
    QCOMPARE(rotation.exitCode, 2);
    QVERIFY2(
        rotation.errors.contains(u"has no RESTO360 schema yet"_s), qPrintable(rotation.errors));
}

void TestAdminCommandLine::emptyServerUrlFails()
{
    // An empty URL, as from an unset shell variable, must not fall back to the local database.
    const ProgramRun run = runProgram({u"--check-isolation="_s});

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains(u"is empty"_s), qPrintable(run.errors));
    QVERIFY2(!run.errors.contains(u"local database in"_s), qPrintable(run.errors));
}

void TestAdminCommandLine::setupServerWithDemoTwice()
{
    const QStringList arguments = {u"--setup-server"_s, serverUrl(u"resto360"_s), u"--demo"_s};

    const ProgramRun first = runProgram(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.errors));
    QVERIFY2(first.out.contains(u"Created the demo restaurant"_s), qPrintable(first.out));
    QVERIFY2(first.out.contains(DemoData::password()), qPrintable(first.out));
    // --demo alone creates no other restaurant, so no owner's password was needed.
    QVERIFY2(!first.errors.contains(u"owner's password"_s), qPrintable(first.errors));

    const ProgramRun second = runProgram(arguments);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.errors));
    QVERIFY2(second.out.contains(u"no migration to apply"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"is already there"_s), qPrintable(second.out));
    QVERIFY2(!second.out.contains(u"Created the demo restaurant"_s), qPrintable(second.out));

    QVERIFY(TestServer::open(Admin, m_server.adminSettings().withDatabase(u"resto360"_s)));
    QCOMPARE(scalar(Admin, u"select count(*) from app.restaurants"_s).toInt(), 1);
    QCOMPARE(scalar(Admin, u"select name from app.restaurants"_s).toString(),
        DemoData::restaurantName());
    QCOMPARE(scalar(Admin, u"select count(*) from app.staff"_s).toInt(), DemoData::staffCount());
}

void TestAdminCommandLine::demoOwnerSignsIn()
{
    QVERIFY(TestServer::open(App, appSettings()));

    const TestServer::Tokens tokens = TestServer::signIn(App, DemoOwnerPhone, DemoData::password());
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(TestServer::useToken(App, tokens.accessToken));

    QCOMPARE(
        scalar(App, u"select name from app.restaurants"_s).toString(), DemoData::restaurantName());
    QCOMPARE(scalar(App, u"select count(*) from app.staff"_s).toInt(), DemoData::staffCount());
    QCOMPARE(scalar(App, u"select count(*) from app.staff where not active"_s).toInt(), 1);
}

void TestAdminCommandLine::checkIsolationPassesOnServer()
{
    const ProgramRun run = runProgram({u"--check-isolation"_s, serverUrl(u"resto360"_s)});

    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.errors));
    QVERIFY2(run.out.contains(u"Connected to the database \"resto360\""_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Isolation check passed"_s), qPrintable(run.out));
}

void TestAdminCommandLine::checkIsolationReportsFindings()
{
    QVERIFY(!execute(Admin, u"alter table app.staff no force row level security"_s).isValid());
    // The --option=URL form as well.
    const ProgramRun run = runProgram({u"--check-isolation="_s + serverUrl(u"resto360"_s)});
    QVERIFY(!execute(Admin, u"alter table app.staff force row level security"_s).isValid());

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"app.staff"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Isolation check failed with 1 finding"_s), qPrintable(run.out));
}

void TestAdminCommandLine::rotateSigningKeyOnServer()
{
    const QString currentKidSql = u"select kid from auth.signing_keys where retired_at is null"_s;
    const QString oldKid = scalar(Admin, currentKidSql).toString();
    QVERIFY(!oldKid.isEmpty());
    QVERIFY(TestServer::open(App, appSettings()));
    const TestServer::Tokens before = TestServer::signIn(App, DemoOwnerPhone, DemoData::password());
    QCOMPARE(tokenPart(before.accessToken, 0).value(u"kid"_s).toString(), oldKid);

    const ProgramRun run = runProgram({u"--rotate-signing-key"_s, serverUrl(u"resto360"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.errors));

    // Exactly one key is current: a new one, named in the output; the old one is retired.
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.signing_keys where retired_at is null"_s).toInt(),
        1);
    const QString newKid = scalar(Admin, currentKidSql).toString();
    QVERIFY(newKid != oldKid);
    QVERIFY2(run.out.contains(u"New signing key: "_s + newKid), qPrintable(run.out));
    QVERIFY(scalar(
        Admin, u"select retired_at is not null from auth.signing_keys where kid = ?"_s, {oldKid})
                .toBool());
    const QString secret = scalar(
        Admin, u"select encode(secret, 'hex') from auth.signing_keys where kid = ?"_s, {newKid})
                               .toString();
    QVERIFY(!secret.isEmpty());
    QVERIFY(!run.out.contains(secret, Qt::CaseInsensitive));
    QVERIFY(!run.errors.contains(secret, Qt::CaseInsensitive));

    // The access token signed with the old key stays valid until it expires.
    QVERIFY(TestServer::useToken(App, before.accessToken));
    QCOMPARE(scalar(App, u"select count(*) from app.staff"_s).toInt(), DemoData::staffCount());

    // The next refresh is signed with the new key.
    const RefreshResult rotated = refresh(App, before.refreshToken);
    QCOMPARE(rotated.status, u"ok"_s);
    QCOMPARE(tokenPart(rotated.accessToken, 0).value(u"kid"_s).toString(), newKid);
}

void TestAdminCommandLine::olderSchemaFails()
{
    const int latest = Migrator::latestVersion();
    const QString name =
        scalar(Admin, u"select name from meta.schema_migrations where version = ?"_s, {latest})
            .toString();
    QVERIFY(!name.isEmpty());
    QVERIFY(
        TestServer::run(Admin, u"delete from meta.schema_migrations where version = ?"_s, {latest})
            .isActive());

    const QString keysBefore =
        scalar(Admin, u"select string_agg(kid, ',' order by kid) from auth.signing_keys"_s)
            .toString();
    const ProgramRun run = runProgram({u"--rotate-signing-key"_s, serverUrl(u"resto360"_s)});
    const QString keysAfter =
        scalar(Admin, u"select string_agg(kid, ',' order by kid) from auth.signing_keys"_s)
            .toString();
    QVERIFY(TestServer::run(Admin,
        u"insert into meta.schema_migrations (version, name) values (?, ?)"_s, {latest, name})
                .isActive());

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains(u"--upgrade-server"_s), qPrintable(run.errors));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    // Nothing was rotated.
    QCOMPARE(keysAfter, keysBefore);
}

void TestAdminCommandLine::newerSchemaFails()
{
    const int newer = Migrator::latestVersion() + 1;
    QVERIFY(TestServer::run(Admin,
        u"insert into meta.schema_migrations (version, name) values (?, 'from a newer version')"_s,
        {newer})
                .isActive());
    const ProgramRun run = runProgram({u"--check-isolation"_s, serverUrl(u"resto360"_s)});
    QVERIFY(
        TestServer::run(Admin, u"delete from meta.schema_migrations where version = ?"_s, {newer})
            .isActive());

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains(u"newer than the schema"_s), qPrintable(run.errors));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestAdminCommandLine::setupServerWithDemoAndRestaurant()
{
    // Any option of the first restaurant next to --demo creates that restaurant as well.
    QFile ownerPasswordFile(m_home.filePath(u"owner-password"_s));
    QVERIFY(ownerPasswordFile.open(QIODevice::WriteOnly));
    ownerPasswordFile.write("Attiéké-sous-le-manguier-42\n");
    ownerPasswordFile.close();
    QProcessEnvironment ownerPassword;
    ownerPassword.insert(u"RESTO360_OWNER_PASSWORD_FILE"_s, ownerPasswordFile.fileName());

    const ProgramRun run =
        runProgram({u"--setup-server"_s, serverUrl(u"resto360"_s), u"--demo"_s,
                       u"--restaurant-name"_s, u"Maquis du Plateau"_s, u"--owner-name"_s,
                       u"Awa Koné"_s, u"--owner-phone"_s, u"07 00 00 10 01"_s},
            ownerPassword);

    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.errors));
    QVERIFY2(
        run.out.contains(u"Created the restaurant \"Maquis du Plateau\""_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"is already there"_s), qPrintable(run.out));
    QCOMPARE(scalar(Admin, u"select count(*) from app.restaurants"_s).toInt(), 2);
    QCOMPARE(scalar(Admin,
                 u"select count(*) from app.staff s join app.restaurants r on r.id = "
                 "s.restaurant_id where r.name = 'Maquis du Plateau' and s.role = 'owner'"_s)
                 .toInt(),
        1);
}

QTEST_GUILESS_MAIN(TestAdminCommandLine)
#include "tst_admincommandline.moc"
