#include "DemoData.h"
#include "Migrator.h"
#include "SchemaCheck.h"
#include "ServerProvisioning.h"
#include "ServerUrl.h"
#include "TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A database of its own, so the provisioning starts from nothing on the running server.
const QString ProvisionedDatabase = u"resto360_provisioned"_s;

RestaurantSetup firstRestaurant()
{
    RestaurantSetup setup;
    setup.name = u"Maquis du Plateau"_s;
    setup.ownerName = u"Awa Koné"_s;
    setup.ownerPhoneInput = u"+225 07 00 00 10 01"_s;
    setup.ownerPassword = u"Attiéké-sous-le-manguier-42"_s;
    return setup;
}

} // namespace

class TestServerProvisioning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setUpCreatesEverything();
    void setUpAgainDoesNothing();
    void upgradeUpToDateAppliesNothing();
    void appPasswordFromFile();
    void newerSchemaRejected();
    void upgradeMissingDatabaseFails();
    void closedPortNamesCause();
    void existingOwnerKeepsPassword();
    void demoOwnerGetsWarning();
    void urlParsing();
    void urlRejectsUnknownParameter();

private:
    ConnectionSettings provisionedAdmin() const;
    static QString ownerVerifier(const QString &phoneE164);

    TestServer m_server;
};

void TestServerProvisioning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

ConnectionSettings TestServerProvisioning::provisionedAdmin() const
{
    return m_server.adminSettings().withDatabase(ProvisionedDatabase);
}

void TestServerProvisioning::setUpCreatesEverything()
{
    ServerProvisioning provisioning(provisionedAdmin());
    QVERIFY2(provisioning.setUp(firstRestaurant(), {}), qPrintable(provisioning.errorDetail()));

    QCOMPARE(provisioning.appliedVersions().size(), Migrator::bundledMigrations().size());
    QVERIFY(provisioning.createdRestaurant());
    QCOMPARE(provisioning.generatedAppPassword().size(), 32);
    QCOMPARE(provisioning.report().size(), 3);
    QVERIFY(!provisioning.report().join(u'\n').contains(provisioning.generatedAppPassword()));

    QVERIFY(TestServer::open(u"provisioned-admin"_s, provisionedAdmin()));
    QSqlQuery owner = TestServer::run(u"provisioned-admin"_s,
        u"select r.name, s.role from app.restaurants r join app.staff s on s.restaurant_id = r.id"_s);
    QVERIFY2(owner.next(), qPrintable(owner.lastError().text()));
    QCOMPARE(owner.value(0).toString(), firstRestaurant().name);
    QCOMPARE(owner.value(1).toString(), u"owner"_s);
    QVERIFY(!owner.next());

    QSqlQuery verifier = TestServer::run(u"provisioned-admin"_s,
        u"select rolpassword from pg_catalog.pg_authid where rolname = 'resto360_app'"_s);
    QVERIFY(verifier.next());
    QVERIFY(verifier.value(0).toString().startsWith(u"SCRAM-SHA-256$4096:"_s));
}

void TestServerProvisioning::setUpAgainDoesNothing()
{
    ServerProvisioning again(provisionedAdmin());
    QVERIFY2(again.setUp(firstRestaurant(), {}), qPrintable(again.errorDetail()));

    QVERIFY(again.appliedVersions().isEmpty());
    QVERIFY(!again.createdRestaurant());
    QVERIFY(again.generatedAppPassword().isEmpty());
    const QString report = again.report().join(u'\n');
    QVERIFY2(report.contains(u"no migration to apply"_s), qPrintable(report));
    QVERIFY2(report.contains(u"already exists"_s), qPrintable(report));
    QVERIFY2(report.contains(u"keeps its password"_s), qPrintable(report));

    QSqlQuery count =
        TestServer::run(u"provisioned-admin"_s, u"select count(*) from app.restaurants"_s);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestServerProvisioning::upgradeUpToDateAppliesNothing()
{
    ServerProvisioning upgrade(provisionedAdmin());
    QVERIFY2(upgrade.upgrade(), qPrintable(upgrade.errorDetail()));
    QVERIFY(upgrade.appliedVersions().isEmpty());
    QCOMPARE(upgrade.report().size(), 1);
}

void TestServerProvisioning::appPasswordFromFile()
{
    QSqlQuery before = TestServer::run(u"provisioned-admin"_s,
        u"select rolpassword from pg_catalog.pg_authid where rolname = 'resto360_app'"_s);
    QVERIFY(before.next());

    ServerProvisioning provisioning(provisionedAdmin());
    QVERIFY2(provisioning.setUp(firstRestaurant(), u"chosen-by-the-administrator"_s),
        qPrintable(provisioning.errorDetail()));
    QVERIFY(provisioning.generatedAppPassword().isEmpty());

    QSqlQuery after = TestServer::run(u"provisioned-admin"_s,
        u"select rolpassword from pg_catalog.pg_authid where rolname = 'resto360_app'"_s);
    QVERIFY(after.next());
    QVERIFY(after.value(0).toString().startsWith(u"SCRAM-SHA-256$"_s));
    QVERIFY(after.value(0).toString() != before.value(0).toString());
}

void TestServerProvisioning::newerSchemaRejected()
{
    const int latest = Migrator::latestVersion();
    QVERIFY(TestServer::run(u"provisioned-admin"_s,
        u"insert into meta.schema_migrations (version, name) values (?, 'from_a_newer_program')"_s,
        {latest + 1})
                .isActive());

    ServerProvisioning upgrade(provisionedAdmin());
    const bool upgraded = upgrade.upgrade();
    ServerProvisioning setup(provisionedAdmin());
    const bool setUp = setup.setUpWithoutRestaurant({});
    QVERIFY(TestServer::run(u"provisioned-admin"_s,
        u"delete from meta.schema_migrations where version = ?"_s, {latest + 1})
                .isActive());

    const QString newer = SchemaCheck::newerSchemaMessage(latest + 1, latest);
    QVERIFY(!upgraded);
    QVERIFY2(upgrade.errorMessage().startsWith(newer), qPrintable(upgrade.errorMessage()));
    QVERIFY(upgrade.report().isEmpty());
    QVERIFY(!setUp);
    QVERIFY2(setup.errorMessage().startsWith(newer), qPrintable(setup.errorMessage()));
    QVERIFY(setup.report().isEmpty());
    QVERIFY(setup.generatedAppPassword().isEmpty());
}

void TestServerProvisioning::upgradeMissingDatabaseFails()
{
    ServerProvisioning upgrade(m_server.adminSettings().withDatabase(u"resto_typo"_s));

    QVERIFY(!upgrade.upgrade());
    QCOMPARE(upgrade.errorMessage(),
        u"The database resto_typo does not exist on this server. Check the name, or run "
        "--setup-server to create it."_s);
    QSqlQuery created = TestServer::run(u"provisioned-admin"_s,
        u"select count(*) from pg_catalog.pg_database where datname = 'resto_typo'"_s);
    QVERIFY(created.next());
    QCOMPARE(created.value(0).toInt(), 0);
}

void TestServerProvisioning::closedPortNamesCause()
{
    // The bundled server listens on a Unix socket whose name carries the port, so no server
    // listens on the next port.
    ConnectionSettings admin = provisionedAdmin();
    admin.port += 1;
    ServerProvisioning upgrade(admin);

    QVERIFY(!upgrade.upgrade());
    const QString message = upgrade.errorMessage();
    QVERIFY2(message.startsWith(u"Cannot connect to the server"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Detail: "_s), qPrintable(message));
    QVERIFY2(!message.contains(u"migration"_s), qPrintable(message));
}

QString TestServerProvisioning::ownerVerifier(const QString &phoneE164)
{
    QSqlQuery verifier = TestServer::run(u"provisioned-admin"_s,
        u"select encode(verifier, 'hex') from auth.users where phone = ?"_s, {phoneE164});
    return verifier.next() ? verifier.value(0).toString() : QString();
}

void TestServerProvisioning::existingOwnerKeepsPassword()
{
    // Awa Koné owns the first restaurant; her phone number is the new restaurant's owner's.
    const QString awaPhone = u"+2250700001001"_s;
    const QString verifierBefore = ownerVerifier(awaPhone);
    QVERIFY(!verifierBefore.isEmpty());
    RestaurantSetup second = firstRestaurant();
    second.name = u"Maquis Deux"_s;
    second.ownerName = u"Someone"_s;
    second.ownerPassword = u"Un-autre-mot-de-passe-42"_s;

    ServerProvisioning provisioning(provisionedAdmin());
    QVERIFY2(provisioning.setUp(second, {}), qPrintable(provisioning.errorDetail()));

    QVERIFY(provisioning.createdRestaurant());
    QVERIFY(provisioning.ownerAccountExisted());
    QVERIFY(!provisioning.ownerHasDemoPassword());
    const QString report = provisioning.report().join(u'\n');
    QVERIFY2(report.contains(u"gave it to the existing account of the phone number "
                             "+225 07 00 00 10 01 (Awa Koné in the restaurant \"Maquis du "
                             "Plateau\")"_s),
        qPrintable(report));
    QVERIFY2(report.contains(u"was not used"_s), qPrintable(report));
    QVERIFY2(!report.contains(u"and its owner Someone"_s), qPrintable(report));
    QVERIFY2(!report.contains(u"demo password"_s), qPrintable(report));
    QCOMPARE(ownerVerifier(awaPhone), verifierBefore);
}

void TestServerProvisioning::demoOwnerGetsWarning()
{
    ServerProvisioning demo(provisionedAdmin());
    QVERIFY2(demo.createDemoRestaurant(), qPrintable(demo.errorMessage()));
    RestaurantSetup third = firstRestaurant();
    third.name = u"Maquis Trois"_s;
    third.ownerName = u"Koffi N'Guessan"_s;
    third.ownerPhoneInput = DemoData::ownerPhone();

    ServerProvisioning provisioning(provisionedAdmin());
    QVERIFY2(provisioning.setUp(third, {}), qPrintable(provisioning.errorDetail()));

    QVERIFY(provisioning.ownerAccountExisted());
    QVERIFY(provisioning.ownerHasDemoPassword());
    const QString report = provisioning.report().join(u'\n');
    QVERIFY2(report.contains(u"Warning: that account has the published demo password "_s
                 + DemoData::password()),
        qPrintable(report));
    QVERIFY2(report.contains(u"\"Maquis Trois\""_s), qPrintable(report));
}

void TestServerProvisioning::urlParsing()
{
    ConnectionSettings settings;
    QString error;
    QVERIFY2(ServerUrl::parse(u"postgresql://admin@db.example.ci:6432/resto360_prod"
                              "?sslmode=verify-full&sslrootcert=/etc/resto360/ca.pem"_s,
                 &settings, &error),
        qPrintable(error));
    QCOMPARE(settings.host, u"db.example.ci"_s);
    QCOMPARE(settings.port, 6432);
    QCOMPARE(settings.userName, u"admin"_s);
    QCOMPARE(settings.databaseName, u"resto360_prod"_s);
    QCOMPARE(settings.options, u"sslmode=verify-full sslrootcert=/etc/resto360/ca.pem"_s);
    QVERIFY(settings.password.isEmpty());

    QVERIFY2(ServerUrl::parse(u"postgres://admin:s%40cret@[::1]/"_s, &settings, &error),
        qPrintable(error));
    QCOMPARE(settings.host, u"::1"_s);
    QCOMPARE(settings.port, 5432);
    QCOMPARE(settings.databaseName, LocalServer::databaseName());
    QCOMPARE(settings.password, u"s@cret"_s);
    QVERIFY(ServerUrl::hasPassword(u"postgres://admin:s%40cret@[::1]/"_s));
    QVERIFY(!ServerUrl::hasPassword(u"postgres://admin@[::1]/"_s));
}

void TestServerProvisioning::urlRejectsUnknownParameter()
{
    ConnectionSettings settings;
    QString error;
    QVERIFY(!ServerUrl::parse(
        u"postgresql://admin@localhost/resto360?options=-csearch_path%3Dx"_s, &settings, &error));
    QVERIFY2(error.contains(u"options"_s), qPrintable(error));

    QVERIFY(!ServerUrl::parse(
        u"postgresql://admin@localhost/resto360?sslmode=require%20host%3Dx"_s, &settings, &error));
    QVERIFY(!ServerUrl::parse(u"https://admin@localhost/resto360"_s, &settings, &error));
    QVERIFY(!ServerUrl::parse(u"postgresql://localhost/resto360"_s, &settings, &error));
}

QTEST_GUILESS_MAIN(TestServerProvisioning)
#include "tst_serverprovisioning.moc"
