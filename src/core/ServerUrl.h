#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

/// A PostgreSQL server named by a URL such as
/// postgresql://admin@db.example.ci:5432/resto360?sslmode=verify-full&sslrootcert=/etc/ca.pem,
/// as the administrator gives it to --setup-server and --upgrade-server.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)

public:
    /// Parses text into settings. The database defaults to the application's database and
    /// the port to 5432. Only the TLS query parameters (sslmode, sslrootcert, sslcert,
    /// sslkey, sslcrl) are accepted. Returns false with a translated error otherwise.
    static bool parse(const QString &text, ConnectionSettings *settings, QString *error);

    /// True when the URL carries a password, which other processes can read in argv.
    static bool hasPassword(const QString &text);
};
