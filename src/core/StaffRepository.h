#pragma once

#include "DatabaseError.h"
#include "Outcome.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

/// One membership row as the staff form edits it.
struct StaffMember
{
    QString id;
    QString userId;
    QString displayName;
    QString phone; ///< E.164
    QString role;  ///< Database key
    bool active = true;
    int version = 0;
};

/// The fields of the "add staff member" form, as typed.
struct NewStaffMember
{
    QString phoneInput;
    QString displayName;
    QString role;
    /// Ignored when the phone already has an account: that person keeps their password.
    QString initialPassword;
};

/// Reads and changes the current restaurant's staff. Row-level security limits every
/// statement to the restaurant in the session's access token; the database enforces the
/// rules on roles, and this class turns its refusals into messages.
class StaffRepository : public QObject
{
    Q_OBJECT

public:
    enum class PhoneStatus { None, Account, Member };
    enum class ResetStatus { Allowed, Self, NotOwner, OtherRestaurants, NotFound };

    explicit StaffRepository(QString connectionName, QObject *parent = nullptr);

    std::optional<StaffMember> fetch(const QString &staffId, DatabaseError *error = nullptr) const;

    /// Whether a phone (E.164) has no account, has one, or is already on this staff.
    std::optional<PhoneStatus> phoneStatus(
        const QString &e164, DatabaseError *error = nullptr) const;

    /// Adds a membership. Checks the fields first; derives the initial password's key on a
    /// worker thread; calls done with the new staff id in Outcome::value, and
    /// existingAccount set when the person already had an account.
    void addStaff(const NewStaffMember &member, const QString &restaurantName, QObject *context,
        std::function<void(Outcome outcome, bool existingAccount)> done);

    /// Saves the name and role of edited; fails with VersionConflict when someone saved first.
    Outcome update(const StaffMember &edited);

    /// Deactivates or reactivates a staff member; same version check as update().
    Outcome setActive(const QString &staffId, bool active, int version);

    std::optional<ResetStatus> passwordResetStatus(
        const QString &staffId, DatabaseError *error = nullptr) const;
    /// A translated sentence explaining why a reset is not allowed; empty for Allowed.
    static QString resetStatusMessage(ResetStatus status);

    /// Sets a temporary password the person must change at their next sign-in.
    void resetPassword(const QString &staffId, const QString &newPassword,
        const QStringList &personalWords, QObject *context, std::function<void(Outcome)> done);

    /// Signs a staff member out on every PC. Outcome::value is the number of sessions ended.
    Outcome revokeSessions(const QString &staffId);

    /// Lifts the sign-in lock that failed attempts put on a staff member's phone number.
    /// Outcome::value is "true" when there were failed attempts to clear, else "false".
    Outcome unlockSignIn(const QString &staffId);

private:
    QString m_connectionName;
};
