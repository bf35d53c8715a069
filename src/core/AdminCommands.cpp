#include "AdminCommands.h"

#include "IsolationCheck.h"
#include "Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString ConnectionName = u"resto360_admin_command"_s;

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
