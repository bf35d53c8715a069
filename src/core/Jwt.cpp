#include "Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QUuid>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// HMAC-SHA-256 output.
constexpr qsizetype hs256SignatureBytes = 32;

// 9999-12-31T23:59:59Z, the last second QDateTime and PostgreSQL both print in four digits.
constexpr double latestSeconds = 253402300799.0;

constexpr auto base64UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

// Strict base64url: the alphabet only, no padding, and the one canonical spelling of the bytes
// (re-encoding gives the input back), so a token has exactly one accepted form.
bool decodeSegment(
    const QByteArray &segment, const QString &name, QByteArray *decoded, QString *error)
{
    if (segment.isEmpty())
        return fail(error, u"the %1 is empty"_s.arg(name));
    for (const char c : segment) {
        if (!isBase64UrlCharacter(c))
            return fail(error, u"the %1 is not unpadded base64url"_s.arg(name));
    }

    auto result = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.toBase64(base64UrlOptions) != segment)
        return fail(error, u"the %1 is not canonical base64url"_s.arg(name));

    *decoded = std::move(result.decoded);
    return true;
}

bool decodeObject(
    const QByteArray &segment, const QString &name, QJsonObject *object, QString *error)
{
    QByteArray json;
    if (!decodeSegment(segment, name, &json, error))
        return false;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(error, u"the %1 is not a JSON object"_s.arg(name));

    *object = document.object();
    return true;
}

bool checkHeader(const QJsonObject &header, QString *keyId, QString *error)
{
    // The algorithm is pinned: "none", other HMACs and public-key algorithms are refused
    // whatever the header claims.
    if (header.value(u"alg"_s) != QJsonValue(u"HS256"_s))
        return fail(error, u"the header's algorithm is not HS256"_s);
    if (header.value(u"typ"_s) != QJsonValue(u"JWT"_s))
        return fail(error, u"the header's type is not JWT"_s);
    if (header.contains(u"crit"_s))
        return fail(error, u"the header names critical extensions"_s);

    const QJsonValue kid = header.value(u"kid"_s);
    if (!kid.isString() || kid.toString().isEmpty())
        return fail(error, u"the header has no key id"_s);

    *keyId = kid.toString();
    return true;
}

bool uuidClaim(const QJsonObject &payload, const QString &name, QString *out, QString *error)
{
    const QJsonValue value = payload.value(name);
    if (!value.isString())
        return fail(error, u"the claim \"%1\" is missing or not a string"_s.arg(name));

    const QString text = value.toString();
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull() || text.size() != 36)
        return fail(error, u"the claim \"%1\" is not a uuid"_s.arg(name));

    *out = uuid.toString(QUuid::WithoutBraces);
    return true;
}

// Reads a NumericDate: whole seconds since the epoch, as a JSON integer.
bool timeClaim(
    const QJsonObject &payload, const QString &name, bool required, QDateTime *out, QString *error)
{
    if (!payload.contains(name))
        return required ? fail(error, u"the claim \"%1\" is missing"_s.arg(name)) : true;

    const QJsonValue value = payload.value(name);
    const double seconds = value.toDouble(-1.0);
    if (!value.isDouble() || seconds != std::floor(seconds) || seconds < 0.0
        || seconds > latestSeconds)
        return fail(error, u"the claim \"%1\" is not an integer date"_s.arg(name));

    *out = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    return true;
}

bool permissionsClaim(const QJsonObject &payload, QStringList *out, QString *error)
{
    const auto name = u"perms"_s;
    if (!payload.contains(name))
        return true;

    const QJsonValue value = payload.value(name);
    if (!value.isArray())
        return fail(error, u"the claim \"perms\" is not an array"_s);

    QStringList permissions;
    const QJsonArray array = value.toArray();
    for (const auto &entry : array) {
        if (!entry.isString())
            return fail(error, u"the claim \"perms\" holds something other than strings"_s);
        permissions.append(entry.toString());
    }

    *out = permissions;
    return true;
}

bool readPayload(const QJsonObject &payload, JwtClaims *claims, QString *error)
{
    if (!uuidClaim(payload, u"sub"_s, &claims->userId, error)
        || !uuidClaim(payload, u"rid"_s, &claims->restaurantId, error)
        || !uuidClaim(payload, u"sid"_s, &claims->staffId, error))
        return false;

    const QJsonValue role = payload.value(u"role"_s);
    if (!role.isString() || role.toString().isEmpty())
        return fail(error, u"the claim \"role\" is missing or not a string"_s);
    claims->role = role.toString();

    if (!permissionsClaim(payload, &claims->permissions, error)
        || !timeClaim(payload, u"iat"_s, false, &claims->issuedAt, error)
        || !timeClaim(payload, u"nbf"_s, false, &claims->notBefore, error)
        || !timeClaim(payload, u"exp"_s, true, &claims->expiresAt, error))
        return false;

    if (claims->issuedAt.isValid() && claims->expiresAt < claims->issuedAt)
        return fail(error, u"the token expires before it was issued"_s);
    return true;
}

} // namespace

std::optional<JwtClaims> Jwt::decode(const QByteArray &token, QString *error)
{
    const auto reject = [error](const QString &message) -> std::optional<JwtClaims> {
        fail(error, message);
        return std::nullopt;
    };

    if (token.isEmpty())
        return reject(u"the token is empty"_s);
    if (token.size() > MaxTokenBytes)
        return reject(u"the token is larger than %1 bytes"_s.arg(MaxTokenBytes));

    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return reject(u"the token has %1 parts instead of 3"_s.arg(parts.size()));

    JwtClaims claims;
    QJsonObject header;
    QJsonObject payload;
    QByteArray signature;
    if (!decodeObject(parts.at(0), u"header"_s, &header, error)
        || !checkHeader(header, &claims.keyId, error)
        || !decodeObject(parts.at(1), u"payload"_s, &payload, error)
        || !readPayload(payload, &claims, error)
        || !decodeSegment(parts.at(2), u"signature"_s, &signature, error))
        return std::nullopt;

    // Not verified here (the key stays in the database), but an HS256 signature has one size.
    if (signature.size() != hs256SignatureBytes)
        return reject(u"the signature is not 32 bytes long"_s);

    if (error)
        error->clear();
    return claims;
}

bool Jwt::isExpired(const JwtClaims &claims, const QDateTime &now, int leewaySeconds)
{
    if (!claims.expiresAt.isValid() || !now.isValid())
        return true;
    return now.addSecs(leewaySeconds) >= claims.expiresAt;
}
