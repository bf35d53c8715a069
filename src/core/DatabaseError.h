#pragma once

#include <QSqlError>
#include <QString>

/// A database failure sorted into what a person can act on, with a translated message.
/// The driver's own text goes to the log, never into the message.
class DatabaseError
{
public:
    enum class Kind {
        None,
        NotSignedIn,      ///< No valid access token, or the membership is inactive.
        PermissionDenied, ///< The role may not do this.
        OwnRoleChange,    ///< Nobody changes their own role.
        LastOwner,        ///< The last active owner stays an owner and active.
        PrivilegedTarget, ///< Only owners add or edit owners and managers.
        ResetNotAllowed,  ///< The person belongs to a restaurant the caller does not own.
        UnlockNotAllowed, ///< Sign-in unlock refused: the person works at a restaurant the caller
                          ///< does not own.
        StaffNotFound,    ///< No such staff member in the current restaurant.
        DeleteForbidden,  ///< Staff are deactivated, never deleted.
        DuplicateMember,  ///< The person already has this role here.
        SelfDeactivation, ///< Nobody deactivates themselves.
        InvalidInput,     ///< A value the database rejected.
        PasswordRequired, ///< A new person needs an initial password.
        WrongPassword,    ///< The current password did not match.
        VersionConflict,  ///< Someone else saved the row first.
        ConnectionLost,   ///< The server cannot be reached.
        Other,
    };

    DatabaseError() = default;
    DatabaseError(Kind kind, QString detail = {});

    /// Sorts a driver error by its SQLSTATE and logs the driver's text.
    static DatabaseError fromSqlError(const QSqlError &error, const char *context);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// The SQLSTATE or other technical detail, for logs and tests.
    QString detail() const { return m_detail; }
    /// A translated sentence that says what failed and what to do.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};
