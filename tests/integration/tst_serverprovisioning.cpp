#include "Migrator.h"
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
    void urlParsing();
    void urlRejectsUnknownParameter();

private:
    ConnectionSettings provisionedAdmin() const;

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
