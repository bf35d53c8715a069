#include "MessageLabel.h"

#include "PhoneNumber.h"

#include <QAccessible>

MessageLabel::MessageLabel(QWidget *parent)
    : WrappingLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageLabel::showError(const QString &text)
{
    showMessage(Kind::Error, text);
}

void MessageLabel::showNotice(const QString &text)
{
    showMessage(Kind::Notice, text);
}

void MessageLabel::showSuccess(const QString &text)
{
    showMessage(Kind::Success, text);
}

void MessageLabel::clearMessage()
{
    m_kind = Kind::None;
    clear();
    setVisible(false);
}

void MessageLabel::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }

    // Colours with enough contrast on both light and dark window backgrounds, because the
    // label paints its own background.
    QString style;
    switch (kind) {
    case Kind::Error:
        style = QStringLiteral("color: #7a1010; background: #fde8e8; border: 1px solid #e4a0a0;");
        break;
    case Kind::Notice:
        style = QStringLiteral("color: #4a3b00; background: #fff6d6; border: 1px solid #e6cf7a;");
        break;
    case Kind::Success:
        style = QStringLiteral("color: #0f4d1c; background: #e4f5e7; border: 1px solid #98cfa3;");
        break;
    case Kind::None:
        break;
    }

    m_kind = kind;
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 6px; }").arg(style));
    setText(text);
    setVisible(true);

    // Screen readers announce the message as it appears.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

bool MessageLabel::checkPhoneNumber(const QString &typed)
{
    PhoneNumber::Error error = PhoneNumber::Error::None;
    PhoneNumber::parse(typed, QStringLiteral("CI"), &error);
    if (error != PhoneNumber::Error::None) {
        showError(PhoneNumber::errorMessage(error));
        return false;
    }
    clearMessage();
    return true;
}
