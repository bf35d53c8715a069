#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/// The Argon2id parameters a key was derived with, stored with the person's verifier so they
/// can be raised later. The server sends them at sign-in, so they are checked before use.
struct KdfParameters
{
    QString algorithm;         ///< "argon2id13", the only algorithm supported
    QByteArray salt;           ///< crypto_pwhash_SALTBYTES (16) random bytes
    quint64 opsLimit = 0;      ///< Argon2 passes (t)
    quint64 memLimitBytes = 0; ///< memory used by one derivation, in bytes

    /// Returns the defaults for a new password: a fresh random salt, 2 passes and 64 MiB
    /// (libsodium's interactive limits), which a 4 GB restaurant PC handles.
    static KdfParameters generate();

    /// Returns true when derive() accepts these parameters: argon2id13, a 16-byte salt,
    /// 1 to 10 passes and 8 MiB to 1 GiB of memory. The bounds keep a hostile server from
    /// making the PC allocate or compute without limit.
    bool isSupported() const;
};

/// The outcome of a derivation. Only Status::Ok carries a key.
struct KdfResult
{
    enum class Status {
        Ok,
        OutOfMemory,           ///< the PC could not allocate the memory; not a wrong password
        UnsupportedParameters, ///< KdfParameters::isSupported() is false
        SodiumUnavailable,     ///< libsodium failed to initialise
    };

    Status status = Status::UnsupportedParameters;
    QByteArray key; ///< PasswordKdf::KeyBytes bytes; wipe it with PasswordKdf::wipe() after use
};

/// Argon2id key derivation with libsodium's crypto_pwhash. The derived key, never the password,
/// is what sign-in sends to the database. Thread-safe; a derivation takes about a second with
/// the default parameters, so call it off the GUI thread.
class PasswordKdf
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr int SaltBytes = 16;
    static constexpr quint64 DefaultOpsLimit = 2;
    static constexpr quint64 DefaultMemLimitBytes = 64ull * 1024 * 1024;
    static constexpr quint64 MinOpsLimit = 1;
    static constexpr quint64 MaxOpsLimit = 10;
    static constexpr quint64 MinMemLimitBytes = 8ull * 1024 * 1024;
    static constexpr quint64 MaxMemLimitBytes = 1024ull * 1024 * 1024;

    /// Derives a KeyBytes-byte key from @p password (as UTF-8) with @p parameters. The UTF-8
    /// copy of the password is wiped before returning. The QString itself belongs to the
    /// caller, who should clear it once it is no longer needed.
    static KdfResult derive(const QString &password, const KdfParameters &parameters);

    /// Overwrites the bytes of @p bytes with zeros, then clears it. If other QByteArray copies
    /// still share the buffer, only this reference is dropped and the bytes stay intact for
    /// them: the last copy to be wiped zeroes the buffer. Wipe every copy of a secret.
    static void wipe(QByteArray &bytes);

    /// Overwrites the bytes of @p bytes with zeros in place, keeping its size, and returns
    /// true; returns false, changing nothing, when the buffer is shared with other copies, not
    /// owned (QByteArray::fromRawData) or absent (a null array). wipe() is zero(), then clear().
    static bool zero(QByteArray &bytes);

    /// Returns @p count bytes from libsodium's random generator; empty when count <= 0.
    static QByteArray randomBytes(int count);

    /// Initialises libsodium once; returns false if it cannot be used.
    static bool ensureSodium();
};
