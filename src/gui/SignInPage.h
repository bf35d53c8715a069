#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SignInPage;
}

class SessionManager;

/// Sign-in with a phone number in any usual form and a password. Phone mistakes show under
/// the field before anything is sent. A wrong phone or password gets one message, which does
/// not tell which of the two was wrong.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(SessionManager &sessions, QWidget *parent = nullptr);
    ~SignInPage() override;

    /// Fills the phone field, for example with the demo owner's number.
    void setPhone(const QString &phone);
    /// The phone as typed.
    QString phone() const;

    /// Shows a notice above the button, such as why the last session ended.
    void showNotice(const QString &message);

    /// Empties the password and any message, and puts the cursor where typing starts.
    void reset();

public slots:
    void signIn();

signals:
    /// The person wants to choose the bundled database or a shared server.
    void databaseConnectionRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Checks the typed phone; shows the problem under the field. Returns true when valid.
    bool checkPhone();
    void setBusy(bool busy);
    void showFailure(const QString &message);
    void focusFirstEmptyField();

    std::unique_ptr<Ui::SignInPage> m_ui;
    SessionManager &m_sessions;
};
