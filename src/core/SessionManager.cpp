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

QString deviceName()
{
    return u"%1 (%2)"_s.arg(QSysInfo::machineHostName(), QSysInfo::prettyProductName());
}

} // namespace

SessionManager::SessionManager(QString connectionName, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
    , m_secrets(secrets)
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

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"select algorithm, salt, ops_limit, mem_limit from auth.login_parameters(?)"_s);
    query.addBindValue(phone.e164());
    if (!query.exec() || !query.next()) {
        emit signInFailed(DatabaseError::fromSqlError(query.lastError(), "login parameters").message());
        return;
    }

    KdfParameters parameters;
    parameters.algorithm = query.value(0).toString();
    parameters.salt = query.value(1).toByteArray();
    parameters.opsLimit = query.value(2).toULongLong();
    parameters.memLimitBytes = query.value(3).toULongLong();
    if (!parameters.isSupported()) {
        emit signInFailed(keyDerivationErrorMessage(KdfResult::Status::UnsupportedParameters));
        return;
    }

    setBusy(true);
    const QString e164 = phone.e164();
    deriveKeyAsync(password, parameters, this, [this, e164](KdfResult result) {
        if (result.status != KdfResult::Status::Ok) {
            setBusy(false);
            emit signInFailed(keyDerivationErrorMessage(result.status));
            return;
        }
        finishSignIn(result.key, e164);
        PasswordKdf::wipe(result.key);
    });
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
        emit signInFailed(QCoreApplication::translate("SessionManager", "Too many failed attempts with this phone number. Try again at %1.")
                              .arg(QLocale().toString(retryAt.time(), QLocale::LongFormat)));
        return;
    }
    if (status != u"ok"_s) {
        setBusy(false);
        qCInfo(lcAuth) << "Sign-in refused";
        emit signInFailed(QCoreApplication::translate("SessionManager", "The phone number or the password is wrong. Check both and try again."));
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
        emit signInFailed(QCoreApplication::translate("SessionManager", "Your account is not active in any restaurant. "
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
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

void SessionManager::chooseMembership(const QString &staffId)
{
    const bool switching = m_session.isValid();
    const RefreshStatus status = rotate(staffId);
    if (status == RefreshStatus::NoMembership) {
        emit signInFailed(QCoreApplication::translate("SessionManager", "This membership is no longer active. Choose another one "
                                    "or ask the restaurant's owner."));
        return;
    }
    if (status != RefreshStatus::Ok) {
        const QString message = status == RefreshStatus::ConnectionLost
            ? DatabaseError(DatabaseError::Kind::ConnectionLost).message()
            : QCoreApplication::translate("SessionManager", "Your session has ended. Sign in again.");
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
            emit sessionEnded(QCoreApplication::translate("SessionManager", "Your session has ended. Sign in again."));
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
    if (const QString problem = PasswordPolicy::check(newPassword, personalWords); !problem.isEmpty()) {
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
                DatabaseError::fromSqlError(query.lastError(), "change password at sign-in").message());
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
    query.addBindValue(staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(staffId));
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
    restaurant.prepare(u"select r.name, r.time_zone, s.display_name "
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
        emit signInFailed(QCoreApplication::translate("SessionManager", "Your session has ended. Sign in again."));
        if (restored)
            emit restoreFinished(false);
        return;
    }
    rememberSession();
    qCInfo(lcAuth) << "Signed in as staff member" << m_session.staffId << "with role" << m_session.role;
    emit signedIn();
    if (restored)
        emit restoreFinished(true);
}

void SessionManager::scheduleRefresh(const QDateTime &accessExpiresAt, const QDateTime &serverTime)
{
    // The server's clock decides expiry, so the delay comes from its two times, not from
    // this PC's clock, which may be off.
    m_clockSkewSeconds = QDateTime::currentDateTimeUtc().secsTo(serverTime);
    const qint64 lifetimeMs = serverTime.msecsTo(accessExpiresAt);
    const qint64 delay = std::max(MinimumRefreshDelayMs, static_cast<qint64>(lifetimeMs * RefreshAtFraction));
    m_refreshTimer.start(std::chrono::milliseconds(delay));
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
                          ? QCoreApplication::translate("SessionManager", "Your access to this restaurant was removed. Sign in again.")
                          : QCoreApplication::translate("SessionManager", "Your session has ended. Sign in again."));
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
    connect(m_secrets, &SecretStore::secretRead, context, [this, key, finish](const QString &readKey, const QByteArray &secret) {
        if (readKey != key)
            return;
        finish();
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
        emit restoreFinished(false);
    });
    connect(m_secrets, &SecretStore::secretMissing, context, [this, key, finish](const QString &readKey) {
        if (readKey != key)
            return;
        finish();
        emit restoreFinished(false);
    });
    connect(m_secrets, &SecretStore::failed, context,
            [this, key, finish](const QString &failedKey, SecretStore::Operation, const QString &message) {
        if (failedKey != key)
            return;
        finish();
        m_rememberWarned = true;
        emit rememberUnavailable(message);
        emit restoreFinished(false);
    });
    m_secrets->readSecret(key);
}

void SessionManager::signOut()
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
    qCInfo(lcAuth) << "Signed out";
    emit signedOut();
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
