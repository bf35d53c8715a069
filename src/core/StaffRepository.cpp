#include "StaffRepository.h"

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

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("StaffRepository", "Enter the person's name.");
    if (trimmed.size() > 120)
        return QCoreApplication::translate(
            "StaffRepository", "The name is too long: use at most 120 characters.");
    return {};
}

} // namespace

StaffRepository::StaffRepository(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

std::optional<StaffMember> StaffRepository::fetch(
    const QString &staffId, DatabaseError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        u"select id, user_id, display_name, phone, role, active, version "
        "from app.staff_directory where restaurant_id = auth.current_restaurant_id() and id = ?"_s);
    query.addBindValue(staffId);
    if (!query.exec()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "fetch staff member");
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error =
                DatabaseError(DatabaseError::Kind::VersionConflict, u"staff member not found"_s);
        return std::nullopt;
    }
    return StaffMember {query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
        query.value(5).toBool(), query.value(6).toInt()};
}

std::optional<StaffRepository::PhoneStatus> StaffRepository::phoneStatus(
    const QString &e164, DatabaseError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select auth.phone_status(?)"_s);
    query.addBindValue(e164);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "phone status");
        return std::nullopt;
    }
    const QString status = query.value(0).toString();
    if (status == u"member"_s)
        return PhoneStatus::Member;
    if (status == u"account"_s)
        return PhoneStatus::Account;
    return PhoneStatus::None;
}

void StaffRepository::addStaff(const NewStaffMember &member, const QString &restaurantName,
    QObject *context, std::function<void(Outcome, bool)> done)
{
    if (const QString problem = validateName(member.displayName); !problem.isEmpty()) {
        done(Outcome::failure(problem), false);
        return;
    }
    PhoneNumber::Error phoneError = PhoneNumber::Error::None;
    const PhoneNumber phone = PhoneNumber::parse(member.phoneInput, u"CI"_s, &phoneError);
    if (!phone.isValid()) {
        done(Outcome::failure(PhoneNumber::errorMessage(phoneError)), false);
        return;
    }
    if (!Roles::fromKey(member.role)) {
        done(Outcome::failure(QCoreApplication::translate("StaffRepository", "Choose a role.")),
            false);
        return;
    }

    DatabaseError error;
    const std::optional<PhoneStatus> status = phoneStatus(phone.e164(), &error);
    if (!status) {
        done(Outcome::fromError(error), false);
        return;
    }

    const QString connectionName = m_connectionName;
    const QString name = member.displayName.trimmed();
    auto insert = [connectionName, name, phone, role = member.role](
                      const KdfParameters *parameters, const QByteArray &key) {
        QSqlQuery query(QSqlDatabase::database(connectionName));
        query.prepare(
            u"select staff_id, existing_account from auth.add_staff(?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(phone.e164());
        query.addBindValue(name);
        query.addBindValue(role);
        query.addBindValue(
            parameters ? QVariant(parameters->salt) : QVariant(QMetaType::fromType<QByteArray>()));
        query.addBindValue(parameters ? QVariant(static_cast<int>(parameters->opsLimit))
                                      : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(parameters ? QVariant(static_cast<qlonglong>(parameters->memLimitBytes))
                                      : QVariant(QMetaType::fromType<qlonglong>()));
        query.addBindValue(
            parameters ? QVariant(key) : QVariant(QMetaType::fromType<QByteArray>()));
        if (!query.exec() || !query.next())
            return std::make_pair(
                Outcome::fromError(DatabaseError::fromSqlError(query.lastError(), "add staff")),
                false);
        qCInfo(lcStaff) << "Added staff member" << query.value(0).toString() << "with role" << role;
        return std::make_pair(Outcome::success(query.value(0).toString()), query.value(1).toBool());
    };

    if (*status == PhoneStatus::Account || *status == PhoneStatus::Member) {
        // The person keeps their password; the database reports a duplicate role.
        const auto [outcome, existing] = insert(nullptr, {});
        done(outcome, existing);
        return;
    }

    const QStringList personalWords = {phone.e164(), phone.e164().right(10), name, restaurantName};
    if (const QString problem = PasswordPolicy::check(member.initialPassword, personalWords);
        !problem.isEmpty()) {
        done(Outcome::failure(problem), false);
        return;
    }

    auto parameters = std::make_shared<KdfParameters>(KdfParameters::generate());
    deriveKeyAsync(member.initialPassword, *parameters, context,
        [insert, parameters, done = std::move(done)](KdfResult result) {
            if (result.status != KdfResult::Status::Ok) {
                done(Outcome::failure(keyDerivationErrorMessage(result.status)), false);
                return;
            }
            const auto [outcome, existing] = insert(parameters.get(), result.key);
            PasswordKdf::wipe(result.key);
            done(outcome, existing);
        });
}

Outcome StaffRepository::update(const StaffMember &edited)
{
    if (const QString problem = validateName(edited.displayName); !problem.isEmpty())
        return Outcome::failure(problem);
    if (!Roles::fromKey(edited.role))
        return Outcome::failure(QCoreApplication::translate("StaffRepository", "Choose a role."));

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"update app.staff set display_name = ?, role = ? "
                  "where restaurant_id = auth.current_restaurant_id() and id = ? and version = ? "
                  "returning version"_s);
    query.addBindValue(edited.displayName.trimmed());
    query.addBindValue(edited.role);
    query.addBindValue(edited.id);
    query.addBindValue(edited.version);
    if (!query.exec())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "update staff member"));
    if (!query.next())
        return Outcome::fromError(DatabaseError(DatabaseError::Kind::VersionConflict));
    qCInfo(lcStaff) << "Updated staff member" << edited.id << "to version"
                    << query.value(0).toInt();
    return Outcome::success(query.value(0).toString());
}

Outcome StaffRepository::setActive(const QString &staffId, bool active, int version)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"update app.staff set active = ? "
                  "where restaurant_id = auth.current_restaurant_id() and id = ? and version = ? "
                  "returning version"_s);
    query.addBindValue(active);
    query.addBindValue(staffId);
    query.addBindValue(version);
    if (!query.exec())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "set staff member active"));
    if (!query.next())
        return Outcome::fromError(DatabaseError(DatabaseError::Kind::VersionConflict));
    qCInfo(lcStaff) << (active ? "Reactivated" : "Deactivated") << "staff member" << staffId;
    return Outcome::success(query.value(0).toString());
}

std::optional<StaffRepository::ResetStatus> StaffRepository::passwordResetStatus(
    const QString &staffId, DatabaseError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select auth.password_reset_status(?)"_s);
    query.addBindValue(staffId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "password reset status");
        return std::nullopt;
    }
    static const QHash<QString, ResetStatus> statuses = {
        {u"allowed"_s, ResetStatus::Allowed},
        {u"self"_s, ResetStatus::Self},
        {u"not_owner"_s, ResetStatus::NotOwner},
        {u"other_restaurants"_s, ResetStatus::OtherRestaurants},
    };
    return statuses.value(query.value(0).toString(), ResetStatus::NotFound);
}

QString StaffRepository::resetStatusMessage(ResetStatus status)
{
    switch (status) {
    case ResetStatus::Allowed:
        return {};
    case ResetStatus::Self:
        return QCoreApplication::translate(
            "StaffRepository", "To change your own password, use My profile.");
    case ResetStatus::NotOwner:
        return QCoreApplication::translate(
            "StaffRepository", "Only an owner of the restaurant can reset passwords.");
    case ResetStatus::OtherRestaurants:
        return QCoreApplication::translate("StaffRepository",
            "This person also works at a restaurant you do not own, so you cannot "
            "reset their password. They can change it themselves, or an owner of all "
            "their restaurants can reset it.");
    case ResetStatus::NotFound:
        break;
    }
    return QCoreApplication::translate(
        "StaffRepository", "This staff member no longer exists. Reload the list.");
}

void StaffRepository::resetPassword(const QString &staffId, const QString &newPassword,
    const QStringList &personalWords, QObject *context, std::function<void(Outcome)> done)
{
    if (const QString problem = PasswordPolicy::check(newPassword, personalWords);
        !problem.isEmpty()) {
        done(Outcome::failure(problem));
        return;
    }

    const QString connectionName = m_connectionName;
    const KdfParameters parameters = KdfParameters::generate();
    deriveKeyAsync(newPassword, parameters, context,
        [connectionName, staffId, parameters, done = std::move(done)](KdfResult result) {
            if (result.status != KdfResult::Status::Ok) {
                done(Outcome::failure(keyDerivationErrorMessage(result.status)));
                return;
            }
            QSqlQuery query(QSqlDatabase::database(connectionName));
            query.prepare(u"select auth.reset_staff_password(?, ?, ?, ?, ?)"_s);
            query.addBindValue(staffId);
            query.addBindValue(parameters.salt);
            query.addBindValue(static_cast<int>(parameters.opsLimit));
            query.addBindValue(static_cast<qlonglong>(parameters.memLimitBytes));
            query.addBindValue(result.key);
            const bool reset = query.exec();
            PasswordKdf::wipe(result.key);
            if (!reset) {
                done(Outcome::fromError(
                    DatabaseError::fromSqlError(query.lastError(), "reset password")));
                return;
            }
            qCInfo(lcStaff) << "Reset the password of staff member" << staffId;
            done(Outcome::success());
        });
}

Outcome StaffRepository::revokeSessions(const QString &staffId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select auth.revoke_staff_sessions(?)"_s);
    query.addBindValue(staffId);
    if (!query.exec() || !query.next())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "revoke staff sessions"));
    qCInfo(lcStaff) << "Ended" << query.value(0).toInt() << "sessions of staff member" << staffId;
    return Outcome::success(query.value(0).toString());
}

Outcome StaffRepository::unlockSignIn(const QString &staffId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select auth.unlock_staff(?)"_s);
    query.addBindValue(staffId);
    if (!query.exec() || !query.next())
        return Outcome::fromError(
            DatabaseError::fromSqlError(query.lastError(), "unlock staff sign-in"));
    const bool cleared = query.value(0).toBool();
    qCInfo(lcStaff) << "Unlocked sign-in for staff member" << staffId << "cleared" << cleared;
    return Outcome::success(cleared ? u"true"_s : u"false"_s);
}
