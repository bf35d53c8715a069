#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QString>
#include <QTimer>

/// Tests a PostgreSQL server's TLS before the application connects to it. It opens a TCP
/// connection, sends PostgreSQL's SSLRequest, runs the TLS handshake on 'S' and reports the
/// server certificate: its SHA-256 fingerprint, subject, expiry and whether it verifies
/// against a CA file. It also compares the fingerprint with the one remembered for the same
/// host and port (trust on first use), so a replaced certificate is reported, never accepted
/// silently. The whole test takes at most timeoutMs (5 seconds).
class TlsProbe : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Trusted,            ///< TLS works and the fingerprint is the one remembered.
        FirstUse,           ///< TLS works and no fingerprint is remembered for this server yet.
        FingerprintChanged, ///< TLS works but the certificate differs from the remembered one.
        NoTls,              ///< The server answered 'N': it does not offer TLS.
        NotPostgres,        ///< The answer to SSLRequest was neither 'S' nor 'N'.
        Unreachable,        ///< Host not found, connection refused or closed.
        TimedOut,           ///< No complete answer within the timeout.
        HandshakeFailed,    ///< The TLS handshake itself failed.
        CaFileUnreadable,   ///< The CA file holds no PEM certificate.
    };

    struct Result
    {
        Status status = Status::Unreachable;
        /// SHA-256 of the DER certificate as upper-case hex pairs joined by ':', like
        /// `openssl x509 -fingerprint -sha256` prints it.
        QString fingerprint;
        /// The fingerprint remembered for this host and port, empty on first use.
        QString rememberedFingerprint;
        QString subject;
        QDateTime expiresAt;
        /// True when the certificate chain and the host name verify against the CA file (or
        /// the system's CA certificates when no file was given).
        bool verified = false;
        /// Translated reasons the certificate did not verify.
        QStringList verifyErrors;
        /// A translated sentence: what the test found and what to do.
        QString message;

        bool tlsWorks() const
        {
            return status == Status::Trusted || status == Status::FirstUse
                || status == Status::FingerprintChanged;
        }
    };

    static constexpr int DefaultTimeoutMs = 5000;

    explicit TlsProbe(QObject *parent = nullptr);

    /// Starts a test of host:port; emits finished once, within timeoutMs. caFile may be
    /// empty. A test already running is abandoned.
    void probe(
        const QString &host, int port, const QString &caFile, int timeoutMs = DefaultTimeoutMs);

    bool isRunning() const { return m_running; }

    /// The fingerprint remembered for host:port in QSettings, empty when none is.
    static QString rememberedFingerprint(const QString &host, int port);
    /// Remembers fingerprint as the trusted certificate of host:port. Call it on first use,
    /// or when the person accepts a changed certificate explicitly.
    static void rememberFingerprint(const QString &host, int port, const QString &fingerprint);
    /// Formats a certificate's SHA-256 digest as AA:BB:….
    static QString fingerprintOf(const QSslCertificate &certificate);

    /// Turns the driver's text of a failed TLS connection into a translated sentence, or
    /// returns an empty string when the failure is not about TLS.
    static QString connectionErrorMessage(const QString &driverText);

signals:
    void finished(const TlsProbe::Result &result);

private:
    enum class Phase { Idle, Connecting, AwaitingAnswer, Handshake };

    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void finish(Status status, const QString &message);
    QString serverLabel() const;

    QSslSocket m_socket;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    QString m_host;
    int m_port = 0;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QSslError> m_sslErrors;
    Result m_result;
};
