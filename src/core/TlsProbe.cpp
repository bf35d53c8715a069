#include "TlsProbe.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslConfiguration>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

/// PostgreSQL's SSLRequest code: 1234 in the high 16 bits, 5679 in the low ones.
constexpr quint32 SslRequestCode = 80877103;

QString settingsKey(const QString &host, int port)
{
    return u"knownServers/%1:%2"_s.arg(host.toLower()).arg(port);
}

} // namespace

TlsProbe::TlsProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TlsProbe::onTimeout);
    connect(&m_socket, &QSslSocket::connected, this, &TlsProbe::onConnected);
    connect(&m_socket, &QSslSocket::readyRead, this, &TlsProbe::onReadyRead);
    connect(&m_socket, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
    connect(&m_socket, &QSslSocket::sslErrors, this, &TlsProbe::onSslErrors);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &TlsProbe::onSocketError);
}

void TlsProbe::probe(const QString &host, int port, const QString &caFile, int timeoutMs)
{
    m_socket.abort();
    m_host = host;
    m_port = port;
    m_timeoutMs = timeoutMs;
    m_sslErrors.clear();
    m_result = Result();
    m_result.rememberedFingerprint = rememberedFingerprint(host, port);
    m_running = true;

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            // Reported from the event loop, like every other result.
            QTimer::singleShot(0, this, [this, caFile] {
                finish(Status::CaFileUnreadable,
                    tr("The CA certificate file %1 cannot be read or holds no PEM certificate. "
                       "Choose the CA file the server's administrator gave you.")
                        .arg(caFile));
            });
            return;
        }
        configuration.setCaCertificates(authorities);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(host);

    qCInfo(lcDb) << "Testing TLS of" << serverLabel();
    m_phase = Phase::Connecting;
    m_timer.start(timeoutMs);
    m_socket.connectToHost(host, static_cast<quint16>(port));
}

void TlsProbe::onConnected()
{
    QByteArray request(8, '\0');
    qToBigEndian<quint32>(8, request.data());
    qToBigEndian<quint32>(SslRequestCode, request.data() + 4);
    m_phase = Phase::AwaitingAnswer;
    m_socket.write(request);
}

void TlsProbe::onReadyRead()
{
    if (m_phase != Phase::AwaitingAnswer)
        return;

    // Read exactly one byte: whatever follows belongs to the TLS handshake.
    char answer = 0;
    if (m_socket.read(&answer, 1) != 1)
        return;

    if (answer == 'N') {
        finish(Status::NoTls,
            tr("The server %1 does not offer TLS, so the connection would not be encrypted. "
               "Ask its administrator to turn on ssl in postgresql.conf.")
                .arg(serverLabel()));
        return;
    }
    if (answer != 'S') {
        finish(Status::NotPostgres,
            tr("The server %1 did not answer like PostgreSQL. Check the port number.")
                .arg(serverLabel()));
        return;
    }
    m_phase = Phase::Handshake;
    m_socket.startClientEncryption();
}

void TlsProbe::onSslErrors(const QList<QSslError> &errors)
{
    // Keep the errors to report them, and go on so the certificate can be shown.
    m_sslErrors = errors;
    m_socket.ignoreSslErrors();
}

void TlsProbe::onEncrypted()
{
    const QSslCertificate certificate = m_socket.peerCertificate();
    m_result.fingerprint = fingerprintOf(certificate);
    m_result.subject = certificate.subjectDisplayName();
    m_result.expiresAt = certificate.expiryDate();
    m_result.verified = m_sslErrors.isEmpty();
    for (const QSslError &error : std::as_const(m_sslErrors))
        m_result.verifyErrors << error.errorString();
    m_socket.disconnectFromHost();

    if (m_result.rememberedFingerprint.isEmpty()) {
        finish(Status::FirstUse,
            tr("This is the first connection to %1 from this PC. Compare the fingerprint "
               "with the one the server's administrator gave you.")
                .arg(serverLabel()));
        return;
    }
    if (m_result.rememberedFingerprint != m_result.fingerprint) {
        finish(Status::FingerprintChanged,
            tr("Warning: the certificate of %1 has changed since the last connection. "
               "Someone may be intercepting the connection. Accept the new certificate only "
               "if the server's administrator confirms they replaced it.")
                .arg(serverLabel()));
        return;
    }
    finish(
        Status::Trusted, tr("The certificate of %1 is the one this PC trusts.").arg(serverLabel()));
}

void TlsProbe::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_running)
        return;

    if (m_phase == Phase::Handshake && error != QAbstractSocket::SocketTimeoutError)
        error = QAbstractSocket::SslHandshakeFailedError;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        finish(
            Status::Unreachable, tr("The host %1 was not found. Check the host name.").arg(m_host));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(Status::Unreachable,
            tr("The server %1 refused the connection. Check the host name and port, and that "
               "PostgreSQL is running there.")
                .arg(serverLabel()));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(Status::HandshakeFailed,
            tr("The TLS handshake with %1 failed. Ask the server's administrator to check "
               "its certificate.")
                .arg(serverLabel()));
        return;
    default:
        finish(Status::Unreachable,
            tr("The connection to %1 failed. Check the host name, the port and the network.")
                .arg(serverLabel()));
        return;
    }
}

void TlsProbe::onTimeout()
{
    finish(Status::TimedOut,
        tr("The server %1 did not answer within %n seconds. Check the host name, the port "
           "and the network.",
            nullptr, m_timeoutMs / 1000)
            .arg(serverLabel()));
}

void TlsProbe::finish(Status status, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_phase = Phase::Idle;
    if (status != Status::Trusted && status != Status::FirstUse
        && status != Status::FingerprintChanged)
        m_socket.abort();

    m_result.status = status;
    m_result.message = message;
    qCInfo(lcDb) << "TLS test of" << serverLabel() << "finished with status"
                 << static_cast<int>(status) << "fingerprint" << m_result.fingerprint << "verified"
                 << m_result.verified << m_result.verifyErrors;
    emit finished(m_result);
}

QString TlsProbe::serverLabel() const
{
    return u"%1:%2"_s.arg(m_host).arg(m_port);
}

QString TlsProbe::rememberedFingerprint(const QString &host, int port)
{
    return QSettings().value(settingsKey(host, port)).toString();
}

void TlsProbe::rememberFingerprint(const QString &host, int port, const QString &fingerprint)
{
    QSettings().setValue(settingsKey(host, port), fingerprint);
    qCInfo(lcDb) << "Trusting certificate" << fingerprint << "for" << host << port;
}

QString TlsProbe::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QString::fromLatin1(hex);
}

QString TlsProbe::connectionErrorMessage(const QString &driverText)
{
    if (driverText.contains(u"certificate verify failed"_s, Qt::CaseInsensitive))
        return tr("The server's certificate is not signed by the chosen CA certificate. Check the "
                  "CA file, or ask the server's administrator for the right one.");
    if (driverText.contains(u"does not match host name"_s, Qt::CaseInsensitive))
        return tr("The server's certificate was issued for another host name. Use the host name "
                  "written in the certificate.");
    if (driverText.contains(u"root certificate file"_s, Qt::CaseInsensitive))
        return tr("The CA certificate file cannot be read. Choose the CA file again.");
    if (driverText.contains(u"server does not support SSL"_s, Qt::CaseInsensitive))
        return tr("The server does not offer TLS. Ask its administrator to turn on ssl in "
                  "postgresql.conf.");
    return {};
}
