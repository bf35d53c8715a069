#include "SignInPage.h"
#include "ui_SignInPage.h"

#include "PhoneNumber.h"
#include "SessionManager.h"

#include <QEvent>
#include <QFont>
#include <QPixmap>

SignInPage::SignInPage(SessionManager &sessions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
    , m_sessions(sessions)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInPage"));

    // The PNG, because drawing the SVG needs Qt's SVG plugin, which may not be installed.
    m_ui->logoLabel->setPixmap(QPixmap(QStringLiteral(":/icons/resto360-256.png"))
                                   .scaled(72, 72, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_ui->databaseConnectionPushButton, &QPushButton::clicked, this,
        &SignInPage::databaseConnectionRequested);
    connect(m_ui->phoneLineEdit, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_ui->phoneLineEdit, &QLineEdit::textEdited, m_ui->phoneMessageLabel,
        &MessageLabel::clearMessage);
    connect(m_ui->phoneLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->phoneLineEdit->text().trimmed().isEmpty())
            checkPhone();
    });

    connect(&m_sessions, &SessionManager::busyChanged, this, &SignInPage::setBusy);
    connect(&m_sessions, &SessionManager::signInFailed, this, &SignInPage::showFailure);
}

SignInPage::~SignInPage() = default;

void SignInPage::setPhone(const QString &phone)
{
    m_ui->phoneLineEdit->setText(phone);
    m_ui->phoneMessageLabel->clearMessage();
}

QString SignInPage::phone() const
{
    return m_ui->phoneLineEdit->text();
}

void SignInPage::showNotice(const QString &message)
{
    m_ui->messageLabel->showNotice(message);
}

void SignInPage::reset()
{
    m_ui->passwordLineEdit->clear();
    m_ui->messageLabel->clearMessage();
    m_ui->phoneMessageLabel->clearMessage();
    setBusy(m_sessions.isBusy());
    focusFirstEmptyField();
}

void SignInPage::signIn()
{
    if (m_sessions.isBusy())
        return;

    m_ui->messageLabel->clearMessage();
    if (!checkPhone()) {
        m_ui->phoneLineEdit->setFocus();
        return;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        m_ui->messageLabel->showError(tr("Type your password."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }

    m_sessions.signIn(m_ui->phoneLineEdit->text(), m_ui->passwordLineEdit->text());
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_ui->phoneMessageLabel->kind() != MessageLabel::Kind::None)
            checkPhone();
    }
    QWidget::changeEvent(event);
}

void SignInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusFirstEmptyField();
}

bool SignInPage::checkPhone()
{
    return m_ui->phoneMessageLabel->checkPhoneNumber(m_ui->phoneLineEdit->text());
}

void SignInPage::setBusy(bool busy)
{
    m_ui->phoneLineEdit->setEnabled(!busy);
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->signInPushButton->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);

    // Focus cannot go to a disabled field, so a failed attempt moves it here.
    if (!busy && isVisible())
        focusFirstEmptyField();
}

void SignInPage::showFailure(const QString &message)
{
    m_ui->passwordLineEdit->clear();
    m_ui->messageLabel->showError(message);
    focusFirstEmptyField();
}

void SignInPage::focusFirstEmptyField()
{
    if (m_ui->phoneLineEdit->text().trimmed().isEmpty())
        m_ui->phoneLineEdit->setFocus();
    else
        m_ui->passwordLineEdit->setFocus();
}
