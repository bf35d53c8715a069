#include "TestServer.h"

#include "Migrator.h"
#include "PasswordKdf.h"
#include "SetupService.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <QtDebug>

using namespace Qt::StringLiterals;

TestServer::TestServer()
    : m_folder(QDir::tempPath() + u"/resto360-test-XXXXXX"_s)
    , m_server(std::make_unique<LocalServer>(m_folder.path()))
{
    const QString serverUser = qEnvironmentVariable("RESTO360_TEST_PG_USER");
    if (!serverUser.isEmpty())
        m_server->setServerUser(serverUser);
}

TestServer::~TestServer()
{
    m_setup.reset();
    m_server->stop();
}

bool TestServer::start(QString *error)
{
    if (!m_folder.isValid()) {
        *error = u"cannot create a temporary folder"_s;
        return false;
    }
    if (!m_server->start()) {
        *error = m_server->errorMessage() + u" ("_s + m_server->errorDetail() + u')';
        return false;
    }
    Migrator migrator(m_server->adminSettings(), LocalServer::databaseName());
    if (!migrator.migrate()) {
        *error = migrator.errorText();
        return false;
    }
    if (!m_server->setAppRolePassword()) {
        *error = m_server->errorDetail();
        return false;
    }
    m_setup = std::make_unique<SetupService>(adminSettings());
    return true;
}

ConnectionSettings TestServer::adminSettings() const
{
    return m_server->adminSettings().withDatabase(LocalServer::databaseName());
}

ConnectionSettings TestServer::appSettings() const
{
    return m_server->appSettings();
}

QString TestServer::createRestaurant(const QString &name, const QString &ownerName,
    const QString &ownerPhoneE164, const QString &ownerPassword)
{
    RestaurantSetup setup;
    setup.name = name;
    setup.ownerName = ownerName;
    setup.ownerPhoneInput = ownerPhoneE164;
    setup.ownerPassword = ownerPassword;
    const Outcome outcome = m_setup->createRestaurantNow(setup);
    if (!outcome.ok)
        qWarning() << "createRestaurant failed:" << outcome.message;
    return outcome.value;
}

QString TestServer::addStaff(const QString &restaurantId, const QString &phoneE164,
    const QString &name, const QString &role, const QString &password, bool mustChangePassword)
{
    const Outcome outcome =
        m_setup->addStaffNow(restaurantId, phoneE164, name, role, password, mustChangePassword);
    if (!outcome.ok)
        qWarning() << "addStaff failed:" << outcome.message;
    return outcome.value;
}

bool TestServer::open(const QString &connectionName, const ConnectionSettings &settings)
{
    const QString error = openConnection(connectionName, settings);
    if (!error.isEmpty())
        qWarning() << "cannot open" << connectionName << ":" << error;
    return error.isEmpty();
}

QSqlQuery TestServer::run(
    const QString &connectionName, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    return query;
}

TestServer::Tokens TestServer::signIn(const QString &connectionName, const QString &phoneE164,
    const QString &password, const QString &staffId)
{
    QSqlQuery parameters = run(connectionName,
        u"select algorithm, salt, ops_limit, mem_limit from auth.login_parameters(?)"_s,
        {phoneE164});
    if (!parameters.next()) {
        qWarning() << "login_parameters failed:" << parameters.lastError().text();
        return {};
    }
    KdfParameters kdf;
    kdf.algorithm = parameters.value(0).toString();
    kdf.salt = parameters.value(1).toByteArray();
    kdf.opsLimit = parameters.value(2).toULongLong();
    kdf.memLimitBytes = parameters.value(3).toULongLong();
    KdfResult key = PasswordKdf::derive(password, kdf);

    QSqlQuery login = run(connectionName, u"select status, refresh_token from auth.login(?, ?)"_s,
        {phoneE164, key.key});
    PasswordKdf::wipe(key.key);
    if (!login.next() || login.value(0).toString() != u"ok"_s) {
        qWarning() << "login failed:" << login.lastError().text();
        return {};
    }
    const QString refreshToken = login.value(1).toString();

    QString membership = staffId;
    if (membership.isEmpty()) {
        QSqlQuery memberships =
            run(connectionName, u"select staff_id from auth.list_memberships(?)"_s, {refreshToken});
        if (memberships.next())
            membership = memberships.value(0).toString();
    }
    QSqlQuery refresh =
        run(connectionName, u"select status, refresh_token, access_token from auth.refresh(?, ?)"_s,
            {refreshToken, membership});
    if (!refresh.next() || refresh.value(0).toString() != u"ok"_s) {
        qWarning() << "refresh failed:" << refresh.lastError().text();
        return {};
    }
    return {refresh.value(1).toString(), refresh.value(2).toString()};
}

bool TestServer::useToken(const QString &connectionName, const QString &accessToken)
{
    QSqlQuery query = run(
        connectionName, u"select set_config('resto360.access_token', ?, false)"_s, {accessToken});
    return query.isActive() && !query.lastError().isValid();
}
