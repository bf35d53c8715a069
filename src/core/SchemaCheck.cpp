#include "SchemaCheck.h"

#include "Logging.h"
#include "Migrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SchemaCheck SchemaCheck::run(const QString &connectionName)
{
    SchemaCheck check;
    check.m_programVersion = Migrator::latestVersion();

    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(u"select coalesce(max(version), 0) from meta.schema_migrations"_s)
        || !query.next()) {
        check.m_errorDetail = query.lastError().text();
        qCWarning(lcDb).noquote() << "Cannot read the schema version:" << check.m_errorDetail;
        return check;
    }

    check.m_databaseVersion = query.value(0).toInt();
    if (check.m_databaseVersion < check.m_programVersion)
        check.m_verdict = Verdict::Older;
    else if (check.m_databaseVersion > check.m_programVersion)
        check.m_verdict = Verdict::Newer;
    else
        check.m_verdict = Verdict::Same;

    if (check.m_verdict != Verdict::Same) {
        qCWarning(lcDb) << "Schema version" << check.m_databaseVersion
                        << "differs from this program's" << check.m_programVersion;
    }
    return check;
}

QString SchemaCheck::message() const
{
    switch (m_verdict) {
    case Verdict::Same:
        return {};
    case Verdict::Older:
        return tr("The database was set up for an older version of RESTO360 Back Office "
                  "(schema %1, this version needs %2). Ask the server's administrator to run "
                  "\"resto360-backoffice --upgrade-server\", then start the application again.")
            .arg(m_databaseVersion)
            .arg(m_programVersion);
    case Verdict::Newer:
        return newerSchemaMessage(m_databaseVersion, m_programVersion);
    case Verdict::Failed:
        break;
    }
    return tr("The version of the database cannot be read. Check that the server is set up "
              "for RESTO360 Back Office and reachable, then try again.");
}

QString SchemaCheck::newerSchemaMessage(int databaseVersion, int programVersion)
{
    return tr("The database was set up by a newer version of RESTO360 Back Office "
              "(schema %1, this version knows %2). Install the newest version of the "
              "application on this computer.")
        .arg(databaseVersion)
        .arg(programVersion);
}
