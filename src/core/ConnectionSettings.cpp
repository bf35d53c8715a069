#include "ConnectionSettings.h"

#include "Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

ConnectionSettings ConnectionSettings::withDatabase(const QString &name) const
{
    ConnectionSettings copy = *this;
    copy.databaseName = name;
    return copy;
}

ConnectionSettings ConnectionSettings::withUser(const QString &name) const
{
    ConnectionSettings copy = *this;
    copy.userName = name;
    copy.password.clear();
    return copy;
}

QString ConnectionSettings::tlsOptions(const QString &caFile)
{
    if (caFile.isEmpty())
        return u"sslmode=require"_s;

    // libpq takes a quoted value with backslash escapes. The QPSQL driver turns every ';' of
    // the options into a space, so a path with ';' cannot be passed.
    QString quoted = caFile;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u"sslmode=verify-full sslrootcert='%1'"_s.arg(quoted);
}

QString openConnection(const QString &connectionName, const ConnectionSettings &settings)
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!db.isValid())
        return u"the QPSQL driver is not available (install libqt6sql6-psql)"_s;

    if (db.isOpen())
        db.close();
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.databaseName);
    db.setUserName(settings.userName);
    db.setPassword(settings.password);
    QString options = u"connect_timeout=5 application_name=resto360"_s;
    if (!settings.options.isEmpty())
        options += u' ' + settings.options;
    db.setConnectOptions(options);

    if (!db.open()) {
        const QString error = db.lastError().text();
        qCWarning(lcDb) << "Cannot open connection" << connectionName << "as" << settings.userName
                        << "to" << settings.databaseName << ":" << error;
        return error.isEmpty() ? u"unknown error"_s : error;
    }
    return {};
}

void closeConnection(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString testLogin(const ConnectionSettings &settings)
{
    // Each call has its own connection, so tests may run on several threads at once.
    static std::atomic<int> counter = 0;
    const QString connectionName = u"resto360-login-test-%1"_s.arg(++counter);
    QString error = openConnection(connectionName, settings);
    if (error.isEmpty()) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        if (!query.exec(u"select 1"_s))
            error = query.lastError().text();
    }
    closeConnection(connectionName);
    return error;
}
