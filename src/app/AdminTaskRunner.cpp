#include "AdminTaskRunner.h"

#include "AdminCommands.h"
#include "LocalServer.h"
#include "Logging.h"
#include "ServerCommand.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;

int AdminTaskRunner::run(const CommandLineOptions &options)
{
    if (!options.adminTaskServerUrl)
        return runOnBundledServer(options);

    const QString url = options.adminTaskServerUrl->trimmed();
    if (url.isEmpty()) {
        // Most likely an unset shell variable: running on the local database instead would
        // check or change the wrong one.
        QTextStream(stderr) << tr("The server URL after --check-isolation or "
                                  "--rotate-signing-key is empty. Give the URL, or leave it out "
                                  "to use the local database.")
                            << Qt::endl;
        return AdminCommands::Failed;
    }
    return runOnServer(options.adminTask, url);
}

int AdminTaskRunner::runOnServer(CommandLineOptions::AdminTask task, const QString &url)
{
    // The same URL form and password sources as --setup-server. The helper prints why when it
    // fails.
    const std::optional<ConnectionSettings> admin = ServerCommand::adminSettings(url);
    if (!admin)
        return AdminCommands::Failed;

    QTextStream out(stdout);
    QTextStream errors(stderr);
    if (!AdminCommands(*admin).requireCurrentSchema(out, errors))
        return AdminCommands::Failed;

    const int exitCode = runTask(task, *admin);
    const char *taskName = task == CommandLineOptions::AdminTask::CheckIsolation
        ? "--check-isolation"
        : "--rotate-signing-key";
    qCInfo(lcDb) << taskName << "on" << admin->host << "database" << admin->databaseName
                 << "exited with" << exitCode;
    return exitCode;
}

int AdminTaskRunner::runOnBundledServer(const CommandLineOptions &options)
{
    QTextStream errors(stderr);

    QString dataFolder = options.dataFolder;
    if (dataFolder.isEmpty())
        dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);

    LocalServer server(dataFolder);
    // Only an existing database can be checked; starting the server would create an empty one.
    if (!QFileInfo::exists(server.clusterFolder() + u"/PG_VERSION"_s)) {
        errors << tr("There is no local database in %1 yet. Start RESTO360 Back Office once, "
                     "then run this command again.")
                      .arg(dataFolder)
               << Qt::endl;
        return AdminCommands::Failed;
    }
    if (!bundledServerIsFree(server.clusterFolder())) {
        errors << tr("RESTO360 Back Office is running and uses the local database. Close it, "
                     "then run this command again.")
               << Qt::endl;
        return AdminCommands::Failed;
    }

    if (!server.start()) {
        // LocalServer has logged the detail.
        errors << server.errorMessage() << Qt::endl;
        return AdminCommands::Failed;
    }
    const ConnectionSettings admin =
        server.adminSettings().withDatabase(LocalServer::databaseName());
    QTextStream out(stdout);
    const int exitCode = AdminCommands(admin).describeLocalDatabase(out, errors, dataFolder)
        ? runTask(options.adminTask, admin)
        : AdminCommands::Failed;
    server.stop();
    return exitCode;
}

int AdminTaskRunner::runTask(CommandLineOptions::AdminTask task, const ConnectionSettings &admin)
{
    QTextStream out(stdout);
    QTextStream errors(stderr);
    const AdminCommands commands(admin);

    switch (task) {
    case CommandLineOptions::AdminTask::CheckIsolation:
        return commands.checkIsolation(out, errors);
    case CommandLineOptions::AdminTask::RotateSigningKey:
        return commands.rotateSigningKey(out, errors);
    case CommandLineOptions::AdminTask::None:
        break;
    }
    return AdminCommands::Failed;
}

bool AdminTaskRunner::bundledServerIsFree(const QString &clusterFolder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(clusterFolder)
    // NOTE: Windows has no cheap check of the process named in postmaster.pid yet; pg_ctl
    // start fails there anyway while another server holds the port.
    return true;
#else
    // postmaster.pid names the server's process on its first line. A file left by a crash
    // names a process that no longer exists.
    QFile lock(clusterFolder + u"/postmaster.pid"_s);
    if (!lock.open(QIODevice::ReadOnly))
        return true;
    const qint64 pid = lock.readLine().trimmed().toLongLong();
    return pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0;
#endif
}
