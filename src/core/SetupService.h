#pragma once

#include "ConnectionSettings.h"
#include "DatabaseError.h"
#include "Outcome.h"
#include "PasswordKdf.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

/// The restaurant and owner details the first-run wizard collects.
struct RestaurantSetup
{
    QString name;
    QString phoneInput;
    QString address;
    QString timeZone = QStringLiteral("Africa/Abidjan");
    QString currency = QStringLiteral("XOF");
    QString language = QStringLiteral("fr");
    QString ownerName;
    QString ownerPhoneInput;
    QString ownerPassword;
};

/// Creates restaurants and their owners as a database administrator: the first-run wizard
/// on the bundled server, the demo data and server provisioning. The application login
/// cannot do this.
class SetupService : public QObject
{
    Q_OBJECT

public:
    /// adminSettings connects as an administrator to the application's database.
    explicit SetupService(ConnectionSettings adminSettings, QObject *parent = nullptr);
    ~SetupService() override;

    /// True when at least one restaurant exists.
    std::optional<bool> hasRestaurant(DatabaseError *error = nullptr);

    /// Returns the first problem with setup as a translated sentence, or an empty string.
    static QString validate(const RestaurantSetup &setup);

    /// Validates, derives the owner's key on a worker thread and creates the restaurant.
    /// Outcome::value is the new restaurant's id.
    void createRestaurant(
        const RestaurantSetup &setup, QObject *context, std::function<void(Outcome)> done);

    /// The same, blocking: for the command line and demo data.
    Outcome createRestaurantNow(const RestaurantSetup &setup);

    /// Adds a staff member to a restaurant as the administrator (demo data, provisioning).
    Outcome addStaffNow(const QString &restaurantId, const QString &phoneE164, const QString &name,
        const QString &role, const QString &password, bool mustChangePassword);

    /// Deactivates or reactivates a membership as the administrator.
    Outcome setStaffActiveNow(const QString &staffId, bool active);

    /// The id of the restaurant with this name, or an empty string.
    QString findRestaurant(const QString &name, DatabaseError *error = nullptr);

private:
    QString connection();
    Outcome insertRestaurant(
        const RestaurantSetup &setup, const KdfParameters &parameters, const QByteArray &key);

    ConnectionSettings m_adminSettings;
    QString m_connectionName;
};
