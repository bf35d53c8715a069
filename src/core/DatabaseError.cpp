#include "DatabaseError.h"

#include "Logging.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

DatabaseError::Kind kindForState(const QString &state)
{
    using Kind = DatabaseError::Kind;
    static const QHash<QString, Kind> kinds = {
        {u"R3440"_s, Kind::NotSignedIn},
        {u"R3403"_s, Kind::PermissionDenied},
        {u"42501"_s, Kind::PermissionDenied},
        {u"R3410"_s, Kind::OwnRoleChange},
        {u"R3411"_s, Kind::LastOwner},
        {u"R3412"_s, Kind::PrivilegedTarget},
        {u"R3413"_s, Kind::ResetNotAllowed},
        {u"R3415"_s, Kind::UnlockNotAllowed},
        {u"R3404"_s, Kind::StaffNotFound},
        {u"R3414"_s, Kind::DeleteForbidden},
        {u"R3416"_s, Kind::DuplicateMember},
        {u"R3417"_s, Kind::SelfDeactivation},
        {u"R3420"_s, Kind::InvalidInput},
        {u"R3421"_s, Kind::PasswordRequired},
        {u"R3401"_s, Kind::WrongPassword},
        {u"23514"_s, Kind::InvalidInput},
        {u"23502"_s, Kind::InvalidInput},
        {u"57P01"_s, Kind::ConnectionLost},
    };
    if (const auto it = kinds.constFind(state); it != kinds.constEnd())
        return it.value();
    if (state.startsWith(u"08"_s))
        return Kind::ConnectionLost;
    if (state.startsWith(u"22"_s))
        return Kind::InvalidInput;
    return Kind::Other;
}

} // namespace

DatabaseError::DatabaseError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{
}

DatabaseError DatabaseError::fromSqlError(const QSqlError &error, const char *context)
{
    if (!error.isValid())
        return {};

    const QString state = error.nativeErrorCode();
    qCWarning(lcDb).noquote() << context << "failed with SQLSTATE" << state << ":"
                              << error.databaseText() << error.driverText();
    if (state.isEmpty() && error.type() == QSqlError::ConnectionError)
        return DatabaseError(Kind::ConnectionLost, error.driverText());
    // The server sends a SQLSTATE with every error, so one without it comes from libpq on
    // this PC: no connection, the server closed it, or sending failed.
    if (state.isEmpty() && !error.databaseText().isEmpty())
        return DatabaseError(Kind::ConnectionLost, error.databaseText());
    if (state.isEmpty())
        return DatabaseError(Kind::ConnectionLost, error.driverText());
    return DatabaseError(kindForState(state), state);
}

QString DatabaseError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotSignedIn:
        return QCoreApplication::translate(
            "DatabaseError", "Your session has ended or your access was removed. Sign in again.");
    case Kind::PermissionDenied:
        return QCoreApplication::translate(
            "DatabaseError", "Your role does not allow this. Ask an owner of the restaurant.");
    case Kind::OwnRoleChange:
        return QCoreApplication::translate(
            "DatabaseError", "You cannot change your own role. Ask another owner to do it.");
    case Kind::LastOwner:
        return QCoreApplication::translate("DatabaseError",
            "The restaurant needs at least one active owner. Make someone else owner first.");
    case Kind::PrivilegedTarget:
        return QCoreApplication::translate(
            "DatabaseError", "Only an owner can add or edit owners and managers.");
    case Kind::ResetNotAllowed:
        return QCoreApplication::translate("DatabaseError",
            "You can reset this person's password only if you own every restaurant they work at. "
            "They can change it themselves, or an owner of their other restaurants can reset it.");
    case Kind::UnlockNotAllowed:
        return QCoreApplication::translate("DatabaseError",
            "You can unlock sign-in for this person only if you own every restaurant they work at. "
            "An owner of their other restaurants can unlock it, or the lock ends by itself within "
            "15 minutes.");
    case Kind::StaffNotFound:
        return QCoreApplication::translate("DatabaseError",
            "This staff member was not found in this restaurant. Reload the staff list and try "
            "again.");
    case Kind::DeleteForbidden:
        return QCoreApplication::translate(
            "DatabaseError", "Staff members cannot be deleted. Deactivate them instead.");
    case Kind::DuplicateMember:
        return QCoreApplication::translate(
            "DatabaseError", "This person already has this role in the restaurant.");
    case Kind::SelfDeactivation:
        return QCoreApplication::translate(
            "DatabaseError", "You cannot deactivate yourself. Ask another owner to do it.");
    case Kind::InvalidInput:
        return QCoreApplication::translate(
            "DatabaseError", "The database rejected a value. Check the fields and try again.");
    case Kind::PasswordRequired:
        return QCoreApplication::translate("DatabaseError",
            "This phone number has no account yet. Enter an initial password for the person.");
    case Kind::WrongPassword:
        return QCoreApplication::translate(
            "DatabaseError", "The current password is wrong. Type it again.");
    case Kind::VersionConflict:
        return QCoreApplication::translate("DatabaseError",
            "Someone else changed this record while you were editing it. "
            "Reload it to see their changes, then make yours again.");
    case Kind::ConnectionLost:
        return QCoreApplication::translate("DatabaseError",
            "The database cannot be reached. Your changes were not saved; try again in a moment.");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("DatabaseError",
        "The database reported an unexpected error. Your changes were not saved; "
        "try again, and if it persists, see the log for details.");
}
