#include "GuiFixture.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "SetupService.h"
#include "SetupWizard.h"
#include "StaffPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Creating a restaurant derives the owner's Argon2id key, which takes a while on a busy
// machine; this bounds the wait, it does not measure it.
constexpr int CreationTimeoutMs = 30000;

/// The first-run wizard, on a server that has no restaurant yet.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restaurantPageRejectsOldPhoneFormat();
    void ownerPageChecksPasswordAsTyped();
    void wizardCreatesRestaurant();
    void ownerSignsInAfterSetup();

private:
    /// Fills the restaurant page and moves to the owner page.
    static void completeRestaurantPage(SetupWizard &wizard);

    GuiFixture m_fixture;
};

void TestSetupWizard::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));

    const std::optional<bool> hasRestaurant = m_fixture.context().setup().hasRestaurant();
    QVERIFY(hasRestaurant.has_value());
    QVERIFY(!*hasRestaurant);
}

void TestSetupWizard::completeRestaurantPage(SetupWizard &wizard)
{
    auto *name = wizard.findChild<QLineEdit *>(u"restaurantNameLineEdit"_s);
    auto *phone = wizard.findChild<QLineEdit *>(u"restaurantPhoneLineEdit"_s);
    auto *address = wizard.findChild<QPlainTextEdit *>(u"addressPlainTextEdit"_s);
    auto *next = wizard.findChild<QAbstractButton *>(u"nextPushButton"_s);
    QVERIFY(name && phone && address && next);

    GuiFixture::typeText(name, u"Maquis Chez Tantie Akissi"_s);
    GuiFixture::typeText(phone, u"27 22 44 55 66"_s);
    GuiFixture::typeText(address, u"Rue du Commerce, Treichville"_s);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SetupWizard::OwnerPageId));
}

void TestSetupWizard::restaurantPageRejectsOldPhoneFormat()
{
    SetupWizard wizard(m_fixture.context().setup());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *name = wizard.findChild<QLineEdit *>(u"restaurantNameLineEdit"_s);
    auto *phone = wizard.findChild<QLineEdit *>(u"restaurantPhoneLineEdit"_s);
    auto *phoneMessage = wizard.findChild<MessageLabel *>(u"phoneMessageLabel"_s);
    auto *next = wizard.findChild<QAbstractButton *>(u"nextPushButton"_s);
    auto *timeZone = wizard.findChild<QComboBox *>(u"timeZoneComboBox"_s);
    auto *language = wizard.findChild<QComboBox *>(u"languageComboBox"_s);
    QVERIFY(name && phone && phoneMessage && next && timeZone && language);

    QCOMPARE(timeZone->currentText(), u"Africa/Abidjan"_s);
    QCOMPARE(language->currentData().toString(), u"fr"_s);
    QVERIFY(!next->isEnabled());

    GuiFixture::typeText(name, u"Chez Tantie"_s);
    GuiFixture::typeText(phone, u"22 44 55 66"_s);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(SetupWizard::RestaurantPageId));
    QVERIFY(phoneMessage->isVisible());
    QCOMPARE(phoneMessage->kind(), MessageLabel::Kind::Error);

    QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
    GuiFixture::typeText(phone, u"27 22 44 55 66"_s);
    QVERIFY(!phoneMessage->isVisible());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SetupWizard::OwnerPageId));
}

void TestSetupWizard::ownerPageChecksPasswordAsTyped()
{
    SetupWizard wizard(m_fixture.context().setup());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    completeRestaurantPage(wizard);

    auto *ownerName = wizard.findChild<QLineEdit *>(u"ownerNameLineEdit"_s);
    auto *ownerPhone = wizard.findChild<QLineEdit *>(u"ownerPhoneLineEdit"_s);
    auto *password = wizard.findChild<QLineEdit *>(u"passwordLineEdit"_s);
    auto *confirmation = wizard.findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s);
    auto *rules = wizard.findChild<QLabel *>(u"passwordRulesLabel"_s);
    auto *mismatch = wizard.findChild<QLabel *>(u"passwordMismatchLabel"_s);
    auto *finish = wizard.findChild<QAbstractButton *>(u"finishPushButton"_s);
    QVERIFY(ownerName && ownerPhone && password && confirmation && rules && mismatch && finish);

    QCOMPARE(rules->property("passwordState").toString(), u"hint"_s);
    GuiFixture::typeText(ownerName, u"Akissi N'Guessan"_s);
    GuiFixture::typeText(ownerPhone, u"07 00 00 00 01"_s);

    GuiFixture::typeText(password, u"short"_s);
    QCOMPARE(rules->property("passwordState").toString(), u"rejected"_s);

    // The owner's own phone number is refused even when long enough.
    password->clear();
    GuiFixture::typeText(password, u"x0700000001x"_s);
    QCOMPARE(rules->property("passwordState").toString(), u"rejected"_s);

    password->clear();
    GuiFixture::typeText(password, u"Garba-poisson-2024"_s);
    QCOMPARE(rules->property("passwordState").toString(), u"accepted"_s);
    QVERIFY(!finish->isEnabled());

    GuiFixture::typeText(confirmation, u"Garba-poisson-2025"_s);
    QVERIFY(mismatch->isVisible());
    QVERIFY(!finish->isEnabled());

    confirmation->clear();
    GuiFixture::typeText(confirmation, u"Garba-poisson-2024"_s);
    QVERIFY(!mismatch->isVisible());
    QVERIFY(finish->isEnabled());
}

void TestSetupWizard::wizardCreatesRestaurant()
{
    SetupWizard wizard(m_fixture.context().setup());
    QSignalSpy created(&wizard, &SetupWizard::restaurantCreated);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    completeRestaurantPage(wizard);

    GuiFixture::typeText(
        wizard.findChild<QLineEdit *>(u"ownerNameLineEdit"_s), u"Akissi N'Guessan"_s);
    GuiFixture::typeText(
        wizard.findChild<QLineEdit *>(u"ownerPhoneLineEdit"_s), u"07 00 00 00 01"_s);
    GuiFixture::typeText(
        wizard.findChild<QLineEdit *>(u"passwordLineEdit"_s), u"Garba-poisson-2024"_s);
    GuiFixture::typeText(
        wizard.findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s), u"Garba-poisson-2024"_s);

    auto *finish = wizard.findChild<QAbstractButton *>(u"finishPushButton"_s);
    QVERIFY(finish);
    QVERIFY(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, CreationTimeoutMs);
    QVERIFY(!wizard.restaurantId().isEmpty());
    QCOMPARE(wizard.ownerPhoneInput(), u"07 00 00 00 01"_s);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    const std::optional<bool> hasRestaurant = m_fixture.context().setup().hasRestaurant();
    QVERIFY(hasRestaurant.has_value());
    QVERIFY(*hasRestaurant);
}

void TestSetupWizard::ownerSignsInAfterSetup()
{
    const std::unique_ptr<MainWindow> window = m_fixture.openMainWindow();
    GuiFixture::typeSignIn(*window, u"07 00 00 00 01"_s, u"Garba-poisson-2024"_s);

    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<StaffPage *>(u"staffPage"_s), CreationTimeoutMs);
    m_fixture.endSession();
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
