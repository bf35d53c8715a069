#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LockPage;
}

class SessionManager;

/// Covers the workspace after the window was left idle. It shows who is signed in; that
/// person unlocks it with their password, which the database checks and counts like a
/// sign-in. "Switch user" signs them out so that someone else can sign in.
class LockPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockPage(SessionManager &sessions, QWidget *parent = nullptr);
    ~LockPage() override;

    /// Shows the signed-in person, empties the password and any message.
    void reset();

public slots:
    void unlock();
    void switchUser();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updatePerson();
    void setBusy(bool busy);
    void showFailure(const QString &message);

    std::unique_ptr<Ui::LockPage> m_ui;
    SessionManager &m_sessions;
};
