#pragma once

#include "Membership.h"
#include "PasswordKdf.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

class SecretStore;

/// Signs people in and keeps their session. The password key is derived on the PC and traded
/// for a refresh token, which buys an access token for one membership. The access token goes
/// on the database connection and is refreshed before it expires; the refresh token is kept
/// in the OS keychain. All database work runs on the connection's thread; only the key
/// derivation runs on a worker thread.
///
/// Expiry is decided by the server's clock: refreshes are scheduled from the times the
/// server returns, so a PC whose clock is off still signs in and stays signed in; the
/// difference is reported with clockSkewDetected so the person can fix the clock.
///
/// A session can be locked (after the window was left idle): it stays valid and keeps
/// refreshing, but the same person must type their password again, checked by the database
/// and counted like a sign-in, before working on. A remembered session that was locked comes
/// back locked after a restart.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    /// How far this PC's clock may be from the server's before clockSkewDetected: 5 minutes.
    static constexpr qint64 ClockSkewToleranceSeconds = 5 * 60;

    /// Returns the current time in UTC, as this PC's clock tells it.
    using Clock = std::function<QDateTime()>;

    /// connectionName is an open QPSQL connection logged in as resto360_app. secrets may be
    /// null, in which case sessions are never remembered.
    SessionManager(QString connectionName, SecretStore *secrets, QObject *parent = nullptr);
    ~SessionManager() override;

    /// Checks the phone number and password; emits membershipChoiceRequired, signedIn,
    /// passwordChangeRequired or signInFailed.
    void signIn(const QString &phoneInput, const QString &password);

    /// Acts in another membership of the same person without asking for the password.
    void chooseMembership(const QString &staffId);

    /// Sets a new password when a reset requires it at this sign-in.
    void completePasswordChange(const QString &newPassword);

    /// Looks for a remembered session in the keychain; emits restoreFinished, preceded by
    /// restoreFailed or rememberUnavailable when a remembered session cannot be used.
    void restoreSession();

    /// Revokes this session in the database, deletes it from this PC and emits signedOut.
    void signOut();

    /// Revokes every session of this person, on every PC, then signs out here.
    void signOutEverywhere();

    /// Rotates the tokens now instead of waiting for the timer.
    bool refreshNow();

    /// Puts the access token and the restaurant's time zone on the connection again, after
    /// it was reopened (a new server process starts with neither). Returns true when there
    /// is no session or both were applied.
    bool reapplySessionSettings();

    /// Locks the signed-in session; emits locked. Nothing changes in the database.
    void lock();
    /// Checks the signed-in person's password and lifts the lock; emits unlocked,
    /// unlockFailed, or sessionEnded when the session is no longer valid.
    void unlock(const QString &password);
    bool isLocked() const { return m_locked; }

    /// Reads the current restaurant's shared-PC settings again, for example after an owner
    /// saved them; emits restaurantPolicyChanged when they differ. Also done at each refresh.
    void reloadRestaurantPolicy();

    /// Test seam: replaces this PC's clock, which is used only to measure the skew against
    /// the server's clock. Tests shift it to play a PC whose clock is wrong; an empty
    /// function restores the real clock. Never used by the application.
    void setLocalClockForTesting(Clock clock);

    /// Memberships of the signed-in person, for switching restaurant or role.
    QList<Membership> memberships();

    const ActiveSession &session() const { return m_session; }
    bool isSignedIn() const { return m_session.isValid() && !m_passwordChangeDue; }
    bool isBusy() const { return m_busy; }
    QString connectionName() const { return m_connectionName; }
    /// The seconds between the server's clock and this PC's at the last refresh: positive
    /// when this PC's clock is behind the server's, negative when it is ahead.
    qint64 clockSkewSeconds() const { return m_clockSkewSeconds; }

    /// The keychain key of a person's session on a server: ASCII ids only.
    static QString keychainKey(const QString &serverId, const QString &userId);

signals:
    void busyChanged(bool busy);
    void signInFailed(const QString &message);
    void membershipChoiceRequired(const QList<Membership> &memberships);
    void passwordChangeRequired();
    void passwordChangeFailed(const QString &message);
    void signedIn();
    /// The person switched membership; pages reload.
    void sessionChanged();
    void signedOut();
    /// The session ended without the person asking (expired, revoked, deactivated).
    void sessionEnded(const QString &message);
    void restoreFinished(bool restored);
    /// This PC cannot keep the session; everything else works.
    void rememberUnavailable(const QString &message);
    /// A session was remembered on this PC but cannot be used any more (its keychain entry
    /// is gone, it was revoked or expired, or the restaurant no longer lets PCs remember
    /// sign-ins). Follows with restoreFinished(false); the person signs in with a password.
    void restoreFailed(const QString &message);
    /// This PC's clock differs from the server's by more than ClockSkewToleranceSeconds;
    /// seconds as in clockSkewSeconds(). Emitted at sign-in and at each refresh while it lasts.
    void clockSkewDetected(qint64 seconds);
    /// The clock is back within the tolerance after clockSkewDetected.
    void clockSkewCleared();
    void locked();
    void unlocked();
    void unlockFailed(const QString &message);
    /// The restaurant's rememberSessions or idleLockMinutes changed.
    void restaurantPolicyChanged();

private:
    enum class RefreshStatus { Ok, Invalid, Reused, NoMembership, ConnectionLost };

    void setBusy(bool busy);
    /// The Argon2id parameters of a phone number; nothing, with a message, on failure.
    std::optional<KdfParameters> loginParameters(const QString &e164, QString *message);
    void finishSignIn(const QByteArray &key, const QString &phone);
    void finishUnlock(const QByteArray &key);
    RefreshStatus rotate(const QString &staffId);
    void activate(bool restored);
    bool applyAccessToken(const QString &token);
    bool loadSessionDetails();
    /// Revokes this session and forgets it, without emitting signedOut.
    void signOutQuietly();
    void rememberSession();
    void forgetRememberedSession();
    /// Emits restoreFailed and restoreFinished(false) after a remembered session failed.
    void failRestore(const QString &message);
    void clearLocalState();
    void scheduleRefresh(const QDateTime &accessExpiresAt, const QDateTime &serverTime);
    void checkClockSkew();
    void setLocked(bool locked);
    void onRefreshTimer();
    QString serverId();

    QString m_connectionName;
    SecretStore *m_secrets = nullptr;
    QString m_refreshToken;
    QString m_accessToken;
    QByteArray m_pendingOldKey;
    QString m_serverId;
    ActiveSession m_session;
    bool m_passwordChangeDue = false;
    bool m_busy = false;
    bool m_rememberWarned = false;
    /// The restaurant refuses remembering and the stored entries were deleted already.
    bool m_rememberRefused = false;
    bool m_locked = false;
    qint64 m_clockSkewSeconds = 0;
    bool m_clockSkewReported = false;
    Clock m_clock;
    QTimer m_refreshTimer;
};
