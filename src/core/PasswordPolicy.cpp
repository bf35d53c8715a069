#include "PasswordPolicy.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

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

// Reads the bundled list, case-folded. Lines starting with '#' are comments.
QSet<QString> loadCommonPasswords()
{
    QSet<QString> passwords;
    QFile file(u":/passwords/common-passwords.txt"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcAuth) << "Cannot read the list of common passwords:" << file.errorString();
        return passwords;
    }
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (!line.isEmpty() && !line.startsWith('#'))
            passwords.insert(QString::fromUtf8(line).toCaseFolded());
    }
    return passwords;
}

} // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    static const QSet<QString> commonPasswords = loadCommonPasswords();
    return commonPasswords.contains(password.toCaseFolded())
        || commonPasswords.contains(simplified(password));
}

QString PasswordPolicy::check(const QString &password, const QStringList &personalWords)
{
    if (password.size() < MinimumLength) {
        return QCoreApplication::translate(
            "PasswordPolicy", "The password needs at least %n characters.", nullptr, MinimumLength);
    }

    bool onlyDigits = true;
    for (const QChar c : password) {
        if (!c.isDigit()) {
            onlyDigits = false;
            break;
        }
    }
    if (onlyDigits) {
        return QCoreApplication::translate("PasswordPolicy",
            "The password cannot be only digits. Add letters or other characters.");
    }

    if (isCommon(password)) {
        return QCoreApplication::translate("PasswordPolicy",
            "This password is one of the most common ones and easy to guess. "
            "Choose a phrase of a few words that only you would think of.");
    }

    const QString candidate = simplified(password);
    for (const QString &word : personalWords) {
        const QString simple = simplified(word);
        if (simple.size() >= 4 && (candidate == simple || candidate.contains(simple))) {
            return QCoreApplication::translate("PasswordPolicy",
                "The password cannot contain your phone number, your name or the restaurant's "
                "name.");
        }
    }
    return {};
}
