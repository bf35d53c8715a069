#include "WorkspacePage.h"
#include "ui_WorkspacePage.h"

#include "AppContext.h"
#include "Membership.h"
#include "ProfilePage.h"
#include "SessionManager.h"
#include "SettingsPage.h"
#include "StaffPage.h"

#include <QEvent>

WorkspacePage::WorkspacePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkspacePage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workspacePage"));
}

WorkspacePage::~WorkspacePage() = default;

void WorkspacePage::rebuild()
{
    clear();

    const ActiveSession &session = m_context.sessions().session();
    if (session.can(QLatin1String(Permissions::StaffView))) {
        m_staffPage = new StaffPage(m_context, m_ui->workspaceTabWidget);
        m_ui->workspaceTabWidget->addTab(m_staffPage, {});
    }
    if (session.can(QLatin1String(Permissions::SettingsView))) {
        m_settingsPage = new SettingsPage(m_context, m_ui->workspaceTabWidget);
        connect(m_settingsPage, &SettingsPage::restaurantRenamed, this,
            &WorkspacePage::restaurantRenamed);
        m_ui->workspaceTabWidget->addTab(m_settingsPage, {});
    }
    m_profilePage = new ProfilePage(m_context, m_ui->workspaceTabWidget);
    m_ui->workspaceTabWidget->addTab(m_profilePage, {});

    retranslateTabs();
    m_ui->workspaceTabWidget->setCurrentIndex(0);
}

void WorkspacePage::clear()
{
    // Pages leave the window at once, so nothing finds a page of the previous session by
    // name, but are deleted later, because this may run inside one of their own slots.
    while (m_ui->workspaceTabWidget->count() > 0) {
        QWidget *page = m_ui->workspaceTabWidget->widget(0);
        m_ui->workspaceTabWidget->removeTab(0);
        page->hide();
        page->setParent(nullptr);
        page->deleteLater();
    }
}

void WorkspacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateTabs();
    }
    QWidget::changeEvent(event);
}

void WorkspacePage::retranslateTabs()
{
    QTabWidget *tabs = m_ui->workspaceTabWidget;
    if (m_staffPage)
        tabs->setTabText(tabs->indexOf(m_staffPage), tr("S&taff"));
    if (m_settingsPage)
        tabs->setTabText(tabs->indexOf(m_settingsPage), tr("Restaurant setti&ngs"));
    if (m_profilePage)
        tabs->setTabText(tabs->indexOf(m_profilePage), tr("&My profile"));
}
