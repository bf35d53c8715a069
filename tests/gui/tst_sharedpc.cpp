#include "GuiFixture.h"

#include "AddStaffDialog.h"
#include "AppContext.h"
#include "BackupManager.h"
#include "LocalServer.h"
#include "LockPage.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "SecretStore.h"
#include "SessionManager.h"
#include "SettingsPage.h"
#include "SignInPage.h"
#include "StaffPage.h"
#include "WorkspacePage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Each sign-in and unlock derives an Argon2id key with 64 MiB; this bounds the wait.
constexpr int KeyTimeoutMs = 30000;

namespace {

const QString Admin = u"sharedpc-admin"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString ManagerPhone = u"+2250500000002"_s;
const QString Password = u"Kedjenou-poulet-2024"_s;
// One "minute" of the idle lock setting in these tests.
constexpr std::chrono::milliseconds ShortMinute = 300ms;

} // namespace

/// Shared computers: the restaurant's settings for remembered sign-ins and the idle lock,
/// the lock page, unlocking with the password and switching user.
class TestSharedPc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ownerEditsSharedPcSettings();
    void managerSeesSharedPcSettingsReadOnly();
    void backupsOnlyForSignedInOwner();
    void idleWindowLocks();
    void inputKeepsWindowOpen();
    void zeroMinutesNeverLocks();
    void wrongPasswordKeepsLocked();
    void rightPasswordUnlocksWithDialogsBack();
    void switchUserSignsOut();
    void rememberOffForgetsSignIn();

private:
    QWidget *currentPage() const;
    WorkspacePage *workspace() const;
    LockPage *lockPage() const;
    QAction *action(const QString &name) const;
    /// Brings the workspace tab that holds page to the front, as a click on the tab would.
    void showTab(QWidget *page);
    void signIn(const QString &phone);
    void setRestaurantPolicy(bool remember, int idleMinutes);
    /// Waits for the lock page after the short idle time.
    void waitForLock();
    void typeUnlock(const QString &password);
    int throttleFailures(const QString &phone);
    /// Reads the owner's keychain entry: true when there is one.
    bool keychainHasOwnerSession();

    GuiFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_restaurantId;
    QString m_ownerUserId;
};

void TestSharedPc::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_fixture.server().adminSettings()));

    TestServer &server = m_fixture.server();
    m_restaurantId =
        server.createRestaurant(u"Maquis Chez Tantie"_s, u"Awa Koné"_s, OwnerPhone, Password);
    QVERIFY(!m_restaurantId.isEmpty());
    QVERIFY(!server.addStaff(m_restaurantId, ManagerPhone, u"Kouassi Aké"_s, u"manager"_s, Password)
                 .isEmpty());
    QSqlQuery owner =
        TestServer::run(Admin, u"select id from auth.users where phone = ?"_s, {OwnerPhone});
    QVERIFY(owner.next());
    m_ownerUserId = owner.value(0).toString();
}

void TestSharedPc::init()
{
    setRestaurantPolicy(true, 10);
    TestServer::run(Admin, u"delete from auth.login_throttle"_s);
    QSettings().clear();
    m_window = m_fixture.openMainWindow();
}

void TestSharedPc::cleanup()
{
    m_fixture.endSession();
    m_window.reset();
}

QWidget *TestSharedPc::currentPage() const
{
    return m_window->findChild<QStackedWidget *>(u"pageStackedWidget"_s)->currentWidget();
}

WorkspacePage *TestSharedPc::workspace() const
{
    return m_window->findChild<WorkspacePage *>(u"workspacePage"_s);
}

LockPage *TestSharedPc::lockPage() const
{
    return m_window->findChild<LockPage *>(u"lockPage"_s);
}

QAction *TestSharedPc::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void TestSharedPc::showTab(QWidget *page)
{
    auto *tabs = workspace()->findChild<QTabWidget *>(u"workspaceTabWidget"_s);
    tabs->setCurrentWidget(page);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(page->isVisible());
}

void TestSharedPc::signIn(const QString &phone)
{
    GuiFixture::typeSignIn(*m_window, phone, Password);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), workspace(), KeyTimeoutMs);
}

void TestSharedPc::setRestaurantPolicy(bool remember, int idleMinutes)
{
    QSqlQuery update = TestServer::run(Admin,
        u"update app.restaurants set remember_sessions = ?, idle_lock_minutes = ? where id = ?"_s,
        {remember, idleMinutes, m_restaurantId});
    QVERIFY2(!update.lastError().isValid(), qPrintable(update.lastError().text()));
}

void TestSharedPc::waitForLock()
{
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), lockPage(), 5000);
    QVERIFY(m_fixture.context().sessions().isLocked());
}

void TestSharedPc::typeUnlock(const QString &password)
{
    auto *field = lockPage()->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    field->clear();
    GuiFixture::typeText(field, password);
    QTest::mouseClick(lockPage()->findChild<QPushButton *>(u"unlockPushButton"_s), Qt::LeftButton);
}

int TestSharedPc::throttleFailures(const QString &phone)
{
    QSqlQuery query = TestServer::run(
        Admin, u"select failures from auth.login_throttle where phone = ?"_s, {phone});
    return query.next() ? query.value(0).toInt() : 0;
}

bool TestSharedPc::keychainHasOwnerSession()
{
    QSqlQuery server = TestServer::run(Admin, u"select auth.server_id()"_s);
    if (!server.next())
        return false;
    SecretStore store(u"resto360-test"_s);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy missing(&store, &SecretStore::secretMissing);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.readSecret(SessionManager::keychainKey(server.value(0).toString(), m_ownerUserId));
    if (!QTest::qWaitFor([&] { return read.size() + missing.size() + failed.size() > 0; }, 10000))
        qWarning("The keychain did not answer");
    return !read.isEmpty();
}

void TestSharedPc::ownerEditsSharedPcSettings()
{
    signIn(u"07 00 00 00 01"_s);
    auto *settings = m_window->findChild<SettingsPage *>(u"settingsPage"_s);
    QVERIFY(settings);
    showTab(settings);
    auto *remember = settings->findChild<QCheckBox *>(u"rememberSessionsCheckBox"_s);
    auto *idle = settings->findChild<QSpinBox *>(u"idleLockSpinBox"_s);
    auto *save = settings->findChild<QPushButton *>(u"savePushButton"_s);
    QVERIFY(remember->isChecked());
    QCOMPARE(idle->value(), 10);
    QVERIFY(!save->isEnabled());

    remember->setChecked(false);
    idle->setValue(0);
    QVERIFY(!idle->specialValueText().isEmpty());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(settings->findChild<MessageLabel *>(u"messageLabel"_s)->kind(),
        MessageLabel::Kind::Success);

    QSqlQuery saved = TestServer::run(Admin,
        u"select remember_sessions, idle_lock_minutes from app.restaurants where id = ?"_s,
        {m_restaurantId});
    QVERIFY(saved.next());
    QCOMPARE(saved.value(0).toBool(), false);
    QCOMPARE(saved.value(1).toInt(), 0);
    // This PC follows at once.
    QCOMPARE(m_fixture.context().sessions().session().rememberSessions, false);
    QCOMPARE(m_fixture.context().sessions().session().idleLockMinutes, 0);

    // The database refuses what the form cannot send.
    QSqlQuery outOfRange = TestServer::run(Admin,
        u"update app.restaurants set idle_lock_minutes = 241 where id = ?"_s, {m_restaurantId});
    QVERIFY(outOfRange.lastError().isValid());
}

void TestSharedPc::managerSeesSharedPcSettingsReadOnly()
{
    signIn(u"05 00 00 00 02"_s);
    auto *settings = m_window->findChild<SettingsPage *>(u"settingsPage"_s);
    QVERIFY(settings);
    QVERIFY(!settings->findChild<QCheckBox *>(u"rememberSessionsCheckBox"_s)->isEnabled());
    QVERIFY(settings->findChild<QSpinBox *>(u"idleLockSpinBox"_s)->isReadOnly());

    // Nor can the manager's login change them behind the form.
    QSqlQuery update = TestServer::run(m_fixture.context().appConnectionName(),
        u"update app.restaurants set remember_sessions = false returning id"_s);
    QVERIFY(update.lastError().isValid() || !update.next());
}

void TestSharedPc::backupsOnlyForSignedInOwner()
{
    // The menu offers backups only where the application writes them.
    TestServer &server = m_fixture.server();
    BackupManager backups(server.server().adminSettings(), LocalServer::databaseName(),
        LocalServer::findBinFolder(), qEnvironmentVariable("RESTO360_TEST_PG_USER"));
    m_fixture.context().setBackups(&backups);
    const auto forgetBackups = qScopeGuard([this] { m_fixture.context().setBackups(nullptr); });
    m_window = m_fixture.openMainWindow();
    QVERIFY(action(u"backupsAction"_s)->isVisible());

    // Before sign-in the database settings are open, for setting up a new PC, but the backups
    // are not.
    QVERIFY(action(u"databaseConnectionAction"_s)->isEnabled());
    QVERIFY(!action(u"backupsAction"_s)->isEnabled());

    signIn(u"05 00 00 00 02"_s);
    QVERIFY(!action(u"backupsAction"_s)->isEnabled());

    m_fixture.endSession();
    QTRY_COMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
    signIn(u"07 00 00 00 01"_s);
    QVERIFY(action(u"backupsAction"_s)->isEnabled());
    m_fixture.endSession();
    m_window.reset();
}

void TestSharedPc::idleWindowLocks()
{
    setRestaurantPolicy(true, 1);
    m_window->setIdleMinuteForTesting(ShortMinute);
    signIn(u"07 00 00 00 01"_s);
    waitForLock();

    // The lock page names who is signed in; the workspace and the session menu are out of reach.
    const auto *person = lockPage()->findChild<QLabel *>(u"personLabel"_s);
    QVERIFY(person->text().contains(u"Awa Koné"_s));
    QVERIFY(person->text().contains(u"Maquis Chez Tantie"_s));
    QVERIFY(!action(u"signOutAction"_s)->isEnabled());
    QVERIFY(!action(u"backupsAction"_s)->isEnabled());
    QVERIFY(!action(u"databaseConnectionAction"_s)->isEnabled());
    QVERIFY(!workspace()->isVisible());
    QVERIFY(m_fixture.context().sessions().isSignedIn());
    QStringList problems = GuiFixture::namingProblems(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSharedPc::inputKeepsWindowOpen()
{
    setRestaurantPolicy(true, 1);
    m_window->setIdleMinuteForTesting(ShortMinute * 3);
    signIn(u"07 00 00 00 01"_s);

    // Someone keeps working for more than the idle time.
    auto *tabs = workspace()->findChild<QTabWidget *>(u"workspaceTabWidget"_s);
    for (int i = 0; i < 12; ++i) {
        QTest::mouseMove(tabs, QPoint(10 + i, 10));
        QTest::qWait(100);
    }
    QCOMPARE(currentPage(), workspace());

    // Then stops.
    waitForLock();
}

void TestSharedPc::zeroMinutesNeverLocks()
{
    setRestaurantPolicy(true, 0);
    m_window->setIdleMinuteForTesting(10ms);
    signIn(u"07 00 00 00 01"_s);
    QTest::qWait(500);
    QCOMPARE(currentPage(), workspace());
    QVERIFY(!m_fixture.context().sessions().isLocked());
}

void TestSharedPc::wrongPasswordKeepsLocked()
{
    setRestaurantPolicy(true, 1);
    m_window->setIdleMinuteForTesting(ShortMinute);
    signIn(u"07 00 00 00 01"_s);
    waitForLock();

    typeUnlock(u"Not-the-password-1"_s);
    const auto *message = lockPage()->findChild<MessageLabel *>(u"messageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->kind(), MessageLabel::Kind::Error, KeyTimeoutMs);
    QVERIFY(message->isVisible());
    QCOMPARE(currentPage(), lockPage());
    QVERIFY(m_fixture.context().sessions().isLocked());
    QVERIFY(lockPage()->findChild<QLineEdit *>(u"passwordLineEdit"_s)->text().isEmpty());

    // The failure counts like a failed sign-in of that phone number.
    QCOMPARE(throttleFailures(OwnerPhone), 1);

    // Enough failures lock the number, and then even the right password waits.
    const QString wrongPasswordText = message->text();
    TestServer::run(Admin,
        u"update auth.login_throttle set failures = 9, locked_until = null where phone = ?"_s,
        {OwnerPhone});
    typeUnlock(u"Not-the-password-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(throttleFailures(OwnerPhone), 10, KeyTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.context().sessions().isBusy(), KeyTimeoutMs);
    typeUnlock(Password);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.context().sessions().isBusy(), KeyTimeoutMs);
    QCOMPARE(currentPage(), lockPage());
    QCOMPARE(message->kind(), MessageLabel::Kind::Error);
    QVERIFY(message->text() != wrongPasswordText);
    QCOMPARE(throttleFailures(OwnerPhone), 10);
}

void TestSharedPc::rightPasswordUnlocksWithDialogsBack()
{
    setRestaurantPolicy(true, 1);
    m_window->setIdleMinuteForTesting(ShortMinute * 2);
    signIn(u"07 00 00 00 01"_s);

    // An open dialog hides with the lock and comes back with its edits.
    auto *staff = m_window->findChild<StaffPage *>(u"staffPage"_s);
    QTest::mouseClick(staff->findChild<QPushButton *>(u"addStaffPushButton"_s), Qt::LeftButton);
    QPointer<AddStaffDialog> dialog;
    QTRY_VERIFY((dialog = staff->findChild<AddStaffDialog *>()) && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(u"nameLineEdit"_s);
    name->setText(u"Adjoua N'Guessan"_s);
    waitForLock();
    QVERIFY(!dialog->isVisible());

    typeUnlock(Password);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), workspace(), KeyTimeoutMs);
    m_window->setIdleMinuteForTesting(1min);
    QVERIFY(!m_fixture.context().sessions().isLocked());
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(name->text(), u"Adjoua N'Guessan"_s);
    QCOMPARE(m_window->findChild<StaffPage *>(u"staffPage"_s), staff);
    QCOMPARE(throttleFailures(OwnerPhone), 0);
    dialog->reject();
}

void TestSharedPc::switchUserSignsOut()
{
    setRestaurantPolicy(true, 1);
    m_window->setIdleMinuteForTesting(ShortMinute);
    signIn(u"07 00 00 00 01"_s);
    waitForLock();
    QSqlQuery before = TestServer::run(Admin,
        u"select count(*) from auth.sessions where user_id = ? and revoked_at is null"_s,
        {m_ownerUserId});
    QVERIFY(before.next());

    QTest::mouseClick(
        lockPage()->findChild<QPushButton *>(u"switchUserPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
    QVERIFY(!m_fixture.context().sessions().isSignedIn());
    QVERIFY(!m_fixture.context().sessions().isLocked());
    QVERIFY(!m_window->findChild<StaffPage *>(u"staffPage"_s));

    // The session ended in the database too.
    QSqlQuery after = TestServer::run(Admin,
        u"select count(*) from auth.sessions where user_id = ? and revoked_at is null"_s,
        {m_ownerUserId});
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toInt(), before.value(0).toInt() - 1);

    // Someone else signs in, and nothing of the first person remains.
    signIn(u"05 00 00 00 02"_s);
    QCOMPARE(m_fixture.context().sessions().session().role, u"manager"_s);
}

void TestSharedPc::rememberOffForgetsSignIn()
{
    if (qEnvironmentVariable("RESTO360_THROWAWAY_KEYRING") != u"1"_s)
        QSKIP("Needs the throwaway keyring of run-with-keyring.sh.");

    // Remembered while the restaurant allows it.
    signIn(u"07 00 00 00 01"_s);
    QTRY_VERIFY_WITH_TIMEOUT(keychainHasOwnerSession(), 10000);

    // The owner turns it off on the settings page: this PC deletes what it kept.
    auto *settings = m_window->findChild<SettingsPage *>(u"settingsPage"_s);
    showTab(settings);
    settings->findChild<QCheckBox *>(u"rememberSessionsCheckBox"_s)->setChecked(false);
    QTest::mouseClick(settings->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!keychainHasOwnerSession(), 10000);
    QVERIFY(!QSettings().contains(u"session/userId"_s));

    // A later sign-in keeps nothing either, and the next start asks for the password.
    m_fixture.endSession();
    signIn(u"07 00 00 00 01"_s);
    QTest::qWait(300);
    QVERIFY(!keychainHasOwnerSession());
    m_window.reset();
    m_window = m_fixture.openMainWindow();
    QTest::qWait(300);
    QCOMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
}

QTEST_MAIN(TestSharedPc)
#include "tst_sharedpc.moc"
