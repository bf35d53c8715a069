#pragma once

#include "StaffRepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EditStaffDialog;
}

struct ActiveSession;

/// Edits a staff member's name and role. Nobody changes their own role, so the role is
/// fixed when people edit themselves. A failed save keeps the dialog open with the edits;
/// after a version conflict the person may reload the current values.
class EditStaffDialog : public QDialog
{
    Q_OBJECT

public:
    /// member is the row as last read, with the version the save checks.
    EditStaffDialog(StaffRepository &repository, const StaffMember &member,
        const ActiveSession &session, QWidget *parent = nullptr);
    ~EditStaffDialog() override;

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateButtons();
    void fillForm();
    /// Shows what differs from the saved version, field by field, and offers to load it.
    void offerReload(const StaffMember &edited);

    std::unique_ptr<Ui::EditStaffDialog> m_ui;
    StaffRepository &m_repository;
    StaffMember m_member;
    bool m_editingSelf = false;
};
