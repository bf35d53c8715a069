#pragma once

#include "StaffRepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResetPasswordDialog;
}

class PasswordFeedback;

/// Sets a temporary password, typed twice, for a staff member who forgot theirs. They must
/// replace it at their next sign-in. The staff page opens this only when
/// StaffRepository::passwordResetStatus allows the reset.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(StaffRepository &repository, const StaffMember &member,
        const QString &restaurantName, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateButtons();
    void retranslate();
    void setBusy(bool busy);
    void finishSave(const Outcome &outcome);

    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    StaffRepository &m_repository;
    StaffMember m_member;
    QStringList m_personalWords;
    PasswordFeedback *m_passwordFeedback = nullptr;
    bool m_busy = false;
};
