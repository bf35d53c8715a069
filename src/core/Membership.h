#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One restaurant and role a person may act in, as offered after the password check.
struct Membership
{
    QString staffId;
    QString restaurantId;
    QString restaurantName;
    QString role;        ///< Database key: "owner", "manager", ...
    QString displayName; ///< The name this restaurant knows the person by.
};

/// The membership a signed-in person currently acts in.
struct ActiveSession
{
    QString userId;
    QString restaurantId;
    QString restaurantName;
    QString staffId;
    QString role;
    QString displayName;
    QString phone;
    QString timeZone;
    QStringList permissions;
    /// The restaurant lets PCs keep this sign-in in their keychain.
    bool rememberSessions = true;
    /// Minutes without input before the window locks; 0 for never.
    int idleLockMinutes = 10;

    bool isValid() const { return !staffId.isEmpty(); }
    bool can(const QString &permission) const { return permissions.contains(permission); }
};

/// Permission names as the database grants them to roles.
namespace Permissions {
inline constexpr char StaffView[] = "staff.view";
inline constexpr char StaffManage[] = "staff.manage";
inline constexpr char StaffManagePrivileged[] = "staff.manage_privileged";
inline constexpr char StaffResetPassword[] = "staff.reset_password";
inline constexpr char StaffRevokeSessions[] = "staff.revoke_sessions";
inline constexpr char SettingsView[] = "settings.view";
inline constexpr char SettingsEdit[] = "settings.edit";
inline constexpr char ProfileEdit[] = "profile.edit";
} // namespace Permissions

Q_DECLARE_METATYPE(Membership)
