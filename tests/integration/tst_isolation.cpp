// Connects as resto360_app outside the application and tries to reach another
// restaurant's rows: the database alone must refuse.
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString App = u"isolation-app"_s;
const QString Admin = u"isolation-admin"_s;
const QString Password = u"Garba-et-alloco-2026"_s;
const QString OwnerA = u"+2250700000001"_s;
const QString OwnerB = u"+2250500000002"_s;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray encodeJson(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

int countRows(const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = TestServer::run(App, sql, values);
    if (query.lastError().isValid()) {
        qWarning() << query.lastError().text();
        return -1;
    }
    int rows = 0;
    while (query.next())
        ++rows;
    return rows;
}

} // namespace

class TestIsolation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void appRoleHasNoPrivileges();
    void ownTokenSeesOwnRestaurant();
    void noTokenSeesNothing();
    void badTokensSeeNothing_data();
    void badTokensSeeNothing();
    void expiredTokenSeesNothing();
    void otherRestaurantInWhereClause();
    void directUpdateOfOtherRestaurant();
    void writesWithoutTokenFailClearly();
    void authTablesAreUnreadable_data();
    void authTablesAreUnreadable();
    void setRoleIsRefused_data();
    void setRoleIsRefused();
    void insertAndDeleteAreRefused();
    void deactivationTakesEffectAtOnce();
    void injectionThroughNamesIsStoredAsText();

private:
    QString tokenForA() const { return m_tokensA.accessToken; }

    TestServer m_server;
    QString m_restaurantA;
    QString m_restaurantB;
    QString m_cashierA;
    TestServer::Tokens m_tokensA;
};

void TestIsolation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurantA =
        m_server.createRestaurant(u"Maquis A"_s, u"Adjoua N'Guessan"_s, OwnerA, Password);
    m_restaurantB = m_server.createRestaurant(u"Maquis B"_s, u"Kouassi Aké"_s, OwnerB, Password);
    QVERIFY(!m_restaurantA.isEmpty());
    QVERIFY(!m_restaurantB.isEmpty());
    m_cashierA = m_server.addStaff(
        m_restaurantA, u"+2250100000003"_s, u"Élodie Yao"_s, u"cashier"_s, Password);
    QVERIFY(
        !m_server
             .addStaff(m_restaurantB, u"+2250700000004"_s, u"Ehui Brou"_s, u"cashier"_s, Password)
             .isEmpty());

    m_tokensA = TestServer::signIn(App, OwnerA, Password);
    QVERIFY(!m_tokensA.accessToken.isEmpty());
}

void TestIsolation::init()
{
    QVERIFY(TestServer::useToken(App, QString()));
}

void TestIsolation::appRoleHasNoPrivileges()
{
    QSqlQuery role = TestServer::run(Admin,
        u"select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = 'resto360_app'"_s);
    QVERIFY(role.next());
    QCOMPARE(role.value(0).toBool(), false);
    QCOMPARE(role.value(1).toBool(), false);
    QCOMPARE(role.value(2).toBool(), false);
    QCOMPARE(role.value(3).toBool(), false);

    QSqlQuery owned = TestServer::run(Admin,
        u"select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = 'resto360_app'"_s);
    QVERIFY(owned.next());
    QCOMPARE(owned.value(0).toInt(), 0);

    QSqlQuery forced = TestServer::run(Admin,
        u"select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = 'app' and c.relkind = 'r' and not (c.relrowsecurity and c.relforcerowsecurity)"_s);
    QVERIFY(forced.next());
    QCOMPARE(forced.value(0).toInt(), 0);
}

void TestIsolation::ownTokenSeesOwnRestaurant()
{
    QVERIFY(TestServer::useToken(App, tokenForA()));
    QCOMPARE(countRows(u"select id from app.restaurants"_s), 1);
    QCOMPARE(countRows(u"select id from app.staff"_s), 2);
    QCOMPARE(countRows(u"select id from app.restaurants where id = ?"_s, {m_restaurantA}), 1);
}

void TestIsolation::noTokenSeesNothing()
{
    QCOMPARE(countRows(u"select id from app.restaurants"_s), 0);
    QCOMPARE(countRows(u"select id from app.staff"_s), 0);
    QCOMPARE(countRows(u"select id from app.staff_directory"_s), 0);
    QCOMPARE(countRows(u"select id from app.audit_log"_s), 0);
}

void TestIsolation::badTokensSeeNothing_data()
{
    QTest::addColumn<QString>("token");

    const QList<QByteArray> parts = tokenForA().toLatin1().split('.');
    QVERIFY(parts.size() == 3);
    QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
    QJsonObject toB = payload;
    toB.insert(u"rid"_s, m_restaurantB);

    QTest::newRow("payload changed, old signature")
        << QString::fromLatin1(parts[0] + '.' + encodeJson(toB) + '.' + parts[2]);
    QTest::newRow("alg none, no signature") << QString::fromLatin1(
        encodeJson({{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}}) + '.' + parts[1] + '.');
    QTest::newRow("alg none, old signature")
        << QString::fromLatin1(encodeJson({{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}}) + '.'
               + parts[1] + '.' + parts[2]);
    QTest::newRow("unknown kid") << QString::fromLatin1(
        encodeJson({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"nope"_s}}) + '.'
        + parts[1] + '.' + parts[2]);
    QTest::newRow("signature of another token")
        << QString::fromLatin1(parts[0] + '.' + parts[1] + '.' + base64Url(QByteArray(32, 'x')));
    QTest::newRow("padded base64")
        << QString::fromLatin1(parts[0] + "=." + parts[1] + '.' + parts[2]);
    QTest::newRow("two parts") << QString::fromLatin1(parts[0] + '.' + parts[1]);
    QTest::newRow("garbage") << u"not a token at all"_s;
    QTest::newRow("100 KB token") << QString(100 * 1024, u'a');
}

void TestIsolation::badTokensSeeNothing()
{
    QFETCH(QString, token);

    QVERIFY(TestServer::useToken(App, token));
    QCOMPARE(countRows(u"select id from app.restaurants"_s), 0);
    QCOMPARE(countRows(u"select id from app.staff"_s), 0);

    QSqlQuery update = TestServer::run(App, u"update app.staff set display_name = 'Pirate'"_s);
    QCOMPARE(update.lastError().nativeErrorCode(), u"R3440"_s);
}

void TestIsolation::expiredTokenSeesNothing()
{
    // Signed with the real key by the administrator, valid in every way but its expiry.
    const QList<QByteArray> parts = tokenForA().toLatin1().split('.');
    QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    payload.insert(u"iat"_s, now - 3600);
    payload.insert(u"nbf"_s, now - 3600);
    payload.insert(u"exp"_s, now - 60);
    QSqlQuery signer = TestServer::run(Admin, u"select auth.sign_token(?::jsonb)"_s,
        {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    QVERIFY2(signer.next(), qPrintable(signer.lastError().text()));

    QVERIFY(TestServer::useToken(App, signer.value(0).toString()));
    QCOMPARE(countRows(u"select id from app.staff"_s), 0);

    // The same claims with a future expiry do work, so only the expiry made the difference.
    payload.insert(u"exp"_s, now + 600);
    QSqlQuery fresh = TestServer::run(Admin, u"select auth.sign_token(?::jsonb)"_s,
        {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    QVERIFY(fresh.next());
    QVERIFY(TestServer::useToken(App, fresh.value(0).toString()));
    QCOMPARE(countRows(u"select id from app.staff"_s), 2);
}

void TestIsolation::otherRestaurantInWhereClause()
{
    QVERIFY(TestServer::useToken(App, tokenForA()));
    QCOMPARE(countRows(u"select id from app.restaurants where id = ?"_s, {m_restaurantB}), 0);
    QCOMPARE(countRows(u"select id from app.staff where restaurant_id = ?"_s, {m_restaurantB}), 0);
    QCOMPARE(
        countRows(u"select id from app.staff_directory where restaurant_id = ?"_s, {m_restaurantB}),
        0);
    QCOMPARE(
        countRows(u"select id from app.audit_log where restaurant_id = ?"_s, {m_restaurantB}), 0);
}

void TestIsolation::directUpdateOfOtherRestaurant()
{
    QVERIFY(TestServer::useToken(App, tokenForA()));

    QSqlQuery staff = TestServer::run(App,
        u"update app.staff set display_name = 'Pirate' where restaurant_id = ?"_s, {m_restaurantB});
    QVERIFY2(!staff.lastError().isValid(), qPrintable(staff.lastError().text()));
    QCOMPARE(staff.numRowsAffected(), 0);

    QSqlQuery restaurant = TestServer::run(
        App, u"update app.restaurants set name = 'Pirate' where id = ?"_s, {m_restaurantB});
    QCOMPARE(restaurant.numRowsAffected(), 0);

    QSqlQuery check = TestServer::run(Admin,
        u"select count(*) from app.staff where display_name = 'Pirate' or restaurant_id in "
        "(select id from app.restaurants where name = 'Pirate')"_s);
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 0);
}

void TestIsolation::writesWithoutTokenFailClearly()
{
    QSqlQuery update = TestServer::run(App, u"update app.restaurants set name = 'Pirate'"_s);
    QCOMPARE(update.lastError().nativeErrorCode(), u"R3440"_s);

    QSqlQuery add = TestServer::run(App,
        u"select * from auth.add_staff('+2250700000099', 'X', 'cashier', "
        "null, null, null, null)"_s);
    QCOMPARE(add.lastError().nativeErrorCode(), u"R3440"_s);
}

void TestIsolation::authTablesAreUnreadable_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : {"auth.users", "auth.sessions", "auth.refresh_tokens",
             "auth.signing_keys", "auth.login_throttle", "auth.instance", "auth.role_permissions"})
        QTest::newRow(table) << QString::fromLatin1(table);
}

void TestIsolation::authTablesAreUnreadable()
{
    QFETCH(QString, table);
    QVERIFY(TestServer::useToken(App, tokenForA()));

    QSqlQuery query = TestServer::run(App, u"select * from "_s + table);
    QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
}

void TestIsolation::setRoleIsRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("owner") << u"resto360_owner"_s;
    QTest::newRow("auth") << u"resto360_auth"_s;
    QTest::newRow("superuser") << u"resto360_admin"_s;
}

void TestIsolation::setRoleIsRefused()
{
    QFETCH(QString, role);
    QSqlQuery query(QSqlDatabase::database(App));
    QVERIFY(!query.exec(u"set role "_s + role));
    QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
}

void TestIsolation::insertAndDeleteAreRefused()
{
    QVERIFY(TestServer::useToken(App, tokenForA()));

    QSqlQuery insert = TestServer::run(App,
        u"insert into app.staff (restaurant_id, user_id, display_name, phone, role) "
        "select ?, user_id, 'Intrus', phone, 'owner' from app.staff limit 1"_s,
        {m_restaurantB});
    QCOMPARE(insert.lastError().nativeErrorCode(), u"42501"_s);

    QSqlQuery remove = TestServer::run(App, u"delete from app.staff"_s);
    QCOMPARE(remove.lastError().nativeErrorCode(), u"42501"_s);

    QSqlQuery create =
        TestServer::run(Admin, u"select count(*) from app.staff where display_name = 'Intrus'"_s);
    QVERIFY(create.next());
    QCOMPARE(create.value(0).toInt(), 0);
}

void TestIsolation::deactivationTakesEffectAtOnce()
{
    const QString phone = u"+2250700000020"_s;
    const QString staffId =
        m_server.addStaff(m_restaurantA, phone, u"Zoé Bamba"_s, u"manager"_s, Password);
    const TestServer::Tokens tokens = TestServer::signIn(App, phone, Password);
    QVERIFY(TestServer::useToken(App, tokens.accessToken));
    QVERIFY(countRows(u"select id from app.staff"_s) > 0);

    QSqlQuery deactivate =
        TestServer::run(Admin, u"update app.staff set active = false where id = ?"_s, {staffId});
    QVERIFY2(!deactivate.lastError().isValid(), qPrintable(deactivate.lastError().text()));

    // The same, unexpired token: the very next statement sees nothing.
    QCOMPARE(countRows(u"select id from app.staff"_s), 0);
    QCOMPARE(countRows(u"select id from app.restaurants"_s), 0);
}

void TestIsolation::injectionThroughNamesIsStoredAsText()
{
    QVERIFY(TestServer::useToken(App, tokenForA()));
    const QString name = u"Robert'); DROP TABLE app.staff;--"_s;
    const QString staffId =
        m_server.addStaff(m_restaurantA, u"+2250500000021"_s, name, u"kitchen"_s, Password);
    QVERIFY(!staffId.isEmpty());

    QSqlQuery stored =
        TestServer::run(App, u"select display_name from app.staff where id = ?"_s, {staffId});
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), name);

    QSqlQuery update = TestServer::run(App, u"update app.staff set display_name = ? where id = ?"_s,
        {u"x' where true; --"_s, staffId});
    QCOMPARE(update.numRowsAffected(), 1);
    QCOMPARE(countRows(u"select id from app.staff where display_name = 'x'' where true; --'"_s), 1);
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
