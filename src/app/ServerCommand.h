#pragma once

#include "CommandLine.h"
#include "ConnectionSettings.h"
#include "SetupService.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// --setup-server and --upgrade-server provision a shared PostgreSQL server from the
/// terminal, and --restore-backup restores a backup into the bundled one. Each prints what
/// was done. Secrets come from the terminal without echo, from
/// PGPASSWORD, or from files named by environment variables, never from argv.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    /// Runs the command the options ask for and returns the process exit code.
    static int run(const CommandLineOptions &options);

    /// Parses an administrator's server URL and fills in the password from PGPASSWORD or
    /// the terminal (without echo). Prints why and returns nothing when the URL is invalid
    /// or the terminal closes. Warns when the URL itself carries a password.
    static std::optional<ConnectionSettings> adminSettings(const QString &url);

private:
    static int setUpServer(const CommandLineOptions &options);
    static int upgradeServer(const CommandLineOptions &options);
    static int restoreBackup(const CommandLineOptions &options);
    static std::optional<RestaurantSetup> firstRestaurant(const CommandLineOptions &options);
    static std::optional<QString> askValue(const QString &optionValue, const QString &prompt);
    static std::optional<QString> ownerPassword();
    static std::optional<QString> readSecretFile(const char *variable);
    static void printReport(const QStringList &lines);
    static int failWith(const QString &message);
};
