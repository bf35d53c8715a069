// Sessions when the keychain lets the application down: an entry deleted behind its back, a
// locked collection, and no Secret Service at all. Each case must end with a clear message
// and a sign-in that works, never a crash or a hang. Runs inside run-with-keyring.sh; the case
// without a Secret Service runs alone (ctest entry tst_keychainsessions_no_service), because
// GLib keeps the first session bus connection a process makes.
#include "SecretStore.h"
#include "SessionManager.h"
#include "TestServer.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString App = u"keychain-app"_s;
const QString Admin = u"keychain-admin"_s;
const QString Password = u"Attieke-poisson-2026"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString KeychainService = u"resto360-test"_s;
const char NoServiceCase[] = "noSecretService";
// Bounds a hang, not a speed: a keychain call normally answers in milliseconds.
constexpr int Timeout = 20000;

bool runsAlone(const char *testFunction)
{
    return QCoreApplication::arguments().contains(QString::fromLatin1(testFunction));
}

} // namespace

class TestKeychainSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void entryDeletedBehindTheAppsBack();
    // Locks the throwaway keyring for good, so it runs after the cases that need it open.
    void lockedCollection();
    void noSecretService();

private:
    /// Signs in with the SessionManager and waits for signedIn.
    void signIn();
    /// Restores with a fresh SessionManager, as after a restart; returns whether it restored.
    bool restoreAfterRestart();
    /// Points QSettings at a remembered session of the owner, as a previous run left it.
    void rememberOwner();
    QString keychainKey();
    /// Waits until the keychain jobs started so far have finished: jobs run in order, so
    /// the answer to a new read comes after theirs.
    void settleKeychain();

    QTemporaryDir m_noBusFolder;
    TestServer m_server;
    SecretStore *m_secrets = nullptr;
    SessionManager *m_sessions = nullptr;
    QString m_ownerUserId;
};

void TestKeychainSessions::initTestCase()
{
    // Before anything touches D-Bus: a session bus address with no socket behind it, so
    // nothing can reach any keychain, the throwaway one included.
    if (runsAlone(NoServiceCase)) {
        QVERIFY(m_noBusFolder.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_noBusFolder.filePath(u"no-bus"_s)));
        qunsetenv("DISPLAY");
    }

    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("RESTO360_THROWAWAY_KEYRING"),
        "run this test through tests/support/run-with-keyring.sh");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));
    QVERIFY(
        !m_server
             .createRestaurant(u"Maquis du Plateau"_s, u"Adjoua N'Guessan"_s, OwnerPhone, Password)
             .isEmpty());

    QSqlQuery owner =
        TestServer::run(Admin, u"select id from auth.users where phone = ?"_s, {OwnerPhone});
    QVERIFY(owner.next());
    m_ownerUserId = owner.value(0).toString();
    m_secrets = new SecretStore(KeychainService, this);
}

void TestKeychainSessions::init()
{
    QSettings().clear();
    m_sessions = new SessionManager(App, m_secrets, this);
}

void TestKeychainSessions::cleanup()
{
    if (m_sessions->session().isValid())
        m_sessions->signOut();
    delete m_sessions;
    m_sessions = nullptr;
}

QString TestKeychainSessions::keychainKey()
{
    QSqlQuery server = TestServer::run(Admin, u"select auth.server_id()"_s);
    return server.next() ? SessionManager::keychainKey(server.value(0).toString(), m_ownerUserId)
                         : QString();
}

void TestKeychainSessions::settleKeychain()
{
    QSignalSpy read(m_secrets, &SecretStore::secretRead);
    QSignalSpy missing(m_secrets, &SecretStore::secretMissing);
    QSignalSpy failed(m_secrets, &SecretStore::failed);
    m_secrets->readSecret(u"settle/settle"_s);
    QTRY_VERIFY_WITH_TIMEOUT(read.size() + missing.size() + failed.size() > 0, Timeout);
}

void TestKeychainSessions::signIn()
{
    QSignalSpy signedIn(m_sessions, &SessionManager::signedIn);
    QSignalSpy failed(m_sessions, &SessionManager::signInFailed);
    m_sessions->signIn(u"07 00 00 00 01"_s, Password);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + failed.size() > 0, Timeout);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(m_sessions->isSignedIn());

    // The session works: the database sees this person's restaurant.
    QSqlQuery rows = TestServer::run(App, u"select count(*) from app.staff"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
}

bool TestKeychainSessions::restoreAfterRestart()
{
    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    TestServer::useToken(App, QString());

    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    if (!QTest::qWaitFor([&restored] { return !restored.isEmpty(); }, Timeout)) {
        qWarning("restoreSession did not finish");
        return false;
    }
    if (restored.size() != 1)
        qWarning("restoreFinished came %d times", int(restored.size()));
    return restored.at(0).at(0).toBool();
}

void TestKeychainSessions::rememberOwner()
{
    QSqlQuery server = TestServer::run(Admin, u"select auth.server_id()"_s);
    QVERIFY(server.next());
    QSettings settings;
    settings.setValue(u"session/serverId"_s, server.value(0).toString());
    settings.setValue(u"session/userId"_s, m_ownerUserId);
}

void TestKeychainSessions::entryDeletedBehindTheAppsBack()
{
    if (runsAlone(NoServiceCase))
        QSKIP("This process has no Secret Service on purpose.");

    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), Timeout);

    // Someone deletes the entry, for example with the desktop's keychain manager.
    SecretStore intruder(KeychainService);
    QSignalSpy deleted(&intruder, &SecretStore::secretDeleted);
    intruder.deleteSecret(keychainKey());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, Timeout);

    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    QSignalSpy message(m_sessions, &SessionManager::restoreFailed);
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    TestServer::useToken(App, QString());
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), false);
    QCOMPARE(message.size(), 1);
    QVERIFY(!message.at(0).at(0).toString().isEmpty());
    QVERIFY(!m_sessions->isSignedIn());

    // Signing in with the password remembers the new session.
    written.clear();
    signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), Timeout);
    QVERIFY(restoreAfterRestart());
}

void TestKeychainSessions::lockedCollection()
{
    if (runsAlone(NoServiceCase))
        QSKIP("This process has no Secret Service on purpose.");

    QSignalSpy written(m_secrets, &SecretStore::secretWritten);
    signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), Timeout);
    settleKeychain();

    // gnome-keyring locks its default collection without asking; unlocking it would need a
    // prompt, which cannot show without a display and fails.
    QProcess lock;
    lock.start(u"dbus-send"_s,
        {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
            u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
            u"array:objpath:/org/freedesktop/secrets/aliases/default"_s});
    QVERIFY2(lock.waitForFinished(Timeout), "dbus-send did not finish");
    QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());

    // The remembered session cannot be read: a message, and the sign-in page stays usable.
    // QtKeychain reports an entry of a locked collection as missing once the unlock prompt
    // fails, so the message may come from either signal.
    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    TestServer::useToken(App, QString());
    QSignalSpy unavailable(m_sessions, &SessionManager::rememberUnavailable);
    QSignalSpy failed(m_sessions, &SessionManager::restoreFailed);
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), false);
    QCOMPARE(unavailable.size() + failed.size(), 1);
    QVERIFY(!m_sessions->isSignedIn());

    // Signing in works; the session cannot be kept, which the person is told once.
    unavailable.clear();
    signIn();
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, Timeout);
    QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());
    QVERIFY(m_sessions->isSignedIn());
}

void TestKeychainSessions::noSecretService()
{
    if (!runsAlone(NoServiceCase))
        QSKIP(
            "Runs as the ctest entry tst_keychainsessions_no_service, in a process without a bus.");

    // Signing in works; remembering fails, and the person is told once.
    QSignalSpy unavailable(m_sessions, &SessionManager::rememberUnavailable);
    signIn();
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, Timeout);
    QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());
    QVERIFY(m_sessions->isSignedIn());
    m_sessions->signOut();

    // A session a previous run remembered cannot be read: a message, then a normal sign-in.
    rememberOwner();
    delete m_sessions;
    m_sessions = new SessionManager(App, m_secrets, this);
    QSignalSpy restoreUnavailable(m_sessions, &SessionManager::rememberUnavailable);
    QSignalSpy restored(m_sessions, &SessionManager::restoreFinished);
    m_sessions->restoreSession();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
    QCOMPARE(restored.at(0).at(0).toBool(), false);
    QCOMPARE(restoreUnavailable.size(), 1);

    signIn();
}

QTEST_GUILESS_MAIN(TestKeychainSessions)
#include "tst_keychainsessions.moc"
