// Refresh token rotation under races. Fifty callers with one token all get the same new
// pair within the grace period, and a spent token after the period revokes the session.
// The sealed result is unreadable without the old token, and rotation never extends a session.
#include "SessionTestHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString App = u"race-app"_s;
const QString Admin = u"race-admin"_s;
const QString Password = u"Braise-de-carpe-2026"_s;
const QString OwnerPhone = u"+2250700000001"_s;
constexpr int RacingCallers = 50;
// The label auth.successor_key puts under the HMAC.
const QByteArray SuccessorLabel = "resto360 refresh successor";

// Lets every thread start its call at the same moment.
class StartGate
{
public:
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_opened.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_opened.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_opened;
    bool m_open = false;
};

} // namespace

class TestRefreshRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fiftyRacingRefreshesAgree();
    void replayWithinGraceReturnsSamePair();
    void replayForOtherMembershipIsRejected();
    void sealedResultNeedsOldToken();
    void reuseAfterGraceRevokesFamily();
    void shortGracePeriodExpires();
    void rotationNeverExtendsSession();
    void accessTokenEndsWithSession();
    void sessionExpiryCannotBeExtended();
    void revokedSessionStaysRevoked();

private:
    TestServer::Tokens freshSession();
    QString sessionOf(const QString &refreshToken);

    TestServer m_server;
    QString m_restaurant;
    QString m_ownerStaff;
    QString m_secondStaff;
    QByteArray m_key;
};

void TestRefreshRace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurant = m_server.createRestaurant(
        u"Maquis du Plateau"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    QVERIFY(!m_restaurant.isEmpty());
    m_ownerStaff =
        scalar(Admin, u"select id from app.staff where restaurant_id = ?"_s, {m_restaurant})
            .toString();
    QVERIFY(!m_ownerStaff.isEmpty());
    const QString other = m_server.createRestaurant(
        u"Maquis de Cocody"_s, u"Kouassi Aké"_s, u"+2250500000002"_s, Password);
    m_secondStaff =
        m_server.addStaff(other, OwnerPhone, u"Adjoua N'Guessan"_s, u"cashier"_s, Password);
    QVERIFY(!m_secondStaff.isEmpty());

    m_key = deriveKey(App, OwnerPhone, Password);
    QCOMPARE(m_key.size(), PasswordKdf::KeyBytes);
}

void TestRefreshRace::init()
{
    QVERIFY(scalar(Admin,
        u"update auth.instance set refresh_grace_period = interval '10 seconds' returning 1"_s)
                .isValid());
}

void TestRefreshRace::cleanup()
{
    init();
}

TestServer::Tokens TestRefreshRace::freshSession()
{
    return signIn(App, OwnerPhone, m_key, m_ownerStaff);
}

QString TestRefreshRace::sessionOf(const QString &refreshToken)
{
    return scalar(Admin,
        u"select session_id from auth.refresh_tokens where token_hash = auth.hash_token(?)"_s,
        {refreshToken})
        .toString();
}

void TestRefreshRace::fiftyRacingRefreshesAgree()
{
    const TestServer::Tokens tokens = freshSession();
    QVERIFY(!tokens.refreshToken.isEmpty());
    const QString session = sessionOf(tokens.refreshToken);
    const ConnectionSettings settings = m_server.appSettings();

    std::vector<RefreshResult> results(RacingCallers);
    std::vector<QString> openErrors(RacingCallers);
    StartGate gate;
    std::vector<std::thread> threads;
    threads.reserve(RacingCallers);
    for (int i = 0; i < RacingCallers; ++i) {
        threads.emplace_back([&, i] {
            const QString name = u"race-caller-%1"_s.arg(i);
            openErrors[i] = openConnection(name, settings);
            gate.wait();
            if (openErrors[i].isEmpty())
                results[i] = refresh(name, tokens.refreshToken, m_ownerStaff);
            closeConnection(name);
        });
    }
    // Give every thread time to open its connection and reach the gate.
    QTest::qWait(1500);
    gate.open();
    for (std::thread &thread : threads)
        thread.join();

    const QString winner = results.front().refreshToken;
    QVERIFY(!winner.isEmpty());
    for (int i = 0; i < RacingCallers; ++i) {
        QVERIFY2(openErrors[i].isEmpty(), qPrintable(openErrors[i]));
        QVERIFY2(results[i].status == u"ok"_s,
            qPrintable(u"caller %1: %2 %3"_s.arg(i).arg(results[i].status, results[i].error)));
        QCOMPARE(results[i].refreshToken, winner);
        QCOMPARE(results[i].accessToken, results.front().accessToken);
        QCOMPARE(results[i].staffId, m_ownerStaff);
        QCOMPARE(results[i].role, u"owner"_s);
    }

    // Exactly one rotation happened and nobody was signed out.
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.refresh_tokens where session_id = ?"_s, {session})
            .toInt(),
        3);
    QVERIFY(scalar(Admin, u"select revoked_at is null from auth.sessions where id = ?"_s, {session})
                .toBool());

    // The shared new token is unspent and rotates normally.
    const RefreshResult next = refresh(App, winner);
    QCOMPARE(next.status, u"ok"_s);
    QVERIFY(next.refreshToken != winner);
    QVERIFY(TestServer::useToken(App, next.accessToken));
    QCOMPARE(scalar(App, u"select count(*) from app.restaurants"_s).toInt(), 1);
    QVERIFY(TestServer::useToken(App, QString()));
}

void TestRefreshRace::replayWithinGraceReturnsSamePair()
{
    const TestServer::Tokens tokens = freshSession();
    const RefreshResult first = refresh(App, tokens.refreshToken);
    QCOMPARE(first.status, u"ok"_s);

    const RefreshResult again = refresh(App, tokens.refreshToken);
    QCOMPARE(again.status, u"ok"_s);
    QCOMPARE(again.refreshToken, first.refreshToken);
    QCOMPARE(again.accessToken, first.accessToken);
    QCOMPARE(again.accessExpiresAt, first.accessExpiresAt);
    QCOMPARE(again.sessionExpiresAt, first.sessionExpiresAt);
    QCOMPARE(again.userId, first.userId);
    QCOMPARE(again.restaurantId, first.restaurantId);
    QCOMPARE(again.staffId, first.staffId);
    QCOMPARE(again.permissions, first.permissions);

    // The same membership named explicitly is the same request.
    QCOMPARE(refresh(App, tokens.refreshToken, m_ownerStaff).refreshToken, first.refreshToken);
    QVERIFY(scalar(Admin, u"select revoked_at is null from auth.sessions where id = ?"_s,
        {sessionOf(tokens.refreshToken)})
                .toBool());
}

void TestRefreshRace::replayForOtherMembershipIsRejected()
{
    const TestServer::Tokens tokens = freshSession();
    QCOMPARE(refresh(App, tokens.refreshToken).status, u"ok"_s);

    // Within the period, a replay for another membership gets nothing, and signs nobody out.
    const RefreshResult other = refresh(App, tokens.refreshToken, m_secondStaff);
    QCOMPARE(other.status, u"invalid"_s);
    QVERIFY(other.refreshToken.isEmpty());
    QVERIFY(other.accessToken.isEmpty());
    QVERIFY(scalar(Admin, u"select revoked_at is null from auth.sessions where id = ?"_s,
        {sessionOf(tokens.refreshToken)})
                .toBool());
}

void TestRefreshRace::sealedResultNeedsOldToken()
{
    const TestServer::Tokens tokens = freshSession();
    const RefreshResult first = refresh(App, tokens.refreshToken);
    QCOMPARE(first.status, u"ok"_s);

    QSqlQuery row = TestServer::run(Admin,
        u"select successor_sealed from auth.refresh_tokens where token_hash = auth.hash_token(?)"_s,
        {tokens.refreshToken});
    QVERIFY(row.next());
    const QByteArray sealed = row.value(0).toByteArray();
    QVERIFY(!sealed.isEmpty());
    QVERIFY(!sealed.contains(first.refreshToken.toLatin1()));
    QVERIFY(!sealed.contains(first.accessToken.toLatin1()));
    QVERIFY(!sealed.contains(first.accessToken.toLatin1().split('.').at(1)));

    // The key is an HMAC keyed with the old token: with it the pair can be read back...
    const QString rightKey = QString::fromLatin1(QMessageAuthenticationCode::hash(
        SuccessorLabel, tokens.refreshToken.toLatin1(), QCryptographicHash::Sha256)
                                                     .toHex());
    const QString opened =
        scalar(Admin, u"select extensions.pgp_sym_decrypt(?, ?)"_s, {sealed, rightKey}).toString();
    QVERIFY(opened.contains(first.refreshToken));

    // ...and with the stored hash, the new token, or anything else it cannot.
    const QString storedHash =
        scalar(Admin, u"select encode(auth.hash_token(?), 'hex')"_s, {tokens.refreshToken})
            .toString();
    for (const QString &wrongKey : {storedHash, first.refreshToken, tokens.refreshToken}) {
        QSqlQuery wrong = TestServer::run(
            Admin, u"select extensions.pgp_sym_decrypt(?, ?)"_s, {sealed, wrongKey});
        QVERIFY(wrong.lastError().isValid());
    }
    QVERIFY(
        scalar(Admin, u"select auth.open_successor(?, ?) is null"_s, {first.refreshToken, sealed})
            .toBool());
}

void TestRefreshRace::reuseAfterGraceRevokesFamily()
{
    const TestServer::Tokens tokens = freshSession();
    const QString session = sessionOf(tokens.refreshToken);
    const RefreshResult first = refresh(App, tokens.refreshToken);
    QCOMPARE(first.status, u"ok"_s);

    // Spent eleven seconds ago: past the ten-second period.
    QVERIFY(scalar(Admin,
        u"update auth.refresh_tokens set used_at = now() - interval '11 seconds' "
        "where token_hash = auth.hash_token(?) returning 1"_s,
        {tokens.refreshToken})
                .isValid());

    const RefreshResult late = refresh(App, tokens.refreshToken);
    QCOMPARE(late.status, u"reused"_s);
    QVERIFY(late.refreshToken.isEmpty());
    QCOMPARE(scalar(Admin, u"select revoked_reason from auth.sessions where id = ?"_s, {session})
                 .toString(),
        u"refresh token reused"_s);

    // The whole family is gone: the new refresh token and the access token stop working.
    QCOMPARE(refresh(App, first.refreshToken).status, u"invalid"_s);
    QVERIFY(TestServer::useToken(App, first.accessToken));
    QCOMPARE(scalar(App, u"select count(*) from app.staff"_s).toInt(), 0);
    QVERIFY(TestServer::useToken(App, QString()));

    // No sealed result outlives the revocation.
    QCOMPARE(scalar(Admin,
                 u"select count(*) from auth.refresh_tokens "
                 "where session_id = ? and successor_sealed is not null"_s,
                 {session})
                 .toInt(),
        0);
}

void TestRefreshRace::shortGracePeriodExpires()
{
    QVERIFY(scalar(
        Admin, u"update auth.instance set refresh_grace_period = interval '1 second' returning 1"_s)
                .isValid());
    const TestServer::Tokens tokens = freshSession();
    const QString session = sessionOf(tokens.refreshToken);
    const RefreshResult first = refresh(App, tokens.refreshToken);
    QCOMPARE(first.status, u"ok"_s);
    QCOMPARE(refresh(App, tokens.refreshToken).refreshToken, first.refreshToken);

    // The next rotation of the session clears sealed results whose period is over.
    QTest::qWait(1500);
    const RefreshResult second = refresh(App, first.refreshToken);
    QCOMPARE(second.status, u"ok"_s);
    QVERIFY(scalar(Admin,
        u"select successor_sealed is null from auth.refresh_tokens "
        "where token_hash = auth.hash_token(?)"_s,
        {tokens.refreshToken})
                .toBool());

    QCOMPARE(refresh(App, tokens.refreshToken).status, u"reused"_s);
    QVERIFY(
        scalar(Admin, u"select revoked_at is not null from auth.sessions where id = ?"_s, {session})
            .toBool());
    QCOMPARE(refresh(App, second.refreshToken).status, u"invalid"_s);

    // The period cannot be set beyond a minute.
    QSqlQuery tooLong = TestServer::run(
        Admin, u"update auth.instance set refresh_grace_period = interval '1 hour'"_s);
    QCOMPARE(tooLong.lastError().nativeErrorCode(), u"23514"_s);
}

void TestRefreshRace::rotationNeverExtendsSession()
{
    const LoginResult started = login(App, OwnerPhone, m_key);
    QCOMPARE(started.status, u"ok"_s);
    const QString session = sessionOf(started.refreshToken);
    const QDateTime expiry =
        scalar(Admin, u"select expires_at from auth.sessions where id = ?"_s, {session})
            .toDateTime();
    const QDateTime created =
        scalar(Admin, u"select created_at from auth.sessions where id = ?"_s, {session})
            .toDateTime();
    QCOMPARE(created.secsTo(expiry), qint64(30) * 24 * 3600);

    QString token = started.refreshToken;
    for (int i = 0; i < 5; ++i) {
        const RefreshResult rotated = refresh(App, token, m_ownerStaff);
        QCOMPARE(rotated.status, u"ok"_s);
        QCOMPARE(rotated.sessionExpiresAt, expiry);
        QVERIFY(rotated.accessExpiresAt <= expiry);
        token = rotated.refreshToken;
    }
    QCOMPARE(scalar(Admin, u"select expires_at from auth.sessions where id = ?"_s, {session})
                 .toDateTime(),
        expiry);
    QCOMPARE(scalar(Admin,
                 u"select count(*) from auth.refresh_tokens t join auth.sessions s on s.id = "
                 u"t.session_id "
                 "where s.id = ? and t.expires_at <> s.expires_at"_s,
                 {session})
                 .toInt(),
        0);
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.refresh_tokens where session_id = ?"_s, {session})
            .toInt(),
        6);
}

void TestRefreshRace::accessTokenEndsWithSession()
{
    const TestServer::Tokens tokens = freshSession();
    const QString session = sessionOf(tokens.refreshToken);
    QVERIFY(scalar(Admin,
        u"update auth.sessions set expires_at = now() + interval '2 minutes' where id = ? returning 1"_s,
        {session})
                .isValid());

    const RefreshResult rotated = refresh(App, tokens.refreshToken);
    QCOMPARE(rotated.status, u"ok"_s);
    QCOMPARE(rotated.accessExpiresAt, rotated.sessionExpiresAt);
    const qint64 exp = tokenPart(rotated.accessToken, 1).value(u"exp"_s).toInteger();
    QVERIFY(exp <= rotated.sessionExpiresAt.toSecsSinceEpoch());

    // Once the session is over, its last refresh token buys nothing.
    QVERIFY(scalar(Admin,
        u"update auth.sessions set expires_at = now() - interval '1 second' where id = ? returning 1"_s,
        {session})
                .isValid());
    QCOMPARE(refresh(App, rotated.refreshToken).status, u"invalid"_s);
}

void TestRefreshRace::sessionExpiryCannotBeExtended()
{
    const TestServer::Tokens tokens = freshSession();
    const QString session = sessionOf(tokens.refreshToken);

    // Not even an administrator can move the end of a session later.
    QSqlQuery extend = TestServer::run(Admin,
        u"update auth.sessions set expires_at = expires_at + interval '1 day' where id = ?"_s,
        {session});
    QCOMPARE(extend.lastError().nativeErrorCode(), u"R3420"_s);

    QSqlQuery shorten = TestServer::run(Admin,
        u"update auth.sessions set expires_at = expires_at - interval '1 day' where id = ?"_s,
        {session});
    QVERIFY2(!shorten.lastError().isValid(), qPrintable(shorten.lastError().text()));
}

void TestRefreshRace::revokedSessionStaysRevoked()
{
    const TestServer::Tokens tokens = freshSession();
    const QString session = sessionOf(tokens.refreshToken);
    QSqlQuery logout = TestServer::run(App, u"select auth.logout(?)"_s, {tokens.refreshToken});
    QVERIFY2(!logout.lastError().isValid(), qPrintable(logout.lastError().text()));

    QSqlQuery revive = TestServer::run(
        Admin, u"update auth.sessions set revoked_at = null where id = ?"_s, {session});
    QCOMPARE(revive.lastError().nativeErrorCode(), u"R3420"_s);
    QCOMPARE(refresh(App, tokens.refreshToken).status, u"invalid"_s);
}

QTEST_GUILESS_MAIN(TestRefreshRace)
#include "tst_refreshrace.moc"
