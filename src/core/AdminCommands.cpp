#include "AdminCommands.h"

#include "IsolationCheck.h"
#include "Logging.h"
#include "SchemaCheck.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString ConnectionName = u"resto360_admin_command"_s;
const QString MaintenanceConnectionName = u"resto360_admin_command_maintenance"_s;

// Closes the task's connection when the task returns, after its queries are gone.
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name)
        : m_name(std::move(name))
    {
    }
    ~ConnectionGuard()
    {
        if (!m_name.isEmpty())
            closeConnection(m_name);
    }
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

private:
    QString m_name;
};

} // namespace

AdminCommands::AdminCommands(ConnectionSettings adminSettings)
    : m_adminSettings(std::move(adminSettings))
{
}

QString AdminCommands::open(QTextStream &errors) const
{
    const QString error = openConnection(ConnectionName, m_adminSettings);
    if (error.isEmpty())
        return ConnectionName;

    closeConnection(ConnectionName);
    errors << tr("Cannot connect to database %1 as administrator %2. Check that the server runs "
                 "and that this login may connect. Detail: %3")
                  .arg(m_adminSettings.databaseName, m_adminSettings.userName, error)
           << Qt::endl;
    return {};
}

std::optional<bool> AdminCommands::databaseExists() const
{
    std::optional<bool> exists;
    const QString error =
        openConnection(MaintenanceConnectionName, m_adminSettings.withDatabase(u"postgres"_s));
    if (error.isEmpty()) {
        QSqlQuery query(QSqlDatabase::database(MaintenanceConnectionName, false));
        query.prepare(u"select exists (select 1 from pg_catalog.pg_database where datname = ?)"_s);
        query.addBindValue(m_adminSettings.databaseName);
        if (query.exec() && query.next())
            exists = query.value(0).toBool();
        else
            qCWarning(lcDb).noquote() << "Cannot list the databases:" << query.lastError().text();
    }
    closeConnection(MaintenanceConnectionName);
    return exists;
}

bool AdminCommands::requireCurrentSchema(QTextStream &out, QTextStream &errors) const
{
    const QString server = u"%1:%2"_s.arg(m_adminSettings.host).arg(m_adminSettings.port);
    const QString &database = m_adminSettings.databaseName;

    // A missing database is the usual reason for a failed connection to a new server, and it
    // gets its own advice. Any other failure keeps the message of open().
    QString openFailure;
    QTextStream openErrors(&openFailure);
    const QString connection = open(openErrors);
    if (connection.isEmpty()) {
        const std::optional<bool> exists = databaseExists();
        if (exists && !*exists) {
            errors << tr("The server %1 has no database \"%2\", so RESTO360 is not set up there "
                         "yet. Run resto360-backoffice --setup-server with the same URL first, "
                         "then run this command again.")
                          .arg(server, database)
                   << Qt::endl;
        } else {
            errors << openFailure;
        }
        return false;
    }
    const ConnectionGuard guard(connection);

    std::optional<bool> hasSchema;
    QString failure;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (query.exec(u"select to_regclass('meta.schema_migrations') is not null"_s)
            && query.next())
            hasSchema = query.value(0).toBool();
        else
            failure = query.lastError().text();
    }
    if (!hasSchema) {
        qCWarning(lcDb).noquote() << "Cannot look for the RESTO360 schema:" << failure;
        errors << tr("Cannot read the schema of the database \"%1\" on %2. Detail: %3")
                      .arg(database, server, failure)
               << Qt::endl;
        return false;
    }
    if (!*hasSchema) {
        errors << tr("The database \"%1\" on %2 has no RESTO360 schema yet. Run "
                     "resto360-backoffice --setup-server with the same URL first, then run this "
                     "command again.")
                      .arg(database, server)
               << Qt::endl;
        return false;
    }

    const SchemaCheck check = SchemaCheck::run(connection);
    switch (check.verdict()) {
    case SchemaCheck::Verdict::Same:
        out << tr("Connected to the database \"%1\" on %2 as %3; its schema %4 matches this "
                  "program.")
                   .arg(database, server, m_adminSettings.userName)
                   .arg(check.databaseVersion())
            << Qt::endl;
        return true;
    case SchemaCheck::Verdict::Older:
        errors << tr("The database \"%1\" on %2 has schema %3, older than the schema %4 of this "
                     "program, so nothing was done. Run resto360-backoffice --upgrade-server "
                     "with the same URL first, then run this command again.")
                      .arg(database, server)
                      .arg(check.databaseVersion())
                      .arg(check.programVersion())
               << Qt::endl;
        return false;
    case SchemaCheck::Verdict::Newer:
        errors << tr("The database \"%1\" on %2 has schema %3, newer than the schema %4 of this "
                     "program, so nothing was done. Run this command with the newest version "
                     "of resto360-backoffice.")
                      .arg(database, server)
                      .arg(check.databaseVersion())
                      .arg(check.programVersion())
               << Qt::endl;
        return false;
    case SchemaCheck::Verdict::Failed:
        break;
    }
    errors << check.message() << u' ' << tr("Detail: %1").arg(check.errorDetail()) << Qt::endl;
    return false;
}

bool AdminCommands::describeLocalDatabase(
    QTextStream &out, QTextStream &errors, const QString &dataFolder) const
{
    const QString connection = open(errors);
    if (connection.isEmpty())
        return false;
    closeConnection(connection);

    out << tr("Connected to the local database \"%1\" in %2 as its administrator %3.")
               .arg(m_adminSettings.databaseName, QDir::toNativeSeparators(dataFolder),
                   m_adminSettings.userName)
        << Qt::endl;
    return true;
}

int AdminCommands::checkIsolation(QTextStream &out, QTextStream &errors) const
{
    const QString connection = open(errors);
    if (connection.isEmpty())
        return Failed;
    const ConnectionGuard guard(connection);

    const QList<IsolationCheck::Finding> findings = IsolationCheck(connection).run();
    bool incomplete = false;
    for (const IsolationCheck::Finding &finding : findings) {
        out << finding.message << Qt::endl;
        incomplete = incomplete || finding.problem == IsolationCheck::Problem::QueryFailed;
    }

    if (findings.isEmpty()) {
        out << tr("Isolation check passed: nothing found that would let one restaurant see or "
                  "change another's data.")
            << Qt::endl;
        return Success;
    }
    const int count = static_cast<int>(findings.size());
    out << tr("Isolation check failed with %n finding(s). Fix each one, then run the check again.",
        nullptr, count)
        << Qt::endl;
    if (incomplete)
        out << tr("Some checks could not run, so there may be more problems.") << Qt::endl;
    return Findings;
}

int AdminCommands::rotateSigningKey(QTextStream &out, QTextStream &errors) const
{
    const QString connection = open(errors);
    if (connection.isEmpty())
        return Failed;
    const ConnectionGuard guard(connection);

    QString newKeyId;
    QString failure;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (query.exec(u"select auth.rotate_signing_key()"_s) && query.next())
            newKeyId = query.value(0).toString();
        else
            failure = query.lastError().text();
    }
    if (newKeyId.isEmpty()) {
        qCWarning(lcDb).noquote() << "Rotating the signing key failed:" << failure;
        errors << tr("The signing key was not rotated, and the current key stays in use. "
                     "Check that this database is up to date and that you connect as an "
                     "administrator. Detail: %1")
                      .arg(failure)
               << Qt::endl;
        return Failed;
    }

    qCInfo(lcDb) << "Rotated the signing key; the new key id is" << newKeyId;
    out << tr("New signing key: %1. New access tokens are signed with it; those signed with the "
              "previous key stay valid until they expire.")
               .arg(newKeyId)
        << Qt::endl;
    return Success;
}
