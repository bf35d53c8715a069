#include "GuiFixture.h"

#include "AddStaffDialog.h"
#include "AppContext.h"
#include "EditStaffDialog.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "ResetPasswordDialog.h"
#include "RoleComboBox.h"
#include "SessionManager.h"
#include "StaffPage.h"
#include "StaffRepository.h"
#include "StaffTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Sign-in and adding a person each derive an Argon2id key; this bounds the wait.
constexpr int KeyTimeoutMs = 30000;

namespace {

const QString OwnerPhone = u"+2250700000001"_s;
const QString ManagerPhone = u"+2250500000002"_s;
const QString CashierPhone = u"+2250100000003"_s;
const QString ElsewherePhone = u"+2250700000009"_s;
const QString Password = u"Garba-poisson-2024"_s;
const QString Admin = u"staffpage-admin"_s;

// Spends refreshToken through auth.refresh, as another PC's refresh timer would. Returns
// the status; nextToken receives the new refresh token on success.
QString refreshStatus(const QString &connection, const QString &refreshToken, QString *nextToken)
{
    QSqlQuery query = TestServer::run(
        connection, u"select status, refresh_token from auth.refresh(?, null)"_s, {refreshToken});
    if (!query.next())
        return query.lastError().text();
    if (nextToken)
        *nextToken = query.value(1).toString();
    return query.value(0).toString();
}

} // namespace

/// The staff page of a signed-in owner or manager, with its dialogs.
class TestStaffPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addStaffWithApostrophe_data();
    void addStaffWithApostrophe();
    void addAccountHolderKeepsPassword();
    void addExistingMemberKeepsDialogOpen();
    void searchFiltersRows();
    void deactivateAsksFirst();
    void editConflictKeepsEdits();
    void editingSelfFixesRole();
    void resetPasswordTypedTwice();
    void managerCannotManageOwners();
    void signOutEverywhereEndsTheirSessions();
    void unlockSignInLetsLockedPhoneSignIn();
    void ownerToolsNeedOwner();

private:
    void signIn(const QString &phone);
    StaffPage *staffPage() const;
    StaffTableModel *staffModel() const;
    /// Selects the row of the staff member with this name; fails when it is not shown.
    void selectByName(const QString &name);
    template<typename Dialog>
    Dialog *waitForDialog();

    GuiFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_restaurantId;
    QString m_cashierId;
};

void TestStaffPage::initTestCase()
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
    m_cashierId =
        server.addStaff(m_restaurantId, CashierPhone, u"Élodie Yao"_s, u"cashier"_s, Password);
    QVERIFY(!m_cashierId.isEmpty());

    // Someone with an account at another restaurant only.
    const QString other = server.createRestaurant(
        u"Garbadrome d'Abobo"_s, u"Sita Yéo"_s, u"+2250100000006"_s, Password);
    QVERIFY(!other.isEmpty());
    QVERIFY(!server.addStaff(other, ElsewherePhone, u"Ange-Désiré Gnagne"_s, u"driver"_s, Password)
                 .isEmpty());
}

void TestStaffPage::init()
{
    m_window = m_fixture.openMainWindow();
}

void TestStaffPage::cleanup()
{
    m_fixture.endSession();
    m_window.reset();
}

void TestStaffPage::signIn(const QString &phone)
{
    GuiFixture::typeSignIn(*m_window, phone, Password);
    QTRY_VERIFY_WITH_TIMEOUT(staffPage(), KeyTimeoutMs);
    QTRY_VERIFY(staffModel()->rowCount() > 0);
}

StaffPage *TestStaffPage::staffPage() const
{
    return m_window->findChild<StaffPage *>(u"staffPage"_s);
}

StaffTableModel *TestStaffPage::staffModel() const
{
    auto *view = staffPage()->findChild<QTableView *>(u"staffTableView"_s);
    return qobject_cast<StaffTableModel *>(view->model());
}

void TestStaffPage::selectByName(const QString &name)
{
    StaffTableModel *model = staffModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, StaffTableModel::NameColumn).data().toString() == name) {
            staffPage()->findChild<QTableView *>(u"staffTableView"_s)->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(u"no row named "_s + name));
}

template<typename Dialog>
Dialog *TestStaffPage::waitForDialog()
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&dialog, this] {
        dialog = staffPage()->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void TestStaffPage::addStaffWithApostrophe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("role");

    QTest::newRow("apostrophe") << u"Adjoua N'Guessan"_s << u"05 00 00 00 21"_s << u"cashier"_s;
    QTest::newRow("apostrophe and accent")
        << u"Konan N'Dri Kouamé"_s << u"01 00 00 00 22"_s << u"driver"_s;
}

void TestStaffPage::addStaffWithApostrophe()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, role);
    signIn(u"07 00 00 00 01"_s);

    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"addStaffPushButton"_s), Qt::LeftButton);
    QPointer<AddStaffDialog> dialog = waitForDialog<AddStaffDialog>();
    QVERIFY(dialog);

    GuiFixture::typeText(dialog->findChild<QLineEdit *>(u"nameLineEdit"_s), name);
    GuiFixture::typeText(dialog->findChild<QLineEdit *>(u"phoneLineEdit"_s), phone);
    QVERIFY(dialog->findChild<RoleComboBox *>(u"roleComboBox"_s)->setCurrentRoleKey(role));
    auto *password = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    QTRY_VERIFY(password->isVisible());
    GuiFixture::typeText(password, u"Premier-jour-2024"_s);
    GuiFixture::typeText(
        dialog->findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s), u"Premier-jour-2024"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), KeyTimeoutMs);

    StaffTableModel *model = staffModel();
    int row = -1;
    for (int candidate = 0; candidate < model->rowCount(); ++candidate) {
        if (model->index(candidate, StaffTableModel::NameColumn).data().toString() == name)
            row = candidate;
    }
    QVERIFY2(row >= 0, qPrintable(name));
    QCOMPARE(model->index(row, 0).data(StaffTableModel::RoleKeyRole).toString(), role);
    QVERIFY(model->index(row, 0).data(StaffTableModel::ActiveRole).toBool());
    QCOMPARE(staffPage()->findChild<MessageLabel *>(u"messageLabel"_s)->kind(),
        MessageLabel::Kind::Success);
}

void TestStaffPage::addAccountHolderKeepsPassword()
{
    signIn(u"07 00 00 00 01"_s);

    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"addStaffPushButton"_s), Qt::LeftButton);
    QPointer<AddStaffDialog> dialog = waitForDialog<AddStaffDialog>();
    QVERIFY(dialog);

    GuiFixture::typeText(
        dialog->findChild<QLineEdit *>(u"nameLineEdit"_s), u"Ange-Désiré Gnagne"_s);
    GuiFixture::typeText(dialog->findChild<QLineEdit *>(u"phoneLineEdit"_s), u"07 00 00 00 09"_s);

    auto *notice = dialog->findChild<MessageLabel *>(u"accountNoticeLabel"_s);
    auto *password = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    QTRY_COMPARE(notice->kind(), MessageLabel::Kind::Notice);
    QVERIFY(notice->isVisible());
    QVERIFY(!password->isVisible());

    // The dialog deletes itself once closed, so its result is read as it is accepted.
    QString createdStaffId;
    connect(dialog, &QDialog::accepted, this,
        [&createdStaffId, dialog] { createdStaffId = dialog->createdStaffId(); });
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), KeyTimeoutMs);
    QVERIFY(!createdStaffId.isEmpty());
    QVERIFY(staffModel()->rowOfStaff(createdStaffId) >= 0);
}

void TestStaffPage::addExistingMemberKeepsDialogOpen()
{
    signIn(u"07 00 00 00 01"_s);

    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"addStaffPushButton"_s), Qt::LeftButton);
    QPointer<AddStaffDialog> dialog = waitForDialog<AddStaffDialog>();
    QVERIFY(dialog);

    auto *name = dialog->findChild<QLineEdit *>(u"nameLineEdit"_s);
    GuiFixture::typeText(name, u"Élodie Yao-Kouadio"_s);
    GuiFixture::typeText(dialog->findChild<QLineEdit *>(u"phoneLineEdit"_s), u"01 00 00 00 03"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);

    const auto *phoneMessage = dialog->findChild<MessageLabel *>(u"phoneMessageLabel"_s);
    QCOMPARE(phoneMessage->kind(), MessageLabel::Kind::Error);
    QVERIFY(phoneMessage->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), u"Élodie Yao-Kouadio"_s);
    dialog->reject();
}

void TestStaffPage::searchFiltersRows()
{
    signIn(u"07 00 00 00 01"_s);
    const int everyone = staffModel()->rowCount();
    QVERIFY(everyone >= 3);

    GuiFixture::typeText(staffPage()->findChild<QLineEdit *>(u"searchLineEdit"_s), u"yao"_s);
    QTRY_COMPARE(staffModel()->rowCount(), 1);
    QCOMPARE(
        staffModel()->index(0, StaffTableModel::NameColumn).data().toString(), u"Élodie Yao"_s);

    staffPage()->findChild<QLineEdit *>(u"searchLineEdit"_s)->clear();
    QTRY_COMPARE(staffModel()->rowCount(), everyone);
}

void TestStaffPage::deactivateAsksFirst()
{
    const QString cashierPhone = u"+2250500000031"_s;
    const QString cashierId = m_fixture.server().addStaff(
        m_restaurantId, cashierPhone, u"Aya Koné"_s, u"cashier"_s, Password);
    QVERIFY(!cashierId.isEmpty());
    signIn(u"07 00 00 00 01"_s);
    selectByName(u"Aya Koné"_s);
    auto *toggle = staffPage()->findChild<QPushButton *>(u"toggleActivePushButton"_s);
    QTRY_VERIFY(toggle->isEnabled());

    m_fixture.setPromptAnswer(false);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_fixture.prompts().size(), 1);
    QCOMPARE(m_fixture.prompts().constFirst().id, u"deactivateStaffPrompt"_s);
    QVERIFY(staffModel()->rowOfStaff(cashierId) >= 0);

    m_fixture.setPromptAnswer(true);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(staffModel()->rowOfStaff(cashierId), -1);

    // Shown again with the deactivated staff, and reactivated without a question.
    staffPage()->findChild<QCheckBox *>(u"showDeactivatedCheckBox"_s)->setChecked(true);
    QTRY_VERIFY(staffModel()->rowOfStaff(cashierId) >= 0);
    const int row = staffModel()->rowOfStaff(cashierId);
    QVERIFY(!staffModel()->index(row, 0).data(StaffTableModel::ActiveRole).toBool());
    selectByName(u"Aya Koné"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_fixture.prompts().size(), 2);
    QTRY_VERIFY(staffModel()
                    ->index(staffModel()->rowOfStaff(cashierId), 0)
                    .data(StaffTableModel::ActiveRole)
                    .toBool());
}

void TestStaffPage::editConflictKeepsEdits()
{
    signIn(u"07 00 00 00 01"_s);
    selectByName(u"Élodie Yao"_s);
    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"editStaffPushButton"_s), Qt::LeftButton);
    QPointer<EditStaffDialog> dialog = waitForDialog<EditStaffDialog>();
    QVERIFY(dialog);

    // Someone else renames her on another PC while the dialog is open.
    const QString otherPc = u"gui_test_other_pc"_s;
    QVERIFY(TestServer::open(otherPc, m_fixture.server().appSettings()));
    const TestServer::Tokens tokens = TestServer::signIn(otherPc, OwnerPhone, Password);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(TestServer::useToken(otherPc, tokens.accessToken));
    StaffRepository otherRepository(otherPc);
    std::optional<StaffMember> theirs = otherRepository.fetch(m_cashierId);
    QVERIFY(theirs);
    theirs->displayName = u"Élodie Yao-Bamba"_s;
    QVERIFY(otherRepository.update(*theirs).ok);
    closeConnection(otherPc);

    auto *name = dialog->findChild<QLineEdit *>(u"nameLineEdit"_s);
    name->clear();
    GuiFixture::typeText(name, u"Élodie Yao N'Da"_s);

    m_fixture.setPromptAnswer(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(
        dialog->findChild<MessageLabel *>(u"messageLabel"_s)->kind(), MessageLabel::Kind::Error);
    QCOMPARE(m_fixture.prompts().size(), 1);
    QCOMPARE(m_fixture.prompts().constFirst().id, u"reloadStaffMemberPrompt"_s);
    // The question shows both names: the one typed here and the one saved on the other PC.
    QVERIFY(m_fixture.prompts().constFirst().text.contains(u"Élodie Yao N'Da"_s));
    QVERIFY(m_fixture.prompts().constFirst().text.contains(u"Élodie Yao-Bamba"_s));
    QCOMPARE(name->text(), u"Élodie Yao N'Da"_s);

    // Accepting the reload shows their version; saving again then works.
    m_fixture.setPromptAnswer(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QCOMPARE(name->text(), u"Élodie Yao-Bamba"_s);
    QVERIFY(dialog->isVisible());
    name->clear();
    GuiFixture::typeText(name, u"Élodie Yao"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestStaffPage::editingSelfFixesRole()
{
    signIn(u"07 00 00 00 01"_s);
    selectByName(u"Awa Koné"_s);

    QVERIFY(!staffPage()->findChild<QPushButton *>(u"toggleActivePushButton"_s)->isEnabled());
    QVERIFY(!staffPage()->findChild<QPushButton *>(u"resetPasswordPushButton"_s)->isEnabled());
    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"editStaffPushButton"_s), Qt::LeftButton);
    QPointer<EditStaffDialog> dialog = waitForDialog<EditStaffDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<RoleComboBox *>(u"roleComboBox"_s)->isEnabled());
    dialog->reject();
}

void TestStaffPage::resetPasswordTypedTwice()
{
    signIn(u"07 00 00 00 01"_s);
    selectByName(u"Élodie Yao"_s);
    auto *reset = staffPage()->findChild<QPushButton *>(u"resetPasswordPushButton"_s);
    QTRY_VERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);

    QPointer<ResetPasswordDialog> dialog = waitForDialog<ResetPasswordDialog>();
    QVERIFY(dialog);
    GuiFixture::typeText(
        dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), u"Provisoire-2024"_s);
    GuiFixture::typeText(
        dialog->findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s), u"Provisoire-2025"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(
        dialog->findChild<MessageLabel *>(u"messageLabel"_s)->kind(), MessageLabel::Kind::Error);

    auto *confirmation = dialog->findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s);
    confirmation->clear();
    GuiFixture::typeText(confirmation, u"Provisoire-2024"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), KeyTimeoutMs);
    QCOMPARE(staffPage()->findChild<MessageLabel *>(u"messageLabel"_s)->kind(),
        MessageLabel::Kind::Success);

    // She now signs in with the temporary password and must choose her own.
    const QString connection = u"gui_test_reset_check"_s;
    QVERIFY(TestServer::open(connection, m_fixture.server().appSettings()));
    QVERIFY(
        !TestServer::signIn(connection, CashierPhone, u"Provisoire-2024"_s).refreshToken.isEmpty());
    closeConnection(connection);
}

void TestStaffPage::managerCannotManageOwners()
{
    signIn(u"05 00 00 00 02"_s);

    selectByName(u"Awa Koné"_s);
    QVERIFY(!staffPage()->findChild<QPushButton *>(u"editStaffPushButton"_s)->isEnabled());
    QVERIFY(!staffPage()->findChild<QPushButton *>(u"toggleActivePushButton"_s)->isEnabled());

    selectByName(u"Élodie Yao"_s);
    QVERIFY(staffPage()->findChild<QPushButton *>(u"editStaffPushButton"_s)->isEnabled());

    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"addStaffPushButton"_s), Qt::LeftButton);
    QPointer<AddStaffDialog> dialog = waitForDialog<AddStaffDialog>();
    QVERIFY(dialog);
    const auto *roles = dialog->findChild<RoleComboBox *>(u"roleComboBox"_s);
    QCOMPARE(roles->count(), 3);
    for (int index = 0; index < roles->count(); ++index) {
        const QString key = roles->itemData(index).toString();
        QVERIFY2(key != u"owner"_s && key != u"manager"_s, qPrintable(key));
    }
    dialog->reject();
}

void TestStaffPage::signOutEverywhereEndsTheirSessions()
{
    const QString phone = u"+2250500000041"_s;
    QVERIFY(!m_fixture.server()
                 .addStaff(m_restaurantId, phone, u"Mariam Diallo"_s, u"cashier"_s, Password)
                 .isEmpty());

    // Mariam works on another PC.
    const QString otherPc = u"gui_test_revoked_pc"_s;
    QVERIFY(TestServer::open(otherPc, m_fixture.server().appSettings()));
    const TestServer::Tokens theirs = TestServer::signIn(otherPc, phone, Password);
    QVERIFY(!theirs.refreshToken.isEmpty());

    signIn(u"07 00 00 00 01"_s);
    selectByName(u"Awa Koné"_s);
    auto *button = staffPage()->findChild<QPushButton *>(u"signOutEverywherePushButton"_s);
    QVERIFY(!button->isEnabled());
    selectByName(u"Mariam Diallo"_s);
    QTRY_VERIFY(button->isEnabled());

    // Cancelled: her session goes on.
    m_fixture.setPromptAnswer(false);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_fixture.prompts().size(), 1);
    QCOMPARE(m_fixture.prompts().constFirst().id, u"revokeSessionsPrompt"_s);
    QString refreshToken;
    QCOMPARE(refreshStatus(otherPc, theirs.refreshToken, &refreshToken), u"ok"_s);

    m_fixture.setPromptAnswer(true);
    QTest::mouseClick(button, Qt::LeftButton);
    const auto *message = staffPage()->findChild<MessageLabel *>(u"messageLabel"_s);
    QCOMPARE(message->kind(), MessageLabel::Kind::Success);
    QVERIFY(message->text().contains(u"Mariam Diallo"_s));

    // Her refresh token no longer works, and neither does her access token.
    QCOMPARE(refreshStatus(otherPc, refreshToken, nullptr), u"invalid"_s);
    QVERIFY(TestServer::useToken(otherPc, theirs.accessToken));
    QSqlQuery rows = TestServer::run(otherPc, u"select count(*) from app.staff"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
    closeConnection(otherPc);

    // The owner's own session is untouched.
    QVERIFY(m_fixture.context().sessions().refreshNow());
}

void TestStaffPage::unlockSignInLetsLockedPhoneSignIn()
{
    const QString phone = u"+2250100000042"_s;
    QVERIFY(!m_fixture.server()
                 .addStaff(m_restaurantId, phone, u"Yao Kouamé"_s, u"kitchen"_s, Password)
                 .isEmpty());

    // Ten failed attempts locked his number for a quarter of an hour.
    QSqlQuery lock = TestServer::run(Admin,
        u"insert into auth.login_throttle (phone, failures, last_failure_at, locked_until) "
        "values (?, 10, now(), now() + interval '15 minutes') "
        "on conflict (phone) do update set failures = 10, locked_until = excluded.locked_until"_s,
        {phone});
    QVERIFY2(!lock.lastError().isValid(), qPrintable(lock.lastError().text()));
    const QString otherPc = u"gui_test_locked_pc"_s;
    QVERIFY(TestServer::open(otherPc, m_fixture.server().appSettings()));
    QVERIFY(TestServer::signIn(otherPc, phone, Password).refreshToken.isEmpty());

    signIn(u"07 00 00 00 01"_s);
    selectByName(u"Yao Kouamé"_s);
    auto *button = staffPage()->findChild<QPushButton *>(u"unlockSignInPushButton"_s);
    QTRY_VERIFY(button->isEnabled());

    m_fixture.setPromptAnswer(false);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_fixture.prompts().size(), 1);
    QCOMPARE(m_fixture.prompts().constFirst().id, u"unlockSignInPrompt"_s);
    QVERIFY(TestServer::signIn(otherPc, phone, Password).refreshToken.isEmpty());

    m_fixture.setPromptAnswer(true);
    QTest::mouseClick(button, Qt::LeftButton);
    const auto *message = staffPage()->findChild<MessageLabel *>(u"messageLabel"_s);
    QCOMPARE(message->kind(), MessageLabel::Kind::Success);
    const QString unlockedText = message->text();
    QVERIFY(unlockedText.contains(u"Yao Kouamé"_s));

    // He signs in at once with his password.
    QVERIFY(!TestServer::signIn(otherPc, phone, Password).refreshToken.isEmpty());
    closeConnection(otherPc);

    // Nothing left to unlock says so.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(message->kind(), MessageLabel::Kind::Success);
    QVERIFY(message->text() != unlockedText);
}

void TestStaffPage::ownerToolsNeedOwner()
{
    signIn(u"05 00 00 00 02"_s);
    selectByName(u"Élodie Yao"_s);
    QVERIFY(!staffPage()->findChild<QPushButton *>(u"signOutEverywherePushButton"_s)->isEnabled());
    QVERIFY(!staffPage()->findChild<QPushButton *>(u"unlockSignInPushButton"_s)->isEnabled());
}

QTEST_MAIN(TestStaffPage)
#include "tst_staffpage.moc"
