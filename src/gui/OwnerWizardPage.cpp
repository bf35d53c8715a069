#include "OwnerWizardPage.h"
#include "ui_OwnerWizardPage.h"

#include "PasswordFeedback.h"
#include "PhoneNumber.h"
#include "SetupService.h"

#include <QEvent>

OwnerWizardPage::OwnerWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::OwnerWizardPage>())
{
    m_ui->setupUi(this);
    m_passwordFeedback = new PasswordFeedback(m_ui->passwordLineEdit, m_ui->confirmPasswordLineEdit,
        m_ui->passwordRulesLabel, m_ui->passwordMismatchLabel, this);

    connect(m_ui->ownerNameLineEdit, &QLineEdit::textChanged, this,
        &OwnerWizardPage::updatePersonalWords);
    connect(m_ui->ownerPhoneLineEdit, &QLineEdit::textChanged, this,
        &OwnerWizardPage::updatePersonalWords);
    connect(m_ui->ownerPhoneLineEdit, &QLineEdit::textEdited, m_ui->phoneMessageLabel,
        &MessageLabel::clearMessage);
    connect(
        m_ui->ownerPhoneLineEdit, &QLineEdit::editingFinished, this, &OwnerWizardPage::checkPhone);
    connect(
        m_passwordFeedback, &PasswordFeedback::passwordEdited, this, &QWizardPage::completeChanged);
}

OwnerWizardPage::~OwnerWizardPage() = default;

void OwnerWizardPage::fillSetup(RestaurantSetup &setup) const
{
    setup.ownerName = m_ui->ownerNameLineEdit->text().trimmed();
    setup.ownerPhoneInput = m_ui->ownerPhoneLineEdit->text().trimmed();
    setup.ownerPassword = m_passwordFeedback->password();
}

void OwnerWizardPage::setRestaurantName(const QString &name)
{
    m_restaurantName = name;
    updatePersonalWords();
}

void OwnerWizardPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->ownerNameLineEdit->setEnabled(!busy);
    m_ui->ownerPhoneLineEdit->setEnabled(!busy);
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->confirmPasswordLineEdit->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    if (busy)
        m_ui->messageLabel->clearMessage();
    emit completeChanged();
}

void OwnerWizardPage::showError(const QString &message)
{
    m_ui->messageLabel->showError(message);
}

bool OwnerWizardPage::isComplete() const
{
    return !m_busy && !m_ui->ownerNameLineEdit->text().trimmed().isEmpty()
        && !m_ui->ownerPhoneLineEdit->text().trimmed().isEmpty()
        && m_passwordFeedback->isAcceptable();
}

void OwnerWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_ui->phoneMessageLabel->kind() != MessageLabel::Kind::None)
            checkPhone();
    }
    QWizardPage::changeEvent(event);
}

bool OwnerWizardPage::checkPhone()
{
    const QString typed = m_ui->ownerPhoneLineEdit->text();
    if (typed.trimmed().isEmpty()) {
        m_ui->phoneMessageLabel->clearMessage();
        return false;
    }

    return m_ui->phoneMessageLabel->checkPhoneNumber(typed);
}

void OwnerWizardPage::updatePersonalWords()
{
    m_passwordFeedback->setPersonalWords(
        {m_ui->ownerPhoneLineEdit->text(), m_ui->ownerNameLineEdit->text(), m_restaurantName});
}
