#pragma once

#include "ConnectionSettings.h"

#include <QString>

/// The database this PC uses: the bundled server (the default) or a PostgreSQL server shared
/// by several PCs. Stored in QSettings under "server/"; the password is never stored there
/// but in the keychain under passwordKey().
struct ServerProfile
{
    enum class TlsMode {
        VerifyFull, ///< sslmode=verify-full against caFile.
        Require,    ///< sslmode=require: encrypted, protected by the remembered fingerprint.
    };

    bool useServer = false;
    QString host;
    int port = 5432;
    QString databaseName = QStringLiteral("resto360");
    QString userName = QStringLiteral("resto360_app");
    TlsMode tlsMode = TlsMode::VerifyFull;
    QString caFile;

    /// Reads the profile from QSettings; the bundled server when nothing is stored.
    static ServerProfile load();
    /// Writes the profile to QSettings.
    void save() const;

    /// Returns the keychain key of the password: "server-password/<host>:<port>/<user>".
    QString passwordKey() const;
    /// Returns the settings to connect to the server with password, with the TLS options.
    ConnectionSettings connectionSettings(const QString &password) const;
    /// The CA file when verify-full is chosen, else an empty string.
    QString effectiveCaFile() const;
};
