#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

class QSqlQuery;

/// Checks the database catalog for settings that would let the application login see or
/// change another restaurant's rows. It checks the application role's attributes, objects,
/// memberships and privileges, row-level security on every table of schema app,
/// security_invoker on its views, a fixed search_path on SECURITY DEFINER functions and the
/// execute rights of PUBLIC. It only reads the catalog.
class IsolationCheck
{
public:
    enum class Problem {
        QueryFailed,    ///< A catalog query failed, so the check is incomplete.
        AppRoleMissing, ///< The application role does not exist.
        AppRoleIsSuperuser,
        AppRoleBypassesRowSecurity, ///< The application role has BYPASSRLS.
        AppRoleOwnsObject,
        AppRoleIsMember,           ///< The application role is a member of another role.
        AppRoleCanCreateTemporary, ///< TEMPORARY on the database: temporary objects can shadow
                                   ///< types.
        AppRoleCanCreateInSchema,
        AppRoleReadsAuthTable,
        RowSecurityDisabled,
        RowSecurityNotForced,
        ViewNotSecurityInvoker,
        MaterializedView, ///< Materialized views cannot apply row-level security.
        DefinerWithoutSearchPath,
        PublicCanExecute,
    };

    struct Finding
    {
        Problem problem = Problem::QueryFailed;
        QString object;  ///< The object concerned, such as "app.staff" or "auth.server_id()".
        QString message; ///< A translated sentence that names the object.
    };

    /// connectionName is an open connection to the application's database, normally as an
    /// administrator, but any role that can read the catalog will do. It is never reopened.
    explicit IsolationCheck(
        QString connectionName, QString appRole = QStringLiteral("resto360_app"));

    /// Runs every check and returns the findings. An empty list means that none was found.
    QList<Finding> run() const;

private:
    void checkAppRole(QList<Finding> &findings) const;
    void checkOwnedObjects(QList<Finding> &findings) const;
    void checkMemberships(QList<Finding> &findings) const;
    void checkCreatePrivileges(QList<Finding> &findings) const;
    void checkAuthTables(QList<Finding> &findings) const;
    void checkTables(QList<Finding> &findings) const;
    void checkViews(QList<Finding> &findings) const;
    void checkDefinerFunctions(QList<Finding> &findings) const;
    void checkPublicExecute(QList<Finding> &findings) const;

    /// Runs sql with values. On failure, appends a QueryFailed finding that names checkName.
    bool query(QSqlQuery &query, const QString &sql, const QVariantList &values,
        const QString &checkName, QList<Finding> &findings) const;

    QString m_connectionName;
    QString m_appRole;
};
