#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

/// Keeps small secrets (a refresh token, the local server's administrator password) in this
/// PC's keychain: Secret Service on Linux, Credential Manager on Windows, Keychain on macOS.
///
/// Every call starts an asynchronous QtKeychain job and returns at once; the outcome arrives as
/// exactly one signal per call. Calls run one after another in the order they were made. With
/// no usable keychain, calls fail with failed(); nothing is ever written to a plain file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };
    Q_ENUM(Operation)

    /// @p serviceName groups this application's entries in the keychain; tests use their own.
    explicit SecretStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const;

    /// Reads the secret stored under @p key (ASCII, for example "<server uuid>/<user uuid>").
    /// Emits secretRead(), secretMissing() or failed().
    void readSecret(const QString &key);

    /// Stores @p secret under @p key, replacing any previous value. Emits secretWritten() or
    /// failed(). Windows accepts at most 2,560 bytes per secret.
    void writeSecret(const QString &key, const QByteArray &secret);

    /// Removes the entry under @p key. Emits secretDeleted() (also when there was no such
    /// entry) or failed().
    void deleteSecret(const QString &key);

signals:
    void secretRead(const QString &key, const QByteArray &secret);
    void secretMissing(const QString &key);
    void secretWritten(const QString &key);
    void secretDeleted(const QString &key);

    /// The keychain is unavailable or refused. @p message is a translated sentence for people;
    /// the keychain's own error text is in the log (category resto360.keychain).
    void failed(const QString &key, SecretStore::Operation operation, const QString &message);

private:
    void startJob(QKeychain::Job *job, const QString &key, Operation operation);
    void finishJob(QKeychain::Job *job, const QString &key, Operation operation);
    static QString failureMessage(Operation operation);

    QString m_serviceName;
};
