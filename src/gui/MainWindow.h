#pragma once

#include "Membership.h"

#include <QList>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class AppContext;
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
    /// Shows a notice above the pages until the person dismisses it.
    void showNotice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSignIn();
    void showMembershipChoice(const QList<Membership> &memberships);
    void showPasswordChange();
    void enterWorkspace();
    void leaveMembershipChoice();
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
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QString m_restaurantName;
    int m_membershipCount = 0;
    /// True while the membership page serves the Session menu rather than sign-in.
    bool m_switchingMembership = false;
};
