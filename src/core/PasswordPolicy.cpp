#include "PasswordPolicy.h"

#include <QCoreApplication>

namespace {

QString simplified(const QString &text)
{
    QString letters;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            letters += c.toCaseFolded();
    }
    return letters;
}

} // namespace

QString PasswordPolicy::check(const QString &password, const QStringList &personalWords)
{
    const char *context = "PasswordPolicy";
    if (password.size() < MinimumLength) {
        return QCoreApplication::translate(context,
            "The password needs at least %n characters.", nullptr, MinimumLength);
    }

    bool onlyDigits = true;
    for (const QChar c : password) {
        if (!c.isDigit()) {
            onlyDigits = false;
            break;
        }
    }
    if (onlyDigits) {
        return QCoreApplication::translate(context,
            "The password cannot be only digits. Add letters or other characters.");
    }

    const QString candidate = simplified(password);
    for (const QString &word : personalWords) {
        const QString simple = simplified(word);
        if (simple.size() >= 4 && (candidate == simple || candidate.contains(simple))) {
            return QCoreApplication::translate(context,
                "The password cannot contain your phone number, your name or the restaurant's name.");
        }
    }
    return {};
}
