#pragma once

// Helpers for the session and token tests: sign-in with a key derived once, refresh calls
// that keep every result column, DDL without prepare, and JWT pieces.
#include "PasswordKdf.h"
#include "TestServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtDebug>

namespace SessionTest {

using namespace Qt::StringLiterals;

/// Derives a person's Argon2id key the way the application does, so a test can sign in
/// many times without paying for a derivation each time. Empty on failure.
inline QByteArray deriveKey(
    const QString &connectionName, const QString &phoneE164, const QString &password)
{
    QSqlQuery parameters = TestServer::run(connectionName,
        u"select algorithm, salt, ops_limit, mem_limit from auth.login_parameters(?)"_s,
        {phoneE164});
    if (!parameters.next()) {
        qWarning() << "login_parameters failed:" << parameters.lastError().text();
        return {};
    }
    KdfParameters kdf;
    kdf.algorithm = parameters.value(0).toString();
    kdf.salt = parameters.value(1).toByteArray();
    kdf.opsLimit = parameters.value(2).toULongLong();
    kdf.memLimitBytes = parameters.value(3).toULongLong();
    return PasswordKdf::derive(password, kdf).key;
}

struct LoginResult
{
    QString status;
    QString refreshToken;
    QDateTime retryAt;
};

inline LoginResult login(const QString &connectionName, const QString &phone, const QByteArray &key,
    const QString &device = {})
{
    QSqlQuery query = TestServer::run(connectionName,
        u"select status, refresh_token, retry_at from auth.login(?, ?, ?)"_s, {phone, key, device});
    if (!query.next()) {
        qWarning() << "login failed:" << query.lastError().text();
        return {};
    }
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toDateTime()};
}

/// Every column auth.refresh returns, as text, plus the SQLSTATE when the call failed.
struct RefreshResult
{
    QString status;
    QString refreshToken;
    QString accessToken;
    QDateTime accessExpiresAt;
    QDateTime sessionExpiresAt;
    QString userId;
    QString restaurantId;
    QString staffId;
    QString role;
    QString permissions;
    QString error;
};

inline RefreshResult refresh(
    const QString &connectionName, const QString &refreshToken, const QString &staffId = {})
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    query.prepare(
        u"select status, refresh_token, access_token, access_expires_at, session_expires_at, "
        "user_id, restaurant_id, staff_id, role, permissions from auth.refresh(?, ?)"_s);
    query.addBindValue(refreshToken);
    query.addBindValue(
        staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(staffId));
    RefreshResult result;
    if (!query.exec() || !query.next()) {
        result.error = query.lastError().nativeErrorCode() + u' ' + query.lastError().text();
        return result;
    }
    result.status = query.value(0).toString();
    result.refreshToken = query.value(1).toString();
    result.accessToken = query.value(2).toString();
    result.accessExpiresAt = query.value(3).toDateTime();
    result.sessionExpiresAt = query.value(4).toDateTime();
    result.userId = query.value(5).toString();
    result.restaurantId = query.value(6).toString();
    result.staffId = query.value(7).toString();
    result.role = query.value(8).toString();
    result.permissions = query.value(9).toString();
    return result;
}

/// Signs in with a derived key and takes tokens for staffId.
inline TestServer::Tokens signIn(const QString &connectionName, const QString &phone,
    const QByteArray &key, const QString &staffId)
{
    const LoginResult started = login(connectionName, phone, key);
    if (started.status != u"ok"_s) {
        qWarning() << "sign-in of" << phone << "returned" << started.status;
        return {};
    }
    const RefreshResult first = refresh(connectionName, started.refreshToken, staffId);
    if (first.status != u"ok"_s) {
        qWarning() << "first refresh of" << phone << "returned" << first.status << first.error;
        return {};
    }
    return {first.refreshToken, first.accessToken};
}

/// Runs a statement without preparing it: QPSQL cannot prepare DDL or SET ROLE.
inline QSqlError execute(const QString &connectionName, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    query.exec(sql);
    return query.lastError();
}

/// The first column of the first row, or an invalid QVariant after a warning.
inline QVariant scalar(
    const QString &connectionName, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = TestServer::run(connectionName, sql, values);
    if (!query.next()) {
        qWarning().noquote() << sql << "returned no row:" << query.lastError().text();
        return {};
    }
    return query.value(0);
}

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray encodeJson(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Signs header.payload (both already base64url) with HMAC-SHA256 and returns the token.
inline QString signWith(
    const QByteArray &header, const QByteArray &payload, const QByteArray &secret)
{
    const QByteArray input = header + '.' + payload;
    return QString::fromLatin1(input + '.'
        + base64Url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)));
}

inline QJsonObject tokenPart(const QString &token, int index)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() <= index)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(index), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace SessionTest
