// Signing key rotation: tokens signed with the old key keep working until they could have
// expired, new tokens carry the new key id, and only an administrator or the owner role
// may rotate.
#include "SessionTestHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString App = u"rotation-app"_s;
const QString Admin = u"rotation-admin"_s;
const QString Password = u"Kedjenou-de-poulet-2026"_s;
const QString OwnerPhone = u"+2250700000001"_s;

QString kidOf(const QString &token)
{
    return tokenPart(token, 0).value(u"kid"_s).toString();
}

QString currentKid()
{
    return scalar(Admin, u"select kid from auth.signing_keys where retired_at is null"_s)
        .toString();
}

int staffVisible()
{
    return scalar(App, u"select count(*) from app.staff"_s).toInt();
}

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rotationKeepsOldTokensWorking();
    void retiredKeyStopsAfterLifetime();
    void purgeDeletesExpiredKeysOnly();
    void ownerRoleMayRotate();
    void concurrentRotationsLeaveOneCurrentKey();
    void appRoleCannotRotate();

private:
    TestServer::Tokens freshTokens();

    TestServer m_server;
    QString m_ownerStaff;
    QByteArray m_key;
};

void TestKeyRotation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    const QString restaurant = m_server.createRestaurant(
        u"Maquis Le Fromager"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    QVERIFY(!restaurant.isEmpty());
    m_ownerStaff =
        scalar(Admin, u"select id from app.staff where restaurant_id = ?"_s, {restaurant})
            .toString();
    m_key = deriveKey(App, OwnerPhone, Password);
    QVERIFY(!m_key.isEmpty());
}

void TestKeyRotation::init()
{
    QVERIFY(TestServer::useToken(App, QString()));
}

TestServer::Tokens TestKeyRotation::freshTokens()
{
    return signIn(App, OwnerPhone, m_key, m_ownerStaff);
}

void TestKeyRotation::rotationKeepsOldTokensWorking()
{
    const QString oldKid = currentKid();
    const TestServer::Tokens before = freshTokens();
    QCOMPARE(kidOf(before.accessToken), oldKid);

    const QString newKid = scalar(Admin, u"select auth.rotate_signing_key()"_s).toString();
    QVERIFY(!newKid.isEmpty());
    QVERIFY(newKid != oldKid);
    QCOMPARE(currentKid(), newKid);
    QVERIFY(scalar(
        Admin, u"select retired_at is not null from auth.signing_keys where kid = ?"_s, {oldKid})
                .toBool());

    // The token signed before the rotation still works.
    QVERIFY(TestServer::useToken(App, before.accessToken));
    QCOMPARE(staffVisible(), 1);

    // A refresh now, and a new sign-in, both get the new key id.
    const RefreshResult rotated = refresh(App, before.refreshToken);
    QCOMPARE(rotated.status, u"ok"_s);
    QCOMPARE(kidOf(rotated.accessToken), newKid);
    QCOMPARE(kidOf(freshTokens().accessToken), newKid);
    QVERIFY(TestServer::useToken(App, rotated.accessToken));
    QCOMPARE(staffVisible(), 1);
}

void TestKeyRotation::retiredKeyStopsAfterLifetime()
{
    const TestServer::Tokens before = freshTokens();
    const QString oldKid = kidOf(before.accessToken);
    QVERIFY(scalar(Admin, u"select auth.rotate_signing_key()"_s).isValid());

    // One second short of an access token lifetime after retirement, the key still verifies.
    QVERIFY(scalar(Admin,
        u"update auth.signing_keys set retired_at = now() - "
        "(select access_token_lifetime from auth.instance) + interval '1 second' "
        "where kid = ? returning 1"_s,
        {oldKid})
                .isValid());
    QVERIFY(TestServer::useToken(App, before.accessToken));
    QCOMPARE(staffVisible(), 1);

    // Once a whole lifetime has passed, no token it signed can be unexpired, so it stops.
    QVERIFY(scalar(Admin,
        u"update auth.signing_keys set retired_at = now() - "
        "(select access_token_lifetime from auth.instance) where kid = ? returning 1"_s,
        {oldKid})
                .isValid());
    QCOMPARE(staffVisible(), 0);
    QVERIFY(scalar(App, u"select (auth.current_claims()).restaurant_id is null"_s).toBool());
    QSqlQuery update = TestServer::run(App, u"update app.staff set display_name = 'Pirate'"_s);
    QCOMPARE(update.lastError().nativeErrorCode(), u"R3440"_s);
}

void TestKeyRotation::purgeDeletesExpiredKeysOnly()
{
    QVERIFY(scalar(Admin, u"select auth.rotate_signing_key()"_s).isValid());
    QVERIFY(scalar(Admin, u"select auth.rotate_signing_key()"_s).isValid());
    const QString current = currentKid();
    // Every key but the current one retired long ago, except one retired just now.
    QVERIFY(scalar(Admin,
        u"update auth.signing_keys set retired_at = now() - interval '1 day' "
        "where retired_at is not null returning 1"_s)
                .isValid());
    const QString recent = scalar(Admin, u"select auth.rotate_signing_key()"_s).toString();
    QVERIFY(!recent.isEmpty());

    const int expired = scalar(Admin,
        u"select count(*) from auth.signing_keys "
        "where retired_at < now() - interval '1 hour'"_s)
                            .toInt();
    QVERIFY(expired >= 2);
    QCOMPARE(
        scalar(Admin, u"select signing_keys_deleted from auth.purge_expired()"_s).toInt(), expired);

    QCOMPARE(scalar(Admin, u"select count(*) from auth.signing_keys"_s).toInt(), 2);
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.signing_keys where kid = ?"_s, {current}).toInt(),
        1);
    QCOMPARE(currentKid(), recent);
}

void TestKeyRotation::ownerRoleMayRotate()
{
    const QString before = currentKid();
    QVERIFY(!execute(Admin, u"set role resto360_owner"_s).isValid());
    const QString rotated = scalar(Admin, u"select auth.rotate_signing_key()"_s).toString();
    const QSqlError purge =
        TestServer::run(Admin, u"select * from auth.purge_expired()"_s).lastError();
    QVERIFY(!execute(Admin, u"reset role"_s).isValid());

    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != before);
    QVERIFY2(!purge.isValid(), qPrintable(purge.text()));
}

void TestKeyRotation::concurrentRotationsLeaveOneCurrentKey()
{
    // Two transactions rotate at once. The table lock makes the second one wait, here until
    // its lock timeout, and a rotation after the first one commits retires the first one's key.
    const QString second = u"rotation-admin-2"_s;
    QVERIFY(TestServer::open(second, m_server.adminSettings()));
    QVERIFY(QSqlDatabase::database(Admin).transaction());
    QVERIFY(scalar(Admin, u"select auth.rotate_signing_key()"_s).isValid());

    // The second call blocks on the lock, so give it a timeout instead of waiting forever.
    QVERIFY(!execute(second, u"set lock_timeout = '300ms'"_s).isValid());
    QSqlQuery blocked = TestServer::run(second, u"select auth.rotate_signing_key()"_s);
    QCOMPARE(blocked.lastError().nativeErrorCode(), u"55P03"_s);
    QVERIFY(QSqlDatabase::database(Admin).commit());

    QVERIFY(scalar(second, u"select auth.rotate_signing_key()"_s).isValid());
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.signing_keys where retired_at is null"_s).toInt(),
        1);
    closeConnection(second);
}

void TestKeyRotation::appRoleCannotRotate()
{
    const TestServer::Tokens tokens = freshTokens();
    QVERIFY(TestServer::useToken(App, tokens.accessToken));
    const QString before = currentKid();

    QSqlQuery rotate = TestServer::run(App, u"select auth.rotate_signing_key()"_s);
    QCOMPARE(rotate.lastError().nativeErrorCode(), u"42501"_s);
    QSqlQuery sign = TestServer::run(App, u"select auth.sign_token('{}'::jsonb)"_s);
    QCOMPARE(sign.lastError().nativeErrorCode(), u"42501"_s);
    QCOMPARE(currentKid(), before);
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
