#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A throwaway PostgreSQL that listens on 127.0.0.1 with TLS only, for testing remote-server
/// connections. A test CA and a server certificate for 127.0.0.1 and localhost are made with
/// the openssl command-line tool at test time. The administrator logs in over TCP with a
/// SCRAM-SHA-256 password set at start. As root the server runs as RESTO360_TEST_PG_USER.
class TlsTestServer
{
public:
    TlsTestServer();
    ~TlsTestServer();

    TlsTestServer(const TlsTestServer &) = delete;
    TlsTestServer &operator=(const TlsTestServer &) = delete;

    /// Makes the CA and the server certificate, creates the cluster and starts the server.
    bool start(QString *error);
    /// Stops the server with a fast shutdown. Safe to call twice.
    void stop();
    /// Starts the stopped server again with the same certificate and port.
    bool restart(QString *error);
    /// Replaces the server's key and certificate (same CA) and restarts the server.
    bool replaceCertificateAndRestart(QString *error);
    /// Makes a second, unrelated CA and returns its certificate file.
    bool createOtherCa(QString *error);

    int port() const { return m_port; }
    QString caFile() const;
    QString otherCaFile() const;
    QString serverCertificateFile() const;
    /// The administrator over TCP with TLS options left empty.
    ConnectionSettings adminSettings() const;

    /// Returns the fingerprint `openssl x509 -fingerprint -sha256` prints for a certificate.
    static QString opensslFingerprint(const QString &certificateFile, QString *error);

private:
    bool runOpenssl(const QStringList &arguments, QString *error) const;
    bool makeCa(const QString &name, const QString &subject, QString *error) const;
    bool makeServerCertificate(QString *error) const;
    bool initCluster(QString *error);
    bool startServer(QString *error);
    bool setAdminPassword(QString *error);
    bool runAsServerUser(
        const QString &program, const QStringList &arguments, QString *output) const;
    bool handOverFolder(QString *error) const;
    QString path(const QString &name) const;

    QTemporaryDir m_folder;
    QString m_serverUser;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};
