#pragma once

#include "StaffRepository.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class StaffPage;
}

class AppContext;
class QDialog;
class StaffTableModel;

/// The current restaurant's staff: a searchable table, and buttons to add, edit,
/// deactivate or reactivate someone, to reset their password, and for owners to sign them
/// out on every computer or lift the lock that failed sign-ins put on their phone number.
/// Buttons follow the person's permissions and the selected row; the database enforces the
/// same rules.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPage(AppContext &context, QWidget *parent = nullptr);
    ~StaffPage() override;

public slots:
    void reload();
    void addStaff();
    void editSelected();
    void toggleSelectedActive();
    void resetSelectedPassword();
    void revokeSelectedSessions();
    void unlockSelectedSignIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Opens a dialog that deletes itself when closed, without blocking.
    void openDialog(QDialog *dialog);
    /// The selected row as the model shows it; nothing when no row is selected.
    std::optional<StaffMember> selectedMember() const;
    void selectStaff(const QString &staffId);
    void updateButtons();
    bool mayManage(const StaffMember &member) const;
    void deactivate(const StaffMember &member);
    void reactivate(const StaffMember &member);
    /// Shows a failed change; offers to reload after a version conflict.
    void showFailure(const Outcome &outcome);

    std::unique_ptr<Ui::StaffPage> m_ui;
    AppContext &m_context;
    StaffTableModel *m_model = nullptr;
    StaffRepository *m_repository = nullptr;
    QTimer m_filterTimer;
};
