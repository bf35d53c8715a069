#include "ServerProvisioning.h"

#include "DemoData.h"
#include "Logging.h"
#include "Migrator.h"
#include "PasswordKdf.h"
#include "PhoneNumber.h"
#include "SchemaCheck.h"
#include "ScramVerifier.h"

#include <QCryptographicHash>
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
    m_ownerAccountExisted = false;
    m_ownerHasDemoPassword = false;
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
    return applyMigrations(Migrator::MissingDatabase::Create) && setAppPassword(appPassword);
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
    return applyMigrations(Migrator::MissingDatabase::Reject);
}

QString ServerProvisioning::serverName() const
{
    return u"%1:%2"_s.arg(m_adminSettings.host).arg(m_adminSettings.port);
}

bool ServerProvisioning::applyMigrations(Migrator::MissingDatabase missingDatabase)
{
    Migrator migrator(
        m_adminSettings.withDatabase(u"postgres"_s), m_adminSettings.databaseName, missingDatabase);
    const bool ok = migrator.migrate();
    m_applied = migrator.appliedVersions();
    if (!ok)
        return failMigration(migrator);

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

// The driver's text goes after the sentence, because it names the cause: a refused password,
// a refused connection, an unknown host. libpq's connection errors name the host, the port
// and the user, not the password.
bool ServerProvisioning::failMigration(const Migrator &migrator)
{
    const QString &database = m_adminSettings.databaseName;
    const QString detail = tr("Detail: %1").arg(migrator.errorText());
    QString message;
    switch (migrator.failure()) {
    case Migrator::Failure::InvalidDatabaseName:
        message = tr("The database name \"%1\" is invalid: use 1 to 63 lower-case letters, "
                     "digits and underscores, not starting with a digit. Nothing was changed.")
                      .arg(database);
        break;
    case Migrator::Failure::ConnectionFailed:
        message = tr("Cannot connect to the server %1 as %2, so nothing was changed. Check the "
                     "host, the port, the user name and the password (PGPASSWORD or the "
                     "terminal), and that the server accepts connections from this computer. %3")
                      .arg(serverName(), m_adminSettings.userName, detail);
        break;
    case Migrator::Failure::DatabaseMissing:
        message = tr("The database %1 does not exist on this server. Check the name, or run "
                     "--setup-server to create it.")
                      .arg(database);
        break;
    case Migrator::Failure::NewerSchema:
        message =
            SchemaCheck::newerSchemaMessage(migrator.databaseVersion(), Migrator::latestVersion())
            + u' ' + tr("Nothing was changed.");
        break;
    case Migrator::Failure::MigrationFailed:
        message = tr("The migration %1 failed on the database \"%2\". It was rolled back with "
                     "the other migrations of this run, so the schema of the database is "
                     "unchanged. Send this message to your support contact. %3")
                      .arg(migrator.failedVersion())
                      .arg(database, detail);
        break;
    case Migrator::Failure::SetupFailed:
    case Migrator::Failure::None:
        message = tr("Cannot create the roles or the database \"%1\" on %2. Check that %3 is a "
                     "superuser of that server. %4")
                      .arg(database, serverName(), m_adminSettings.userName, detail);
        break;
    }
    return fail(message, migrator.errorText());
}

bool ServerProvisioning::openAdminConnection()
{
    const QString error = openConnection(ProvisioningConnection, m_adminSettings);
    if (error.isEmpty())
        return true;

    closeConnection(ProvisioningConnection);
    return fail(tr("Cannot connect to the server %1 as %2. %3")
                    .arg(serverName(), m_adminSettings.userName, tr("Detail: %1").arg(error)),
        error);
}

bool ServerProvisioning::setAppPassword(const QString &appPassword)
{
    if (!openAdminConnection())
        return false;

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
        return fail(tr("Cannot set the password of the login resto360_app. %1")
                        .arg(tr("Detail: %1").arg(error)),
            error);
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

    // auth.create_restaurant gives the restaurant to the account the phone number already
    // has, if any, and leaves that account's password as it is.
    std::optional<ExistingAccount> account;
    if (!findAccount(PhoneNumber::parse(restaurant.ownerPhoneInput).e164(), &account))
        return false;

    const Outcome outcome = setup.createRestaurantNow(restaurant);
    if (!outcome.ok)
        return fail(outcome.message, {});
    m_createdRestaurant = true;
    if (account) {
        reportCreatedForAccount(restaurant, *account);
        return true;
    }
    m_report << tr("Created the restaurant \"%1\" and its owner %2.")
                    .arg(restaurant.name, restaurant.ownerName);
    return true;
}

bool ServerProvisioning::findAccount(
    const QString &phoneE164, std::optional<ExistingAccount> *account)
{
    account->reset();
    if (!openAdminConnection())
        return false;

    QString error;
    KdfParameters parameters;
    QByteArray verifier;
    {
        // The administrator is a superuser, so row-level security does not hide other
        // restaurants' staff here.
        QSqlQuery query(QSqlDatabase::database(ProvisioningConnection, false));
        query.prepare(
            u"select u.kdf_algorithm, u.kdf_salt, u.kdf_ops_limit, u.kdf_mem_limit, u.verifier, "
            "s.display_name, r.name "
            "from auth.users u "
            "left join lateral (select s.display_name, s.restaurant_id from app.staff s "
            "where s.user_id = u.id order by s.created_at limit 1) s on true "
            "left join app.restaurants r on r.id = s.restaurant_id "
            "where u.phone = ?"_s);
        query.addBindValue(phoneE164);
        if (!query.exec()) {
            error = query.lastError().text();
        } else if (query.next()) {
            parameters.algorithm = query.value(0).toString();
            parameters.salt = query.value(1).toByteArray();
            parameters.opsLimit = query.value(2).toULongLong();
            parameters.memLimitBytes = query.value(3).toULongLong();
            verifier = query.value(4).toByteArray();
            *account = ExistingAccount {query.value(5).toString(), query.value(6).toString()};
        }
    }
    closeConnection(ProvisioningConnection);
    if (!error.isEmpty())
        return fail(
            tr("Cannot look up the owner's phone number. %1").arg(tr("Detail: %1").arg(error)),
            error);

    // The verifier is the SHA-256 of the key derived from the password, as at sign-in.
    if (*account && parameters.isSupported()) {
        KdfResult demo = PasswordKdf::derive(DemoData::password(), parameters);
        if (demo.status == KdfResult::Status::Ok) {
            (*account)->hasDemoPassword =
                QCryptographicHash::hash(demo.key, QCryptographicHash::Sha256) == verifier;
        }
        PasswordKdf::wipe(demo.key);
    }
    return true;
}

void ServerProvisioning::reportCreatedForAccount(
    const RestaurantSetup &restaurant, const ExistingAccount &account)
{
    m_ownerAccountExisted = true;
    m_ownerHasDemoPassword = account.hasDemoPassword;
    const QString phone = restaurant.ownerPhoneInput.trimmed();
    if (account.name.isEmpty()) {
        m_report << tr("Created the restaurant \"%1\" and gave it to the existing account of "
                       "the phone number %2 as its owner.")
                        .arg(restaurant.name, phone);
    } else {
        m_report << tr("Created the restaurant \"%1\" and gave it to the existing account of "
                       "the phone number %2 (%3 in the restaurant \"%4\") as its owner, listed "
                       "as %5.")
                        .arg(restaurant.name, phone, account.name, account.restaurantName,
                            restaurant.ownerName);
    }
    m_report << tr("That account keeps its password: the owner's password given to this "
                   "command was not used.");
    if (account.hasDemoPassword) {
        m_report << tr("Warning: that account has the published demo password %1, so anyone can "
                       "sign in as the owner of \"%2\". Sign in with it now and change the "
                       "password.")
                        .arg(DemoData::password(), restaurant.name);
    }
}
