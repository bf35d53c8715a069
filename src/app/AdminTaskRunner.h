#pragma once

#include "CommandLine.h"
#include "ConnectionSettings.h"

#include <QCoreApplication>

/// --check-isolation and --rotate-signing-key: runs an administrator's task from the
/// terminal, without a display, and returns the process exit code (see AdminCommands).
///
/// For the bundled database it starts the local server, prints the database and its
/// folder, runs the task as the server's administrator, and stops the server. With a server
/// URL it connects as the administrator the URL names, the way --setup-server does, and runs
/// the task only when the database has this program's schema.
class AdminTaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(AdminTaskRunner)

public:
    /// Runs options.adminTask against the server of options.adminTaskServerUrl, or else
    /// against the bundled database in options.dataFolder (or the per-user data folder).
    static int run(const CommandLineOptions &options);

    /// Runs task as the administrator that admin connects as, printing to the terminal.
    static int runTask(CommandLineOptions::AdminTask task, const ConnectionSettings &admin);

private:
    static int runOnBundledServer(const CommandLineOptions &options);
    static int runOnServer(CommandLineOptions::AdminTask task, const QString &url);

    /// Fails when another copy of the application uses the bundled database: starting the
    /// server here would stop theirs.
    static bool bundledServerIsFree(const QString &clusterFolder);
};
