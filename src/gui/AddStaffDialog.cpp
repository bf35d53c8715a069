#include "AddStaffDialog.h"
#include "ui_AddStaffDialog.h"

#include "Logging.h"
#include "Membership.h"
#include "PasswordFeedback.h"
#include "PhoneNumber.h"
#include "Role.h"

#include <QEvent>
#include <QPushButton>

namespace {

// The phone is looked up once the person pauses typing, not at every digit.
constexpr int PhoneCheckDelayMs = 400;

} // namespace

AddStaffDialog::AddStaffDialog(
    StaffRepository &repository, const ActiveSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddStaffDialog>())
    , m_repository(repository)
    , m_restaurantName(session.restaurantName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addStaffDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setObjectName(QStringLiteral("savePushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelPushButton"));
    retranslateButtons();

    m_passwordFeedback = new PasswordFeedback(m_ui->passwordLineEdit, m_ui->confirmPasswordLineEdit,
        m_ui->passwordRulesLabel, m_ui->passwordMismatchLabel, this);

    // Managers may add cashiers, kitchen staff and drivers; owners may add anyone.
    if (!session.can(QLatin1String(Permissions::StaffManagePrivileged)))
        m_ui->roleComboBox->setRoles({Role::Cashier, Role::Kitchen, Role::Driver});
    m_ui->roleComboBox->setCurrentRoleKey(Roles::key(Role::Cashier));

    m_phoneCheckTimer.setSingleShot(true);
    m_phoneCheckTimer.setInterval(PhoneCheckDelayMs);
    connect(&m_phoneCheckTimer, &QTimer::timeout, this, [this] { m_phoneStatus = checkPhone(); });
    connect(m_ui->phoneLineEdit, &QLineEdit::textEdited, this, [this] {
        m_phoneStatus.reset();
        m_ui->phoneMessageLabel->clearMessage();
        m_phoneCheckTimer.start();
    });
    connect(m_ui->phoneLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_phoneCheckTimer.isActive() || !m_phoneStatus) {
            m_phoneCheckTimer.stop();
            m_phoneStatus = checkPhone();
        }
    });
    connect(
        m_ui->nameLineEdit, &QLineEdit::textChanged, this, &AddStaffDialog::updatePersonalWords);
    connect(
        m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &AddStaffDialog::updatePersonalWords);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddStaffDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->accountNoticeLabel->clearMessage();
    updatePersonalWords();
}

AddStaffDialog::~AddStaffDialog() = default;

void AddStaffDialog::save()
{
    if (m_busy)
        return;
    m_ui->messageLabel->clearMessage();

    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->messageLabel->showError(tr("Type the person's name."));
        m_ui->nameLineEdit->setFocus();
        return;
    }

    m_phoneCheckTimer.stop();
    m_phoneStatus = checkPhone();
    if (!m_phoneStatus || *m_phoneStatus == StaffRepository::PhoneStatus::Member) {
        m_ui->phoneLineEdit->setFocus();
        return;
    }

    const bool needsPassword = *m_phoneStatus == StaffRepository::PhoneStatus::None;
    if (needsPassword) {
        if (const QString problem = m_passwordFeedback->problem(); !problem.isEmpty()) {
            m_ui->messageLabel->showError(problem);
            m_ui->passwordLineEdit->setFocus();
            return;
        }
    }

    NewStaffMember member;
    member.displayName = name;
    member.phoneInput = m_ui->phoneLineEdit->text().trimmed();
    member.role = m_ui->roleComboBox->currentRoleKey();
    if (needsPassword)
        member.initialPassword = m_passwordFeedback->password();

    setBusy(true);
    m_repository.addStaff(
        member, m_restaurantName, this, [this](const Outcome &outcome, bool existingAccount) {
            finishSave(outcome, existingAccount);
        });
}

void AddStaffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateButtons();
        // The notices were written in the previous language.
        if (m_phoneStatus)
            m_phoneStatus = checkPhone();
    }
    QDialog::changeEvent(event);
}

std::optional<StaffRepository::PhoneStatus> AddStaffDialog::checkPhone()
{
    PhoneNumber::Error error = PhoneNumber::Error::None;
    const PhoneNumber phone =
        PhoneNumber::parse(m_ui->phoneLineEdit->text(), QStringLiteral("CI"), &error);
    if (error != PhoneNumber::Error::None) {
        m_ui->phoneMessageLabel->showError(PhoneNumber::errorMessage(error));
        m_ui->accountNoticeLabel->clearMessage();
        showPasswordRows(true);
        return std::nullopt;
    }

    DatabaseError lookupError;
    const std::optional<StaffRepository::PhoneStatus> status =
        m_repository.phoneStatus(phone.e164(), &lookupError);
    if (!status) {
        m_ui->phoneMessageLabel->showError(lookupError.message());
        return std::nullopt;
    }

    switch (*status) {
    case StaffRepository::PhoneStatus::None:
        m_ui->phoneMessageLabel->clearMessage();
        m_ui->accountNoticeLabel->clearMessage();
        showPasswordRows(true);
        break;
    case StaffRepository::PhoneStatus::Account:
        m_ui->phoneMessageLabel->clearMessage();
        m_ui->accountNoticeLabel->showNotice(
            tr("This person already has an account and keeps their password. They sign in with "
               "it and will find this restaurant among their workplaces."));
        showPasswordRows(false);
        break;
    case StaffRepository::PhoneStatus::Member:
        m_ui->phoneMessageLabel->showError(
            tr("This person is already on the staff of this restaurant. Find them in the list "
               "to edit them or reactivate them."));
        m_ui->accountNoticeLabel->clearMessage();
        showPasswordRows(false);
        break;
    }
    return status;
}

void AddStaffDialog::showPasswordRows(bool visible)
{
    m_ui->formLayout->setRowVisible(m_ui->passwordLineEdit, visible);
    m_ui->formLayout->setRowVisible(m_ui->confirmPasswordLineEdit, visible);
    m_ui->formLayout->setRowVisible(m_ui->passwordRulesLabel, visible);
    m_ui->formLayout->setRowVisible(m_ui->passwordHintLabel, visible);
    // PasswordFeedback shows the mismatch row itself when there is a mismatch.
    if (!visible)
        m_ui->passwordMismatchLabel->hide();

    // The layout learns of the hidden rows only when it runs again, so the dialog fits
    // itself to them afterwards.
    QTimer::singleShot(0, this, [this] { adjustSize(); });
}

void AddStaffDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->nameLineEdit->setEnabled(!busy);
    m_ui->phoneLineEdit->setEnabled(!busy);
    m_ui->roleComboBox->setEnabled(!busy);
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->confirmPasswordLineEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
}

void AddStaffDialog::finishSave(const Outcome &outcome, bool existingAccount)
{
    setBusy(false);
    if (!outcome.ok) {
        qCWarning(lcUi) << "Adding a staff member failed:" << outcome.message;
        m_ui->messageLabel->showError(outcome.message);
        return;
    }

    const QString name = m_ui->nameLineEdit->text().trimmed();
    m_createdStaffId = outcome.value;
    m_resultMessage = existingAccount
        ? tr("%1 was added. They sign in with the password they already have.").arg(name)
        : tr("%1 was added. Give them their initial password; they must replace it at their "
             "first sign-in.")
              .arg(name);
    qCInfo(lcUi) << "Added staff member" << m_createdStaffId;
    accept();
}

void AddStaffDialog::updatePersonalWords()
{
    m_passwordFeedback->setPersonalWords(
        {m_ui->phoneLineEdit->text(), m_ui->nameLineEdit->text(), m_restaurantName});
}

void AddStaffDialog::retranslateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}
