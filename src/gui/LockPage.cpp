#include "LockPage.h"
#include "ui_LockPage.h"

#include "Role.h"
#include "SessionManager.h"

#include <QEvent>
#include <QFont>

LockPage::LockPage(SessionManager &sessions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockPage>())
    , m_sessions(sessions)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("lockPage"));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &LockPage::unlock);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LockPage::unlock);
    connect(m_ui->switchUserPushButton, &QPushButton::clicked, this, &LockPage::switchUser);

    connect(&m_sessions, &SessionManager::busyChanged, this, &LockPage::setBusy);
    connect(&m_sessions, &SessionManager::unlockFailed, this, &LockPage::showFailure);
}

LockPage::~LockPage() = default;

void LockPage::reset()
{
    m_ui->passwordLineEdit->clear();
    m_ui->messageLabel->clearMessage();
    updatePerson();
    setBusy(m_sessions.isBusy());
}

void LockPage::unlock()
{
    if (m_sessions.isBusy())
        return;

    m_ui->messageLabel->clearMessage();
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        m_ui->messageLabel->showError(tr("Type your password."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_sessions.unlock(m_ui->passwordLineEdit->text());
}

void LockPage::switchUser()
{
    m_ui->passwordLineEdit->clear();
    m_sessions.signOut();
}

void LockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updatePerson();
    }
    QWidget::changeEvent(event);
}

void LockPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ui->passwordLineEdit->setFocus();
}

void LockPage::updatePerson()
{
    const ActiveSession &session = m_sessions.session();
    if (!session.isValid()) {
        m_ui->personLabel->clear();
        return;
    }
    const std::optional<Role> role = Roles::fromKey(session.role);
    const QString roleName = role ? Roles::displayName(*role) : session.role;
    m_ui->personLabel->setText(tr("%1 is signed in at %2 as %3.", "person, restaurant, role")
                                   .arg(session.displayName, session.restaurantName, roleName));
}

void LockPage::setBusy(bool busy)
{
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->unlockPushButton->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    if (!busy && isVisible())
        m_ui->passwordLineEdit->setFocus();
}

void LockPage::showFailure(const QString &message)
{
    m_ui->passwordLineEdit->clear();
    m_ui->messageLabel->showError(message);
    m_ui->passwordLineEdit->setFocus();
}
