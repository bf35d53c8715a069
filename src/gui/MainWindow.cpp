#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppContext.h"
#include "BackupsDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionMonitor.h"
#include "IdleWatcher.h"
#include "LanguageManager.h"
#include "LockPage.h"
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
#include <QMessageBox>

#include <utility>

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
    m_lockPage = new LockPage(sessions, m_ui->pageStackedWidget);
    m_ui->pageStackedWidget->addWidget(m_signInPage);
    m_ui->pageStackedWidget->addWidget(m_membershipPage);
    m_ui->pageStackedWidget->addWidget(m_passwordChangePage);
    m_ui->pageStackedWidget->addWidget(m_workspacePage);
    m_ui->pageStackedWidget->addWidget(m_lockPage);
    m_idleWatcher = new IdleWatcher(this);

    const QString bannerStyle = QStringLiteral(
        "QFrame#%1 { background: #fff6d6; border: 1px solid #e6cf7a; border-radius: 4px; }"
        " QLabel { color: #4a3b00; }");
    m_ui->noticeFrame->setStyleSheet(bannerStyle.arg(m_ui->noticeFrame->objectName()));
    m_ui->clockSkewFrame->setStyleSheet(bannerStyle.arg(m_ui->clockSkewFrame->objectName()));

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
    connect(m_ui->databaseConnectionAction, &QAction::triggered, this,
        &MainWindow::editDatabaseConnection);
    // Only the bundled database has backups that this application writes.
    m_ui->backupsAction->setVisible(m_context.backups() != nullptr);
    connect(m_ui->backupsAction, &QAction::triggered, this, &MainWindow::openBackups);
    connect(m_signInPage, &SignInPage::databaseConnectionRequested, this,
        &MainWindow::editDatabaseConnection);
    ConnectionMonitor &monitor = m_context.connectionMonitor();
    connect(&monitor, &ConnectionMonitor::connectionLost, m_ui->reconnectFrame, &QWidget::show);
    connect(&monitor, &ConnectionMonitor::reconnected, m_ui->reconnectFrame, &QWidget::hide);
    connect(&monitor, &ConnectionMonitor::certificateRejected, this,
        &MainWindow::showCertificateRejected);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { chooseLanguage(action->data().toString()); });
    connect(
        m_ui->dismissNoticeToolButton, &QToolButton::clicked, m_ui->noticeFrame, &QWidget::hide);
    connect(m_ui->dismissClockSkewToolButton, &QToolButton::clicked, m_ui->clockSkewFrame,
        &QWidget::hide);
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
        QWidget *current = m_ui->pageStackedWidget->currentWidget();
        if (restored && m_context.sessions().isSignedIn() && current != m_workspacePage
            && current != m_lockPage) {
            enterWorkspace();
        }
    });
    connect(&sessions, &SessionManager::rememberUnavailable, this, &MainWindow::showNotice);
    connect(&sessions, &SessionManager::restoreFailed, m_signInPage, &SignInPage::showNotice);
    connect(&sessions, &SessionManager::clockSkewDetected, this, &MainWindow::showClockSkew);
    connect(&sessions, &SessionManager::clockSkewCleared, m_ui->clockSkewFrame, &QWidget::hide);
    connect(&sessions, &SessionManager::locked, this, &MainWindow::showLockPage);
    connect(&sessions, &SessionManager::unlocked, this, &MainWindow::leaveLockPage);
    connect(
        &sessions, &SessionManager::restaurantPolicyChanged, this, &MainWindow::updateIdleWatcher);
    connect(m_idleWatcher, &IdleWatcher::idle, &sessions, &SessionManager::lock);
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

void MainWindow::openBackups()
{
    auto *dialog = new BackupsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editDatabaseConnection()
{
    auto *dialog = new ConnectionDialog(m_context.secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::profileSaved, this, [this] {
        Prompter::inform(this, QStringLiteral("databaseConnectionSavedPrompt"),
            tr("Database connection"),
            tr("The new connection settings apply when RESTO360 Back Office starts again."));
    });
    dialog->open();
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

void MainWindow::setIdleMinuteForTesting(std::chrono::milliseconds minute)
{
    m_idleMinute = minute;
    updateIdleWatcher();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
        updateClockSkewText();
        if (m_context.connectionMonitor().isCertificateRejected())
            showCertificateRejected();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showCertificateRejected()
{
    // The banner stays: nothing more happens until the person restarts the application.
    m_ui->reconnectLabel->setText(m_context.connectionMonitor().certificateRejectedMessage());
    m_ui->reconnectProgressBar->hide();
    m_ui->reconnectFrame->show();
}

void MainWindow::showSignIn()
{
    m_context.connectionMonitor().setChecksEnabled(false);
    m_switchingMembership = false;
    m_restaurantName.clear();
    m_idleWatcher->stop();
    m_hiddenWindows.clear();
    m_workspaceBuilt = false;
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
    m_context.connectionMonitor().setChecksEnabled(true);

    // A session restored while it was locked opens nothing before the password.
    if (sessions.isLocked()) {
        showLockPage();
        return;
    }

    qCInfo(lcUi) << "Entering the workspace as staff member" << sessions.session().staffId;
    m_switchingMembership = false;
    m_restaurantName = sessions.session().restaurantName;
    m_membershipCount = static_cast<int>(sessions.memberships().size());
    m_context.applyProfileLanguage();

    m_workspacePage->rebuild();
    m_workspaceBuilt = true;
    m_ui->pageStackedWidget->setCurrentWidget(m_workspacePage);
    updateSessionActions();
    updateStatus();
    updateIdleWatcher();
}

void MainWindow::showLockPage()
{
    qCInfo(lcUi) << "Locking the window";
    m_idleWatcher->stop();
    m_switchingMembership = false;
    hideOwnWindows();
    m_lockPage->reset();
    m_ui->pageStackedWidget->setCurrentWidget(m_lockPage);
    updateSessionActions();
    updateStatus();
}

void MainWindow::leaveLockPage()
{
    qCInfo(lcUi) << "Unlocking the window";
    if (!m_workspaceBuilt) {
        enterWorkspace();
        return;
    }

    m_ui->pageStackedWidget->setCurrentWidget(m_workspacePage);
    const QList<QPointer<QWidget>> hidden = std::exchange(m_hiddenWindows, {});
    for (const QPointer<QWidget> &window : hidden) {
        if (window)
            window->show();
    }
    updateSessionActions();
    updateStatus();
    updateIdleWatcher();
}

void MainWindow::hideOwnWindows()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == this || !window->isVisible())
            continue;
        bool ours = false;
        for (const QWidget *parent = window->parentWidget(); parent && !ours;
             parent = parent->parentWidget())
            ours = parent == this;
        if (!ours)
            continue;

        // Hiding a question ends it as if cancelled; a dialog comes back with its edits.
        window->hide();
        if (!qobject_cast<QMessageBox *>(window))
            m_hiddenWindows.append(window);
    }
}

void MainWindow::updateIdleWatcher()
{
    const SessionManager &sessions = m_context.sessions();
    const int minutes = sessions.session().idleLockMinutes;
    const bool inWorkspace = m_ui->pageStackedWidget->currentWidget() == m_workspacePage;
    if (!inWorkspace || !sessions.isSignedIn() || sessions.isLocked() || minutes <= 0) {
        m_idleWatcher->stop();
        return;
    }
    m_idleWatcher->start(m_idleMinute * minutes);
}

void MainWindow::showClockSkew(qint64 seconds)
{
    m_clockSkewSeconds = seconds;
    updateClockSkewText();
    m_ui->clockSkewFrame->show();
}

void MainWindow::updateClockSkewText()
{
    if (m_clockSkewSeconds == 0)
        return;

    // The skew is the server's time minus this PC's: positive means this PC is behind.
    const int minutes = qRound(qAbs(m_clockSkewSeconds) / 60.0);
    const QString text = m_clockSkewSeconds > 0
        ? tr("This computer's clock is %n minute(s) behind. Set the right date and time in the "
             "computer's settings; sign-in and everything else keep working meanwhile.",
            nullptr, minutes)
        : tr("This computer's clock is %n minute(s) ahead. Set the right date and time in the "
             "computer's settings; sign-in and everything else keep working meanwhile.",
            nullptr, minutes);
    m_ui->clockSkewLabel->setText(text);
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

    // A restore replaces every restaurant's data on this PC, so only a signed-in owner may
    // start one. A locked window offers neither the backups nor another database.
    const bool owner =
        inWorkspace && m_context.sessions().session().role == Roles::key(Role::Owner);
    m_ui->backupsAction->setEnabled(owner);
    m_ui->databaseConnectionAction->setEnabled(
        m_ui->pageStackedWidget->currentWidget() != m_lockPage);
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
