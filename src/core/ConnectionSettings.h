#pragma once

#include <QString>

/// Where and as whom to connect to PostgreSQL. For the bundled server the host is the
/// folder that holds its Unix socket. The password is never stored in settings files.
struct ConnectionSettings
{
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;
    /// Extra libpq options, for example "sslmode=verify-full sslrootcert=/path/ca.pem".
    QString options;

    /// Returns settings for the same server with another database or login.
    ConnectionSettings withDatabase(const QString &name) const;
    ConnectionSettings withUser(const QString &name) const;

    /// Returns the libpq TLS options for a server: sslmode=verify-full with caFile as
    /// sslrootcert when a CA file is given, else sslmode=require, which encrypts but checks no
    /// certificate (the remembered fingerprint is then the protection).
    static QString tlsOptions(const QString &caFile);
};

/// Opens (or reopens) the named QPSQL connection. Returns an empty string on success, else
/// the driver's error text for the log.
QString openConnection(const QString &connectionName, const ConnectionSettings &settings);

/// Closes and removes a named connection if it exists.
void closeConnection(const QString &connectionName);

/// Signs in with settings on a throwaway connection, runs `select 1` and closes it. Returns an
/// empty string on success, else the driver's text. Safe to call from any thread.
QString testLogin(const ConnectionSettings &settings);
