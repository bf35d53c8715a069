#pragma once

#include <QString>
#include <QStringList>

/// The rules a new password must meet, checked as the person types and again on saving.
class PasswordPolicy
{
public:
    static constexpr int MinimumLength = 10;

    /// Returns an empty string when the password is acceptable, else a translated reason.
    /// personalWords are the phone number, the person's name and the restaurant's name,
    /// which the password must not be.
    static QString check(const QString &password, const QStringList &personalWords = {});

    /// Returns true when the password is on the bundled list of common passwords
    /// (resources/passwords/common-passwords.txt), compared case-insensitively, either as
    /// typed or with only its letters and digits kept and accents removed ("Mot de passe!"
    /// matches "motdepasse"). The list is read once, on the first call.
    static bool isCommon(const QString &password);
};
