#include "ProfileService.h"

#include "KeyDerivation.h"
#include "Logging.h"
#include "PasswordKdf.h"
#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

ProfileService::ProfileService(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

std::optional<Profile> ProfileService::load(DatabaseError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(
            u"select user_id, phone, coalesce(language, ''), must_change_password from auth.my_profile()"_s)
        || !query.next()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError(), "load profile");
        return std::nullopt;
    }
    return Profile {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toBool()};
}

Outcome ProfileService::setLanguage(const QString &language)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select auth.set_my_language(?)"_s);
    query.addBindValue(
        language.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(language));
    if (!query.exec())
        return Outcome::fromError(DatabaseError::fromSqlError(query.lastError(), "set language"));
    return Outcome::success();
}

void ProfileService::changePassword(const QString &currentPassword, const QString &newPassword,
    const QStringList &personalWords, QObject *context, std::function<void(Outcome)> done)
{
    if (currentPassword.isEmpty()) {
        done(Outcome::failure(
            QCoreApplication::translate("ProfileService", "Enter your current password.")));
        return;
    }
    if (const QString problem = PasswordPolicy::check(newPassword, personalWords);
        !problem.isEmpty()) {
        done(Outcome::failure(problem));
        return;
    }
    DatabaseError error;
    const std::optional<Profile> profile = load(&error);
    if (!profile) {
        done(Outcome::fromError(error));
        return;
    }

    QSqlQuery parametersQuery(QSqlDatabase::database(m_connectionName));
    parametersQuery.prepare(
        u"select algorithm, salt, ops_limit, mem_limit from auth.login_parameters(?)"_s);
    parametersQuery.addBindValue(profile->phone);
    if (!parametersQuery.exec() || !parametersQuery.next()) {
        done(Outcome::fromError(
            DatabaseError::fromSqlError(parametersQuery.lastError(), "login parameters")));
        return;
    }
    KdfParameters current;
    current.algorithm = parametersQuery.value(0).toString();
    current.salt = parametersQuery.value(1).toByteArray();
    current.opsLimit = parametersQuery.value(2).toULongLong();
    current.memLimitBytes = parametersQuery.value(3).toULongLong();

    const QString connectionName = m_connectionName;
    const KdfParameters next = KdfParameters::generate();
    auto shared = std::make_shared<std::function<void(Outcome)>>(std::move(done));
    deriveKeyAsync(currentPassword, current, context, [=](const KdfResult &oldKey) {
        if (oldKey.status != KdfResult::Status::Ok) {
            (*shared)(Outcome::failure(keyDerivationErrorMessage(oldKey.status)));
            return;
        }
        auto keptOldKey = std::make_shared<QByteArray>(oldKey.key);
        deriveKeyAsync(newPassword, next, context, [=](KdfResult newKey) {
            if (newKey.status != KdfResult::Status::Ok) {
                PasswordKdf::wipe(*keptOldKey);
                (*shared)(Outcome::failure(keyDerivationErrorMessage(newKey.status)));
                return;
            }
            QSqlQuery query(QSqlDatabase::database(connectionName));
            query.prepare(u"select auth.change_my_password(?, ?, ?, ?, ?)"_s);
            query.addBindValue(*keptOldKey);
            query.addBindValue(next.salt);
            query.addBindValue(static_cast<int>(next.opsLimit));
            query.addBindValue(static_cast<qlonglong>(next.memLimitBytes));
            query.addBindValue(newKey.key);
            const bool changed = query.exec();
            PasswordKdf::wipe(*keptOldKey);
            PasswordKdf::wipe(newKey.key);
            if (!changed) {
                (*shared)(Outcome::fromError(
                    DatabaseError::fromSqlError(query.lastError(), "change password")));
                return;
            }
            qCInfo(lcAuth) << "Password changed from the profile page";
            (*shared)(Outcome::success());
        });
    });
}
