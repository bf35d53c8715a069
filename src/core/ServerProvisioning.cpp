#include "ServerProvisioning.h"

#include "DemoData.h"
#include "Logging.h"
#include "Migrator.h"
#include "ScramVerifier.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString ProvisioningConnection = u"resto360-provisioning-admin"_s;

QString joinVersions(const QList<int> &versions)
{
    QStringList numbers;
    for (const int version : versions)
        numbers << QString::number(version);
    return numbers.join(u", "_s);
}

} // namespace

ServerProvisioning::ServerProvisioning(ConnectionSettings adminSettings)
    : m_adminSettings(std::move(adminSettings))
{
}

bool ServerProvisioning::fail(const QString &message, const QString &detail)
{
    m_errorMessage = message;
    m_errorDetail = detail;
    qCWarning(lcDb).noquote() << "Server provisioning failed:" << message << detail;
    return false;
}

bool ServerProvisioning::setUp(const RestaurantSetup &restaurant, const QString &appPassword)
{
    m_report.clear();
    m_createdRestaurant = false;
    m_generatedAppPassword.clear();

    if (const QString problem = SetupService::validate(restaurant); !problem.isEmpty())
        return fail(problem, {});
    return setUpWithoutRestaurant(appPassword) && createRestaurant(restaurant);
}

bool ServerProvisioning::setUpWithoutRestaurant(const QString &appPassword)
{
    m_report.clear();
    m_createdRestaurant = false;
    m_generatedAppPassword.clear();
    return applyMigrations() && setAppPassword(appPassword);
}

bool ServerProvisioning::createDemoRestaurant()
{
    m_createdDemoRestaurant = false;
    SetupService setup(m_adminSettings);
    const Outcome outcome = DemoData::create(setup, &m_createdDemoRestaurant);
    if (!outcome.ok)
        return fail(outcome.message, {});

    if (m_createdDemoRestaurant) {
        m_report << tr("Created the demo restaurant \"%1\" with %n account(s).", nullptr,
            DemoData::staffCount())
                        .arg(DemoData::restaurantName());
    } else {
        m_report << tr("The demo restaurant \"%1\" is already there: it was left unchanged.")
                        .arg(DemoData::restaurantName());
    }
    // The demo password is published in the READMEs, so printing it gives nothing away.
    m_report << tr("Sign in to the demo restaurant as its owner with the phone number %1 and "
                   "the password %2, which every demo account shares.")
                    .arg(DemoData::ownerPhone(), DemoData::password());
    return true;
}

bool ServerProvisioning::upgrade()
{
    m_report.clear();
    return applyMigrations();
}

bool ServerProvisioning::applyMigrations()
{
    Migrator migrator(m_adminSettings.withDatabase(u"postgres"_s), m_adminSettings.databaseName);
    const bool ok = migrator.migrate();
    m_applied = migrator.appliedVersions();
    if (!ok) {
        return fail(tr("The database could not be created or upgraded. Nothing was changed by "
                       "the failed migration."),
            migrator.errorText());
    }

    if (m_applied.isEmpty()) {
        m_report << tr("The database \"%1\" is up to date (schema %2): no migration to apply.")
                        .arg(m_adminSettings.databaseName)
                        .arg(Migrator::latestVersion());
    } else {
        m_report << tr("Applied the migrations %1 to the database \"%2\".")
                        .arg(joinVersions(m_applied), m_adminSettings.databaseName);
    }
    return true;
}

bool ServerProvisioning::setAppPassword(const QString &appPassword)
{
    if (const QString error = openConnection(ProvisioningConnection, m_adminSettings);
        !error.isEmpty()) {
        closeConnection(ProvisioningConnection);
        return fail(tr("Cannot connect to the server as the administrator."), error);
    }

    QString password = appPassword;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::database(ProvisioningConnection, false);
        if (password.isEmpty()) {
            // pg_authid is readable by superusers only, which bootstrap.sql already requires.
            QSqlQuery hasPassword(db);
            if (!hasPassword.exec(u"select rolpassword is not null from pg_catalog.pg_authid "
                                  "where rolname = 'resto360_app'"_s)
                || !hasPassword.next()) {
                error = hasPassword.lastError().text();
            } else if (hasPassword.value(0).toBool()) {
                m_report << tr("The login resto360_app keeps its password.");
            } else {
                password = ScramVerifier::generatePassword();
                m_generatedAppPassword = password;
            }
        }

        if (error.isEmpty() && !password.isEmpty()) {
            // The verifier holds only base64 characters, digits, '$' and ':', so quoting it is
            // enough. ALTER ROLE takes no bound parameters.
            QSqlQuery alter(db);
            if (!alter.exec(u"alter role resto360_app password '%1'"_s.arg(
                    ScramVerifier::compute(password))))
                error = alter.lastError().text();
        }
    }
    closeConnection(ProvisioningConnection);

    if (!error.isEmpty()) {
        // The login did not get the generated password, so it must not be printed.
        m_generatedAppPassword.clear();
        return fail(tr("Cannot set the password of the login resto360_app."), error);
    }
    if (!appPassword.isEmpty())
        m_report << tr("Set the password of the login resto360_app from the given file.");
    else if (!m_generatedAppPassword.isEmpty())
        m_report << tr("Generated a password for the login resto360_app.");
    return true;
}

bool ServerProvisioning::createRestaurant(const RestaurantSetup &restaurant)
{
    SetupService setup(m_adminSettings);
    DatabaseError error;
    const QString existing = setup.findRestaurant(restaurant.name, &error);
    if (error.isError())
        return fail(error.message(), error.detail());
    if (!existing.isEmpty()) {
        m_report << tr("The restaurant \"%1\" already exists: it was left unchanged.")
                        .arg(restaurant.name);
        return true;
    }

    const Outcome outcome = setup.createRestaurantNow(restaurant);
    if (!outcome.ok)
        return fail(outcome.message, {});
    m_createdRestaurant = true;
    m_report << tr("Created the restaurant \"%1\" and its owner %2.")
                    .arg(restaurant.name, restaurant.ownerName);
    return true;
}
