#pragma once

#include "CommandLine.h"
#include "ConnectionSettings.h"

#include <QCoreApplication>

/// --check-isolation and --rotate-signing-key: runs an administrator's task from the
/// terminal, without a display, and returns the process exit code (see AdminCommands).
///
/// For the bundled database it starts the local server, runs the task as the server's
/// administrator, and stops the server. runTask() takes any administrator's settings, so a
/// remote server named on the command line can use the same tasks.
class AdminTaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(AdminTaskRunner)

public:
    /// Runs options.adminTask against the bundled database in options.dataFolder (or the
    /// per-user data folder).
    static int run(const CommandLineOptions &options);

    /// Runs task as the administrator that admin connects as, printing to the terminal.
    static int runTask(CommandLineOptions::AdminTask task, const ConnectionSettings &admin);

private:
    /// Fails when another copy of the application uses the bundled database: starting the
    /// server here would stop theirs.
    static bool bundledServerIsFree(const QString &clusterFolder);
};
