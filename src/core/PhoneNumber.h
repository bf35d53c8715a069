#pragma once

#include <QMetaType>
#include <QString>

/// A phone number checked against libphonenumber's metadata and kept in E.164 form
/// ("+2250700000001"), the form the database stores and people sign in with.
///
/// A default-constructed PhoneNumber is invalid. Only parse() makes a valid one, and only for
/// a number libphonenumber considers valid (an existing range of a real numbering plan), not
/// merely of a possible length.
class PhoneNumber
{
public:
    /// Why parse() refused an input.
    enum class Error {
        None,             ///< parsed and valid
        Empty,            ///< nothing but spaces was typed
        NotANumber,       ///< letters or other characters that have no place in a phone number
        OldIvorianFormat, ///< an 8-digit Ivorian number from before the 2021 renumbering
        InvalidNumber,    ///< digits, but no valid number for that country
    };

    PhoneNumber() = default;

    /// Parses what a person typed. Accepts spaces, dots, dashes and brackets between digits,
    /// a leading "+" with the country code or the "00" international prefix; a number without
    /// either is read as a number of @p defaultRegion (an ISO 3166 code such as "CI").
    /// Letters are refused rather than read as keypad digits. Sets @p error when given.
    static PhoneNumber parse(const QString &input,
        const QString &defaultRegion = QStringLiteral("CI"), Error *error = nullptr);

    /// Returns a translated sentence saying what was wrong and what to type instead, or an
    /// empty string for Error::None.
    static QString errorMessage(Error error);

    bool isValid() const;

    /// The E.164 form, for example "+2250700000001"; empty when invalid.
    QString e164() const;

    /// The ISO 3166 region of the number, for example "CI"; empty when invalid.
    QString regionCode() const;

    /// The international form for display, for example "+225 07 00 00 00 01"; empty when
    /// invalid. Ivorian numbers are grouped in pairs as people write them.
    QString formatted() const;

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b)
    {
        return a.m_e164 == b.m_e164;
    }
    friend bool operator!=(const PhoneNumber &a, const PhoneNumber &b) { return !(a == b); }

private:
    QString m_e164;
    QString m_regionCode;
    QString m_formatted;
};

Q_DECLARE_METATYPE(PhoneNumber)
