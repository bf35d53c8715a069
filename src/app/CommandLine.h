#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class LanguageManager;

/// The options the command line sets, besides --help and --version.
struct CommandLineOptions
{
    /// An administrator's task that runs instead of the interface, without a display.
    enum class AdminTask {
        None,
        CheckIsolation,   ///< --check-isolation
        RotateSigningKey, ///< --rotate-signing-key
    };

    /// Create the demo restaurant when missing: in the bundled database, where its owner's
    /// phone is then suggested at sign-in, or on the server of --setup-server.
    bool demo = false;
    /// Start, show the first window briefly, print a line and exit: a check for packages.
    bool smokeTest = false;
    /// Folder of the bundled database; empty for the per-user default.
    QString dataFolder;
    /// "fr" or "en"; empty to keep the saved or system language.
    QString language;
    /// Administrator URL of a server to set up (--setup-server) or upgrade (--upgrade-server).
    QString setupServerUrl;
    QString upgradeServerUrl;
    /// The first restaurant of --setup-server; empty values are asked on the terminal.
    QString restaurantName;
    QString ownerName;
    QString ownerPhone;
    /// Backup file to restore into the bundled database (--restore-backup).
    QString restoreBackupFile;
    /// The administrator's task to run instead of the interface, if any.
    AdminTask adminTask = AdminTask::None;
    /// Administrator URL of the server that adminTask runs against; nothing for the bundled
    /// database. An empty string means the URL was given empty, which is an error.
    std::optional<QString> adminTaskServerUrl;
};

/// The application's command line, with help texts in the interface language.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True when the arguments only ask for help or the version, which need no display.
    static bool onlyPrints(int argc, char **argv);

    /// True when the arguments ask for an administrator's task, which needs no display.
    /// Both --check-isolation and --check-isolation=URL count, and likewise for
    /// --rotate-signing-key.
    static bool asksForAdminTask(int argc, char **argv);

    /// True when the arguments ask to set up or upgrade a server or to restore a backup,
    /// which run on the terminal and need no display.
    static bool isServerCommand(int argc, char **argv);

    /// Loads the language given with --lang (else the preferred one) so that help is
    /// translated, then parses the arguments of the running application. Prints help, the
    /// version or an error and exits the process when asked or when an argument is invalid:
    /// an unknown option, or a positional argument other than an administrator's task URL.
    /// Invalid arguments exit with 2 for an administrator's task and with 1 otherwise.
    static CommandLineOptions parse(LanguageManager &languages);
};
