#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QStringList>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

using namespace Qt::StringLiterals;

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// Ivorian numbers had 8 digits until the 2021 renumbering; they have 10 since.
constexpr qsizetype oldIvorianDigits = 8;
constexpr qsizetype ivorianDigits = 10;

// libphonenumber reads letters as keypad digits ("1-800-FLOWERS") and cuts off what follows
// a number ("0700000001 ext 5"). Neither makes sense for a sign-in identifier, so anything but
// digits, separators and a leading "+" is refused before libphonenumber sees it.
bool hasOnlyPhoneCharacters(const QString &trimmed)
{
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        const bool digit = c >= u'0' && c <= u'9';
        const bool separator = c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')';
        const bool leadingPlus = i == 0 && c == u'+';
        if (!digit && !separator && !leadingPlus)
            return false;
    }
    return true;
}

// Returns what libphonenumber should read, or the reason the input cannot be a phone number.
PhoneNumber::Error normalise(const QString &input, std::string *normalised)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return PhoneNumber::Error::Empty;
    if (!hasOnlyPhoneCharacters(text))
        return PhoneNumber::Error::NotANumber;

    // Pasted numbers carry no-break spaces, which libphonenumber does not skip.
    for (QChar &c : text) {
        if (c.isSpace())
            c = u' ';
    }
    *normalised = text.toStdString();
    return PhoneNumber::Error::None;
}

bool isIvorian(const i18n::phonenumbers::PhoneNumber &number)
{
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(number.country_code(), &region);
    return region == "CI";
}

qsizetype nationalDigits(const i18n::phonenumbers::PhoneNumber &number)
{
    std::string national;
    PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &national);
    return qsizetype(national.size());
}

// "+225 07 00 00 00 01": Ivorians write their numbers in pairs, whereas libphonenumber 8.12
// groups them as "07 00 00 0001".
QString displayFormat(const i18n::phonenumbers::PhoneNumber &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (!isIvorian(number) || nationalDigits(number) != ivorianDigits) {
        std::string international;
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
        return QString::fromStdString(international);
    }

    std::string digits;
    util->GetNationalSignificantNumber(number, &digits);
    const QString national = QString::fromStdString(digits);
    QStringList pairs;
    for (qsizetype i = 0; i < national.size(); i += 2)
        pairs.append(national.mid(i, 2));
    return u"+225 "_s + pairs.join(u' ');
}

} // namespace

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion, Error *error)
{
    const auto finish = [error](Error reason, PhoneNumber number = {}) {
        if (error)
            *error = reason;
        return number;
    };

    std::string normalised;
    if (const Error reason = normalise(input, &normalised); reason != Error::None)
        return finish(reason);

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parseError = util->Parse(normalised, defaultRegion.toStdString(), &number);
    if (parseError == PhoneNumberUtil::NOT_A_NUMBER)
        return finish(Error::NotANumber);
    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR)
        return finish(Error::InvalidNumber);

    if (!util->IsValidNumber(number)) {
        const bool old = isIvorian(number) && nationalDigits(number) == oldIvorianDigits;
        return finish(old ? Error::OldIvorianFormat : Error::InvalidNumber);
    }

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    std::string region;
    util->GetRegionCodeForNumber(number, &region);

    PhoneNumber result;
    result.m_e164 = QString::fromStdString(e164);
    result.m_regionCode = QString::fromStdString(region);
    result.m_formatted = displayFormat(number);
    return finish(Error::None, result);
}

QString PhoneNumber::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate(
            "PhoneNumber", "Enter a phone number, for example 07 00 00 00 01.");
    case Error::NotANumber:
        return QCoreApplication::translate("PhoneNumber",
            "This is not a phone number. Type only digits, for example 07 00 00 00 01, "
            "or + and the country code for a number outside Côte d'Ivoire.");
    case Error::OldIvorianFormat:
        return QCoreApplication::translate("PhoneNumber",
            "Ivorian numbers have had 10 digits since 2021, for example 07 00 00 00 01. "
            "Add the two-digit prefix in front of the old 8-digit number.");
    case Error::InvalidNumber:
        return QCoreApplication::translate("PhoneNumber",
            "This phone number does not exist. Check the digits; for a number outside "
            "Côte d'Ivoire, start with + and the country code, for example +221 77 000 00 01.");
    }
    return {};
}

bool PhoneNumber::isValid() const
{
    return !m_e164.isEmpty();
}

QString PhoneNumber::e164() const
{
    return m_e164;
}

QString PhoneNumber::regionCode() const
{
    return m_regionCode;
}

QString PhoneNumber::formatted() const
{
    return m_formatted;
}
