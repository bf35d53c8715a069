#include "PasswordKdf.h"

#include "Logging.h"

#include <sodium.h>

#include <utility>

using namespace Qt::StringLiterals;

static_assert(PasswordKdf::SaltBytes == crypto_pwhash_SALTBYTES);
static_assert(PasswordKdf::MinOpsLimit >= crypto_pwhash_OPSLIMIT_MIN);
static_assert(PasswordKdf::MinMemLimitBytes >= crypto_pwhash_MEMLIMIT_MIN);
static_assert(PasswordKdf::KeyBytes >= crypto_pwhash_BYTES_MIN);

namespace {

const QString argon2id13 = u"argon2id13"_s;

} // namespace

KdfParameters KdfParameters::generate()
{
    KdfParameters parameters;
    parameters.algorithm = argon2id13;
    parameters.salt = PasswordKdf::randomBytes(PasswordKdf::SaltBytes);
    parameters.opsLimit = PasswordKdf::DefaultOpsLimit;
    parameters.memLimitBytes = PasswordKdf::DefaultMemLimitBytes;
    return parameters;
}

bool KdfParameters::isSupported() const
{
    return algorithm == argon2id13 && salt.size() == PasswordKdf::SaltBytes
        && opsLimit >= PasswordKdf::MinOpsLimit && opsLimit <= PasswordKdf::MaxOpsLimit
        && memLimitBytes >= PasswordKdf::MinMemLimitBytes
        && memLimitBytes <= PasswordKdf::MaxMemLimitBytes;
}

bool PasswordKdf::ensureSodium()
{
    // A function-local static is initialised once even with concurrent callers; sodium_init()
    // returns 1 when it had already been initialised elsewhere in the process.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

KdfResult PasswordKdf::derive(const QString &password, const KdfParameters &parameters)
{
    KdfResult result;
    if (!parameters.isSupported()) {
        qCWarning(lcAuth) << "Refusing unsupported key derivation parameters";
        result.status = KdfResult::Status::UnsupportedParameters;
        return result;
    }
    if (!ensureSodium()) {
        qCCritical(lcAuth) << "libsodium could not be initialised";
        result.status = KdfResult::Status::SodiumUnavailable;
        return result;
    }

    QByteArray utf8 = password.toUtf8();
    QByteArray key(KeyBytes, Qt::Uninitialized);

    const int rc = crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
        utf8.constData(), size_t(utf8.size()),
        reinterpret_cast<const unsigned char *>(parameters.salt.constData()), parameters.opsLimit,
        size_t(parameters.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);

    if (rc != 0) {
        // crypto_pwhash fails only when it cannot allocate memLimitBytes (the parameters were
        // checked above): report that, never a wrong password.
        qCWarning(lcAuth) << "Key derivation failed to allocate" << parameters.memLimitBytes
                          << "bytes";
        wipe(key);
        result.status = KdfResult::Status::OutOfMemory;
        return result;
    }

    result.status = KdfResult::Status::Ok;
    result.key = std::move(key);
    return result;
}

void PasswordKdf::wipe(QByteArray &bytes)
{
    zero(bytes);
    bytes.clear();
}

bool PasswordKdf::zero(QByteArray &bytes)
{
    // data() would detach a shared buffer and zero only a fresh copy, and zeroing the shared
    // buffer itself would corrupt the other copies' values. Zero only what this array alone owns.
    if (bytes.data_ptr().needsDetach())
        return false;
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return true;
}

QByteArray PasswordKdf::randomBytes(int count)
{
    if (count <= 0)
        return {};
    ensureSodium();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}
