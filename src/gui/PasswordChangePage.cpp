#include "PasswordChangePage.h"
#include "ui_PasswordChangePage.h"

#include "PasswordFeedback.h"
#include "SessionManager.h"

#include <QEvent>
#include <QFont>

PasswordChangePage::PasswordChangePage(SessionManager &sessions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PasswordChangePage>())
    , m_sessions(sessions)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("passwordChangePage"));
    m_passwordFeedback = new PasswordFeedback(m_ui->newPasswordLineEdit,
        m_ui->confirmPasswordLineEdit, m_ui->passwordRulesLabel, m_ui->passwordMismatchLabel, this);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    connect(m_ui->changePasswordPushButton, &QPushButton::clicked, this,
        &PasswordChangePage::changePassword);
    connect(m_ui->confirmPasswordLineEdit, &QLineEdit::returnPressed, this,
        &PasswordChangePage::changePassword);
    connect(m_ui->signOutPushButton, &QPushButton::clicked, &m_sessions, &SessionManager::signOut);
    connect(m_passwordFeedback, &PasswordFeedback::passwordEdited, this,
        &PasswordChangePage::updateButton);
    connect(&m_sessions, &SessionManager::busyChanged, this, &PasswordChangePage::setBusy);
    connect(&m_sessions, &SessionManager::passwordChangeFailed, this,
        [this](const QString &message) { m_ui->messageLabel->showError(message); });

    updateButton();
}

PasswordChangePage::~PasswordChangePage() = default;

void PasswordChangePage::reset(const QString &phone)
{
    // The session's names may not be loaded yet, because the change comes before it starts.
    const ActiveSession &pending = m_sessions.session();
    m_passwordFeedback->setPersonalWords(
        {phone, pending.phone, pending.displayName, pending.restaurantName});
    m_passwordFeedback->clear();
    m_ui->messageLabel->clearMessage();
    m_ui->newPasswordLineEdit->setFocus();
}

void PasswordChangePage::changePassword()
{
    if (m_busy)
        return;

    if (const QString problem = m_passwordFeedback->problem(); !problem.isEmpty()) {
        m_ui->messageLabel->showError(problem);
        return;
    }

    m_ui->messageLabel->clearMessage();
    m_sessions.completePasswordChange(m_passwordFeedback->password());
}

void PasswordChangePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void PasswordChangePage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->newPasswordLineEdit->setEnabled(!busy);
    m_ui->confirmPasswordLineEdit->setEnabled(!busy);
    m_ui->signOutPushButton->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    updateButton();
}

void PasswordChangePage::updateButton()
{
    m_ui->changePasswordPushButton->setEnabled(!m_busy && m_passwordFeedback->isAcceptable());
}
