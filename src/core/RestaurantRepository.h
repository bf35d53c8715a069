#pragma once

#include "DatabaseError.h"
#include "Outcome.h"

#include <QString>

#include <optional>

/// A restaurant's settings as the settings page edits them.
struct RestaurantSettings
{
    QString id;
    QString name;
    QString slug;
    QString phone; ///< E.164, or empty
    QString address;
    QString timeZone;
    QString currency;
    QString defaultLanguage;
    /// Whether PCs may keep a sign-in of this restaurant's staff in their keychain. Off for
    /// PCs that several people share.
    bool rememberSessions = true;
    /// Minutes without keyboard or mouse input before the window locks; 0 for never.
    int idleLockMinutes = 10;
    int version = 0;

    /// The range the database accepts for idleLockMinutes; 0 means never.
    static constexpr int MaxIdleLockMinutes = 240;
};

/// Reads and saves the current restaurant's settings. Only an owner may save; the database
/// refuses anyone else.
class RestaurantRepository
{
public:
    explicit RestaurantRepository(QString connectionName);

    std::optional<RestaurantSettings> load(DatabaseError *error = nullptr) const;

    /// Checks and saves edited. phoneInput is the phone as typed (empty for none). Fails
    /// with VersionConflict when someone else saved first; edited stays as it was.
    Outcome save(const RestaurantSettings &edited, const QString &phoneInput);

    /// IANA time zone names the settings page offers, Africa first.
    static QStringList timeZoneNames();

private:
    QString m_connectionName;
};
