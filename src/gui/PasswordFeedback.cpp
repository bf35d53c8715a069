#include "PasswordFeedback.h"

#include "PasswordPolicy.h"
#include "WrappingLabel.h"

#include <QEvent>
#include <QLineEdit>

PasswordFeedback::PasswordFeedback(QLineEdit *passwordLineEdit, QLineEdit *confirmationLineEdit,
    WrappingLabel *rulesLabel, WrappingLabel *mismatchLabel, QObject *parent)
    : QObject(parent)
    , m_passwordLineEdit(passwordLineEdit)
    , m_confirmationLineEdit(confirmationLineEdit)
    , m_rulesLabel(rulesLabel)
    , m_mismatchLabel(mismatchLabel)
{
    m_mismatchLabel->setStyleSheet(QStringLiteral("color: #a01818;"));

    connect(m_passwordLineEdit, &QLineEdit::textChanged, this, &PasswordFeedback::updateFeedback);
    connect(
        m_confirmationLineEdit, &QLineEdit::textChanged, this, &PasswordFeedback::updateFeedback);

    // The rules label receives LanguageChange like every widget. The texts set here are not
    // in the form's retranslateUi, so they are rewritten when it arrives.
    m_rulesLabel->installEventFilter(this);

    updateFeedback();
}

void PasswordFeedback::setPersonalWords(const QStringList &words)
{
    m_personalWords = words;
    updateFeedback();
}

QString PasswordFeedback::password() const
{
    return m_passwordLineEdit->text();
}

bool PasswordFeedback::isAcceptable() const
{
    return problem().isEmpty();
}

QString PasswordFeedback::problem() const
{
    QString rule = PasswordPolicy::check(password(), m_personalWords);
    if (!rule.isEmpty())
        return rule;

    if (m_confirmationLineEdit->text() != password())
        return tr("The two passwords are different. Type the same password in both fields.");
    return {};
}

void PasswordFeedback::clear()
{
    m_passwordLineEdit->clear();
    m_confirmationLineEdit->clear();
}

bool PasswordFeedback::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rulesLabel && event->type() == QEvent::LanguageChange)
        updateFeedback();
    return QObject::eventFilter(watched, event);
}

void PasswordFeedback::updateFeedback()
{
    const QString typed = password();
    const QString confirmation = m_confirmationLineEdit->text();

    // Before anything is typed, the rules read as a hint rather than as an error.
    QString state;
    if (typed.isEmpty()) {
        m_rulesLabel->setText(
            tr("At least %n characters, not only digits, and without the phone number or the "
               "name.",
                nullptr, PasswordPolicy::MinimumLength));
        m_rulesLabel->setStyleSheet({});
        state = QStringLiteral("hint");
    } else if (const QString rule = PasswordPolicy::check(typed, m_personalWords);
               !rule.isEmpty()) {
        m_rulesLabel->setText(rule);
        m_rulesLabel->setStyleSheet(QStringLiteral("color: #a01818;"));
        state = QStringLiteral("rejected");
    } else {
        m_rulesLabel->setText(tr("This password meets the rules."));
        m_rulesLabel->setStyleSheet(QStringLiteral("color: #17692a;"));
        state = QStringLiteral("accepted");
    }
    // Tests read the state instead of the translated text.
    m_rulesLabel->setProperty("passwordState", state);

    // The mismatch shows once the confirmation is as long as the password, so nobody is
    // told they are wrong while still typing it.
    const bool mismatch =
        !confirmation.isEmpty() && confirmation != typed && confirmation.size() >= typed.size();
    m_mismatchLabel->setText(tr("The two passwords are different."));
    m_mismatchLabel->setVisible(mismatch);

    emit passwordEdited();
}
