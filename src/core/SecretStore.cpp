#include "SecretStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

namespace {

const char *operationName(SecretStore::Operation operation)
{
    switch (operation) {
    case SecretStore::Operation::Read:
        return "Reading";
    case SecretStore::Operation::Write:
        return "Writing";
    case SecretStore::Operation::Delete:
        return "Deleting";
    }
    return "Using";
}

bool isAsciiKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

QString SecretStore::serviceName() const
{
    return m_serviceName;
}

void SecretStore::readSecret(const QString &key)
{
    startJob(new QKeychain::ReadPasswordJob(m_serviceName), key, Operation::Read);
}

void SecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setBinaryData(secret);
    startJob(job, key, Operation::Write);
}

void SecretStore::deleteSecret(const QString &key)
{
    startJob(new QKeychain::DeletePasswordJob(m_serviceName), key, Operation::Delete);
}

void SecretStore::startJob(QKeychain::Job *job, const QString &key, Operation operation)
{
    // Keys name entries on every platform; accents and control characters do not survive all
    // of them the same way.
    if (!isAsciiKey(key))
        qCWarning(lcKeychain) << "Keychain key is not printable ASCII:" << key;

    // NOTE: the job has no parent on purpose. QtKeychain's Secret Service backend hands the job
    // to libsecret as a raw pointer with no way to cancel, so a job deleted before it finishes
    // would be used after free. The job deletes itself when done (autoDelete); the connection's
    // context ends with this store, so a late result after the store is gone is dropped.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, key, operation](QKeychain::Job *finished) { finishJob(finished, key, operation); });
    job->start();
}

void SecretStore::finishJob(QKeychain::Job *job, const QString &key, Operation operation)
{
    const QKeychain::Error error = job->error();

    if (error == QKeychain::NoError) {
        switch (operation) {
        case Operation::Read:
            emit secretRead(key, qobject_cast<QKeychain::ReadPasswordJob *>(job)->binaryData());
            return;
        case Operation::Write:
            emit secretWritten(key);
            return;
        case Operation::Delete:
            emit secretDeleted(key);
            return;
        }
    }

    if (error == QKeychain::EntryNotFound && operation == Operation::Read) {
        emit secretMissing(key);
        return;
    }
    if (error == QKeychain::EntryNotFound && operation == Operation::Delete) {
        emit secretDeleted(key);
        return;
    }

    // QtKeychain 0.13 reports "no bus", "no Secret Service", "locked" and "no libsecret" alike
    // as OtherError, so the code says little; its text is for whoever reads the log.
    qCWarning(lcKeychain).nospace()
        << operationName(operation) << " keychain entry " << key << " in " << m_serviceName
        << " failed (QtKeychain error " << int(error) << "): " << job->errorString();
    emit failed(key, operation, failureMessage(operation));
}

QString SecretStore::failureMessage(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return tr("This PC's keychain is unavailable or refused access, so a saved sign-in could "
                  "not be read from it. Sign in with your password; check that the keychain "
                  "(for example GNOME Keyring or KWallet) is installed and unlocked.");
    case Operation::Write:
        return tr("This PC's keychain is unavailable or refused access, so this PC cannot "
                  "remember your sign-in and you will sign in again next time. Nothing was saved "
                  "elsewhere; check that the keychain is installed and unlocked.");
    case Operation::Delete:
        return tr("This PC's keychain is unavailable or refused access, so a saved sign-in could "
                  "not be removed from it. Check that the keychain is installed and unlocked, "
                  "then sign out again.");
    }
    return {};
}
