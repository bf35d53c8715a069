// Failed sign-ins per phone number: no delay for the first four, 2^(n-5) seconds from the
// fifth, a 15-minute lock at the tenth, the same for numbers without an account, a reset on
// success, and an owner's unlock.
#include "DatabaseError.h"
#include "SessionTestHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString App = u"throttle-app"_s;
const QString Admin = u"throttle-admin"_s;
const QString Password = u"Poulet-braise-2026"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString CashierPhone = u"+2250100000003"_s;
const QString SharedPhone = u"+2250500000005"_s;
const QString ManagerPhone = u"+2250700000006"_s;

QByteArray wrongKey()
{
    return PasswordKdf::randomBytes(PasswordKdf::KeyBytes);
}

struct ThrottleRow
{
    int failures = -1;
    double lockSeconds = -1; ///< locked_until - last_failure_at; -1 when not locked
};

ThrottleRow throttleRow(const QString &phone)
{
    QSqlQuery query = TestServer::run(Admin,
        u"select failures, coalesce(extract(epoch from locked_until - last_failure_at), -1) "
        "from auth.login_throttle where phone = ?"_s,
        {phone});
    if (!query.next())
        return {};
    return {query.value(0).toInt(), query.value(1).toDouble()};
}

// Ends the current lock of a number without waiting for it.
bool endLock(const QString &phone)
{
    QSqlQuery query = TestServer::run(Admin,
        u"update auth.login_throttle set locked_until = now() - interval '1 second' where phone = ?"_s,
        {phone});
    return !query.lastError().isValid() && query.numRowsAffected() == 1;
}

} // namespace

class TestThrottle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void schedule_data();
    void schedule();
    void lockedAttemptsAreNotCounted();
    void successResetsCount();
    void ownerUnlocksCashier();
    void unlockNeedsOwnerPermission();
    void unlockOfOtherRestaurantStaff();
    void unlockOfSharedStaffIsRejected();
    void unlockWithoutTokenIsRejected();
    void passwordCheckSharesTheSchedule();
    void passwordCheckNeedsSession();
    void failureCounterIsNotForTheApplication();

private:
    TestServer m_server;
    QString m_restaurant;
    QString m_otherRestaurant;
    QString m_cashier;
    QString m_shared;
    QString m_otherCashier;
    QByteArray m_ownerKey;
    QByteArray m_cashierKey;
    QString m_ownerAccess;
    QString m_managerAccess;
};

void TestThrottle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurant = m_server.createRestaurant(
        u"Maquis Le Baobab"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password);
    m_otherRestaurant = m_server.createRestaurant(
        u"Chez Tantie"_s, u"Kouassi Aké"_s, u"+2250500000002"_s, Password);
    QVERIFY(!m_restaurant.isEmpty() && !m_otherRestaurant.isEmpty());
    m_cashier =
        m_server.addStaff(m_restaurant, CashierPhone, u"Élodie Yao"_s, u"cashier"_s, Password);
    m_shared =
        m_server.addStaff(m_restaurant, SharedPhone, u"Moussa Traoré"_s, u"kitchen"_s, Password);
    QVERIFY(
        !m_server
             .addStaff(m_otherRestaurant, SharedPhone, u"Moussa Traoré"_s, u"kitchen"_s, Password)
             .isEmpty());
    m_otherCashier = m_server.addStaff(
        m_otherRestaurant, u"+2250100000007"_s, u"Ehui Brou"_s, u"cashier"_s, Password);
    const QString manager =
        m_server.addStaff(m_restaurant, ManagerPhone, u"Zoé Bamba"_s, u"manager"_s, Password);
    QVERIFY(!m_cashier.isEmpty() && !m_shared.isEmpty() && !m_otherCashier.isEmpty()
        && !manager.isEmpty());

    m_ownerKey = deriveKey(App, OwnerPhone, Password);
    m_cashierKey = deriveKey(App, CashierPhone, Password);
    const QString ownerStaff = scalar(Admin,
        u"select id from app.staff where restaurant_id = ? and role = 'owner'"_s, {m_restaurant})
                                   .toString();
    m_ownerAccess = signIn(App, OwnerPhone, m_ownerKey, ownerStaff).accessToken;
    m_managerAccess =
        signIn(App, ManagerPhone, deriveKey(App, ManagerPhone, Password), manager).accessToken;
    QVERIFY(!m_ownerAccess.isEmpty());
    QVERIFY(!m_managerAccess.isEmpty());
}

void TestThrottle::init()
{
    QVERIFY(TestServer::useToken(App, QString()));
    QSqlQuery clear = TestServer::run(Admin, u"delete from auth.login_throttle"_s);
    QVERIFY(!clear.lastError().isValid());
}

void TestThrottle::schedule_data()
{
    QTest::addColumn<QString>("phone");
    QTest::newRow("number with an account") << CashierPhone;
    QTest::newRow("number without an account") << u"+2250799999999"_s;
}

void TestThrottle::schedule()
{
    QFETCH(QString, phone);

    // Failures one to four: no delay at all.
    for (int failure = 1; failure <= 4; ++failure) {
        const LoginResult result = login(App, phone, wrongKey());
        QCOMPARE(result.status, u"invalid"_s);
        QVERIFY(!result.retryAt.isValid());
        QCOMPARE(throttleRow(phone).failures, failure);
    }

    // The fifth locks the number for one second, and the lock ends by itself.
    const LoginResult fifth = login(App, phone, wrongKey());
    QCOMPARE(fifth.status, u"invalid"_s);
    QVERIFY(fifth.retryAt.isValid());
    QCOMPARE(throttleRow(phone).lockSeconds, 1.0);
    const LoginResult during = login(App, phone, wrongKey());
    QCOMPARE(during.status, u"locked"_s);
    QCOMPARE(during.retryAt, fifth.retryAt);
    QTest::qWait(1100);

    // Then 2, 4, 8 and 16 seconds. The test ends each lock by hand instead of waiting.
    for (int failure = 6; failure <= 9; ++failure) {
        const LoginResult result = login(App, phone, wrongKey());
        QCOMPARE(result.status, u"invalid"_s);
        const ThrottleRow row = throttleRow(phone);
        QCOMPARE(row.failures, failure);
        QCOMPARE(row.lockSeconds, double(1 << (failure - 5)));
        QCOMPARE(login(App, phone, wrongKey()).status, u"locked"_s);
        QVERIFY(endLock(phone));
    }

    // The tenth locks the number for 15 minutes.
    QCOMPARE(login(App, phone, wrongKey()).status, u"invalid"_s);
    const ThrottleRow tenth = throttleRow(phone);
    QCOMPARE(tenth.failures, 10);
    QCOMPARE(tenth.lockSeconds, 900.0);
    QCOMPARE(login(App, phone, wrongKey()).status, u"locked"_s);

    // Even the right password waits.
    if (phone == CashierPhone)
        QCOMPARE(login(App, phone, m_cashierKey).status, u"locked"_s);
    QCOMPARE(throttleRow(phone).failures, 10);
}

void TestThrottle::lockedAttemptsAreNotCounted()
{
    for (int failure = 1; failure <= 5; ++failure)
        QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"invalid"_s);
    for (int attempt = 0; attempt < 3; ++attempt)
        QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"locked"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, 5);
}

void TestThrottle::successResetsCount()
{
    for (int failure = 1; failure <= 4; ++failure)
        QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"invalid"_s);
    QCOMPARE(login(App, CashierPhone, m_cashierKey).status, u"ok"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, -1);

    QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"invalid"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, 1);
}

void TestThrottle::ownerUnlocksCashier()
{
    for (int failure = 1; failure <= 10; ++failure) {
        QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"invalid"_s);
        if (failure >= 5 && failure < 10)
            QVERIFY(endLock(CashierPhone));
    }
    QCOMPARE(login(App, CashierPhone, m_cashierKey).status, u"locked"_s);

    QVERIFY(TestServer::useToken(App, m_ownerAccess));
    QSqlQuery unlock = TestServer::run(App, u"select auth.unlock_staff(?)"_s, {m_cashier});
    QVERIFY2(unlock.next(), qPrintable(unlock.lastError().text()));
    QCOMPARE(unlock.value(0).toBool(), true);
    QCOMPARE(throttleRow(CashierPhone).failures, -1);

    QCOMPARE(scalar(Admin,
                 u"select count(*) from app.audit_log where action = 'unlock_sign_in' "
                 "and entity_id = ? and restaurant_id = ?"_s,
                 {m_cashier, m_restaurant})
                 .toInt(),
        1);

    // Nothing left to clear the second time.
    QCOMPARE(scalar(App, u"select auth.unlock_staff(?)"_s, {m_cashier}).toBool(), false);

    QVERIFY(TestServer::useToken(App, QString()));
    QCOMPARE(login(App, CashierPhone, m_cashierKey).status, u"ok"_s);
}

void TestThrottle::unlockNeedsOwnerPermission()
{
    const TestServer::Tokens cashier = signIn(App, CashierPhone, m_cashierKey, m_cashier);
    QVERIFY(TestServer::useToken(App, cashier.accessToken));
    QSqlQuery byCashier = TestServer::run(App, u"select auth.unlock_staff(?)"_s, {m_shared});
    QCOMPARE(byCashier.lastError().nativeErrorCode(), u"R3403"_s);

    QVERIFY(TestServer::useToken(App, m_managerAccess));
    QSqlQuery byManager = TestServer::run(App, u"select auth.unlock_staff(?)"_s, {m_cashier});
    QCOMPARE(byManager.lastError().nativeErrorCode(), u"R3403"_s);
    QCOMPARE(DatabaseError::fromSqlError(byManager.lastError(), "unlock").kind(),
        DatabaseError::Kind::PermissionDenied);
}

void TestThrottle::unlockOfOtherRestaurantStaff()
{
    QVERIFY(TestServer::useToken(App, m_ownerAccess));
    QSqlQuery unlock = TestServer::run(App, u"select auth.unlock_staff(?)"_s, {m_otherCashier});
    QCOMPARE(unlock.lastError().nativeErrorCode(), u"R3404"_s);
    QCOMPARE(DatabaseError::fromSqlError(unlock.lastError(), "unlock").kind(),
        DatabaseError::Kind::StaffNotFound);
}

void TestThrottle::unlockOfSharedStaffIsRejected()
{
    // Moussa also works for a restaurant this owner does not own: unlocking his number
    // again and again would let this owner guess the password that opens the other one.
    for (int failure = 1; failure <= 5; ++failure)
        QCOMPARE(login(App, SharedPhone, wrongKey()).status, u"invalid"_s);

    QVERIFY(TestServer::useToken(App, m_ownerAccess));
    QSqlQuery unlock = TestServer::run(App, u"select auth.unlock_staff(?)"_s, {m_shared});
    QCOMPARE(unlock.lastError().nativeErrorCode(), u"R3415"_s);
    const DatabaseError error = DatabaseError::fromSqlError(unlock.lastError(), "unlock");
    QCOMPARE(error.kind(), DatabaseError::Kind::UnlockNotAllowed);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(throttleRow(SharedPhone).failures, 5);
}

void TestThrottle::unlockWithoutTokenIsRejected()
{
    QSqlQuery unlock = TestServer::run(App, u"select auth.unlock_staff(?)"_s, {m_cashier});
    QCOMPARE(unlock.lastError().nativeErrorCode(), u"R3440"_s);
}

void TestThrottle::passwordCheckSharesTheSchedule()
{
    // The cashier's window is locked; auth.verify_my_password checks her password again.
    const TestServer::Tokens cashier = signIn(App, CashierPhone, m_cashierKey, m_cashier);
    QVERIFY(TestServer::useToken(App, cashier.accessToken));
    auto verify = [](const QByteArray &key) {
        QSqlQuery query =
            TestServer::run(App, u"select status from auth.verify_my_password(?)"_s, {key});
        return query.next() ? query.value(0).toString() : query.lastError().text();
    };

    // Four failed sign-ins, then a failed check: the fifth failure, with its one-second wait.
    for (int failure = 1; failure <= 4; ++failure)
        QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"invalid"_s);
    QCOMPARE(verify(wrongKey()), u"invalid"_s);
    const ThrottleRow fifth = throttleRow(CashierPhone);
    QCOMPARE(fifth.failures, 5);
    QCOMPARE(fifth.lockSeconds, 1.0);

    // Locked, the check refuses even the right key and counts nothing, like a sign-in.
    QCOMPARE(verify(m_cashierKey), u"locked"_s);
    QCOMPARE(login(App, CashierPhone, wrongKey()).status, u"locked"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, 5);

    // After the wait, the right key passes and clears the count.
    QVERIFY(endLock(CashierPhone));
    QCOMPARE(verify(m_cashierKey), u"ok"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, -1);

    // The tenth failure through the check locks the number for sign-ins too.
    for (int failure = 1; failure <= 10; ++failure) {
        QCOMPARE(verify(wrongKey()), u"invalid"_s);
        if (failure >= 5 && failure < 10)
            QVERIFY(endLock(CashierPhone));
    }
    QCOMPARE(throttleRow(CashierPhone).lockSeconds, 900.0);
    QVERIFY(TestServer::useToken(App, QString()));
    QCOMPARE(login(App, CashierPhone, m_cashierKey).status, u"locked"_s);
}

void TestThrottle::passwordCheckNeedsSession()
{
    QSqlQuery noToken =
        TestServer::run(App, u"select status from auth.verify_my_password(?)"_s, {m_cashierKey});
    QCOMPARE(noToken.lastError().nativeErrorCode(), u"R3440"_s);

    // A revoked session cannot unlock, even with the right password.
    const LoginResult started = login(App, CashierPhone, m_cashierKey);
    QCOMPARE(started.status, u"ok"_s);
    const RefreshResult first = refresh(App, started.refreshToken, m_cashier);
    QCOMPARE(first.status, u"ok"_s);
    QVERIFY(TestServer::useToken(App, first.accessToken));
    TestServer::run(App, u"select auth.logout(?)"_s, {first.refreshToken});
    QSqlQuery revoked =
        TestServer::run(App, u"select status from auth.verify_my_password(?)"_s, {m_cashierKey});
    QCOMPARE(revoked.lastError().nativeErrorCode(), u"R3440"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, -1);
}

void TestThrottle::failureCounterIsNotForTheApplication()
{
    // Only the sign-in functions count failures; the application login cannot lock a number.
    QSqlQuery count =
        TestServer::run(App, u"select auth.count_failed_password(?)"_s, {CashierPhone});
    QCOMPARE(count.lastError().nativeErrorCode(), u"42501"_s);
    QCOMPARE(throttleRow(CashierPhone).failures, -1);
}

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
