#include "EditStaffDialog.h"
#include "ui_EditStaffDialog.h"

#include "EditConflict.h"
#include "Logging.h"
#include "Membership.h"
#include "PhoneNumber.h"
#include "Prompter.h"
#include "Role.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

EditStaffDialog::EditStaffDialog(StaffRepository &repository, const StaffMember &member,
    const ActiveSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditStaffDialog>())
    , m_repository(repository)
    , m_member(member)
    , m_editingSelf(member.id == session.staffId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("editStaffDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setObjectName(QStringLiteral("savePushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelPushButton"));
    retranslateButtons();

    // Managers give only the roles below theirs; the staff page does not let them open an
    // owner or a manager here.
    if (!session.can(QLatin1String(Permissions::StaffManagePrivileged)))
        m_ui->roleComboBox->setRoles({Role::Cashier, Role::Kitchen, Role::Driver});
    m_ui->roleComboBox->setEnabled(!m_editingSelf);
    m_ui->roleNoticeLabel->setVisible(m_editingSelf);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditStaffDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillForm();
}

EditStaffDialog::~EditStaffDialog() = default;

void EditStaffDialog::save()
{
    StaffMember edited = m_member;
    edited.displayName = m_ui->nameLineEdit->text().trimmed();
    if (!m_editingSelf)
        edited.role = m_ui->roleComboBox->currentRoleKey();

    if (edited.displayName.isEmpty()) {
        m_ui->messageLabel->showError(tr("Type the person's name."));
        m_ui->nameLineEdit->setFocus();
        return;
    }

    const Outcome outcome = m_repository.update(edited);
    if (outcome.ok) {
        qCInfo(lcUi) << "Saved staff member" << m_member.id;
        accept();
        return;
    }

    qCWarning(lcUi) << "Saving staff member" << m_member.id << "failed:" << outcome.message;
    m_ui->messageLabel->showError(outcome.message);
    if (outcome.kind == DatabaseError::Kind::VersionConflict)
        offerReload(edited);
}

void EditStaffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateButtons();
        m_ui->statusValueLabel->setText(m_member.active ? tr("Active") : tr("Deactivated"));
    }
    QDialog::changeEvent(event);
}

void EditStaffDialog::fillForm()
{
    m_ui->nameLineEdit->setText(m_member.displayName);

    const PhoneNumber phone = PhoneNumber::parse(m_member.phone);
    m_ui->phoneLineEdit->setText(phone.isValid() ? phone.formatted() : m_member.phone);

    if (!m_ui->roleComboBox->setCurrentRoleKey(m_member.role)) {
        // A role this person may not give: show it, but it cannot be chosen or saved.
        m_ui->roleComboBox->setRoles(Roles::all());
        m_ui->roleComboBox->setCurrentRoleKey(m_member.role);
        m_ui->roleComboBox->setEnabled(false);
    }
    m_ui->statusValueLabel->setText(m_member.active ? tr("Active") : tr("Deactivated"));
}

void EditStaffDialog::offerReload(const StaffMember &edited)
{
    DatabaseError error;
    const std::optional<StaffMember> current = m_repository.fetch(m_member.id, &error);
    if (!current) {
        m_ui->messageLabel->showError(error.message());
        return;
    }

    const QString question =
        tr("Someone else saved this staff member while you were editing. Load their version? "
           "Your changes in this form will be replaced.");
    const QString changes = EditConflict::toHtml(EditConflict::compare(edited, *current));
    const bool reloadNow = Prompter::confirm(this, QStringLiteral("reloadStaffMemberPrompt"),
        tr("Staff member changed"), u"<p>%1</p>%2"_s.arg(question.toHtmlEscaped(), changes),
        tr("&Load their version"));
    if (!reloadNow)
        return;

    m_member = *current;
    fillForm();
    m_ui->messageLabel->showNotice(
        tr("These are the current details. Make your changes again and save."));
}

void EditStaffDialog::retranslateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}
