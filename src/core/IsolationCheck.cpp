#include "IsolationCheck.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// "schema.name(argument types)" for a function, as people write it in GRANT statements.
const QString FunctionName =
    u"n.nspname || '.' || p.proname || '(' || coalesce((select pg_catalog.string_agg("
    "pg_catalog.format_type(a.type, null), ', ' order by a.position) "
    "from pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) with ordinality a(type, position)), '') || ')'"_s;

} // namespace

IsolationCheck::IsolationCheck(QString connectionName, QString appRole)
    : m_connectionName(std::move(connectionName))
    , m_appRole(std::move(appRole))
{
}

QList<IsolationCheck::Finding> IsolationCheck::run() const
{
    QList<Finding> findings;
    checkAppRole(findings);
    checkOwnedObjects(findings);
    checkMemberships(findings);
    checkCreatePrivileges(findings);
    checkAuthTables(findings);
    checkTables(findings);
    checkViews(findings);
    checkDefinerFunctions(findings);
    checkPublicExecute(findings);

    for (const Finding &finding : std::as_const(findings))
        qCWarning(lcDb).noquote() << "Isolation check:" << finding.message;
    return findings;
}

bool IsolationCheck::query(QSqlQuery &query, const QString &sql, const QVariantList &values,
    const QString &checkName, QList<Finding> &findings) const
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;

    findings.append({Problem::QueryFailed, checkName,
        QCoreApplication::translate(
            "IsolationCheck", "The check of %1 failed, so the isolation check is incomplete: %2")
            .arg(checkName, query.lastError().text())});
    return false;
}

void IsolationCheck::checkAppRole(QList<Finding> &findings) const
{
    QSqlQuery role(QSqlDatabase::database(m_connectionName, false));
    if (!query(role, u"select rolsuper, rolbypassrls from pg_catalog.pg_roles where rolname = ?"_s,
            {m_appRole}, u"role attributes"_s, findings))
        return;

    if (!role.next()) {
        findings.append({Problem::AppRoleMissing, m_appRole,
            QCoreApplication::translate("IsolationCheck", "The application role %1 does not exist.")
                .arg(m_appRole)});
        return;
    }
    if (role.value(0).toBool()) {
        findings.append({Problem::AppRoleIsSuperuser, m_appRole,
            QCoreApplication::translate("IsolationCheck",
                "The application role %1 is a superuser, so row-level security "
                "and every permission check are skipped for it.")
                .arg(m_appRole)});
    }
    if (role.value(1).toBool()) {
        findings.append({Problem::AppRoleBypassesRowSecurity, m_appRole,
            QCoreApplication::translate("IsolationCheck",
                "The application role %1 has BYPASSRLS, so row-level security "
                "does not apply to it.")
                .arg(m_appRole)});
    }
}

void IsolationCheck::checkOwnedObjects(QList<Finding> &findings) const
{
    // pg_shdepend records every owner, and dbid 0 marks shared objects such as databases.
    // Temporary objects end with the session that made them and are left out.
    QSqlQuery owned(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select o.type || ' ' || o.identity
        from pg_catalog.pg_shdepend d
        cross join lateral pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid) o
        where d.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass
          and d.refobjid = (select r.oid from pg_catalog.pg_roles r where r.rolname = ?)
          and d.deptype = 'o'
          and d.dbid in (0, (select db.oid from pg_catalog.pg_database db
                             where db.datname = pg_catalog.current_database()))
          and (o.schema is null or o.schema !~ '^pg_(toast_)?temp_')
        order by 1)"_s;
    if (!query(owned, sql, {m_appRole}, u"owned objects"_s, findings))
        return;

    while (owned.next()) {
        const QString object = owned.value(0).toString();
        findings.append({Problem::AppRoleOwnsObject, object,
            QCoreApplication::translate("IsolationCheck",
                "The application role %1 owns %2. It must own nothing, because "
                "an owner can change the object's policies and grants.")
                .arg(m_appRole, object)});
    }
}

void IsolationCheck::checkMemberships(QList<Finding> &findings) const
{
    QSqlQuery memberships(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select g.rolname
        from pg_catalog.pg_auth_members m
        join pg_catalog.pg_roles g on g.oid = m.roleid
        join pg_catalog.pg_roles r on r.oid = m.member
        where r.rolname = ?
        order by 1)"_s;
    if (!query(memberships, sql, {m_appRole}, u"role memberships"_s, findings))
        return;

    while (memberships.next()) {
        const QString group = memberships.value(0).toString();
        findings.append({Problem::AppRoleIsMember, group,
            QCoreApplication::translate("IsolationCheck",
                "The application role %1 is a member of role %2, so it can act "
                "with that role's privileges through SET ROLE.")
                .arg(m_appRole, group)});
    }
}

void IsolationCheck::checkCreatePrivileges(QList<Finding> &findings) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

    QSqlQuery temporary(db);
    if (query(temporary,
            u"select pg_catalog.current_database(), "
            "pg_catalog.has_database_privilege(?, pg_catalog.current_database(), 'TEMPORARY')"_s,
            {m_appRole}, u"database privileges"_s, findings)
        && temporary.next() && temporary.value(1).toBool()) {
        const QString database = temporary.value(0).toString();
        findings.append({Problem::AppRoleCanCreateTemporary, database,
            QCoreApplication::translate("IsolationCheck",
                "The application role %1 may create temporary objects in database %2. "
                "A temporary type named like a built-in one takes precedence inside "
                "SECURITY DEFINER functions and can run code with their rights.")
                .arg(m_appRole, database)});
    }

    QSqlQuery schemas(db);
    const QString sql = uR"(
        select n.nspname
        from pg_catalog.pg_namespace n
        where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
          and pg_catalog.has_schema_privilege(?, n.oid, 'CREATE')
        order by 1)"_s;
    if (!query(schemas, sql, {m_appRole}, u"schema privileges"_s, findings))
        return;
    while (schemas.next()) {
        const QString schema = schemas.value(0).toString();
        findings.append({Problem::AppRoleCanCreateInSchema, schema,
            QCoreApplication::translate(
                "IsolationCheck", "The application role %1 may create objects in schema %2.")
                .arg(m_appRole, schema)});
    }
}

void IsolationCheck::checkAuthTables(QList<Finding> &findings) const
{
    QSqlQuery readable(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select n.nspname || '.' || c.relname
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'auth' and c.relkind in ('r', 'p', 'v', 'm', 'f')
          and pg_catalog.has_any_column_privilege(?, c.oid, 'SELECT')
        order by 1)"_s;
    if (!query(readable, sql, {m_appRole}, u"auth tables"_s, findings))
        return;

    while (readable.next()) {
        const QString table = readable.value(0).toString();
        findings.append({Problem::AppRoleReadsAuthTable, table,
            QCoreApplication::translate("IsolationCheck",
                "The application role %1 may read %2, which holds verifiers, tokens "
                "or keys that only the sign-in functions may read.")
                .arg(m_appRole, table)});
    }
}

void IsolationCheck::checkTables(QList<Finding> &findings) const
{
    QSqlQuery tables(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select n.nspname || '.' || c.relname, c.relrowsecurity, c.relforcerowsecurity
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'app' and c.relkind in ('r', 'p')
        order by 1)"_s;
    if (!query(tables, sql, {}, u"row-level security"_s, findings))
        return;

    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (!tables.value(1).toBool()) {
            findings.append({Problem::RowSecurityDisabled, table,
                QCoreApplication::translate("IsolationCheck",
                    "Table %1 does not enable row-level security, so its policies "
                    "are ignored and every row is visible.")
                    .arg(table)});
        }
        if (!tables.value(2).toBool()) {
            findings.append({Problem::RowSecurityNotForced, table,
                QCoreApplication::translate("IsolationCheck",
                    "Table %1 does not force row-level security, so its owner and "
                    "views owned by that owner skip the policies.")
                    .arg(table)});
        }
    }
}

void IsolationCheck::checkViews(QList<Finding> &findings) const
{
    // The option may be written true, on, yes or 1; the boolean cast accepts all of them.
    QSqlQuery views(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select n.nspname || '.' || c.relname, c.relkind = 'm',
               exists (select 1 from pg_catalog.unnest(c.reloptions) o(option)
                       where pg_catalog.split_part(o.option, '=', 1) = 'security_invoker'
                         and pg_catalog.split_part(o.option, '=', 2)::boolean)
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'app' and c.relkind in ('v', 'm')
        order by 1)"_s;
    if (!query(views, sql, {}, u"views"_s, findings))
        return;

    while (views.next()) {
        const QString view = views.value(0).toString();
        if (views.value(1).toBool()) {
            findings.append({Problem::MaterializedView, view,
                QCoreApplication::translate("IsolationCheck",
                    "Materialized view %1 stores rows outside row-level security, "
                    "because a materialized view cannot use security_invoker.")
                    .arg(view)});
        } else if (!views.value(2).toBool()) {
            findings.append({Problem::ViewNotSecurityInvoker, view,
                QCoreApplication::translate("IsolationCheck",
                    "View %1 does not use security_invoker, so it reads its tables "
                    "with its owner's rights and may skip their row-level security.")
                    .arg(view)});
        }
    }
}

void IsolationCheck::checkDefinerFunctions(QList<Finding> &findings) const
{
    QSqlQuery functions(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select %1
        from pg_catalog.pg_proc p
        join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('app', 'auth') and p.prosecdef
          and not exists (select 1 from pg_catalog.unnest(p.proconfig) c(setting)
                          where c.setting like 'search\_path=%')
        order by 1)"_s.arg(FunctionName);
    if (!query(functions, sql, {}, u"SECURITY DEFINER functions"_s, findings))
        return;

    while (functions.next()) {
        const QString function = functions.value(0).toString();
        findings.append({Problem::DefinerWithoutSearchPath, function,
            QCoreApplication::translate("IsolationCheck",
                "SECURITY DEFINER function %1 does not fix its search_path, so the "
                "caller's search_path decides which objects it uses.")
                .arg(function)});
    }
}

void IsolationCheck::checkPublicExecute(QList<Finding> &findings) const
{
    QSqlQuery functions(QSqlDatabase::database(m_connectionName, false));
    const QString sql = uR"(
        select %1
        from pg_catalog.pg_proc p
        join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('app', 'auth')
          and pg_catalog.has_function_privilege('public', p.oid, 'EXECUTE')
        order by 1)"_s.arg(FunctionName);
    if (!query(functions, sql, {}, u"function privileges"_s, findings))
        return;

    while (functions.next()) {
        const QString function = functions.value(0).toString();
        findings.append({Problem::PublicCanExecute, function,
            QCoreApplication::translate("IsolationCheck",
                "PUBLIC may execute function %1. Revoke it from PUBLIC and grant it "
                "only to the roles that need it.")
                .arg(function)});
    }
}
