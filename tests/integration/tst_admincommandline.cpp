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
#include <QTcpServer>
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
    void urlAfterOtherOptions();
    void secondUrlRejected();
    void strayArgumentRejected();
    void newerSchemaRejectedBySetup();
    void upgradeMissingDatabaseFails();
    void failuresNameCause_data();
    void failuresNameCause();
    void existingDemoOwnerWarned();

private:
    ProgramRun runProgram(const QStringList &arguments,
        const QProcessEnvironment &extraEnvironment = QProcessEnvironment()) const;
    QString serverUrl(const QString &database) const;
    QString serverUrlAt(const QString &host, int port, const QString &database) const;
    int countDatabases(const QString &name) const;
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
    return serverUrlAt(u"127.0.0.1"_s, m_server.port(), database);
}

QString TestAdminCommandLine::serverUrlAt(
    const QString &host, int port, const QString &database) const
{
    return u"postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5"_s.arg(
        m_server.adminSettings().userName, host, QString::number(port), database,
        m_server.caFile());
}

int TestAdminCommandLine::countDatabases(const QString &name) const
{
    const QString connection = u"commandline-maintenance"_s;
    if (!TestServer::open(connection, m_server.adminSettings().withDatabase(u"postgres"_s)))
        return -1;
    return scalar(
        connection, u"select count(*) from pg_catalog.pg_database where datname = ?"_s, {name})
        .toInt();
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

    // Running bootstrap.sql again makes the server send notices, which stay off the terminal.
    QVERIFY2(!second.errors.contains(u"NOTICE"_s), qPrintable(second.errors));
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

void TestAdminCommandLine::urlAfterOtherOptions()
{
    // The URL need not follow the option. The empty data folder makes a check of the bundled
    // database fail, so only a check of the server passes.
    QTemporaryDir emptyDataFolder;
    QVERIFY(emptyDataFolder.isValid());
    const ProgramRun run = runProgram({u"--check-isolation"_s, u"--data-dir"_s,
        emptyDataFolder.path(), serverUrl(u"resto360"_s)});

    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.errors));
    QVERIFY2(run.out.contains(u"Connected to the database \"resto360\""_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Isolation check passed"_s), qPrintable(run.out));
}

void TestAdminCommandLine::secondUrlRejected()
{
    const QString keysSql = u"select string_agg(kid, ',' order by kid) from auth.signing_keys"_s;
    const QString keysBefore = scalar(Admin, keysSql).toString();
    const QString otherUrl = serverUrl(u"resto360old"_s);
    const ProgramRun run =
        runProgram({u"--rotate-signing-key"_s, serverUrl(u"resto360"_s), otherUrl});

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.errors.contains(u"Unexpected argument \"%1\""_s.arg(otherUrl)), qPrintable(run.errors));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(scalar(Admin, keysSql).toString(), keysBefore);

    // The same with the URL given as --rotate-signing-key=URL.
    const ProgramRun joined =
        runProgram({u"--rotate-signing-key="_s + serverUrl(u"resto360"_s), otherUrl});
    QCOMPARE(joined.exitCode, 2);
    QVERIFY2(joined.errors.contains(u"Unexpected argument"_s), qPrintable(joined.errors));
    QCOMPARE(scalar(Admin, keysSql).toString(), keysBefore);

    // The message names an extra URL without its password.
    const ProgramRun withPassword = runProgram({u"--check-isolation"_s, serverUrl(u"resto360"_s),
        u"postgresql://admin:Secret-in-url-55@127.0.0.1/resto360"_s});
    QCOMPARE(withPassword.exitCode, 2);
    QVERIFY2(withPassword.errors.contains(u"postgresql://admin@127.0.0.1/resto360"_s),
        qPrintable(withPassword.errors));
    QVERIFY2(!withPassword.errors.contains(u"Secret-in-url-55"_s), qPrintable(withPassword.errors));
}

void TestAdminCommandLine::strayArgumentRejected()
{
    const QString database = u"resto360_stray"_s;
    const ProgramRun run =
        runProgram({u"--setup-server"_s, serverUrl(database), u"--demo"_s, u"stray"_s});

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(u"Unexpected argument \"stray\""_s), qPrintable(run.errors));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(countDatabases(database), 0);
}

void TestAdminCommandLine::newerSchemaRejectedBySetup()
{
    // A database that a newer program set up: all of this program's migrations and one more.
    const QString database = u"resto360_future"_s;
    const int newer = Migrator::latestVersion() + 1;
    Migrator migrator(m_server.adminSettings().withDatabase(u"postgres"_s), database);
    QVERIFY2(migrator.migrate(), qPrintable(migrator.errorText()));
    const QString future = u"commandline-future"_s;
    QVERIFY(TestServer::open(future, m_server.adminSettings().withDatabase(database)));
    QVERIFY(TestServer::run(future,
        u"insert into meta.schema_migrations (version, name) values (?, 'from a newer version')"_s,
        {newer})
                .isActive());

    const ProgramRun upgrade = runProgram({u"--upgrade-server"_s, serverUrl(database)});
    QCOMPARE(upgrade.exitCode, 1);
    QVERIFY2(upgrade.errors.contains(u"set up by a newer version"_s), qPrintable(upgrade.errors));
    QVERIFY2(!upgrade.out.contains(u"up to date"_s), qPrintable(upgrade.out));

    const ProgramRun setup = runProgram({u"--setup-server"_s, serverUrl(database), u"--demo"_s});
    QCOMPARE(setup.exitCode, 1);
    QVERIFY2(setup.errors.contains(u"set up by a newer version"_s), qPrintable(setup.errors));
    QVERIFY2(!setup.out.contains(u"demo restaurant"_s), qPrintable(setup.out));
    QCOMPARE(scalar(future, u"select count(*) from app.restaurants"_s).toInt(), 0);
}

void TestAdminCommandLine::upgradeMissingDatabaseFails()
{
    const ProgramRun run = runProgram({u"--upgrade-server"_s, serverUrl(u"resto_typo"_s)});

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(u"The database resto_typo does not exist on this server. Check "
                                 "the name, or run --setup-server to create it."_s),
        qPrintable(run.errors));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(countDatabases(u"resto_typo"_s), 0);
}

void TestAdminCommandLine::failuresNameCause_data()
{
    // A port that was free a moment ago, so nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int closedPort = probe.serverPort();
    probe.close();

    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");

    const QString wrongPassword = u"not-the-password-7731"_s;
    const QString password = m_server.adminSettings().password;
    QTest::newRow("wrong password, upgrade")
        << QStringList {u"--upgrade-server"_s, serverUrl(u"resto360"_s)} << wrongPassword
        << u"password authentication failed"_s;
    QTest::newRow("wrong password, setup")
        << QStringList {u"--setup-server"_s, serverUrl(u"resto360"_s), u"--demo"_s} << wrongPassword
        << u"password authentication failed"_s;
    QTest::newRow("closed port") << QStringList {u"--upgrade-server"_s,
        serverUrlAt(u"127.0.0.1"_s, closedPort, u"resto360"_s)}
                                 << password << u"Connection refused"_s;
    QTest::newRow("unknown host") << QStringList {u"--upgrade-server"_s,
        serverUrlAt(u"db.resto360.invalid"_s, m_server.port(), u"resto360"_s)}
                                  << password << u"db.resto360.invalid"_s;
    QTest::newRow("invalid database name")
        << QStringList {u"--setup-server"_s, serverUrl(u"Resto-Deux"_s), u"--demo"_s} << password
        << u"The database name \"Resto-Deux\" is invalid"_s;
}

void TestAdminCommandLine::failuresNameCause()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    QProcessEnvironment environment;
    environment.insert(u"PGPASSWORD"_s, password);

    const ProgramRun run = runProgram(arguments, environment);

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(expected), qPrintable(run.errors));
    QVERIFY2(!run.errors.contains(u"Nothing was changed by the failed migration"_s),
        qPrintable(run.errors));
    QVERIFY2(!run.errors.contains(password), qPrintable(run.errors));
    QVERIFY2(!run.out.contains(password), qPrintable(run.out));
}

void TestAdminCommandLine::existingDemoOwnerWarned()
{
    // The demo owner's phone number already has an account, with the published password.
    QFile ownerPasswordFile(m_home.filePath(u"second-owner-password"_s));
    QVERIFY(ownerPasswordFile.open(QIODevice::WriteOnly));
    ownerPasswordFile.write("Garba-du-vendredi-2026\n");
    ownerPasswordFile.close();
    QProcessEnvironment ownerPassword;
    ownerPassword.insert(u"RESTO360_OWNER_PASSWORD_FILE"_s, ownerPasswordFile.fileName());

    const ProgramRun run = runProgram(
        {u"--setup-server"_s, serverUrl(u"resto360"_s), u"--restaurant-name"_s, u"Maquis Deux"_s,
            u"--owner-name"_s, u"Someone"_s, u"--owner-phone"_s, DemoData::ownerPhone()},
        ownerPassword);

    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.errors));
    QVERIFY2(!run.out.contains(u"and its owner Someone"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"gave it to the existing account of the phone number "_s
                 + DemoData::ownerPhone()),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(u"was not used"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Warning: that account has the published demo password"_s),
        qPrintable(run.out));

    // The account keeps the demo password; the file's password opens nothing.
    QVERIFY(TestServer::open(App, appSettings()));
    QVERIFY(!TestServer::signIn(App, DemoOwnerPhone, DemoData::password()).refreshToken.isEmpty());
    QVERIFY(TestServer::signIn(App, DemoOwnerPhone, u"Garba-du-vendredi-2026"_s)
                .refreshToken.isEmpty());
}

QTEST_GUILESS_MAIN(TestAdminCommandLine)
#include "tst_admincommandline.moc"
