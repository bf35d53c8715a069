// Sign-in, membership choice, password change at first sign-in, keychain restore and
// sign-out, through the real SessionManager against a real server and a throwaway keyring.
#include "PhoneNumber.h"
#include "SecretStore.h"
#include "SessionManager.h"
#include "TestServer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString App = u"session-app"_s;
const QString Admin = u"session-admin"_s;
const QString Password = u"Sauce-arachide-2026"_s;
const QString KeychainService = u"resto360-test"_s;
constexpr int Timeout = 20000;

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInWithUsualPhoneForms_data();
    void signInWithUsualPhoneForms();
    void wrongPhoneAndWrongPasswordLookAlike();
    void oldEightDigitNumberIsExplained();
    void severalMembershipsAskForAChoice();
    void switchMembershipWithoutPassword();
    void passwordChangeAtFirstSignIn();
    void restoresSessionFromKeychain();
    void signOutRevokesAndForgets();
    void repeatedFailuresLockTheNumber();
    void skewedClockStillWorks_data();
    void skewedClockStillWorks();
    void lockSurvivesRestartAndCountsFailures();
    void passwordSignInClearsOldLock();
    void unlockAfterRevocationEndsSession();
    void restoreRefusedWhenRestaurantStopsRemembering();

private:
    int revokedSessions(const QString &phone);

    TestServer m_server;
    SecretStore *m_secrets = nullptr;
    SessionManager *m_sessions = nullptr;
    QString m_restaurantA;
    QString m_restaurantB;
};

void TestSessionManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("RESTO360_THROWAWAY_KEYRING"),
        "run this test through tests/support/run-with-keyring.sh");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurantA = m_server.createRestaurant(
        u"Maquis A"_s, u"Adjoua N'Guessan"_s, u"+2250700000001"_s, Password);
    m_restaurantB =
        m_server.createRestaurant(u"Maquis B"_s, u"Kouassi Aké"_s, u"+2250500000002"_s, Password);
    QVERIFY(!m_restaurantA.isEmpty() && !m_restaurantB.isEmpty());
    // Élodie works in both restaurants.
    QVERIFY(
        !m_server
             .addStaff(m_restaurantA, u"+2250100000003"_s, u"Élodie Yao"_s, u"manager"_s, Password)
             .isEmpty());
    QVERIFY(
        !m_server
             .addStaff(m_restaurantB, u"+2250100000003"_s, u"Élodie Yao"_s, u"cashier"_s, Password)
             .isEmpty());
    // Ehui's password was set by an owner and must be replaced.
    QVERIFY(!m_server
                 .addStaff(m_restaurantA, u"+2250700000004"_s, u"Ehui Brou"_s, u"kitchen"_s,
                     Password, true)
                 .isEmpty());

    m_secrets = new SecretStore(KeychainService, this);
}

void TestSessionManager::init()
{
    QSettings().clear();
    m_sessions = new SessionManager(App, m_secrets, this);
}

void TestSessionManager::cleanup()
{
    m_sessions->setLocalClockForTesting({});
    if (m_sessions->isSignedIn())
        m_sessions->signOut();
    delete m_sessions;
    m_sessions = nullptr;
}

int TestSessionManager::revokedSessions(const QString &phone)
{
    QSqlQuery query = TestServer::run(Admin,
        u"select count(*) from auth.sessions s join auth.users u on u.id = s.user_id "
        "where u.phone = ? and s.revoked_at is not null"_s,
        {phone});
    return query.next() ? query.value(0).toInt() : -1;
}

void TestSessionManager::signInWithUsualPhoneForms_data()
{
    QTest::addColumn<QString>("phone");
    QTest::newRow("national with spaces") << u"07 00 00 00 01"_s;
    QTest::newRow("international with spaces") << u"+225 07 00 00 00 01"_s;
    QTest::newRow("national without spaces") << u"0700000001"_s;
    QTest::newRow("00 prefix") << u"00225 07 00 00 00 01"_s;
}

void TestSessionManager::signInWithUsualPhoneForms()
{
    QFETCH(QString, phone);
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy failed(m_sessions, &SessionManager::signInFailed);

    m_sessions->signIn(phone, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    QCOMPARE(failed.size(), 0);
    QVERIFY(m_sessions->isSignedIn());
    QCOMPARE(m_sessions->session().restaurantId, m_restaurantA);
    QCOMPARE(m_sessions->session().role, u"owner"_s);
    QCOMPARE(m_sessions->session().displayName, u"Adjoua N'Guessan"_s);
    QCOMPARE(m_sessions->session().restaurantName, u"Maquis A"_s);
    QVERIFY(m_sessions->session().can(QString::fromLatin1(Permissions::StaffManage)));
}

void TestSessionManager::wrongPhoneAndWrongPasswordLookAlike()
{
    QSignalSpy failed(m_sessions, &SessionManager::signInFailed);

    m_sessions->signIn(u"07 00 00 00 01"_s, u"not-the-password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    m_sessions->signIn(u"07 99 99 99 99"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, Timeout);

    QCOMPARE(failed.at(0).at(0).toString(), failed.at(1).at(0).toString());
    QVERIFY(!m_sessions->isSignedIn());
}

void TestSessionManager::oldEightDigitNumberIsExplained()
{
    QSignalSpy failed(m_sessions, &SessionManager::signInFailed);
    m_sessions->signIn(u"+225 00 00 00 01"_s, Password);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(),
        PhoneNumber::errorMessage(PhoneNumber::Error::OldIvorianFormat));
}

void TestSessionManager::severalMembershipsAskForAChoice()
{
    QSignalSpy choice(m_sessions, &SessionManager::membershipChoiceRequired);
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);

    m_sessions->signIn(u"01 00 00 00 03"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(choice.size(), 1, Timeout);
    QCOMPARE(signedIn.size(), 0);
    const QList<Membership> memberships = choice.at(0).at(0).value<QList<Membership>>();
    QCOMPARE(memberships.size(), 2);
    QCOMPARE(memberships.at(0).restaurantName, u"Maquis A"_s);
    QCOMPARE(memberships.at(0).role, u"manager"_s);
    QCOMPARE(memberships.at(1).restaurantName, u"Maquis B"_s);
    QCOMPARE(memberships.at(1).role, u"cashier"_s);

    m_sessions->chooseMembership(memberships.at(1).staffId);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_sessions->session().restaurantId, m_restaurantB);
    QVERIFY(!m_sessions->session().can(QString::fromLatin1(Permissions::StaffView)));
}

void TestSessionManager::switchMembershipWithoutPassword()
{
    QSignalSpy choice(m_sessions, &SessionManager::membershipChoiceRequired);
    QSignalSpy changed(m_sessions, &SessionManager::sessionChanged);
    m_sessions->signIn(u"01 00 00 00 03"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(choice.size(), 1, Timeout);
    const QList<Membership> memberships = choice.at(0).at(0).value<QList<Membership>>();
    m_sessions->chooseMembership(memberships.at(0).staffId);
    QCOMPARE(m_sessions->session().role, u"manager"_s);

    m_sessions->chooseMembership(memberships.at(1).staffId);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_sessions->session().restaurantId, m_restaurantB);
    QCOMPARE(m_sessions->session().role, u"cashier"_s);

    // The connection now acts for B: only B's own row is visible to a cashier.
    QSqlQuery rows = TestServer::run(App, u"select restaurant_id from app.staff"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), m_restaurantB);
    QVERIFY(!rows.next());
}

void TestSessionManager::passwordChangeAtFirstSignIn()
{
    QSignalSpy changeRequired(m_sessions, &SessionManager::passwordChangeRequired);
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);

    m_sessions->signIn(u"07 00 00 00 04"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(changeRequired.size(), 1, Timeout);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(!m_sessions->isSignedIn());

    // Until the change, the token opens nothing.
    QSqlQuery blocked = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(blocked.next());
    QCOMPARE(blocked.value(0).toInt(), 0);

    m_sessions->completePasswordChange(u"Nouveau-mot-de-passe-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    QVERIFY(m_sessions->isSignedIn());
    m_sessions->signOut();

    const TestServer::Tokens tokens =
        TestServer::signIn(App, u"+2250700000004"_s, u"Nouveau-mot-de-passe-1"_s);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(TestServer::useToken(App, QString()));
}

void TestSessionManager::restoresSessionFromKeychain()
{
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy unavailable(m_sessions, &SessionManager::rememberUnavailable);
    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);

    // Let the keychain write finish, then start over as if the app had been restarted.
    QTRY_VERIFY_WITH_TIMEOUT(written.size() >= 1 || unavailable.size() > 0, Timeout);
    QCOMPARE(unavailable.size(), 0);
    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    QVERIFY(TestServer::useToken(App, QString()));

    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), true);
    QVERIFY(m_sessions->isSignedIn());
    QCOMPARE(m_sessions->session().restaurantId, m_restaurantA);
}

void TestSessionManager::signOutRevokesAndForgets()
{
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    const int revokedBefore = revokedSessions(u"+2250700000001"_s);

    QSignalSpy signedOut(m_sessions, &SessionManager::signedOut);
    QSignalSpy deleted(m_secrets, &SecretStore::secretDeleted);
    m_sessions->signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!m_sessions->isSignedIn());
    QCOMPARE(revokedSessions(u"+2250700000001"_s), revokedBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, Timeout);

    // Nothing is left to restore, and the connection has no token.
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), false);
    QSqlQuery rows = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

void TestSessionManager::repeatedFailuresLockTheNumber()
{
    QSignalSpy failed(m_sessions, &SessionManager::signInFailed);
    const QString phone = u"05 00 00 00 02"_s;

    m_sessions->signIn(phone, u"wrong-password-0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const QString wrongMessage = failed.at(0).at(0).toString();

    // The database counts failures; push the counter to the lock without waiting out the delays.
    QSqlQuery bump = TestServer::run(Admin,
        u"update auth.login_throttle set failures = 9, locked_until = null where phone = '+2250500000002'"_s);
    QVERIFY2(!bump.lastError().isValid(), qPrintable(bump.lastError().text()));
    m_sessions->signIn(phone, u"wrong-password-10"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, Timeout);

    // Now even the right password is refused, with a message that names when to retry.
    m_sessions->signIn(phone, Password);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, Timeout);
    QVERIFY(failed.at(2).at(0).toString() != wrongMessage);
    QVERIFY(!m_sessions->isSignedIn());

    QSqlQuery locked = TestServer::run(Admin,
        u"select locked_until > now() + interval '14 minutes' from auth.login_throttle where phone = '+2250500000002'"_s);
    QVERIFY(locked.next());
    QVERIFY(locked.value(0).toBool());
    TestServer::run(Admin, u"delete from auth.login_throttle"_s);
}

void TestSessionManager::skewedClockStillWorks_data()
{
    QTest::addColumn<int>("pcOffsetSeconds");
    QTest::addColumn<bool>("reported");

    QTest::newRow("PC 10 minutes behind") << -600 << true;
    QTest::newRow("PC 10 minutes ahead") << 600 << true;
    QTest::newRow("PC 6 minutes behind") << -360 << true;
    QTest::newRow("PC 4 minutes ahead") << 240 << false;
}

void TestSessionManager::skewedClockStillWorks()
{
    QFETCH(int, pcOffsetSeconds);
    QFETCH(bool, reported);

    // Only this PC's clock is wrong; the server's stays honest.
    m_sessions->setLocalClockForTesting(
        [pcOffsetSeconds] { return QDateTime::currentDateTimeUtc().addSecs(pcOffsetSeconds); });
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy skew(m_sessions, &SessionManager::clockSkewDetected);
    QSignalSpy cleared(m_sessions, &SessionManager::clockSkewCleared);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);

    // The skew is the server's time minus the PC's: positive when the PC is behind.
    QVERIFY2(qAbs(m_sessions->clockSkewSeconds() + pcOffsetSeconds) <= 5,
        qPrintable(QString::number(m_sessions->clockSkewSeconds())));
    QCOMPARE(skew.size(), reported ? 1 : 0);
    if (reported)
        QCOMPARE(skew.at(0).at(0).toLongLong(), m_sessions->clockSkewSeconds());

    // Refreshes work and report again while the clock stays off.
    QVERIFY(m_sessions->refreshNow());
    QVERIFY(m_sessions->isSignedIn());
    QCOMPARE(skew.size(), reported ? 2 : 0);
    QSqlQuery rows = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(rows.next());
    QVERIFY(rows.value(0).toInt() > 0);

    // Set right, the clock is reported fixed once.
    m_sessions->setLocalClockForTesting({});
    QVERIFY(m_sessions->refreshNow());
    QVERIFY(qAbs(m_sessions->clockSkewSeconds()) <= 5);
    QCOMPARE(cleared.size(), reported ? 1 : 0);
    QVERIFY(m_sessions->refreshNow());
    QCOMPARE(cleared.size(), reported ? 1 : 0);
}

void TestSessionManager::lockSurvivesRestartAndCountsFailures()
{
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), Timeout);

    QSignalSpy locked(m_sessions, &SessionManager::locked);
    m_sessions->lock();
    QCOMPARE(locked.size(), 1);
    QVERIFY(m_sessions->isLocked());
    QVERIFY(m_sessions->isSignedIn());

    // The application restarts: the remembered session comes back, still locked.
    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    QVERIFY(TestServer::useToken(App, QString()));
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), true);
    QVERIFY(m_sessions->isLocked());

    // A wrong password keeps it locked and counts like a failed sign-in.
    QSignalSpy unlockFailed(m_sessions, &SessionManager::unlockFailed);
    QSignalSpy unlocked(m_sessions, &SessionManager::unlocked);
    m_sessions->unlock(u"not-the-password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(unlockFailed.size(), 1, Timeout);
    QVERIFY(m_sessions->isLocked());
    QSqlQuery failures = TestServer::run(
        Admin, u"select failures from auth.login_throttle where phone = '+2250700000001'"_s);
    QVERIFY(failures.next());
    QCOMPARE(failures.value(0).toInt(), 1);

    // The right one unlocks and clears the count, with no new session.
    QSqlQuery countBefore = TestServer::run(Admin, u"select count(*) from auth.sessions"_s);
    QVERIFY(countBefore.next());
    m_sessions->unlock(Password);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.size(), 1, Timeout);
    QVERIFY(!m_sessions->isLocked());
    QVERIFY(!QSettings().contains(u"session/locked"_s));
    QSqlQuery countAfter = TestServer::run(Admin, u"select count(*) from auth.sessions"_s);
    QVERIFY(countAfter.next());
    QCOMPARE(countAfter.value(0).toInt(), countBefore.value(0).toInt());
    QSqlQuery cleared = TestServer::run(
        Admin, u"select count(*) from auth.login_throttle where phone = '+2250700000001'"_s);
    QVERIFY(cleared.next());
    QCOMPARE(cleared.value(0).toInt(), 0);
}

void TestSessionManager::passwordSignInClearsOldLock()
{
    // Left by a session that ended while locked, for example on another server.
    QSettings().setValue(u"session/locked"_s, true);
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), Timeout);
    QVERIFY(!m_sessions->isLocked());
    QVERIFY(!QSettings().contains(u"session/locked"_s));

    // The next start restores the session unlocked.
    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    QVERIFY(TestServer::useToken(App, QString()));
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), true);
    QVERIFY(m_sessions->isSignedIn());
    QVERIFY(!m_sessions->isLocked());
}

void TestSessionManager::unlockAfterRevocationEndsSession()
{
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    m_sessions->lock();

    // An owner signs the person out everywhere while the window is locked.
    QSqlQuery revoke = TestServer::run(Admin,
        u"update auth.sessions s set revoked_at = now() from auth.users u "
        "where u.id = s.user_id and u.phone = '+2250700000001' and s.revoked_at is null"_s);
    QVERIFY2(!revoke.lastError().isValid(), qPrintable(revoke.lastError().text()));

    QSignalSpy ended(m_sessions, &SessionManager::sessionEnded);
    QSignalSpy unlocked(m_sessions, &SessionManager::unlocked);
    m_sessions->unlock(Password);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, Timeout);
    QCOMPARE(unlocked.size(), 0);
    QVERIFY(!m_sessions->isSignedIn());
    QVERIFY(!m_sessions->isLocked());
}

void TestSessionManager::restoreRefusedWhenRestaurantStopsRemembering()
{
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), Timeout);

    // From another PC, the owner turns remembering off for this restaurant.
    QSqlQuery off = TestServer::run(Admin,
        u"update app.restaurants set remember_sessions = false where id = ?"_s, {m_restaurantA});
    QVERIFY2(!off.lastError().isValid(), qPrintable(off.lastError().text()));
    const int revokedBefore = revokedSessions(u"+2250700000001"_s);

    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    QVERIFY(TestServer::useToken(App, QString()));
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    QSignalSpy refused(m_sessions, &SessionManager::restoreFailed);
    QSignalSpy deleted(m_secrets, &SecretStore::secretDeleted);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), false);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!m_sessions->isSignedIn());
    // The session it held is ended and the keychain entry deleted.
    QCOMPARE(revokedSessions(u"+2250700000001"_s), revokedBefore + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!deleted.isEmpty(), Timeout);

    // Signing in with the password works and keeps nothing.
    QSignalSpy signedInAgain(m_sessions, &SessionManager::signedIn);
    written.clear();
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_COMPARE_WITH_TIMEOUT(signedInAgain.size(), 1, Timeout);
    QTest::qWait(200);
    QCOMPARE(written.size(), 0);
    QVERIFY(!QSettings().contains(u"session/userId"_s));

    TestServer::run(Admin, u"update app.restaurants set remember_sessions = true where id = ?"_s,
        {m_restaurantA});
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
