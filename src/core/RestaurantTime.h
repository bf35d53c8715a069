#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

/// Shows instants on the restaurant's clock. A restaurant's times (audit rows, sign-ins)
/// are read in its own time zone, whatever time zone the PC is set to.
class RestaurantTime
{
public:
    /// timeZoneId is an IANA name such as "Africa/Abidjan". An unknown name falls back to
    /// UTC, which is also Abidjan's offset all year, and logs a warning.
    explicit RestaurantTime(const QString &timeZoneId);

    QTimeZone timeZone() const { return m_zone; }

    /// Returns the same instant expressed in the restaurant's time zone.
    QDateTime toRestaurantTime(const QDateTime &instant) const;

    /// Formats the instant as date and time on the restaurant's clock in the locale's
    /// format. An invalid instant gives an empty string.
    QString format(const QDateTime &instant, QLocale::FormatType format = QLocale::ShortFormat,
        const QLocale &locale = QLocale()) const;

private:
    QTimeZone m_zone;
};
