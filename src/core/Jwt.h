#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/// The claims of an access token the database issued.
struct JwtClaims
{
    QString keyId;        ///< header "kid": which signing key the database used
    QString userId;       ///< "sub": the person (uuid, lowercase)
    QString restaurantId; ///< "rid": the restaurant the session acts in (uuid, lowercase)
    QString staffId;      ///< "sid": the person's membership in that restaurant (uuid, lowercase)
    QString role;         ///< "role": the role key at issue time ("owner", "manager", ...)
    QStringList permissions; ///< "perms": permission keys at issue time; empty when absent
    QDateTime issuedAt;      ///< "iat", UTC; invalid when absent
    QDateTime notBefore;     ///< "nbf", UTC; invalid when absent
    QDateTime expiresAt;     ///< "exp", UTC; always present in a decoded token
};

/// Reads the claims of an HS256 access token minted by the database.
///
/// The client cannot verify the signature, and does not try: the signing key never leaves the
/// database, which verifies signature, algorithm and expiry on every statement. The claims are
/// therefore hints for the interface (which restaurant, which role, when to refresh), never a
/// basis for granting access. decode() still refuses anything that is not exactly the shape the
/// database issues, so a malformed or tampered token fails early with a clear log line.
class Jwt
{
public:
    /// Tokens larger than this are refused before any decoding.
    static constexpr qsizetype MaxTokenBytes = 8 * 1024;

    /// Decodes header and payload of @p token (base64url without padding, three parts). The
    /// header must be {"alg":"HS256","typ":"JWT","kid":"..."}; the payload must carry "sub",
    /// "rid" and "sid" (uuids), "role" (string) and "exp" (integer seconds since the epoch),
    /// and may carry "perms" (array of strings), "iat" and "nbf" (integers). On failure
    /// returns nothing and sets @p error to an English sentence for the log, which never
    /// contains the token or any part of it.
    static std::optional<JwtClaims> decode(const QByteArray &token, QString *error = nullptr);

    /// Returns true when the token should be treated as expired at @p now: when it is past
    /// its expiry or will be within @p leewaySeconds. The database checks expiry with its own
    /// clock, so the client gives up a little early rather than send a token the database may
    /// already refuse. Claims without a valid expiry, or an invalid @p now, count as expired.
    static bool isExpired(const JwtClaims &claims, const QDateTime &now, int leewaySeconds = 30);
};
