#include "GuiFixture.h"

#include "AppContext.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MembershipPage.h"
#include "MessageLabel.h"
#include "PasswordChangePage.h"
#include "ProfilePage.h"
#include "SessionManager.h"
#include "SettingsPage.h"
#include "SignInPage.h"
#include "StaffPage.h"
#include "WorkspacePage.h"

#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Each sign-in derives an Argon2id key with 64 MiB; this bounds the wait on a busy machine.
constexpr int SignInTimeoutMs = 30000;

namespace {

const QString OwnerPhone = u"+2250700000001"_s;
const QString ManagerPhone = u"+2250500000002"_s;
const QString CashierPhone = u"+2250100000003"_s;
const QString TwoPlacesPhone = u"+2250700000004"_s;
const QString NewcomerPhone = u"+2250500000005"_s;
const QString Password = u"Garba-poisson-2024"_s;

} // namespace

/// The main window's path from sign-in to the workspace and back, for each kind of person.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInWithSpacedPhone();
    void oldPhoneFormatShownUnderField();
    void wrongPasswordShowsOneMessage();
    void cashierSeesOnlyProfile();
    void managerSeesReadOnlySettings();
    void severalMembershipsAskForChoice();
    void switchMembershipFromMenu();
    void requiredPasswordChange();
    void signOutReturnsToSignIn();
    void signOutEverywhereAsksFirst();
    void languageSwitchRetranslates();
    void clockSkewShowsBanner_data();
    void clockSkewShowsBanner();
    void interactiveWidgetsAreNamed();

private:
    QWidget *currentPage() const;
    /// Signs in and waits for the workspace.
    void signInToWorkspace(const QString &phone);

    GuiFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));

    TestServer &server = m_fixture.server();
    const QString tantie =
        server.createRestaurant(u"Maquis Chez Tantie"_s, u"Awa Koné"_s, OwnerPhone, Password);
    QVERIFY(!tantie.isEmpty());
    QVERIFY(
        !server.addStaff(tantie, ManagerPhone, u"Kouassi Aké"_s, u"manager"_s, Password).isEmpty());
    QVERIFY(
        !server.addStaff(tantie, CashierPhone, u"Élodie Yao"_s, u"cashier"_s, Password).isEmpty());
    QVERIFY(
        !server.addStaff(tantie, TwoPlacesPhone, u"Ehui Brou"_s, u"cashier"_s, Password).isEmpty());
    QVERIFY(!server.addStaff(tantie, NewcomerPhone, u"Zoé Bamba"_s, u"kitchen"_s, Password, true)
                 .isEmpty());

    const QString garbadrome = server.createRestaurant(
        u"Garbadrome d'Abobo"_s, u"Sita Yéo"_s, u"+2250100000006"_s, Password);
    QVERIFY(!garbadrome.isEmpty());
    QVERIFY(!server.addStaff(garbadrome, TwoPlacesPhone, u"Ehui Brou"_s, u"manager"_s, Password)
                 .isEmpty());
}

void TestMainWindow::init()
{
    m_window = m_fixture.openMainWindow();
    QCOMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
}

void TestMainWindow::cleanup()
{
    m_fixture.context().sessions().setLocalClockForTesting({});
    m_fixture.endSession();
    m_window.reset();
    m_fixture.languages().setLanguage(u"fr"_s);
}

QWidget *TestMainWindow::currentPage() const
{
    return m_window->findChild<QStackedWidget *>(u"pageStackedWidget"_s)->currentWidget();
}

void TestMainWindow::signInToWorkspace(const QString &phone)
{
    GuiFixture::typeSignIn(*m_window, phone, Password);
    QTRY_COMPARE_WITH_TIMEOUT(
        currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s), SignInTimeoutMs);
}

void TestMainWindow::signInWithSpacedPhone()
{
    signInToWorkspace(u"07 00 00 00 01"_s);

    QVERIFY(m_window->findChild<StaffPage *>(u"staffPage"_s));
    QVERIFY(m_window->findChild<SettingsPage *>(u"settingsPage"_s));
    QVERIFY(m_window->findChild<ProfilePage *>(u"profilePage"_s));
    QCOMPARE(m_fixture.context().sessions().session().role, u"owner"_s);

    const auto *status = m_window->findChild<QLabel *>(u"sessionLabel"_s);
    QVERIFY(status);
    QVERIFY(status->text().contains(u"Maquis Chez Tantie"_s));
    QVERIFY(status->text().contains(u"Awa Koné"_s));
    QVERIFY(m_window->findChild<QAction *>(u"signOutAction"_s)->isEnabled());
}

void TestMainWindow::oldPhoneFormatShownUnderField()
{
    GuiFixture::typeSignIn(*m_window, u"07 00 00 01"_s, Password);

    const auto *phoneMessage = m_window->findChild<MessageLabel *>(u"phoneMessageLabel"_s);
    QVERIFY(phoneMessage);
    QVERIFY(phoneMessage->isVisible());
    QCOMPARE(phoneMessage->kind(), MessageLabel::Kind::Error);
    QVERIFY(!m_fixture.context().sessions().isBusy());
    QCOMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));

    // The message makes room for itself instead of squeezing the password field.
    const auto *password = m_window->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    QTRY_VERIFY(password->height() >= password->minimumSizeHint().height());
    QVERIFY(!password->geometry().intersects(phoneMessage->geometry()));

    // Editing the phone takes the message away.
    QTest::keyClick(m_window->findChild<QLineEdit *>(u"phoneLineEdit"_s), Qt::Key_Backspace);
    QVERIFY(!phoneMessage->isVisible());
}

void TestMainWindow::wrongPasswordShowsOneMessage()
{
    GuiFixture::typeSignIn(*m_window, u"07 00 00 00 01"_s, u"Not-the-password-1"_s);

    const auto *page = m_window->findChild<SignInPage *>(u"signInPage"_s);
    const auto *message = page->findChild<MessageLabel *>(u"messageLabel"_s);
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), SignInTimeoutMs);
    QCOMPARE(message->kind(), MessageLabel::Kind::Error);
    QVERIFY(page->findChild<QLineEdit *>(u"passwordLineEdit"_s)->text().isEmpty());
    QCOMPARE(currentPage(), page);

    // An unknown phone gets the same message, so nobody learns who has an account.
    const QString wrongPasswordText = message->text();
    GuiFixture::typeSignIn(*m_window, u"07 00 00 00 99"_s, Password);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.context().sessions().isBusy(), SignInTimeoutMs);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), wrongPasswordText);
}

void TestMainWindow::cashierSeesOnlyProfile()
{
    signInToWorkspace(u"01 00 00 00 03"_s);

    QVERIFY(!m_window->findChild<StaffPage *>(u"staffPage"_s));
    QVERIFY(!m_window->findChild<SettingsPage *>(u"settingsPage"_s));
    QVERIFY(m_window->findChild<ProfilePage *>(u"profilePage"_s));
    QCOMPARE(m_window->findChild<QTabWidget *>(u"workspaceTabWidget"_s)->count(), 1);
}

void TestMainWindow::managerSeesReadOnlySettings()
{
    signInToWorkspace(u"05 00 00 00 02"_s);

    QVERIFY(m_window->findChild<StaffPage *>(u"staffPage"_s));
    const auto *settings = m_window->findChild<SettingsPage *>(u"settingsPage"_s);
    QVERIFY(settings);
    QVERIFY(settings->findChild<QLineEdit *>(u"nameLineEdit"_s)->isReadOnly());
    QVERIFY(settings->findChild<QLineEdit *>(u"phoneLineEdit"_s)->isReadOnly());
    QVERIFY(settings->findChild<QPushButton *>(u"savePushButton"_s)->isHidden());
    QCOMPARE(settings->findChild<MessageLabel *>(u"readOnlyNoticeLabel"_s)->kind(),
        MessageLabel::Kind::Notice);
    QCOMPARE(settings->findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"Maquis Chez Tantie"_s);
}

void TestMainWindow::severalMembershipsAskForChoice()
{
    GuiFixture::typeSignIn(*m_window, u"+225 07 00 00 00 04"_s, Password);

    auto *choice = m_window->findChild<MembershipPage *>(u"membershipPage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), choice, SignInTimeoutMs);
    auto *list = choice->findChild<QListWidget *>(u"membershipListWidget"_s);
    QCOMPARE(list->count(), 2);

    // Choose the manager membership at the other restaurant.
    int managerRow = -1;
    const QList<Membership> memberships = m_fixture.context().sessions().memberships();
    for (int row = 0; row < list->count(); ++row) {
        const QString staffId = list->item(row)->data(Qt::UserRole).toString();
        for (const Membership &membership : memberships) {
            if (membership.staffId == staffId && membership.role == u"manager"_s)
                managerRow = row;
        }
    }
    QVERIFY(managerRow >= 0);
    list->setCurrentRow(managerRow);
    QTest::mouseClick(choice->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);

    QTRY_COMPARE(currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s));
    QCOMPARE(m_fixture.context().sessions().session().role, u"manager"_s);
    QCOMPARE(m_fixture.context().sessions().session().restaurantName, u"Garbadrome d'Abobo"_s);
    QVERIFY(m_window->findChild<StaffPage *>(u"staffPage"_s));
    QVERIFY(m_window->findChild<QAction *>(u"switchMembershipAction"_s)->isEnabled());
}

void TestMainWindow::switchMembershipFromMenu()
{
    GuiFixture::typeSignIn(*m_window, u"07 00 00 00 04"_s, Password);
    auto *choice = m_window->findChild<MembershipPage *>(u"membershipPage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), choice, SignInTimeoutMs);
    auto *list = choice->findChild<QListWidget *>(u"membershipListWidget"_s);
    list->setCurrentRow(0);
    QTest::mouseClick(choice->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s));
    const QString firstStaffId = m_fixture.context().sessions().session().staffId;

    // Back from the menu's choice returns to the same workspace.
    m_window->findChild<QAction *>(u"switchMembershipAction"_s)->trigger();
    QCOMPARE(currentPage(), choice);
    QTest::mouseClick(choice->findChild<QPushButton *>(u"backPushButton"_s), Qt::LeftButton);
    QCOMPARE(currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s));
    QCOMPARE(m_fixture.context().sessions().session().staffId, firstStaffId);

    // Choosing the other membership switches without a password.
    m_window->findChild<QAction *>(u"switchMembershipAction"_s)->trigger();
    QCOMPARE(currentPage(), choice);
    list->setCurrentRow(list->currentRow() == 0 ? 1 : 0);
    QTest::mouseClick(choice->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s));
    QVERIFY(m_fixture.context().sessions().session().staffId != firstStaffId);
}

void TestMainWindow::requiredPasswordChange()
{
    GuiFixture::typeSignIn(*m_window, u"05 00 00 00 05"_s, Password);

    auto *change = m_window->findChild<PasswordChangePage *>(u"passwordChangePage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), change, SignInTimeoutMs);
    auto *save = change->findChild<QPushButton *>(u"changePasswordPushButton"_s);
    auto *newPassword = change->findChild<QLineEdit *>(u"newPasswordLineEdit"_s);
    auto *confirmation = change->findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s);
    QVERIFY(!save->isEnabled());

    // The phone number used to sign in is refused as a password.
    GuiFixture::typeText(newPassword, u"x0500000005x"_s);
    GuiFixture::typeText(confirmation, u"x0500000005x"_s);
    QVERIFY(!save->isEnabled());

    newPassword->clear();
    confirmation->clear();
    GuiFixture::typeText(newPassword, u"Alloco-sauce-2024"_s);
    GuiFixture::typeText(confirmation, u"Alloco-sauce-2024"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(
        currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s), SignInTimeoutMs);
    QCOMPARE(m_fixture.context().sessions().session().role, u"kitchen"_s);

    // The new password works the next time, and no change is asked again.
    m_fixture.endSession();
    QTRY_COMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
    GuiFixture::typeSignIn(*m_window, u"05 00 00 00 05"_s, u"Alloco-sauce-2024"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s), SignInTimeoutMs);
}

void TestMainWindow::signOutReturnsToSignIn()
{
    signInToWorkspace(u"07 00 00 00 01"_s);

    m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();

    QCOMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
    QVERIFY(!m_fixture.context().sessions().isSignedIn());
    QCOMPARE(m_window->findChild<QTabWidget *>(u"workspaceTabWidget"_s)->count(), 0);
    QVERIFY(!m_window->findChild<StaffPage *>(u"staffPage"_s));
    QVERIFY(!m_window->findChild<QAction *>(u"signOutAction"_s)->isEnabled());
    QVERIFY(m_window->findChild<QLineEdit *>(u"passwordLineEdit"_s)->text().isEmpty());
    QVERIFY(m_window->findChild<QLabel *>(u"sessionLabel"_s)->text().isEmpty());
}

void TestMainWindow::signOutEverywhereAsksFirst()
{
    signInToWorkspace(u"07 00 00 00 01"_s);
    auto *action = m_window->findChild<QAction *>(u"signOutEverywhereAction"_s);

    m_fixture.setPromptAnswer(false);
    action->trigger();
    QCOMPARE(m_fixture.prompts().size(), 1);
    QCOMPARE(m_fixture.prompts().constFirst().id, u"signOutEverywherePrompt"_s);
    QVERIFY(m_fixture.context().sessions().isSignedIn());

    m_fixture.setPromptAnswer(true);
    action->trigger();
    QTRY_COMPARE(currentPage(), m_window->findChild<SignInPage *>(u"signInPage"_s));
    QVERIFY(!m_fixture.context().sessions().isSignedIn());
}

void TestMainWindow::languageSwitchRetranslates()
{
    auto *signIn = m_window->findChild<QPushButton *>(u"signInPushButton"_s);
    auto *english = m_window->findChild<QAction *>(u"englishAction"_s);
    auto *french = m_window->findChild<QAction *>(u"frenchAction"_s);
    QVERIFY(french->isChecked());
    const QString frenchText = signIn->text();

    // Qt posts the language change to each window, so the texts change a moment later.
    english->trigger();
    QCOMPARE(m_fixture.languages().currentLanguage(), u"en"_s);
    QVERIFY(english->isChecked());
    QTRY_VERIFY(signIn->text() != frenchText);

    french->trigger();
    QCOMPARE(m_fixture.languages().currentLanguage(), u"fr"_s);
    QTRY_COMPARE(signIn->text(), frenchText);

    // Signed in, the choice is saved as the person's preference and applied at sign-in.
    signInToWorkspace(u"07 00 00 00 01"_s);
    english->trigger();
    m_fixture.endSession();
    m_fixture.languages().setLanguage(u"fr"_s);
    signInToWorkspace(u"07 00 00 00 01"_s);
    QCOMPARE(m_fixture.languages().currentLanguage(), u"en"_s);
    french->trigger();
}

void TestMainWindow::clockSkewShowsBanner_data()
{
    QTest::addColumn<int>("pcOffsetSeconds");
    QTest::addColumn<bool>("bannerShown");
    QTest::addColumn<QString>("minutesShown");

    QTest::newRow("10 minutes behind") << -600 << true << u"10"_s;
    QTest::newRow("6 minutes ahead") << 360 << true << u"6"_s;
    QTest::newRow("4 minutes behind") << -240 << false << QString();
}

void TestMainWindow::clockSkewShowsBanner()
{
    QFETCH(int, pcOffsetSeconds);
    QFETCH(bool, bannerShown);
    QFETCH(QString, minutesShown);

    // This PC's clock is off; the server's is right and decides every expiry.
    m_fixture.context().sessions().setLocalClockForTesting(
        [pcOffsetSeconds] { return QDateTime::currentDateTimeUtc().addSecs(pcOffsetSeconds); });
    signInToWorkspace(u"07 00 00 00 01"_s);

    auto *banner = m_window->findChild<QFrame *>(u"clockSkewFrame"_s);
    const auto *text = m_window->findChild<QLabel *>(u"clockSkewLabel"_s);
    QVERIFY(banner && text);
    QCOMPARE(banner->isVisible(), bannerShown);
    if (bannerShown)
        QVERIFY2(text->text().contains(minutesShown), qPrintable(text->text()));

    // The session keeps working through refreshes, and the banner follows each one.
    QVERIFY(m_fixture.context().sessions().refreshNow());
    QCOMPARE(currentPage(), m_window->findChild<WorkspacePage *>(u"workspacePage"_s));
    QVERIFY(m_window->findChild<StaffPage *>(u"staffPage"_s));
    QCOMPARE(banner->isVisible(), bannerShown);

    // Dismissed, it stays out of the way until the next refresh finds the clock still off.
    if (bannerShown) {
        QTest::mouseClick(
            m_window->findChild<QToolButton *>(u"dismissClockSkewToolButton"_s), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(m_fixture.context().sessions().refreshNow());
        QVERIFY(banner->isVisible());
    }

    // Once the clock is set right, the next refresh takes the banner away.
    m_fixture.context().sessions().setLocalClockForTesting({});
    QVERIFY(m_fixture.context().sessions().refreshNow());
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::interactiveWidgetsAreNamed()
{
    QStringList problems = GuiFixture::namingProblems(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    signInToWorkspace(u"07 00 00 00 01"_s);
    problems = GuiFixture::namingProblems(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
