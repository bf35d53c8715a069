#include "ScramVerifier.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

// PostgreSQL 15's defaults for new verifiers (scram_iterations, salt length).
constexpr int Iterations = 4096;
constexpr int SaltBytes = 16;
constexpr int PasswordBytes = 24;

QByteArray randomBytes(int count)
{
    std::vector<quint32> words(static_cast<size_t>((count + 3) / 4));
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), count);
}

} // namespace

QString ScramVerifier::generatePassword()
{
    return QString::fromLatin1(
        randomBytes(PasswordBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ScramVerifier::compute(const QString &password)
{
    const QByteArray salt = randomBytes(SaltBytes);
    const QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, Iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), saltedPassword, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), saltedPassword, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(QString::number(Iterations),
        QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
        QString::fromLatin1(serverKey.toBase64()));
}
