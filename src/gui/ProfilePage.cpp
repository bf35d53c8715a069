#include "ProfilePage.h"
#include "ui_ProfilePage.h"

#include "AppContext.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "PasswordFeedback.h"
#include "PhoneNumber.h"
#include "ProfileService.h"
#include "Role.h"
#include "SessionManager.h"

#include <QEvent>
#include <QSignalBlocker>

ProfilePage::ProfilePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilePage>())
    , m_context(context)
    , m_profile(new ProfileService(context.appConnectionName(), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilePage"));
    m_passwordFeedback = new PasswordFeedback(m_ui->newPasswordLineEdit,
        m_ui->confirmPasswordLineEdit, m_ui->passwordRulesLabel, m_ui->passwordMismatchLabel, this);

    for (const QString &code : LanguageManager::supportedLanguages())
        m_ui->languageComboBox->addItem(LanguageManager::nativeName(code), code);
    m_ui->languageComboBox->setEnabled(m_context.languages() != nullptr);
    selectCurrentLanguage();

    connect(m_ui->languageComboBox, &QComboBox::activated, this, &ProfilePage::chooseLanguage);
    if (LanguageManager *languages = m_context.languages()) {
        connect(languages, &LanguageManager::languageChanged, this,
            &ProfilePage::selectCurrentLanguage);
    }
    connect(
        m_ui->changePasswordPushButton, &QPushButton::clicked, this, &ProfilePage::changePassword);
    connect(
        m_ui->currentPasswordLineEdit, &QLineEdit::textChanged, this, &ProfilePage::updateButton);
    connect(
        m_passwordFeedback, &PasswordFeedback::passwordEdited, this, &ProfilePage::updateButton);

    fillAccount();
    updateButton();
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::changePassword()
{
    if (m_busy)
        return;
    m_ui->messageLabel->clearMessage();

    if (m_ui->currentPasswordLineEdit->text().isEmpty()) {
        m_ui->messageLabel->showError(tr("Type your current password."));
        m_ui->currentPasswordLineEdit->setFocus();
        return;
    }
    if (const QString problem = m_passwordFeedback->problem(); !problem.isEmpty()) {
        m_ui->messageLabel->showError(problem);
        m_ui->newPasswordLineEdit->setFocus();
        return;
    }

    const ActiveSession &session = m_context.sessions().session();
    setBusy(true);
    m_profile->changePassword(m_ui->currentPasswordLineEdit->text(), m_passwordFeedback->password(),
        {session.phone, session.displayName, session.restaurantName}, this,
        [this](const Outcome &outcome) { finishPasswordChange(outcome); });
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillAccount();
    }
    QWidget::changeEvent(event);
}

void ProfilePage::fillAccount()
{
    const ActiveSession &session = m_context.sessions().session();
    m_ui->nameValueLabel->setText(session.displayName);

    const PhoneNumber phone = PhoneNumber::parse(session.phone);
    m_ui->phoneLineEdit->setText(phone.isValid() ? phone.formatted() : session.phone);

    const std::optional<Role> role = Roles::fromKey(session.role);
    m_ui->roleValueLabel->setText(
        tr("%1 at %2", "role at restaurant")
            .arg(role ? Roles::displayName(*role) : session.role, session.restaurantName));

    m_passwordFeedback->setPersonalWords(
        {session.phone, session.displayName, session.restaurantName});
}

void ProfilePage::chooseLanguage(int index)
{
    const QString code = m_ui->languageComboBox->itemData(index).toString();
    const Outcome saved = m_context.chooseLanguage(code);
    if (saved.ok)
        m_ui->languageMessageLabel->clearMessage();
    else
        m_ui->languageMessageLabel->showError(saved.message);
}

void ProfilePage::selectCurrentLanguage()
{
    const LanguageManager *languages = m_context.languages();
    if (!languages)
        return;

    const QSignalBlocker blocker(m_ui->languageComboBox);
    const int index = m_ui->languageComboBox->findData(languages->currentLanguage());
    if (index >= 0)
        m_ui->languageComboBox->setCurrentIndex(index);
}

void ProfilePage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->currentPasswordLineEdit->setEnabled(!busy);
    m_ui->newPasswordLineEdit->setEnabled(!busy);
    m_ui->confirmPasswordLineEdit->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    updateButton();
}

void ProfilePage::updateButton()
{
    m_ui->changePasswordPushButton->setEnabled(!m_busy
        && !m_ui->currentPasswordLineEdit->text().isEmpty() && m_passwordFeedback->isAcceptable());
}

void ProfilePage::finishPasswordChange(const Outcome &outcome)
{
    setBusy(false);
    if (!outcome.ok) {
        qCWarning(lcUi) << "Changing the password failed:" << outcome.message;
        m_ui->messageLabel->showError(outcome.message);
        if (outcome.kind == DatabaseError::Kind::WrongPassword) {
            m_ui->currentPasswordLineEdit->clear();
            m_ui->currentPasswordLineEdit->setFocus();
        }
        return;
    }

    qCInfo(lcUi) << "Changed the password of the signed-in person";
    m_ui->currentPasswordLineEdit->clear();
    m_passwordFeedback->clear();
    m_ui->messageLabel->showSuccess(
        tr("Your password was changed. Other computers where you were signed in have been "
           "signed out."));
}
