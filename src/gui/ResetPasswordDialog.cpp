#include "ResetPasswordDialog.h"
#include "ui_ResetPasswordDialog.h"

#include "Logging.h"
#include "PasswordFeedback.h"

#include <QEvent>
#include <QPushButton>

ResetPasswordDialog::ResetPasswordDialog(StaffRepository &repository, const StaffMember &member,
    const QString &restaurantName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
    , m_repository(repository)
    , m_member(member)
    , m_personalWords({member.phone, member.displayName, restaurantName})
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setObjectName(QStringLiteral("savePushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelPushButton"));
    retranslateButtons();

    m_passwordFeedback = new PasswordFeedback(m_ui->passwordLineEdit, m_ui->confirmPasswordLineEdit,
        m_ui->passwordRulesLabel, m_ui->passwordMismatchLabel, this);
    m_passwordFeedback->setPersonalWords(m_personalWords);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::save()
{
    if (m_busy)
        return;

    if (const QString problem = m_passwordFeedback->problem(); !problem.isEmpty()) {
        m_ui->messageLabel->showError(problem);
        m_ui->passwordLineEdit->setFocus();
        return;
    }

    setBusy(true);
    m_repository.resetPassword(m_member.id, m_passwordFeedback->password(), m_personalWords, this,
        [this](const Outcome &outcome) { finishSave(outcome); });
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateButtons();
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslate()
{
    m_ui->explanationLabel->setText(
        tr("Choose a temporary password for %1 and give it to them in person. They must "
           "replace it with their own at their next sign-in.")
            .arg(m_member.displayName));
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->confirmPasswordLineEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    if (busy)
        m_ui->messageLabel->clearMessage();
}

void ResetPasswordDialog::finishSave(const Outcome &outcome)
{
    setBusy(false);
    if (!outcome.ok) {
        qCWarning(lcUi) << "Resetting the password of staff member" << m_member.id
                        << "failed:" << outcome.message;
        m_ui->messageLabel->showError(outcome.message);
        return;
    }

    qCInfo(lcUi) << "Reset the password of staff member" << m_member.id;
    accept();
}

void ResetPasswordDialog::retranslateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}
