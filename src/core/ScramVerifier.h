#pragma once

#include <QString>

/// Passwords for PostgreSQL logins, prepared on this computer so that only a SCRAM-SHA-256
/// verifier reaches the server and its log.
class ScramVerifier
{
public:
    /// Returns a random password of 32 base64url characters, which needs no quoting in a
    /// libpq connection string or a password file.
    static QString generatePassword();

    /// Returns the verifier PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802 and
    /// RFC 7677): "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", with a new
    /// random salt. The password must be ASCII, which SASLprep leaves unchanged.
    static QString compute(const QString &password);
};
