#include "StaffPage.h"
#include "ui_StaffPage.h"

#include "AddStaffDialog.h"
#include "AppContext.h"
#include "ConnectionMonitor.h"
#include "EditStaffDialog.h"
#include "Logging.h"
#include "Membership.h"
#include "Prompter.h"
#include "ResetPasswordDialog.h"
#include "Role.h"
#include "SessionManager.h"
#include "StaffTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace {

// Typing in the search field reloads the table once the person pauses.
constexpr int FilterDelayMs = 250;

bool isPrivilegedKey(const QString &roleKey)
{
    const std::optional<Role> role = Roles::fromKey(roleKey);
    return role && Roles::isPrivileged(*role);
}

} // namespace

StaffPage::StaffPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StaffPage>())
    , m_context(context)
    , m_model(new StaffTableModel(context.appConnectionName(), this))
    , m_repository(new StaffRepository(context.appConnectionName(), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("staffPage"));

    m_model->setRestaurantId(m_context.sessions().session().restaurantId);
    m_model->setShowInactive(m_ui->showDeactivatedCheckBox->isChecked());
    m_ui->staffTableView->setModel(m_model);
    m_ui->staffTableView->verticalHeader()->hide();
    QHeaderView *header = m_ui->staffTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StaffTableModel::NameColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->staffTableView->sortByColumn(StaffTableModel::NameColumn, Qt::AscendingOrder);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_ui->searchLineEdit->text().trimmed());
        updateButtons();
    });
    connect(
        m_ui->searchLineEdit, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->showDeactivatedCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowInactive(show);
        updateButtons();
    });

    connect(m_ui->reloadPushButton, &QPushButton::clicked, this, &StaffPage::reload);
    connect(
        &m_context.connectionMonitor(), &ConnectionMonitor::reconnected, this, &StaffPage::reload);
    connect(m_ui->addStaffPushButton, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_ui->editStaffPushButton, &QPushButton::clicked, this, &StaffPage::editSelected);
    connect(m_ui->toggleActivePushButton, &QPushButton::clicked, this,
        &StaffPage::toggleSelectedActive);
    connect(m_ui->resetPasswordPushButton, &QPushButton::clicked, this,
        &StaffPage::resetSelectedPassword);
    connect(m_ui->signOutEverywherePushButton, &QPushButton::clicked, this,
        &StaffPage::revokeSelectedSessions);
    connect(m_ui->unlockSignInPushButton, &QPushButton::clicked, this,
        &StaffPage::unlockSelectedSignIn);
    connect(m_ui->staffTableView, &QTableView::doubleClicked, this, [this] {
        if (m_ui->editStaffPushButton->isEnabled())
            editSelected();
    });
    connect(m_ui->staffTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StaffPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffPage::updateButtons);

    reload();
}

StaffPage::~StaffPage() = default;

void StaffPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();

    // Wrapped texts know their height only once laid out at their real width; the dialog
    // then fits itself to them.
    QTimer::singleShot(0, dialog, &QWidget::adjustSize);
}

void StaffPage::reload()
{
    const std::optional<StaffMember> selected = selectedMember();

    if (!m_model->reload()) {
        m_ui->messageLabel->showError(m_model->lastDatabaseError().message());
        if (m_model->lastDatabaseError().kind() == DatabaseError::Kind::ConnectionLost)
            m_context.connectionMonitor().reportConnectionLost();
        return;
    }

    if (selected)
        selectStaff(selected->id);
    updateButtons();
}

void StaffPage::addStaff()
{
    const ActiveSession &session = m_context.sessions().session();
    auto *dialog = new AddStaffDialog(*m_repository, session, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_ui->messageLabel->showSuccess(dialog->resultMessage());
        reload();
        selectStaff(dialog->createdStaffId());
    });
    openDialog(dialog);
}

void StaffPage::editSelected()
{
    const std::optional<StaffMember> selected = selectedMember();
    if (!selected)
        return;

    // The dialog edits the row as it is now, not as the table loaded it.
    DatabaseError error;
    const std::optional<StaffMember> current = m_repository->fetch(selected->id, &error);
    if (!current) {
        m_ui->messageLabel->showError(
            error.isError() ? error.message() : tr("This staff member no longer exists."));
        reload();
        return;
    }

    auto *dialog =
        new EditStaffDialog(*m_repository, *current, m_context.sessions().session(), this);
    connect(dialog, &QDialog::accepted, this, [this, staffId = current->id] {
        m_ui->messageLabel->showSuccess(tr("The changes were saved."));
        reload();
        selectStaff(staffId);
    });
    openDialog(dialog);
}

void StaffPage::toggleSelectedActive()
{
    const std::optional<StaffMember> selected = selectedMember();
    if (!selected)
        return;

    if (selected->active)
        deactivate(*selected);
    else
        reactivate(*selected);
}

void StaffPage::resetSelectedPassword()
{
    const std::optional<StaffMember> selected = selectedMember();
    if (!selected)
        return;

    DatabaseError error;
    const std::optional<StaffRepository::ResetStatus> status =
        m_repository->passwordResetStatus(selected->id, &error);
    if (!status) {
        m_ui->messageLabel->showError(error.message());
        return;
    }
    if (*status != StaffRepository::ResetStatus::Allowed) {
        m_ui->messageLabel->showNotice(StaffRepository::resetStatusMessage(*status));
        return;
    }

    const ActiveSession &session = m_context.sessions().session();
    auto *dialog = new ResetPasswordDialog(*m_repository, *selected, session.restaurantName, this);
    connect(dialog, &QDialog::accepted, this, [this, name = selected->displayName] {
        m_ui->messageLabel->showSuccess(
            tr("%1 has a temporary password now and must replace it at their next sign-in.")
                .arg(name));
    });
    openDialog(dialog);
}

void StaffPage::revokeSelectedSessions()
{
    const std::optional<StaffMember> selected = selectedMember();
    if (!selected)
        return;

    const bool confirmed =
        Prompter::confirm(this, QStringLiteral("revokeSessionsPrompt"), tr("Sign out everywhere"),
            tr("Sign %1 out on every computer? They will need their password to sign in again. "
               "Do this when a phone or computer was lost or someone else may know their password.")
                .arg(selected->displayName),
            tr("Sign &out everywhere"));
    if (!confirmed)
        return;

    const Outcome outcome = m_repository->revokeSessions(selected->id);
    if (!outcome.ok) {
        showFailure(outcome);
        return;
    }

    const int sessions = outcome.value.toInt();
    qCInfo(lcUi) << "Signed staff member" << selected->id << "out of" << sessions << "sessions";
    if (sessions == 0) {
        m_ui->messageLabel->showSuccess(
            tr("%1 was not signed in anywhere; nothing changed.").arg(selected->displayName));
        return;
    }
    m_ui->messageLabel->showSuccess(
        tr("%1 was signed out on %n computer(s).", nullptr, sessions).arg(selected->displayName));
}

void StaffPage::unlockSelectedSignIn()
{
    const std::optional<StaffMember> selected = selectedMember();
    if (!selected)
        return;

    const bool confirmed =
        Prompter::confirm(this, QStringLiteral("unlockSignInPrompt"), tr("Unlock sign-in"),
            tr("Let %1 sign in again at once? Their failed password attempts are forgotten. Do "
               "this only when you know they are the ones who tried.")
                .arg(selected->displayName),
            tr("&Unlock"));
    if (!confirmed)
        return;

    const Outcome outcome = m_repository->unlockSignIn(selected->id);
    if (!outcome.ok) {
        showFailure(outcome);
        return;
    }

    qCInfo(lcUi) << "Unlocked sign-in for staff member" << selected->id;
    if (outcome.value == QLatin1String("true"))
        m_ui->messageLabel->showSuccess(tr("%1 can sign in again now.").arg(selected->displayName));
    else
        m_ui->messageLabel->showSuccess(
            tr("%1 had no failed sign-ins to clear; nothing changed.").arg(selected->displayName));
}

void StaffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Headers and role names come from the model, which translates as it is read.
        reload();
    }
    QWidget::changeEvent(event);
}

std::optional<StaffMember> StaffPage::selectedMember() const
{
    const QModelIndexList rows = m_ui->staffTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;

    const QModelIndex index = rows.constFirst();
    StaffMember member;
    member.id = index.data(StaffTableModel::StaffIdRole).toString();
    member.userId = index.data(StaffTableModel::UserIdRole).toString();
    member.role = index.data(StaffTableModel::RoleKeyRole).toString();
    member.active = index.data(StaffTableModel::ActiveRole).toBool();
    member.version = index.data(StaffTableModel::VersionRole).toInt();
    member.displayName = m_model->index(index.row(), StaffTableModel::NameColumn).data().toString();
    member.phone = m_model->index(index.row(), StaffTableModel::PhoneColumn).data().toString();
    return member;
}

void StaffPage::selectStaff(const QString &staffId)
{
    const int row = m_model->rowOfStaff(staffId);
    if (row < 0)
        return;

    m_ui->staffTableView->selectRow(row);
    m_ui->staffTableView->scrollTo(m_model->index(row, StaffTableModel::NameColumn));
}

void StaffPage::updateButtons()
{
    const ActiveSession &session = m_context.sessions().session();
    const std::optional<StaffMember> selected = selectedMember();
    const bool manageable = selected && mayManage(*selected);
    const bool isSelf = selected && selected->id == session.staffId;

    m_ui->addStaffPushButton->setEnabled(session.can(QLatin1String(Permissions::StaffManage)));
    m_ui->editStaffPushButton->setEnabled(manageable);
    m_ui->toggleActivePushButton->setEnabled(manageable && !isSelf);
    m_ui->resetPasswordPushButton->setEnabled(
        selected && !isSelf && session.can(QLatin1String(Permissions::StaffResetPassword)));
    // Signing oneself out everywhere is in the Session menu.
    m_ui->signOutEverywherePushButton->setEnabled(
        selected && !isSelf && session.can(QLatin1String(Permissions::StaffRevokeSessions)));
    // The database allows an unlock where it allows a password reset.
    m_ui->unlockSignInPushButton->setEnabled(
        selected && session.can(QLatin1String(Permissions::StaffResetPassword)));

    if (selected && !selected->active)
        m_ui->toggleActivePushButton->setText(tr("Rea&ctivate"));
    else
        m_ui->toggleActivePushButton->setText(tr("&Deactivate…"));
}

bool StaffPage::mayManage(const StaffMember &member) const
{
    const ActiveSession &session = m_context.sessions().session();
    if (!session.can(QLatin1String(Permissions::StaffManage)))
        return false;
    return !isPrivilegedKey(member.role)
        || session.can(QLatin1String(Permissions::StaffManagePrivileged));
}

void StaffPage::deactivate(const StaffMember &member)
{
    const bool confirmed = Prompter::confirm(this, QStringLiteral("deactivateStaffPrompt"),
        tr("Deactivate a staff member"),
        tr("Deactivate %1? They will no longer be able to sign in to this restaurant. "
           "You can reactivate them later.")
            .arg(member.displayName),
        tr("&Deactivate"));
    if (!confirmed)
        return;

    const Outcome outcome = m_repository->setActive(member.id, false, member.version);
    if (!outcome.ok) {
        showFailure(outcome);
        return;
    }

    qCInfo(lcUi) << "Deactivated staff member" << member.id;
    m_ui->messageLabel->showSuccess(tr("%1 was deactivated.").arg(member.displayName));
    reload();
}

void StaffPage::reactivate(const StaffMember &member)
{
    const Outcome outcome = m_repository->setActive(member.id, true, member.version);
    if (!outcome.ok) {
        showFailure(outcome);
        return;
    }

    qCInfo(lcUi) << "Reactivated staff member" << member.id;
    m_ui->messageLabel->showSuccess(tr("%1 was reactivated.").arg(member.displayName));
    reload();
}

void StaffPage::showFailure(const Outcome &outcome)
{
    m_ui->messageLabel->showError(outcome.message);
    if (outcome.kind == DatabaseError::Kind::ConnectionLost)
        m_context.connectionMonitor().reportConnectionLost();
    if (outcome.kind != DatabaseError::Kind::VersionConflict)
        return;

    const bool reloadNow =
        Prompter::confirm(this, QStringLiteral("reloadStaffPrompt"), tr("Staff list out of date"),
            tr("Someone else changed this staff member. Reload the list to see the current "
               "details?"),
            tr("&Reload"));
    if (reloadNow) {
        reload();
        m_ui->messageLabel->showNotice(
            tr("The list was reloaded. Check the staff member and try again."));
    }
}
