#pragma once

#include "StaffRepository.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class AddStaffDialog;
}

struct ActiveSession;
class PasswordFeedback;

/// Adds a person to the restaurant's staff. The initial password is asked only for a phone
/// number with no account yet; someone who already has an account keeps their password.
/// A failed save keeps the dialog open with everything typed.
class AddStaffDialog : public QDialog
{
    Q_OBJECT

public:
    AddStaffDialog(
        StaffRepository &repository, const ActiveSession &session, QWidget *parent = nullptr);
    ~AddStaffDialog() override;

    /// The staff id the save created; empty until it succeeds.
    QString createdStaffId() const { return m_createdStaffId; }
    /// A sentence saying who was added, for the staff page.
    QString resultMessage() const { return m_resultMessage; }

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateButtons();
    /// Parses the phone and looks up whether it already has an account or a place on the
    /// staff. Shows the result in the form and returns the status, or nothing when the phone
    /// is invalid or the lookup failed.
    std::optional<StaffRepository::PhoneStatus> checkPhone();
    void showPasswordRows(bool visible);
    void setBusy(bool busy);
    void finishSave(const Outcome &outcome, bool existingAccount);
    void updatePersonalWords();

    std::unique_ptr<Ui::AddStaffDialog> m_ui;
    StaffRepository &m_repository;
    QString m_restaurantName;
    PasswordFeedback *m_passwordFeedback = nullptr;
    QTimer m_phoneCheckTimer;
    std::optional<StaffRepository::PhoneStatus> m_phoneStatus;
    QString m_createdStaffId;
    QString m_resultMessage;
    bool m_busy = false;
};
