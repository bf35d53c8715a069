#include "SetupService.h"

#include "KeyDerivation.h"
#include "Logging.h"
#include "PasswordKdf.h"
#include "PasswordPolicy.h"
#include "PhoneNumber.h"
#include "Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

SetupService::SetupService(ConnectionSettings adminSettings, QObject *parent)
    : QObject(parent)
    , m_adminSettings(std::move(adminSettings))
    , m_connectionName(u"resto360-setup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SetupService::~SetupService()
{
    closeConnection(m_connectionName);
}

QString SetupService::connection()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid() || !db.isOpen())
        openConnection(m_connectionName, m_adminSettings);
    return m_connectionName;
}

std::optional<bool> SetupService::hasRestaurant(DatabaseError *error)
{
    QSqlQuery query(QSqlDatabase::database(connection()));
    if (!query.exec(u"select exists (select 1 from app.restaurants)"_s) || !query.next()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "check for restaurants");
        return std::nullopt;
    }
    return query.value(0).toBool();
}

QString SetupService::validate(const RestaurantSetup &setup)
{
    if (setup.name.trimmed().isEmpty())
        return QCoreApplication::translate("SetupService", "Enter the restaurant's name.");
    if (setup.name.trimmed().size() > 120)
        return QCoreApplication::translate(
            "SetupService", "The restaurant's name is too long: use at most 120 characters.");
    if (!setup.phoneInput.trimmed().isEmpty()) {
        PhoneNumber::Error error = PhoneNumber::Error::None;
        if (!PhoneNumber::parse(setup.phoneInput, u"CI"_s, &error).isValid())
            return PhoneNumber::errorMessage(error);
    }
    if (!QTimeZone(setup.timeZone.toUtf8()).isValid())
        return QCoreApplication::translate("SetupService", "Choose a time zone from the list.");
    if (setup.ownerName.trimmed().isEmpty())
        return QCoreApplication::translate("SetupService", "Enter the owner's name.");
    if (setup.ownerName.trimmed().size() > 120)
        return QCoreApplication::translate(
            "SetupService", "The owner's name is too long: use at most 120 characters.");

    PhoneNumber::Error ownerError = PhoneNumber::Error::None;
    const PhoneNumber owner = PhoneNumber::parse(setup.ownerPhoneInput, u"CI"_s, &ownerError);
    if (!owner.isValid())
        return PhoneNumber::errorMessage(ownerError);

    return PasswordPolicy::check(
        setup.ownerPassword, {owner.e164(), owner.e164().right(10), setup.ownerName, setup.name});
}

void SetupService::createRestaurant(
    const RestaurantSetup &setup, QObject *context, std::function<void(Outcome)> done)
{
    if (const QString problem = validate(setup); !problem.isEmpty()) {
        done(Outcome::failure(problem));
        return;
    }

    const KdfParameters parameters = KdfParameters::generate();
    deriveKeyAsync(setup.ownerPassword, parameters, context,
        [this, setup, parameters, done = std::move(done)](KdfResult result) {
            if (result.status != KdfResult::Status::Ok) {
                done(Outcome::failure(keyDerivationErrorMessage(result.status)));
                return;
            }

            Outcome outcome = insertRestaurant(setup, parameters, result.key);
            PasswordKdf::wipe(result.key);
            done(outcome);
        });
}

Outcome SetupService::createRestaurantNow(const RestaurantSetup &setup)
{
    if (const QString problem = validate(setup); !problem.isEmpty())
        return Outcome::failure(problem);

    const KdfParameters parameters = KdfParameters::generate();
    KdfResult result = PasswordKdf::derive(setup.ownerPassword, parameters);
    if (result.status != KdfResult::Status::Ok)
        return Outcome::failure(keyDerivationErrorMessage(result.status));

    Outcome outcome = insertRestaurant(setup, parameters, result.key);
    PasswordKdf::wipe(result.key);
    return outcome;
}

Outcome SetupService::insertRestaurant(
    const RestaurantSetup &setup, const KdfParameters &parameters, const QByteArray &key)
{
    QSqlQuery query(QSqlDatabase::database(connection()));
    query.prepare(u"select auth.create_restaurant(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(setup.name.trimmed());
    query.addBindValue(nullableText(PhoneNumber::parse(setup.phoneInput).e164()));
    query.addBindValue(setup.address.trimmed());
    query.addBindValue(setup.timeZone);
    query.addBindValue(setup.currency);
    query.addBindValue(setup.language);
    query.addBindValue(setup.ownerName.trimmed());
    query.addBindValue(PhoneNumber::parse(setup.ownerPhoneInput).e164());
    query.addBindValue(parameters.salt);
    query.addBindValue(static_cast<int>(parameters.opsLimit));
    query.addBindValue(static_cast<qlonglong>(parameters.memLimitBytes));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "create restaurant"));
    qCInfo(lcDb) << "Created restaurant" << query.value(0).toString();
    return Outcome::success(query.value(0).toString());
}

Outcome SetupService::addStaffNow(const QString &restaurantId, const QString &phoneE164,
    const QString &name, const QString &role, const QString &password, bool mustChangePassword)
{
    if (!Roles::fromKey(role))
        return Outcome::failure(QCoreApplication::translate("SetupService", "Choose a role."));

    const KdfParameters parameters = KdfParameters::generate();
    KdfResult result = PasswordKdf::derive(password, parameters);
    if (result.status != KdfResult::Status::Ok)
        return Outcome::failure(keyDerivationErrorMessage(result.status));

    QSqlQuery query(QSqlDatabase::database(connection()));
    query.prepare(u"select staff_id from auth.insert_staff_member(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(restaurantId);
    query.addBindValue(phoneE164);
    query.addBindValue(name);
    query.addBindValue(role);
    query.addBindValue(parameters.salt);
    query.addBindValue(static_cast<int>(parameters.opsLimit));
    query.addBindValue(static_cast<qlonglong>(parameters.memLimitBytes));
    query.addBindValue(result.key);
    query.addBindValue(mustChangePassword);
    const bool added = query.exec() && query.next();
    PasswordKdf::wipe(result.key);
    if (!added)
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "add staff as administrator"));
    return Outcome::success(query.value(0).toString());
}

Outcome SetupService::setStaffActiveNow(const QString &staffId, bool active)
{
    QSqlQuery query(QSqlDatabase::database(connection()));
    query.prepare(u"update app.staff set active = ? where id = ?"_s);
    query.addBindValue(active);
    query.addBindValue(staffId);
    if (!query.exec())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "set staff active as administrator"));
    return Outcome::success(staffId);
}

QString SetupService::findRestaurant(const QString &name, DatabaseError *error)
{
    QSqlQuery query(QSqlDatabase::database(connection()));
    query.prepare(u"select id from app.restaurants where name = ? order by created_at limit 1"_s);
    query.addBindValue(name);
    if (!query.exec()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "find restaurant");
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}
