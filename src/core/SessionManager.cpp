#include "SessionManager.h"

#include "DatabaseError.h"
#include "KeyDerivation.h"
#include "Logging.h"
#include "PasswordKdf.h"
#include "PasswordPolicy.h"
#include "PhoneNumber.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Refresh when this fraction of the access token's lifetime has passed.
constexpr double RefreshAtFraction = 0.75;
// Never schedule a refresh sooner than this, so a token with a tiny lifetime cannot spin.
constexpr qint64 MinimumRefreshDelayMs = 5000;

const QString RememberedUserKey = u"session/userId"_s;
const QString RememberedServerKey = u"session/serverId"_s;
// Set while the remembered session is locked, so a restart does not unlock it.
const QString RememberedLockedKey = u"session/locked"_s;

QDateTime systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

QString deviceName()
{
    return u"%1 (%2)"_s.arg(QSysInfo::machineHostName(), QSysInfo::prettyProductName());
}

} // namespace

SessionManager::SessionManager(QString connectionName, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
    , m_secrets(secrets)
    , m_clock(systemClock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SessionManager::onRefreshTimer);

    if (m_secrets) {
        connect(m_secrets, &SecretStore::failed, this,
            [this](const QString &, SecretStore::Operation operation, const QString &message) {
                // Reads report through restoreSession(); warn once about writes.
                if (operation != SecretStore::Operation::Write || m_rememberWarned)
                    return;
                m_rememberWarned = true;
                emit rememberUnavailable(message);
            });
    }
}

SessionManager::~SessionManager()
{
    PasswordKdf::wipe(m_pendingOldKey);
}

QString SessionManager::keychainKey(const QString &serverId, const QString &userId)
{
    return serverId + u'/' + userId;
}

void SessionManager::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SessionManager::signIn(const QString &phoneInput, const QString &password)
{
    if (m_busy)
        return;

    PhoneNumber::Error phoneError = PhoneNumber::Error::None;
    const PhoneNumber phone = PhoneNumber::parse(phoneInput, u"CI"_s, &phoneError);
    if (!phone.isValid()) {
        emit signInFailed(PhoneNumber::errorMessage(phoneError));
        return;
    }
    if (password.isEmpty()) {
        emit signInFailed(QCoreApplication::translate("SessionManager", "Enter your password."));
        return;
    }

    QString problem;
    const std::optional<KdfParameters> parameters = loginParameters(phone.e164(), &problem);
    if (!parameters) {
        emit signInFailed(problem);
        return;
    }

    setBusy(true);
    const QString e164 = phone.e164();
    deriveKeyAsync(password, *parameters, this, [this, e164](KdfResult result) {
        if (result.status != KdfResult::Status::Ok) {
            setBusy(false);
            emit signInFailed(keyDerivationErrorMessage(result.status));
            return;
        }
        finishSignIn(result.key, e164);
        PasswordKdf::wipe(result.key);
    });
}

std::optional<KdfParameters> SessionManager::loginParameters(const QString &e164, QString *message)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select algorithm, salt, ops_limit, mem_limit from auth.login_parameters(?)"_s);
    query.addBindValue(e164);
    if (!query.exec() || !query.next()) {
        *message = DatabaseError::fromSqlError(query.lastError(), "login parameters").message();
        return std::nullopt;
    }

    KdfParameters parameters;
    parameters.algorithm = query.value(0).toString();
    parameters.salt = query.value(1).toByteArray();
    parameters.opsLimit = query.value(2).toULongLong();
    parameters.memLimitBytes = query.value(3).toULongLong();
    if (!parameters.isSupported()) {
        *message = keyDerivationErrorMessage(KdfResult::Status::UnsupportedParameters);
        return std::nullopt;
    }
    return parameters;
}

void SessionManager::finishSignIn(const QByteArray &key, const QString &phone)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select status, refresh_token, user_id, must_change_password, retry_at "
                  "from auth.login(?, ?, ?)"_s);
    query.addBindValue(phone);
    query.addBindValue(key);
    query.addBindValue(deviceName());
    if (!query.exec() || !query.next()) {
        setBusy(false);
        emit signInFailed(DatabaseError::fromSqlError(query.lastError(), "login").message());
        return;
    }

    const QString status = query.value(0).toString();
    if (status == u"locked"_s) {
        setBusy(false);
        const QDateTime retryAt = query.value(4).toDateTime().toLocalTime();
        qCInfo(lcAuth) << "Sign-in throttled until" << retryAt;
        emit signInFailed(QCoreApplication::translate(
            "SessionManager", "Too many failed attempts with this phone number. Try again at %1.")
                              .arg(QLocale().toString(retryAt.time(), QLocale::LongFormat)));
        return;
    }
    if (status != u"ok"_s) {
        setBusy(false);
        qCInfo(lcAuth) << "Sign-in refused";
        emit signInFailed(QCoreApplication::translate("SessionManager",
            "The phone number or the password is wrong. Check both and try again."));
        return;
    }

    m_refreshToken = query.value(1).toString();
    m_session = ActiveSession();
    m_session.userId = query.value(2).toString();
    m_session.phone = phone;
    m_passwordChangeDue = query.value(3).toBool();
    if (m_passwordChangeDue)
        m_pendingOldKey = key;
    qCInfo(lcAuth) << "Password accepted for user" << m_session.userId;

    const QList<Membership> choices = memberships();
    setBusy(false);
    if (choices.isEmpty()) {
        signOut();
        emit signInFailed(QCoreApplication::translate("SessionManager",
            "Your account is not active in any restaurant. "
            "Ask the restaurant's owner to reactivate it."));
        return;
    }
    if (choices.size() == 1) {
        chooseMembership(choices.first().staffId);
        return;
    }
    emit membershipChoiceRequired(choices);
}

QList<Membership> SessionManager::memberships()
{
    QList<Membership> result;
    if (m_refreshToken.isEmpty())
        return result;

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select staff_id, restaurant_id, restaurant_name, role, display_name "
                  "from auth.list_memberships(?)"_s);
    query.addBindValue(m_refreshToken);
    if (!query.exec()) {
        DatabaseError::fromSqlError(query.lastError(), "list memberships");
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

void SessionManager::chooseMembership(const QString &staffId)
{
    const bool switching = m_session.isValid();
    const RefreshStatus status = rotate(staffId);
    if (status == RefreshStatus::NoMembership) {
        emit signInFailed(QCoreApplication::translate("SessionManager",
            "This membership is no longer active. Choose another one "
            "or ask the restaurant's owner."));
        return;
    }
    if (status != RefreshStatus::Ok) {
        const QString message = status == RefreshStatus::ConnectionLost
            ? DatabaseError(DatabaseError::Kind::ConnectionLost).message()
            : QCoreApplication::translate(
                "SessionManager", "Your session has ended. Sign in again.");
        clearLocalState();
        emit signInFailed(message);
        return;
    }

    if (m_passwordChangeDue) {
        emit passwordChangeRequired();
        return;
    }
    if (switching) {
        if (!loadSessionDetails()) {
            clearLocalState();
            emit sessionEnded(QCoreApplication::translate(
                "SessionManager", "Your session has ended. Sign in again."));
            return;
        }
        rememberSession();
        qCInfo(lcAuth) << "Switched to membership" << m_session.staffId;
        emit sessionChanged();
        return;
    }
    activate(false);
}

void SessionManager::completePasswordChange(const QString &newPassword)
{
    if (!m_passwordChangeDue || m_busy)
        return;
    const QStringList personalWords = {m_session.phone, m_session.phone.right(10)};
    if (const QString problem = PasswordPolicy::check(newPassword, personalWords);
        !problem.isEmpty()) {
        emit passwordChangeFailed(problem);
        return;
    }

    const KdfParameters parameters = KdfParameters::generate();
    setBusy(true);
    deriveKeyAsync(newPassword, parameters, this, [this, parameters](KdfResult result) {
        setBusy(false);
        if (result.status != KdfResult::Status::Ok) {
            emit passwordChangeFailed(keyDerivationErrorMessage(result.status));
            return;
        }

        QSqlQuery query(QSqlDatabase::database(m_connectionName));
        query.prepare(u"select auth.change_my_password(?, ?, ?, ?, ?)"_s);
        query.addBindValue(m_pendingOldKey);
        query.addBindValue(parameters.salt);
        query.addBindValue(static_cast<int>(parameters.opsLimit));
        query.addBindValue(static_cast<qlonglong>(parameters.memLimitBytes));
        query.addBindValue(result.key);
        const bool changed = query.exec();
        PasswordKdf::wipe(result.key);
        if (!changed) {
            emit passwordChangeFailed(
                DatabaseError::fromSqlError(query.lastError(), "change password at sign-in")
                    .message());
            return;
        }

        PasswordKdf::wipe(m_pendingOldKey);
        m_passwordChangeDue = false;
        qCInfo(lcAuth) << "Password changed at sign-in for user" << m_session.userId;
        activate(false);
    });
}

SessionManager::RefreshStatus SessionManager::rotate(const QString &staffId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select status, refresh_token, access_token, access_expires_at, server_time, "
                  "user_id, restaurant_id, staff_id, role, permissions, must_change_password "
                  "from auth.refresh(?, ?)"_s);
    query.addBindValue(m_refreshToken);
    query.addBindValue(
        staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(staffId));
    if (!query.exec() || !query.next()) {
        const DatabaseError error = DatabaseError::fromSqlError(query.lastError(), "refresh");
        return error.kind() == DatabaseError::Kind::ConnectionLost ? RefreshStatus::ConnectionLost
                                                                   : RefreshStatus::Invalid;
    }

    const QString status = query.value(0).toString();
    if (status == u"no_membership"_s)
        return RefreshStatus::NoMembership;
    if (status == u"reused"_s) {
        qCWarning(lcAuth) << "A spent refresh token was presented; the session was revoked";
        return RefreshStatus::Reused;
    }
    if (status != u"ok"_s)
        return RefreshStatus::Invalid;

    m_refreshToken = query.value(1).toString();
    const QString accessToken = query.value(2).toString();
    const QDateTime accessExpiresAt = query.value(3).toDateTime();
    const QDateTime serverTime = query.value(4).toDateTime();
    m_session.userId = query.value(5).toString();
    m_session.restaurantId = query.value(6).toString();
    m_session.staffId = query.value(7).toString();
    m_session.role = query.value(8).toString();
    // QPSQL returns a text[] as its text form, such as {a,b}.
    QString permissions = query.value(9).toString();
    permissions.remove(u'{').remove(u'}');
    m_session.permissions = permissions.split(u',', Qt::SkipEmptyParts);
    m_passwordChangeDue = query.value(10).toBool();

    if (!applyAccessToken(accessToken))
        return RefreshStatus::ConnectionLost;
    scheduleRefresh(accessExpiresAt, serverTime);
    return RefreshStatus::Ok;
}

bool SessionManager::reapplySessionSettings()
{
    if (m_accessToken.isEmpty())
        return true;
    if (!applyAccessToken(m_accessToken))
        return false;
    if (m_session.timeZone.isEmpty())
        return true;

    QSqlQuery zone(QSqlDatabase::database(m_connectionName));
    zone.prepare(u"select set_config('TimeZone', ?, false)"_s);
    zone.addBindValue(m_session.timeZone);
    if (!zone.exec()) {
        DatabaseError::fromSqlError(zone.lastError(), "reapply time zone");
        return false;
    }
    qCInfo(lcAuth) << "Session settings applied again on" << m_connectionName;
    return true;
}

bool SessionManager::applyAccessToken(const QString &token)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select set_config('resto360.access_token', ?, false)"_s);
    query.addBindValue(token);
    if (!query.exec()) {
        DatabaseError::fromSqlError(query.lastError(), "apply access token");
        return false;
    }
    m_accessToken = token;
    return true;
}

bool SessionManager::loadSessionDetails()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery restaurant(db);
    restaurant.prepare(u"select r.name, r.time_zone, s.display_name, r.remember_sessions, "
                       "r.idle_lock_minutes "
                       "from app.restaurants r join app.staff s on s.restaurant_id = r.id "
                       "where r.id = ? and s.id = ?"_s);
    restaurant.addBindValue(m_session.restaurantId);
    restaurant.addBindValue(m_session.staffId);
    if (!restaurant.exec() || !restaurant.next()) {
        DatabaseError::fromSqlError(restaurant.lastError(), "load session details");
        return false;
    }
    m_session.restaurantName = restaurant.value(0).toString();
    m_session.timeZone = restaurant.value(1).toString();
    m_session.displayName = restaurant.value(2).toString();
    m_session.rememberSessions = restaurant.value(3).toBool();
    m_session.idleLockMinutes = restaurant.value(4).toInt();

    QSqlQuery profile(db);
    if (profile.exec(u"select phone from auth.my_profile()"_s) && profile.next())
        m_session.phone = profile.value(0).toString();

    // Dates on screen follow the restaurant's clock, whatever the PC's time zone.
    QSqlQuery zone(db);
    zone.prepare(u"select set_config('TimeZone', ?, false)"_s);
    zone.addBindValue(m_session.timeZone);
    if (!zone.exec())
        DatabaseError::fromSqlError(zone.lastError(), "set session time zone");
    return true;
}

void SessionManager::activate(bool restored)
{
    if (!loadSessionDetails()) {
        clearLocalState();
        emit signInFailed(QCoreApplication::translate(
            "SessionManager", "Your session has ended. Sign in again."));
        if (restored)
            emit restoreFinished(false);
        return;
    }

    // A PC shared by a restaurant that no longer lets PCs remember sign-ins gives nobody
    // in without a password, even with a session it still holds.
    if (restored && !m_session.rememberSessions) {
        qCInfo(lcAuth)
            << "The restaurant no longer lets PCs remember sign-ins; ending the remembered session";
        signOutQuietly();
        failRestore(QCoreApplication::translate("SessionManager",
            "Your restaurant does not let computers remember sign-ins. "
            "Sign in with your password."));
        return;
    }

    rememberSession();
    // A sign-in with the password ends a lock left by an earlier session, which may have been
    // another person's or another server's.
    if (!restored)
        QSettings().remove(RememberedLockedKey);
    else if (QSettings().value(RememberedLockedKey).toBool())
        m_locked = true;
    qCInfo(lcAuth) << "Signed in as staff member" << m_session.staffId << "with role"
                   << m_session.role;
    emit signedIn();
    if (restored)
        emit restoreFinished(true);
}

void SessionManager::reloadRestaurantPolicy()
{
    if (!m_session.isValid())
        return;

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        u"select remember_sessions, idle_lock_minutes from app.restaurants where id = ?"_s);
    query.addBindValue(m_session.restaurantId);
    if (!query.exec() || !query.next()) {
        DatabaseError::fromSqlError(query.lastError(), "reload restaurant policy");
        return;
    }

    const bool remember = query.value(0).toBool();
    const int idleMinutes = query.value(1).toInt();
    if (remember == m_session.rememberSessions && idleMinutes == m_session.idleLockMinutes)
        return;
    m_session.rememberSessions = remember;
    m_session.idleLockMinutes = idleMinutes;
    qCInfo(lcAuth) << "Restaurant policy changed: remember sessions" << remember
                   << "idle lock minutes" << idleMinutes;
    rememberSession();
    emit restaurantPolicyChanged();
}

void SessionManager::scheduleRefresh(const QDateTime &accessExpiresAt, const QDateTime &serverTime)
{
    // The server's clock decides expiry, so the delay comes from its two times, not from
    // this PC's clock, which may be off.
    m_clockSkewSeconds = m_clock().secsTo(serverTime);
    const qint64 lifetimeMs = serverTime.msecsTo(accessExpiresAt);
    const qint64 delay =
        std::max(MinimumRefreshDelayMs, static_cast<qint64>(lifetimeMs * RefreshAtFraction));
    m_refreshTimer.start(std::chrono::milliseconds(delay));
    checkClockSkew();
}

void SessionManager::checkClockSkew()
{
    if (qAbs(m_clockSkewSeconds) > ClockSkewToleranceSeconds) {
        qCWarning(lcAuth) << "This PC's clock is" << -m_clockSkewSeconds << "s off the server's";
        m_clockSkewReported = true;
        emit clockSkewDetected(m_clockSkewSeconds);
        return;
    }
    if (m_clockSkewReported) {
        m_clockSkewReported = false;
        emit clockSkewCleared();
    }
}

void SessionManager::setLocalClockForTesting(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(systemClock);
}

void SessionManager::onRefreshTimer()
{
    if (!m_session.isValid())
        return;
    refreshNow();
}

bool SessionManager::refreshNow()
{
    if (m_refreshToken.isEmpty())
        return false;

    const QString previousRole = m_session.role;
    const RefreshStatus status = rotate(m_session.staffId);
    switch (status) {
    case RefreshStatus::Ok:
        rememberSession();
        reloadRestaurantPolicy();
        if (m_session.role != previousRole)
            emit sessionChanged();
        return true;
    case RefreshStatus::ConnectionLost:
        // Try again soon; the access token may still be valid for a while.
        m_refreshTimer.start(std::chrono::seconds(15));
        return false;
    case RefreshStatus::NoMembership:
    case RefreshStatus::Invalid:
    case RefreshStatus::Reused:
        break;
    }
    forgetRememberedSession();
    clearLocalState();
    emit sessionEnded(status == RefreshStatus::NoMembership
            ? QCoreApplication::translate(
                "SessionManager", "Your access to this restaurant was removed. Sign in again.")
            : QCoreApplication::translate(
                "SessionManager", "Your session has ended. Sign in again."));
    return false;
}

QString SessionManager::serverId()
{
    if (!m_serverId.isEmpty())
        return m_serverId;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(u"select auth.server_id()"_s) && query.next())
        m_serverId = query.value(0).toString();
    else
        DatabaseError::fromSqlError(query.lastError(), "server id");
    return m_serverId;
}

void SessionManager::rememberSession()
{
    if (!m_secrets || m_refreshToken.isEmpty() || serverId().isEmpty())
        return;

    if (!m_session.rememberSessions) {
        // Once per session: whatever this PC remembers goes, this person's entry included.
        if (m_rememberRefused)
            return;
        m_rememberRefused = true;
        const QSettings settings;
        const bool rememberedHere = settings.value(RememberedServerKey).toString() == m_serverId
            && settings.value(RememberedUserKey).toString() == m_session.userId;
        forgetRememberedSession();
        if (!rememberedHere)
            m_secrets->deleteSecret(keychainKey(m_serverId, m_session.userId));
        qCInfo(lcAuth)
            << "The restaurant does not let PCs remember sign-ins; nothing is kept in the keychain";
        return;
    }
    m_rememberRefused = false;

    QSettings settings;
    settings.setValue(RememberedServerKey, m_serverId);
    settings.setValue(RememberedUserKey, m_session.userId);
    m_secrets->writeSecret(keychainKey(m_serverId, m_session.userId), m_refreshToken.toUtf8());
}

void SessionManager::forgetRememberedSession()
{
    QSettings settings;
    const QString userId = settings.value(RememberedUserKey).toString();
    const QString server = settings.value(RememberedServerKey).toString();
    settings.remove(RememberedUserKey);
    settings.remove(RememberedServerKey);
    settings.remove(RememberedLockedKey);
    if (m_secrets && !userId.isEmpty() && !server.isEmpty())
        m_secrets->deleteSecret(keychainKey(server, userId));
}

void SessionManager::restoreSession()
{
    const QSettings settings;
    const QString userId = settings.value(RememberedUserKey).toString();
    const QString server = settings.value(RememberedServerKey).toString();
    if (!m_secrets || userId.isEmpty() || server.isEmpty() || server != serverId()) {
        emit restoreFinished(false);
        return;
    }

    const QString key = keychainKey(server, userId);
    auto *context = new QObject(this);
    auto finish = [context] { context->deleteLater(); };
    connect(m_secrets, &SecretStore::secretRead, context,
        [this, key, finish](const QString &readKey, const QByteArray &secret) {
            if (readKey != key)
                return;
            finish();
            // A keychain that asked its owner to unlock it may answer long after the person
            // signed in with a password; that session stays.
            if (!m_refreshToken.isEmpty()) {
                emit restoreFinished(false);
                return;
            }
            m_refreshToken = QString::fromUtf8(secret);
            const RefreshStatus status = rotate({});
            if (status == RefreshStatus::Ok && !m_passwordChangeDue) {
                activate(true);
                return;
            }
            qCInfo(lcAuth) << "The remembered session is no longer valid";
            if (status != RefreshStatus::ConnectionLost)
                forgetRememberedSession();
            clearLocalState();
            failRestore(status == RefreshStatus::ConnectionLost
                    ? DatabaseError(DatabaseError::Kind::ConnectionLost).message()
                    : QCoreApplication::translate("SessionManager",
                        "Your saved sign-in has ended. Sign in with your password."));
        });
    connect(m_secrets, &SecretStore::secretMissing, context,
        [this, key, finish](const QString &readKey) {
            if (readKey != key)
                return;
            finish();
            // Deleted behind the application's back, for example with a keychain manager; or
            // in a locked collection whose unlock prompt failed, which QtKeychain reports the
            // same way. The settings stay, so a keychain unlocked by the next start still
            // restores; the next sign-in replaces them anyway.
            qCInfo(lcAuth) << "The remembered session cannot be found in the keychain";
            failRestore(QCoreApplication::translate("SessionManager",
                "Your saved sign-in could not be found in this computer's keychain: it "
                "was removed, or the keychain is locked. Sign in with your password."));
        });
    connect(m_secrets, &SecretStore::failed, context,
        [this, key, finish](
            const QString &failedKey, SecretStore::Operation operation, const QString &message) {
            // A delete or write of the same key that was still under way, such as a sign-out
            // just before, reports here too. Only the read decides the restore.
            if (failedKey != key || operation != SecretStore::Operation::Read)
                return;
            finish();
            m_rememberWarned = true;
            emit rememberUnavailable(message);
            emit restoreFinished(false);
        });
    m_secrets->readSecret(key);
}

void SessionManager::failRestore(const QString &message)
{
    emit restoreFailed(message);
    emit restoreFinished(false);
}

void SessionManager::signOut()
{
    signOutQuietly();
    qCInfo(lcAuth) << "Signed out";
    emit signedOut();
}

void SessionManager::signOutQuietly()
{
    if (!m_refreshToken.isEmpty()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName));
        query.prepare(u"select auth.logout(?)"_s);
        query.addBindValue(m_refreshToken);
        if (!query.exec())
            DatabaseError::fromSqlError(query.lastError(), "logout");
    }
    forgetRememberedSession();
    clearLocalState();
}

void SessionManager::lock()
{
    if (!isSignedIn() || m_locked)
        return;
    setLocked(true);
    qCInfo(lcAuth) << "Session locked for staff member" << m_session.staffId;
    emit locked();
}

void SessionManager::setLocked(bool locked)
{
    m_locked = locked;

    // Only a remembered session can come back after a restart, so only it keeps the mark.
    QSettings settings;
    if (locked && settings.value(RememberedUserKey).toString() == m_session.userId)
        settings.setValue(RememberedLockedKey, true);
    else
        settings.remove(RememberedLockedKey);
}

void SessionManager::unlock(const QString &password)
{
    if (!m_locked || m_busy)
        return;
    if (password.isEmpty()) {
        emit unlockFailed(QCoreApplication::translate("SessionManager", "Enter your password."));
        return;
    }

    QString problem;
    const std::optional<KdfParameters> parameters = loginParameters(m_session.phone, &problem);
    if (!parameters) {
        emit unlockFailed(problem);
        return;
    }

    setBusy(true);
    deriveKeyAsync(password, *parameters, this, [this](KdfResult result) {
        setBusy(false);
        if (result.status != KdfResult::Status::Ok) {
            emit unlockFailed(keyDerivationErrorMessage(result.status));
            return;
        }
        finishUnlock(result.key);
        PasswordKdf::wipe(result.key);
    });
}

void SessionManager::finishUnlock(const QByteArray &key)
{
    // Signed out while the key was derived (for example with "Switch user").
    if (!m_locked)
        return;

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select status, retry_at from auth.verify_my_password(?)"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        const DatabaseError error =
            DatabaseError::fromSqlError(query.lastError(), "verify password");
        if (error.kind() != DatabaseError::Kind::NotSignedIn) {
            emit unlockFailed(error.message());
            return;
        }
        forgetRememberedSession();
        clearLocalState();
        emit sessionEnded(QCoreApplication::translate(
            "SessionManager", "Your session has ended. Sign in again."));
        return;
    }

    const QString status = query.value(0).toString();
    if (status == u"locked"_s) {
        // Said on this PC's clock, which is what the person will look at.
        const QDateTime retryAt =
            query.value(1).toDateTime().addSecs(-m_clockSkewSeconds).toLocalTime();
        qCInfo(lcAuth) << "Unlock throttled until" << retryAt;
        emit unlockFailed(QCoreApplication::translate("SessionManager",
            "Too many failed attempts with this phone number. Try again at %1, "
            "or choose Switch user.")
                              .arg(QLocale().toString(retryAt.time(), QLocale::LongFormat)));
        return;
    }
    if (status != u"ok"_s) {
        qCInfo(lcAuth) << "Unlock refused: wrong password";
        emit unlockFailed(QCoreApplication::translate(
            "SessionManager", "The password is wrong. Type it again, or choose Switch user."));
        return;
    }

    setLocked(false);
    qCInfo(lcAuth) << "Session unlocked for staff member" << m_session.staffId;
    emit unlocked();
}

void SessionManager::signOutEverywhere()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"select auth.logout_everywhere()"_s))
        DatabaseError::fromSqlError(query.lastError(), "logout everywhere");
    signOut();
}

void SessionManager::clearLocalState()
{
    m_refreshTimer.stop();
    m_locked = false;
    m_rememberRefused = false;
    m_refreshToken.clear();
    m_accessToken.clear();
    PasswordKdf::wipe(m_pendingOldKey);
    m_passwordChangeDue = false;
    m_session = ActiveSession();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        QSqlQuery query(db);
        query.exec(u"select set_config('resto360.access_token', '', false)"_s);
    }
}
