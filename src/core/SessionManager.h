#pragma once

#include "Membership.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class SecretStore;

/// Signs people in and keeps their session. The password key is derived on the PC and traded
/// for a refresh token, which buys an access token for one membership. The access token goes
/// on the database connection and is refreshed before it expires; the refresh token is kept
/// in the OS keychain. All database work runs on the connection's thread; only the key
/// derivation runs on a worker thread.
class SessionManager : public QObject
{
    Q_OBJECT

public:
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

    /// Looks for a remembered session in the keychain; emits restoreFinished.
    void restoreSession();

    /// Revokes this session in the database, deletes it from this PC and emits signedOut.
    void signOut();

    /// Revokes every session of this person, on every PC, then signs out here.
    void signOutEverywhere();

    /// Rotates the tokens now instead of waiting for the timer.
    bool refreshNow();

    /// Memberships of the signed-in person, for switching restaurant or role.
    QList<Membership> memberships();

    const ActiveSession &session() const { return m_session; }
    bool isSignedIn() const { return m_session.isValid() && !m_passwordChangeDue; }
    bool isBusy() const { return m_busy; }
    QString connectionName() const { return m_connectionName; }
    /// The seconds between the server's clock and this PC's at the last refresh.
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

private:
    enum class RefreshStatus { Ok, Invalid, Reused, NoMembership, ConnectionLost };

    void setBusy(bool busy);
    void finishSignIn(const QByteArray &key, const QString &phone);
    RefreshStatus rotate(const QString &staffId);
    void activate(bool restored);
    bool applyAccessToken(const QString &token);
    bool loadSessionDetails();
    void rememberSession();
    void forgetRememberedSession();
    void clearLocalState();
    void scheduleRefresh(const QDateTime &accessExpiresAt, const QDateTime &serverTime);
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
    qint64 m_clockSkewSeconds = 0;
    QTimer m_refreshTimer;
};
