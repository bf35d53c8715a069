#pragma once

#include "ConnectionSettings.h"
#include "Migrator.h"
#include "SetupService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Sets up and upgrades a PostgreSQL server for RESTO360 as its administrator: roles,
/// database, migrations, the password of the application login, the first restaurant and
/// the demo restaurant.
/// Every step checks what exists first, so running it again changes nothing and reports that.
class ServerProvisioning
{
    Q_DECLARE_TR_FUNCTIONS(ServerProvisioning)

public:
    /// adminSettings connects as a superuser; its databaseName is the application's database,
    /// which is created when missing. The maintenance database "postgres" must exist.
    explicit ServerProvisioning(ConnectionSettings adminSettings);

    /// Creates the roles and the database, applies the migrations, gives resto360_app a
    /// password and creates the restaurant with its owner unless one with that name exists.
    /// When the owner's phone number already has an account, that account becomes the owner
    /// and keeps its password, and the report states that (see ownerAccountExisted()).
    /// appPassword empty: keep the login's password, or generate one when it has none (see
    /// generatedAppPassword()). Returns false on the first failure.
    bool setUp(const RestaurantSetup &restaurant, const QString &appPassword);

    /// The same as setUp() without creating a restaurant.
    bool setUpWithoutRestaurant(const QString &appPassword);

    /// Creates the demo restaurant (DemoData) unless it exists, and reports which of the two
    /// happened, with the demo owner's phone number and password. Call it after setUp() or
    /// setUpWithoutRestaurant(), whose report it extends.
    bool createDemoRestaurant();

    /// Applies the migrations that the database lacks. Unlike setUp(), it never creates the
    /// database: it fails when the database does not exist.
    bool upgrade();

    /// Translated report lines, one per step, in order.
    QStringList report() const { return m_report; }
    /// A translated sentence saying what failed, after a false return.
    QString errorMessage() const { return m_errorMessage; }
    /// Technical detail of the failure for the log. It contains no password.
    QString errorDetail() const { return m_errorDetail; }
    /// The migrations the last call applied.
    QList<int> appliedVersions() const { return m_applied; }
    /// True when setUp() created the restaurant rather than finding it.
    bool createdRestaurant() const { return m_createdRestaurant; }
    /// True when setUp() created the restaurant for an account that the owner's phone number
    /// already had, rather than for a new account with the given password.
    bool ownerAccountExisted() const { return m_ownerAccountExisted; }
    /// True when that existing account still has the published demo password.
    bool ownerHasDemoPassword() const { return m_ownerHasDemoPassword; }
    /// True when createDemoRestaurant() created the demo restaurant rather than finding it.
    bool createdDemoRestaurant() const { return m_createdDemoRestaurant; }
    /// The password setUp() generated for resto360_app, which the administrator enters on
    /// each PC; empty when none was generated.
    QString generatedAppPassword() const { return m_generatedAppPassword; }

private:
    /// The account that a phone number already has, as createRestaurant() reports it.
    struct ExistingAccount
    {
        QString name;           ///< its name in its oldest restaurant; empty when it has none
        QString restaurantName; ///< that restaurant
        bool hasDemoPassword = false;
    };

    bool applyMigrations(Migrator::MissingDatabase missingDatabase);
    bool failMigration(const Migrator &migrator);
    bool openAdminConnection();
    bool setAppPassword(const QString &appPassword);
    bool createRestaurant(const RestaurantSetup &restaurant);
    bool findAccount(const QString &phoneE164, std::optional<ExistingAccount> *account);
    void reportCreatedForAccount(const RestaurantSetup &restaurant, const ExistingAccount &account);
    QString serverName() const;
    bool fail(const QString &message, const QString &detail);

    ConnectionSettings m_adminSettings;
    QStringList m_report;
    QString m_errorMessage;
    QString m_errorDetail;
    QList<int> m_applied;
    bool m_createdRestaurant = false;
    bool m_ownerAccountExisted = false;
    bool m_ownerHasDemoPassword = false;
    bool m_createdDemoRestaurant = false;
    QString m_generatedAppPassword;
};
