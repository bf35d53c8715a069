#include "RestaurantTime.h"

#include "Logging.h"

RestaurantTime::RestaurantTime(const QString &timeZoneId)
    : m_zone(timeZoneId.toUtf8())
{
    if (!m_zone.isValid()) {
        qCWarning(lcUi) << "Unknown time zone" << timeZoneId << "- showing times in UTC";
        m_zone = QTimeZone::utc();
    }
}

QDateTime RestaurantTime::toRestaurantTime(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(m_zone);
}

QString RestaurantTime::format(
    const QDateTime &instant, QLocale::FormatType format, const QLocale &locale) const
{
    if (!instant.isValid())
        return {};
    return locale.toString(toRestaurantTime(instant), format);
}
