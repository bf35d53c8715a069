#pragma once

#include "Membership.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>

namespace Ui {
class MainWindow;
}

class AppContext;
class IdleWatcher;
class LockPage;
class QActionGroup;
class QLabel;
class MembershipPage;
class PasswordChangePage;
class SignInPage;
class WorkspacePage;

/// The application window. It walks a person through sign-in (phone and password, then a
/// choice of restaurant and role, then a required password change) to the workspace, and
/// back to sign-in when the session ends. The menus switch membership, sign out, change
/// the language and show the version.
///
/// After the restaurant's idle time without keyboard or mouse input the workspace locks
/// behind a page where the same person types their password again or switches user. A
/// banner asks to set the computer's clock when it is more than five minutes off the
/// server's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// context must outlive the window.
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the sign-in page and tries to restore a remembered session.
    void start();

public slots:
    void switchMembership();
    void signOutEverywhere();
    void showAbout();
    /// Opens the database connection dialog; a saved change applies at the next start.
    void editDatabaseConnection();
    /// Opens the Backups dialog of the bundled database.
    void openBackups();
    /// Shows a notice above the pages until the person dismisses it.
    void showNotice(const QString &message);

    /// Test seam: how long one minute of the restaurant's idle lock setting lasts, normally
    /// one minute. Tests shorten it so the lock comes in milliseconds.
    void setIdleMinuteForTesting(std::chrono::milliseconds minute);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSignIn();
    void showMembershipChoice(const QList<Membership> &memberships);
    void showPasswordChange();
    void enterWorkspace();
    void leaveMembershipChoice();
    void showLockPage();
    void leaveLockPage();
    /// Hides the windows opened from this one (dialogs, questions) while it is locked.
    void hideOwnWindows();
    void updateIdleWatcher();
    void showClockSkew(qint64 seconds);
    void updateClockSkewText();
    void showCertificateRejected();
    void chooseLanguage(const QString &code);
    void updateLanguageActions();
    void updateSessionActions();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext &m_context;
    SignInPage *m_signInPage = nullptr;
    MembershipPage *m_membershipPage = nullptr;
    PasswordChangePage *m_passwordChangePage = nullptr;
    WorkspacePage *m_workspacePage = nullptr;
    LockPage *m_lockPage = nullptr;
    IdleWatcher *m_idleWatcher = nullptr;
    std::chrono::milliseconds m_idleMinute = std::chrono::minutes(1);
    /// Dialogs hidden by the lock, shown again when it lifts.
    QList<QPointer<QWidget>> m_hiddenWindows;
    /// The workspace's pages exist (they keep unsaved edits while the window is locked).
    bool m_workspaceBuilt = false;
    qint64 m_clockSkewSeconds = 0;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QString m_restaurantName;
    int m_membershipCount = 0;
    /// True while the membership page serves the Session menu rather than sign-in.
    bool m_switchingMembership = false;
};
