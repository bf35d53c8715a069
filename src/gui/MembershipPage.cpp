#include "MembershipPage.h"
#include "ui_MembershipPage.h"

#include "Role.h"
#include "SessionManager.h"

#include <QEvent>
#include <QFont>
#include <QListWidgetItem>

MembershipPage::MembershipPage(SessionManager &sessions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MembershipPage>())
    , m_sessions(sessions)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("membershipPage"));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    connect(m_ui->continuePushButton, &QPushButton::clicked, this, &MembershipPage::chooseSelected);
    connect(m_ui->membershipListWidget, &QListWidget::itemActivated, this,
        &MembershipPage::chooseSelected);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &MembershipPage::backRequested);
    connect(m_ui->membershipListWidget, &QListWidget::currentRowChanged, this,
        [this](int row) { m_ui->continuePushButton->setEnabled(row >= 0); });
    connect(&m_sessions, &SessionManager::busyChanged, this, &MembershipPage::setBusy);
    connect(
        &m_sessions, &SessionManager::signInFailed, m_ui->messageLabel, &MessageLabel::showError);
}

MembershipPage::~MembershipPage() = default;

void MembershipPage::setMemberships(
    const QList<Membership> &memberships, const QString &currentStaffId)
{
    m_memberships = memberships;
    m_currentStaffId = currentStaffId;
    m_ui->messageLabel->clearMessage();
    m_ui->membershipListWidget->clear();
    fillList();
    m_ui->membershipListWidget->setFocus();
}

void MembershipPage::chooseSelected()
{
    const QListWidgetItem *item = m_ui->membershipListWidget->currentItem();
    if (!item || m_sessions.isBusy())
        return;

    m_ui->messageLabel->clearMessage();
    m_sessions.chooseMembership(item->data(Qt::UserRole).toString());
}

void MembershipPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillList();
    }
    QWidget::changeEvent(event);
}

void MembershipPage::fillList()
{
    const int previousRow = m_ui->membershipListWidget->currentRow();
    m_ui->membershipListWidget->clear();

    int selectedRow = previousRow >= 0 ? previousRow : 0;
    for (int row = 0; row < m_memberships.size(); ++row) {
        const Membership &membership = m_memberships.at(row);
        const std::optional<Role> role = Roles::fromKey(membership.role);
        const QString roleName = role ? Roles::displayName(*role) : membership.role;

        QString text =
            tr("%1 — %2", "restaurant name, then role").arg(membership.restaurantName, roleName);
        if (membership.staffId == m_currentStaffId) {
            text = tr("%1 (current)").arg(text);
            if (previousRow < 0)
                selectedRow = row;
        }

        auto *item = new QListWidgetItem(text, m_ui->membershipListWidget);
        item->setData(Qt::UserRole, membership.staffId);
    }

    if (!m_memberships.isEmpty())
        m_ui->membershipListWidget->setCurrentRow(qMin(selectedRow, m_memberships.size() - 1));
    m_ui->continuePushButton->setEnabled(m_ui->membershipListWidget->currentRow() >= 0);
}

void MembershipPage::setBusy(bool busy)
{
    m_ui->membershipListWidget->setEnabled(!busy);
    m_ui->continuePushButton->setEnabled(!busy && m_ui->membershipListWidget->currentRow() >= 0);
    m_ui->backPushButton->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
}
