#include "RestaurantRepository.h"

#include "Logging.h"
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

RestaurantRepository::RestaurantRepository(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

std::optional<RestaurantSettings> RestaurantRepository::load(DatabaseError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select id, name, slug, coalesce(phone, ''), address, time_zone, currency, "
                  "default_language, remember_sessions, idle_lock_minutes, version "
                  "from app.restaurants where id = auth.current_restaurant_id()"_s);
    if (!query.exec()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "load restaurant settings");
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = DatabaseError(DatabaseError::Kind::NotSignedIn);
        return std::nullopt;
    }
    RestaurantSettings settings;
    settings.id = query.value(0).toString();
    settings.name = query.value(1).toString();
    settings.slug = query.value(2).toString();
    settings.phone = query.value(3).toString();
    settings.address = query.value(4).toString();
    settings.timeZone = query.value(5).toString();
    settings.currency = query.value(6).toString();
    settings.defaultLanguage = query.value(7).toString();
    settings.rememberSessions = query.value(8).toBool();
    settings.idleLockMinutes = query.value(9).toInt();
    settings.version = query.value(10).toInt();
    return settings;
}

Outcome RestaurantRepository::save(const RestaurantSettings &edited, const QString &phoneInput)
{
    const QString name = edited.name.trimmed();
    if (name.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("RestaurantRepository", "Enter the restaurant's name."));
    if (name.size() > 120)
        return Outcome::failure(QCoreApplication::translate("RestaurantRepository",
            "The restaurant's name is too long: use at most 120 characters."));
    if (edited.address.size() > 500)
        return Outcome::failure(QCoreApplication::translate(
            "RestaurantRepository", "The address is too long: use at most 500 characters."));
    if (!QTimeZone(edited.timeZone.toUtf8()).isValid())
        return Outcome::failure(QCoreApplication::translate(
            "RestaurantRepository", "Choose a time zone from the list."));
    if (edited.defaultLanguage != u"fr"_s && edited.defaultLanguage != u"en"_s)
        return Outcome::failure(QCoreApplication::translate(
            "RestaurantRepository", "Choose French or English as the default language."));
    if (edited.currency.size() != 3)
        return Outcome::failure(QCoreApplication::translate(
            "RestaurantRepository", "Choose a currency from the list."));
    if (edited.idleLockMinutes < 0
        || edited.idleLockMinutes > RestaurantSettings::MaxIdleLockMinutes)
        return Outcome::failure(QCoreApplication::translate(
            "RestaurantRepository", "Choose a lock delay between 1 and %1 minutes, or never.")
                                    .arg(RestaurantSettings::MaxIdleLockMinutes));

    QVariant phone(QMetaType::fromType<QString>());
    if (!phoneInput.trimmed().isEmpty()) {
        PhoneNumber::Error phoneError = PhoneNumber::Error::None;
        const PhoneNumber parsed = PhoneNumber::parse(phoneInput, u"CI"_s, &phoneError);
        if (!parsed.isValid())
            return Outcome::failure(PhoneNumber::errorMessage(phoneError));
        phone = parsed.e164();
    }

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        u"update app.restaurants set name = ?, phone = ?, address = ?, time_zone = ?, "
        "currency = ?, default_language = ?, remember_sessions = ?, idle_lock_minutes = ? "
        "where id = auth.current_restaurant_id() and id = ? and version = ? returning version"_s);
    query.addBindValue(name);
    query.addBindValue(phone);
    query.addBindValue(edited.address.trimmed());
    query.addBindValue(edited.timeZone);
    query.addBindValue(edited.currency);
    query.addBindValue(edited.defaultLanguage);
    query.addBindValue(edited.rememberSessions);
    query.addBindValue(edited.idleLockMinutes);
    query.addBindValue(edited.id);
    query.addBindValue(edited.version);
    if (!query.exec())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "save restaurant settings"));
    if (!query.next()) {
        // No row: either someone saved first or this role may not edit settings.
        DatabaseError error;
        if (const auto current = load(&error); current && current->version != edited.version)
            return Outcome::fromError(DatabaseError(DatabaseError::Kind::VersionConflict));
        return Outcome::fromError(DatabaseError(DatabaseError::Kind::PermissionDenied));
    }
    qCInfo(lcDb) << "Saved restaurant settings" << edited.id << "version" << query.value(0).toInt();
    return Outcome::success(query.value(0).toString());
}

QStringList RestaurantRepository::timeZoneNames()
{
    QStringList africa;
    QStringList others;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        const QString name = QString::fromUtf8(id);
        if (!name.contains(u'/') || name.startsWith(u"Etc/"_s))
            continue;
        (name.startsWith(u"Africa/"_s) ? africa : others) << name;
    }
    africa.sort();
    others.sort();
    return africa + others;
}
