#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PasswordChangePage;
}

class PasswordFeedback;
class SessionManager;

/// Asks for a new password, typed twice, when the current one was set by someone else (a
/// new account or a reset) and must be replaced at this sign-in.
class PasswordChangePage : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordChangePage(SessionManager &sessions, QWidget *parent = nullptr);
    ~PasswordChangePage() override;

    /// Empties the fields. The new password must not contain phone, the number the person
    /// signed in with, nor the names of the pending session.
    void reset(const QString &phone);

public slots:
    void changePassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy);
    void updateButton();

    std::unique_ptr<Ui::PasswordChangePage> m_ui;
    SessionManager &m_sessions;
    PasswordFeedback *m_passwordFeedback = nullptr;
    bool m_busy = false;
};
