#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppContext.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "MembershipPage.h"
#include "PasswordChangePage.h"
#include "Prompter.h"
#include "Role.h"
#include "SessionManager.h"
#include "SignInPage.h"
#include "WorkspacePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>

namespace {

// Status bar messages that need no action stay this long.
constexpr int StatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    resize(1024, 700);

    SessionManager &sessions = m_context.sessions();
    m_signInPage = new SignInPage(sessions, m_ui->pageStackedWidget);
    m_membershipPage = new MembershipPage(sessions, m_ui->pageStackedWidget);
    m_passwordChangePage = new PasswordChangePage(sessions, m_ui->pageStackedWidget);
    m_workspacePage = new WorkspacePage(m_context, m_ui->pageStackedWidget);
    m_ui->pageStackedWidget->addWidget(m_signInPage);
    m_ui->pageStackedWidget->addWidget(m_membershipPage);
    m_ui->pageStackedWidget->addWidget(m_passwordChangePage);
    m_ui->pageStackedWidget->addWidget(m_workspacePage);

    m_ui->noticeFrame->setStyleSheet(QStringLiteral(
        "QFrame#noticeFrame { background: #fff6d6; border: 1px solid #e6cf7a; border-radius: 4px; }"
        " QLabel { color: #4a3b00; }"));

    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_ui->statusBar->addPermanentWidget(m_sessionLabel);

    m_ui->frenchAction->setData(QStringLiteral("fr"));
    m_ui->englishAction->setData(QStringLiteral("en"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->addAction(m_ui->frenchAction);
    m_languageGroup->addAction(m_ui->englishAction);
    m_ui->languageMenu->setEnabled(m_context.languages() != nullptr);

    connect(m_ui->switchMembershipAction, &QAction::triggered, this, &MainWindow::switchMembership);
    connect(m_ui->signOutAction, &QAction::triggered, &sessions, &SessionManager::signOut);
    connect(
        m_ui->signOutEverywhereAction, &QAction::triggered, this, &MainWindow::signOutEverywhere);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { chooseLanguage(action->data().toString()); });
    connect(
        m_ui->dismissNoticeToolButton, &QToolButton::clicked, m_ui->noticeFrame, &QWidget::hide);
    if (LanguageManager *languages = m_context.languages()) {
        connect(
            languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);
    }

    connect(&sessions, &SessionManager::signedIn, this, &MainWindow::enterWorkspace);
    connect(&sessions, &SessionManager::sessionChanged, this, &MainWindow::enterWorkspace);
    connect(&sessions, &SessionManager::membershipChoiceRequired, this,
        &MainWindow::showMembershipChoice);
    connect(
        &sessions, &SessionManager::passwordChangeRequired, this, &MainWindow::showPasswordChange);
    connect(&sessions, &SessionManager::signedOut, this, &MainWindow::showSignIn);
    connect(&sessions, &SessionManager::sessionEnded, this, [this](const QString &message) {
        showSignIn();
        m_signInPage->showNotice(message);
    });
    connect(&sessions, &SessionManager::restoreFinished, this, [this](bool restored) {
        if (restored && m_context.sessions().isSignedIn()
            && m_ui->pageStackedWidget->currentWidget() != m_workspacePage) {
            enterWorkspace();
        }
    });
    connect(&sessions, &SessionManager::rememberUnavailable, this, &MainWindow::showNotice);
    connect(
        m_membershipPage, &MembershipPage::backRequested, this, &MainWindow::leaveMembershipChoice);
    connect(m_workspacePage, &WorkspacePage::restaurantRenamed, this, [this](const QString &name) {
        m_restaurantName = name;
        updateStatus();
    });

    updateLanguageActions();
    showSignIn();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    if (!m_context.suggestedPhone().isEmpty())
        m_signInPage->setPhone(m_context.suggestedPhone());
    showSignIn();
    m_context.sessions().restoreSession();
}

void MainWindow::switchMembership()
{
    SessionManager &sessions = m_context.sessions();
    if (!sessions.isSignedIn())
        return;

    const QList<Membership> memberships = sessions.memberships();
    if (memberships.size() < 2) {
        m_ui->statusBar->showMessage(
            tr("You have no other restaurant or role to switch to."), StatusMessageMs);
        return;
    }

    m_switchingMembership = true;
    m_membershipPage->setMemberships(memberships, sessions.session().staffId);
    m_ui->pageStackedWidget->setCurrentWidget(m_membershipPage);
}

void MainWindow::signOutEverywhere()
{
    const bool confirmed = Prompter::confirm(this, QStringLiteral("signOutEverywherePrompt"),
        tr("Sign out everywhere"),
        tr("Sign out on this computer and on every other computer where you are signed in?"),
        tr("Sign out &everywhere"));
    if (confirmed)
        m_context.sessions().signOutEverywhere();
}

void MainWindow::showAbout()
{
    Prompter::inform(this, QStringLiteral("aboutPrompt"), tr("About RESTO360 Back Office"),
        tr("RESTO360 Back Office %1\n\nRestaurant owners and managers add their staff, give "
           "each person a role and keep the restaurant's settings here.")
            .arg(QStringLiteral(RESTO360_VERSION)));
}

void MainWindow::showNotice(const QString &message)
{
    m_ui->noticeLabel->setText(message);
    m_ui->noticeFrame->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showSignIn()
{
    m_switchingMembership = false;
    m_restaurantName.clear();
    m_workspacePage->clear();
    m_signInPage->reset();
    m_ui->pageStackedWidget->setCurrentWidget(m_signInPage);
    updateSessionActions();
    updateStatus();
}

void MainWindow::showMembershipChoice(const QList<Membership> &memberships)
{
    m_switchingMembership = false;
    m_membershipPage->setMemberships(memberships);
    m_ui->pageStackedWidget->setCurrentWidget(m_membershipPage);
    updateSessionActions();
}

void MainWindow::showPasswordChange()
{
    m_passwordChangePage->reset(m_signInPage->phone());
    m_ui->pageStackedWidget->setCurrentWidget(m_passwordChangePage);
    updateSessionActions();
}

void MainWindow::enterWorkspace()
{
    SessionManager &sessions = m_context.sessions();
    if (!sessions.isSignedIn())
        return;

    qCInfo(lcUi) << "Entering the workspace as staff member" << sessions.session().staffId;
    m_switchingMembership = false;
    m_restaurantName = sessions.session().restaurantName;
    m_membershipCount = static_cast<int>(sessions.memberships().size());
    m_context.applyProfileLanguage();

    m_workspacePage->rebuild();
    m_ui->pageStackedWidget->setCurrentWidget(m_workspacePage);
    updateSessionActions();
    updateStatus();
}

void MainWindow::leaveMembershipChoice()
{
    // Back from a switch returns to the workspace; back from sign-in drops the session.
    if (m_switchingMembership) {
        m_switchingMembership = false;
        m_ui->pageStackedWidget->setCurrentWidget(m_workspacePage);
        return;
    }
    m_context.sessions().signOut();
}

void MainWindow::chooseLanguage(const QString &code)
{
    const Outcome saved = m_context.chooseLanguage(code);
    if (!saved.ok)
        m_ui->statusBar->showMessage(saved.message, StatusMessageMs);
}

void MainWindow::updateLanguageActions()
{
    const LanguageManager *languages = m_context.languages();
    const QString current = languages ? languages->currentLanguage() : QString();
    m_ui->frenchAction->setChecked(current == m_ui->frenchAction->data().toString());
    m_ui->englishAction->setChecked(current == m_ui->englishAction->data().toString());
}

void MainWindow::updateSessionActions()
{
    const bool inWorkspace = m_ui->pageStackedWidget->currentWidget() == m_workspacePage
        && m_context.sessions().isSignedIn();
    m_ui->switchMembershipAction->setEnabled(inWorkspace && m_membershipCount > 1);
    m_ui->signOutAction->setEnabled(inWorkspace);
    m_ui->signOutEverywhereAction->setEnabled(inWorkspace);
}

void MainWindow::updateStatus()
{
    const SessionManager &sessions = m_context.sessions();
    const bool inWorkspace =
        m_ui->pageStackedWidget->currentWidget() == m_workspacePage && sessions.isSignedIn();
    if (!inWorkspace) {
        m_sessionLabel->clear();
        setWindowTitle(QApplication::applicationDisplayName());
        return;
    }

    const ActiveSession &session = sessions.session();
    const std::optional<Role> role = Roles::fromKey(session.role);
    const QString roleName = role ? Roles::displayName(*role) : session.role;
    m_sessionLabel->setText(tr("%1 — %2, %3", "restaurant — person, role")
                                .arg(m_restaurantName, session.displayName, roleName));
    setWindowTitle(m_restaurantName);
}
