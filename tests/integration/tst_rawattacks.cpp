// What someone with the application's database login and psql could try: shadowing the
// objects SECURITY DEFINER functions use, switching roles, reading auth tables, calling
// functions meant for owners or administrators, and SQL injection through text arguments.
#include "SessionTestHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString App = u"raw-app"_s;
const QString Admin = u"raw-admin"_s;
const QString Shadow = u"raw-shadow"_s;
const QString Password = u"Foutou-sauce-claire-2026"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString CashierPhone = u"+2250100000003"_s;

// The functions the application login may call, by signature. Every other function in
// schemas app and auth is for administrators, the owner role or the functions themselves.
const QStringList AppFunctions = {
    u"app.search_key(text)"_s,
    u"auth.add_staff(text, text, text, bytea, integer, bigint, bytea)"_s,
    u"auth.change_my_password(bytea, bytea, integer, bigint, bytea)"_s,
    u"auth.current_claims()"_s,
    u"auth.current_restaurant_id()"_s,
    u"auth.current_staff_id()"_s,
    u"auth.current_user_id()"_s,
    u"auth.has_permission(text)"_s,
    u"auth.list_memberships(text)"_s,
    u"auth.login(text, bytea, text)"_s,
    u"auth.login_parameters(text)"_s,
    u"auth.logout(text)"_s,
    u"auth.logout_everywhere()"_s,
    u"auth.my_profile()"_s,
    u"auth.password_reset_status(uuid)"_s,
    u"auth.phone_status(text)"_s,
    u"auth.refresh(text, uuid)"_s,
    u"auth.reset_staff_password(uuid, bytea, integer, bigint, bytea)"_s,
    u"auth.revoke_staff_sessions(uuid)"_s,
    u"auth.server_id()"_s,
    u"auth.set_my_language(text)"_s,
    u"auth.unlock_staff(uuid)"_s,
    u"auth.verify_my_password(bytea)"_s,
};

QString sqlState(const QSqlQuery &query)
{
    return query.lastError().nativeErrorCode();
}

} // namespace

class TestRawAttacks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void temporaryObjectsAreRejected_data();
    void temporaryObjectsAreRejected();
    void shadowingHasNoEffect();
    void setRoleIsRejected_data();
    void setRoleIsRejected();
    void authTablesAreUnreadable_data();
    void authTablesAreUnreadable();
    void onlyAppFunctionsAreExecutable();
    void adminFunctionsAreRejected_data();
    void adminFunctionsAreRejected();
    void cashierCannotCallOwnerFunctions_data();
    void cashierCannotCallOwnerFunctions();
    void ddlIsRejected_data();
    void ddlIsRejected();
    void injectionThroughAddStaff_data();
    void injectionThroughAddStaff();
    void injectionThroughLanguage();
    void injectionThroughLogin();
    void tablesSurvive();

private:
    TestServer m_server;
    QString m_restaurant;
    QString m_ownerStaff;
    QString m_cashier;
    QByteArray m_ownerKey;
    TestServer::Tokens m_owner;
    TestServer::Tokens m_cashierTokens;
    int m_staffBefore = 0;
};

void TestRawAttacks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurant = m_server.createRestaurant(
        u"Maquis Chez Tantie Rose"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    QVERIFY(!m_restaurant.isEmpty());
    m_ownerStaff =
        scalar(Admin, u"select id from app.staff where restaurant_id = ?"_s, {m_restaurant})
            .toString();
    m_cashier =
        m_server.addStaff(m_restaurant, CashierPhone, u"Élodie Yao"_s, u"cashier"_s, Password);
    QVERIFY(!m_cashier.isEmpty());

    m_ownerKey = deriveKey(App, OwnerPhone, Password);
    m_owner = signIn(App, OwnerPhone, m_ownerKey, m_ownerStaff);
    m_cashierTokens = signIn(App, CashierPhone, deriveKey(App, CashierPhone, Password), m_cashier);
    QVERIFY(!m_owner.accessToken.isEmpty());
    QVERIFY(!m_cashierTokens.accessToken.isEmpty());
    m_staffBefore = scalar(Admin, u"select count(*) from app.staff"_s).toInt();
}

void TestRawAttacks::init()
{
    QVERIFY(TestServer::useToken(App, QString()));
}

void TestRawAttacks::temporaryObjectsAreRejected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("temporary table staff") << u"create temp table staff (id uuid, user_id uuid)"_s;
    QTest::newRow("temporary table users")
        << u"create temporary table users (id uuid, phone text)"_s;
    QTest::newRow("pg_temp.digest") << u"create function pg_temp.digest(bytea, text) returns bytea "
                                       "language sql as $$ select '\\x00'::bytea $$"_s;
    QTest::newRow("domain shadowing text") << u"create domain pg_temp.text as integer"_s;
    QTest::newRow("type shadowing jsonb") << u"create type pg_temp.jsonb as (a integer)"_s;
    QTest::newRow("temporary view") << u"create temp view roles as select 1 as name"_s;
}

void TestRawAttacks::temporaryObjectsAreRejected()
{
    // A temporary type named like a built-in one would take precedence over pg_catalog
    // inside functions with an empty search_path, so the login has no TEMPORARY privilege.
    QFETCH(QString, sql);
    QVERIFY(TestServer::useToken(App, m_owner.accessToken));
    QCOMPARE(execute(App, sql).nativeErrorCode(), u"42501"_s);
}

void TestRawAttacks::shadowingHasNoEffect()
{
    // Even with TEMPORARY granted back by an administrator, temporary tables and functions
    // named like those the SECURITY DEFINER functions use change nothing, because their
    // search_path is empty and every name in them is schema-qualified.
    QVERIFY(!execute(
        Admin, u"grant temporary on database %1 to resto360_app"_s.arg(LocalServer::databaseName()))
                 .isValid());
    QVERIFY(TestServer::open(Shadow, m_server.appSettings()));

    const QStringList shadows = {
        u"create temp table users (id uuid, phone text, kdf_algorithm text, kdf_salt bytea, "
        "kdf_ops_limit integer, kdf_mem_limit bigint, verifier bytea, active boolean)"_s,
        u"create temp table staff (restaurant_id uuid, id uuid, user_id uuid, role text, active boolean)"_s,
        u"create temp table refresh_tokens (token_hash bytea, session_id uuid)"_s,
        u"create temp table login_throttle (phone text, failures integer)"_s,
        u"create temp table signing_keys (kid text, secret bytea)"_s,
        u"insert into signing_keys values ('x', '\\x00')"_s,
        u"create function pg_temp.digest(bytea, text) returns bytea language sql "
        "as $$ select '\\x00'::bytea $$"_s,
        u"create function pg_temp.hmac(bytea, bytea, text) returns bytea language sql "
        "as $$ select '\\x00'::bytea $$"_s,
        u"create function pg_temp.now() returns timestamptz language sql as $$ select 'epoch'::timestamptz $$"_s,
        u"set search_path = pg_temp, public"_s,
    };
    for (const QString &sql : shadows) {
        const QSqlError error = execute(Shadow, sql);
        QVERIFY2(!error.isValid(), qPrintable(sql + u": "_s + error.text()));
    }

    // A wrong key is still wrong and the right one still right.
    QCOMPARE(login(Shadow, OwnerPhone, PasswordKdf::randomBytes(32)).status, u"invalid"_s);
    const LoginResult started = login(Shadow, OwnerPhone, m_ownerKey);
    QCOMPARE(started.status, u"ok"_s);
    const RefreshResult refreshed = refresh(Shadow, started.refreshToken, m_ownerStaff);
    QCOMPARE(refreshed.status, u"ok"_s);
    QCOMPARE(refreshed.restaurantId, m_restaurant);

    // The token verifies with the real key, and the queries read the real tables.
    QVERIFY(TestServer::useToken(Shadow, refreshed.accessToken));
    QCOMPARE(scalar(Shadow, u"select (auth.current_claims()).staff_id"_s).toString(), m_ownerStaff);
    QCOMPARE(scalar(Shadow, u"select count(*) from app.staff"_s).toInt(), m_staffBefore);

    // Nothing was written to the shadows.
    QCOMPARE(scalar(Shadow, u"select count(*) from pg_temp.users"_s).toInt(), 0);
    QCOMPARE(scalar(Shadow, u"select count(*) from pg_temp.refresh_tokens"_s).toInt(), 0);
    QCOMPARE(scalar(Shadow, u"select count(*) from pg_temp.login_throttle"_s).toInt(), 0);

    closeConnection(Shadow);
    QVERIFY(!execute(Admin,
        u"revoke temporary on database %1 from resto360_app"_s.arg(LocalServer::databaseName()))
                 .isValid());
}

void TestRawAttacks::setRoleIsRejected_data()
{
    QTest::addColumn<QString>("role");
    QSqlQuery roles = TestServer::run(
        Admin, u"select rolname from pg_roles where rolname <> 'resto360_app' order by rolname"_s);
    int count = 0;
    while (roles.next()) {
        const QByteArray name = roles.value(0).toString().toUtf8();
        QTest::newRow(name.constData()) << roles.value(0).toString();
        ++count;
    }
    QVERIFY(count >= 3);
}

void TestRawAttacks::setRoleIsRejected()
{
    QFETCH(QString, role);
    const QString quoted = u"\""_s + role + u"\""_s;
    QCOMPARE(execute(App, u"set role "_s + quoted).nativeErrorCode(), u"42501"_s);
    QCOMPARE(execute(App, u"set session authorization "_s + quoted).nativeErrorCode(), u"42501"_s);
    QCOMPARE(scalar(App, u"select current_user"_s).toString(), u"resto360_app"_s);
}

void TestRawAttacks::authTablesAreUnreadable_data()
{
    QTest::addColumn<QString>("table");
    QSqlQuery tables = TestServer::run(Admin,
        u"select schemaname || '.' || tablename from pg_tables where schemaname = 'auth' order by 1"_s);
    int count = 0;
    while (tables.next()) {
        const QByteArray name = tables.value(0).toString().toUtf8();
        QTest::newRow(name.constData()) << tables.value(0).toString();
        ++count;
    }
    QVERIFY(count >= 7);
}

void TestRawAttacks::authTablesAreUnreadable()
{
    QFETCH(QString, table);
    QVERIFY(TestServer::useToken(App, m_owner.accessToken));
    QCOMPARE(sqlState(TestServer::run(App, u"select * from "_s + table)), u"42501"_s);
    QCOMPARE(sqlState(TestServer::run(App, u"select count(*) from "_s + table)), u"42501"_s);
}

void TestRawAttacks::onlyAppFunctionsAreExecutable()
{
    QSqlQuery executable = TestServer::run(Admin,
        u"select n.nspname || '.' || p.proname || '(' || coalesce((select "
        u"string_agg(format_type(a.type, null), ', ' "
        "order by a.position) from unnest(p.proargtypes::oid[]) with ordinality a(type, "
        "position)), '') || ')' "
        "from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
        "where n.nspname in ('app', 'auth') and has_function_privilege('resto360_app', p.oid, "
        "'EXECUTE') "
        "order by 1"_s);
    QStringList found;
    while (executable.next())
        found << executable.value(0).toString();
    QStringList expected = AppFunctions;
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestRawAttacks::adminFunctionsAreRejected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("rotate_signing_key") << u"select auth.rotate_signing_key()"_s;
    QTest::newRow("purge_expired") << u"select * from auth.purge_expired()"_s;
    QTest::newRow("create_restaurant") << u"select auth.create_restaurant('X', null, '', "
                                          u"'Africa/Abidjan', 'XOF', 'fr', 'Y', '+2250700000077', "
                                          "null, null, null, null)"_s;
    QTest::newRow("sign_token") << u"select auth.sign_token('{\"typ\": \"access\"}'::jsonb)"_s;
    QTest::newRow("verify_token") << u"select auth.verify_token('a.b.c')"_s;
    QTest::newRow("issue_refresh_token") << u"select auth.issue_refresh_token(gen_random_uuid())"_s;
    QTest::newRow("revoke_session") << u"select auth.revoke_session(gen_random_uuid(), 'x')"_s;
    QTest::newRow("insert_staff_member")
        << u"select * from auth.insert_staff_member(gen_random_uuid(), '+2250700000077', 'X', "
           u"'owner', "
           "null, null, null, null, false)"_s;
    QTest::newRow("open_successor") << u"select auth.open_successor('x', '\\x00')"_s;
    QTest::newRow("count_failed_password")
        << u"select auth.count_failed_password('+2250700000077')"_s;
}

void TestRawAttacks::adminFunctionsAreRejected()
{
    // Even with the owner's token: these are for administrators and the owner role.
    QFETCH(QString, sql);
    QVERIFY(TestServer::useToken(App, m_owner.accessToken));
    const QString keyBefore =
        scalar(Admin, u"select string_agg(kid, ',' order by kid) from auth.signing_keys"_s)
            .toString();
    QCOMPARE(sqlState(TestServer::run(App, sql)), u"42501"_s);
    QCOMPARE(scalar(Admin, u"select string_agg(kid, ',' order by kid) from auth.signing_keys"_s)
                 .toString(),
        keyBefore);
}

void TestRawAttacks::cashierCannotCallOwnerFunctions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("state");

    QTest::newRow("unlock_staff") << u"select auth.unlock_staff(?)"_s << QVariantList {m_ownerStaff}
                                  << u"R3403"_s;
    QTest::newRow("revoke_staff_sessions")
        << u"select auth.revoke_staff_sessions(?)"_s << QVariantList {m_ownerStaff} << u"R3403"_s;
    QTest::newRow("add_staff")
        << u"select * from auth.add_staff(?, 'Intrus', 'cashier', ?, 2, 67108864, ?)"_s
        << QVariantList {u"+2250700000066"_s, PasswordKdf::randomBytes(16),
               PasswordKdf::randomBytes(32)}
        << u"R3403"_s;
    QTest::newRow("add_staff as owner")
        << u"select * from auth.add_staff(?, 'Intrus', 'owner', ?, 2, 67108864, ?)"_s
        << QVariantList {u"+2250700000067"_s, PasswordKdf::randomBytes(16),
               PasswordKdf::randomBytes(32)}
        << u"R3403"_s;
    QTest::newRow("phone_status") << u"select auth.phone_status(?)"_s << QVariantList {OwnerPhone}
                                  << u"R3403"_s;
    QTest::newRow("reset_staff_password")
        << u"select auth.reset_staff_password(?, ?, 2, 67108864, ?)"_s
        << QVariantList {m_ownerStaff, PasswordKdf::randomBytes(16), PasswordKdf::randomBytes(32)}
        << u"R3413"_s;
}

void TestRawAttacks::cashierCannotCallOwnerFunctions()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, state);

    QVERIFY(TestServer::useToken(App, m_cashierTokens.accessToken));
    QCOMPARE(sqlState(TestServer::run(App, sql, values)), state);

    // The owner is still signed in and still has the same staff list.
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.sessions where revoked_at is not null"_s).toInt(),
        0);
    QCOMPARE(scalar(Admin, u"select count(*) from app.staff"_s).toInt(), m_staffBefore);
}

void TestRawAttacks::ddlIsRejected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("drop table") << u"drop table app.staff"_s;
    QTest::newRow("truncate") << u"truncate app.audit_log"_s;
    QTest::newRow("disable row level security")
        << u"alter table app.staff disable row level security"_s;
    QTest::newRow("drop policy") << u"drop policy staff_select on app.staff"_s;
    QTest::newRow("create table in app") << u"create table app.intruder (id integer)"_s;
    QTest::newRow("create table in public") << u"create table public.intruder (id integer)"_s;
    QTest::newRow("create function in auth")
        << u"create function auth.intruder() returns integer language sql as 'select 1'"_s;
    QTest::newRow("replace a function")
        << u"create or replace function auth.server_id() returns uuid "
           "language sql as 'select gen_random_uuid()'"_s;
    QTest::newRow("create schema") << u"create schema intruder"_s;
    QTest::newRow("alter own role") << u"alter role resto360_app bypassrls"_s;
}

void TestRawAttacks::ddlIsRejected()
{
    QFETCH(QString, sql);
    QVERIFY(TestServer::useToken(App, m_owner.accessToken));
    QCOMPARE(execute(App, sql).nativeErrorCode(), u"42501"_s);
}

void TestRawAttacks::injectionThroughAddStaff_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("state");

    QTest::newRow("name closes the statement")
        << u"+2250700000031"_s << u"Robert'); DROP TABLE app.staff;--"_s << u"cashier"_s
        << QString();
    QTest::newRow("name with quotes and dollars")
        << u"+2250700000032"_s << u"N'Guessan \"Le Chef\" $$; select pg_sleep(5); $$"_s
        << u"kitchen"_s << QString();
    QTest::newRow("name with a backslash escape")
        << u"+2250700000033"_s << u"Ko\\'né'; update app.staff set role = 'owner'; --"_s
        << u"driver"_s << QString();
    QTest::newRow("phone closes the statement") << u"+2250700000034'); DROP TABLE app.staff;--"_s
                                                << u"Awa Koné"_s << u"cashier"_s << u"23514"_s;
    QTest::newRow("role closes the statement")
        << u"+2250700000035"_s << u"Awa Koné"_s << u"cashier'); DROP TABLE app.staff;--"_s
        << u"23503"_s;
    QTest::newRow("role with or true")
        << u"+2250700000036"_s << u"Awa Koné"_s << u"x' or '1'='1"_s << u"23503"_s;
}

void TestRawAttacks::injectionThroughAddStaff()
{
    QFETCH(QString, phone);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, state);

    QVERIFY(TestServer::useToken(App, m_owner.accessToken));
    QSqlQuery add =
        TestServer::run(App, u"select staff_id from auth.add_staff(?, ?, ?, ?, 2, 67108864, ?)"_s,
            {phone, name, role, PasswordKdf::randomBytes(16), PasswordKdf::randomBytes(32)});
    if (!state.isEmpty()) {
        QCOMPARE(sqlState(add), state);
        // The whole call rolled back, the new person included.
        QCOMPARE(
            scalar(Admin, u"select count(*) from auth.users where phone = ?"_s, {phone}).toInt(),
            0);
        return;
    }

    QVERIFY2(add.next(), qPrintable(add.lastError().text()));
    const QString staffId = add.value(0).toString();
    QSqlQuery stored = TestServer::run(
        App, u"select display_name, role, phone from app.staff where id = ?"_s, {staffId});
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), name);
    QCOMPARE(stored.value(1).toString(), role);
    QCOMPARE(stored.value(2).toString(), phone);
    QCOMPARE(scalar(Admin, u"select count(*) from app.staff where role = 'owner'"_s).toInt(), 1);
    ++m_staffBefore;
}

void TestRawAttacks::injectionThroughLanguage()
{
    QVERIFY(TestServer::useToken(App, m_owner.accessToken));
    const QStringList attempts = {
        u"fr'); update auth.users set active = false; --"_s,
        u"fr' or '1'='1"_s,
        u"en; drop table auth.users"_s,
    };
    for (const QString &language : attempts) {
        QSqlQuery set = TestServer::run(App, u"select auth.set_my_language(?)"_s, {language});
        QCOMPARE(sqlState(set), u"R3420"_s);
    }
    QCOMPARE(scalar(Admin, u"select count(*) from auth.users where not active"_s).toInt(), 0);

    QVERIFY(!TestServer::run(App, u"select auth.set_my_language(?)"_s, {u"en"_s})
                 .lastError()
                 .isValid());
    QCOMPARE(scalar(Admin, u"select language from auth.users where phone = ?"_s, {OwnerPhone})
                 .toString(),
        u"en"_s);
}

void TestRawAttacks::injectionThroughLogin()
{
    // Through the phone: just an unknown number, counted like any other.
    const QString phone = u"' or '1'='1'; --"_s;
    QCOMPARE(login(App, phone, m_ownerKey).status, u"invalid"_s);
    QCOMPARE(scalar(Admin, u"select failures from auth.login_throttle where phone = ?"_s, {phone})
                 .toInt(),
        1);
    QSqlQuery parameters =
        TestServer::run(App, u"select salt from auth.login_parameters(?)"_s, {phone});
    QVERIFY(parameters.next());
    QCOMPARE(parameters.value(0).toByteArray().size(), 16);

    // Through the device name: stored as typed.
    const QString device = u"PC'); update auth.sessions set revoked_at = null; --"_s;
    const LoginResult started = login(App, OwnerPhone, m_ownerKey, device);
    QCOMPARE(started.status, u"ok"_s);
    QCOMPARE(scalar(Admin,
                 u"select s.device from auth.sessions s join auth.refresh_tokens t on t.session_id "
                 u"= s.id "
                 "where t.token_hash = auth.hash_token(?)"_s,
                 {started.refreshToken})
                 .toString(),
        device);

    // Through the refresh token and the membership list.
    QCOMPARE(refresh(App, u"' or true --"_s).status, u"invalid"_s);
    QCOMPARE(scalar(App, u"select count(*) from auth.list_memberships(?)"_s, {u"' or true --"_s})
                 .toInt(),
        0);
}

void TestRawAttacks::tablesSurvive()
{
    for (const QString &table :
        {u"app.staff"_s, u"app.restaurants"_s, u"auth.users"_s, u"auth.sessions"_s}) {
        QVERIFY2(!scalar(Admin, u"select to_regclass(?)::text"_s, {table}).toString().isEmpty(),
            qPrintable(table));
    }
    QCOMPARE(scalar(Admin, u"select count(*) from app.staff"_s).toInt(), m_staffBefore);
    QCOMPARE(scalar(Admin, u"select count(*) from app.staff where role = 'owner'"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRawAttacks)
#include "tst_rawattacks.moc"
