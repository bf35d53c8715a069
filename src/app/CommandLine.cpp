#include "CommandLine.h"

#include "LanguageManager.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

// The administrator's tasks, which take an optional server URL.
const char *const AdminTaskOptions[] = {"--check-isolation", "--rotate-signing-key"};

// Finds the value of --lang before the parser exists, because the parser's help texts
// must already be in that language.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

// Takes the server URL of "--check-isolation=URL" out of arguments, because
// QCommandLineParser has no options with an optional value. The other form, a URL given as
// a positional argument anywhere, is read after parsing. Returns nothing when no such URL is
// given, and an empty string for an empty one, which the caller rejects so that an unset
// shell variable never turns into a run against the local database.
std::optional<QString> takeAdminTaskUrl(QStringList *arguments)
{
    std::optional<QString> url;
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        for (const char *task : AdminTaskOptions) {
            const QString option = QString::fromLatin1(task);
            const QString argument = arguments->at(i);
            if (argument.startsWith(option + u'=')) {
                url = argument.mid(option.size() + 1);
                (*arguments)[i] = option;
            }
        }
    }
    return url;
}

// Returns the administrator's task option among arguments, or an empty string.
QString adminTaskOption(const QStringList &arguments)
{
    for (const char *task : AdminTaskOptions) {
        if (arguments.contains(QString::fromLatin1(task)))
            return QString::fromLatin1(task);
    }
    return {};
}

// An argument as an error message may show it: a URL loses its password.
QString shownArgument(const QString &argument)
{
    const QUrl url(argument, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.password().isEmpty())
        return url.toString(QUrl::RemovePassword);
    return argument;
}

[[noreturn]] void exitWithUsageError(const QString &message, int exitCode)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
    std::exit(exitCode);
}

} // namespace

bool CommandLine::onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        for (const char *printing : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argument, printing) == 0)
                return true;
        }
    }
    return false;
}

bool CommandLine::isServerCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *command : {"--setup-server", "--upgrade-server", "--restore-backup"}) {
            const size_t length = std::strlen(command);
            if (std::strncmp(argv[i], command, length) == 0
                && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

bool CommandLine::asksForAdminTask(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        for (const char *task : AdminTaskOptions) {
            const size_t length = std::strlen(task);
            if (std::strncmp(argument, task, length) == 0
                && (argument[length] == '\0' || argument[length] == '='))
                return true;
        }
    }
    return false;
}

CommandLineOptions CommandLine::parse(LanguageManager &languages)
{
    QStringList arguments = QCoreApplication::arguments();
    const std::optional<QString> adminTaskServerUrl = takeAdminTaskUrl(&arguments);
    const QString requested = requestedLanguage(arguments);
    const bool supported = LanguageManager::supportedLanguages().contains(requested);
    // A language given on the command line applies to this run only.
    if (supported)
        languages.setLanguage(requested, LanguageManager::Persistence::DoNotSave);
    else
        languages.setLanguage(
            languages.preferredLanguage(), LanguageManager::Persistence::DoNotSave);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RESTO360 Back Office: staff, roles and settings of your restaurant."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Create the demo restaurant if it is missing, and suggest its owner's phone number "
           "at sign-in. With --setup-server, create it on that server instead; the first "
           "restaurant is then made only when --restaurant-name, --owner-name or --owner-phone "
           "is given. Every demo account has the published password Resto360-demo!, so use it "
           "on test servers only."));
    const QCommandLineOption dataFolderOption(QStringLiteral("data-dir"),
        tr("Keep the local database in <folder> instead of the per-user data folder."),
        tr("folder"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        tr("Show the interface in <language>: fr (French) or en (English)."), tr("language"));
    const QCommandLineOption smokeTestOption(QStringLiteral("smoke-test"),
        tr("Start the local database, open the first window, print \"smoke test passed\" and "
           "exit. For checking an installation."));
    const QCommandLineOption checkIsolationOption(QStringLiteral("check-isolation"),
        tr("As the local database's administrator, check that nothing lets one restaurant see "
           "or change another's data. Prints each finding and exits with 0 when there is "
           "none, 1 when there are findings and 2 when the check cannot run. Close the "
           "application first. Given one server URL, as for --setup-server, anywhere on the "
           "command line or as --check-isolation=URL, it checks that server's database as its "
           "administrator instead."));
    const QCommandLineOption rotateSigningKeyOption(QStringLiteral("rotate-signing-key"),
        tr("As the local database's administrator, replace the key that signs access tokens "
           "and print the new key's id. Tokens signed with the old key stay valid until they "
           "expire. Close the application first. Given one server URL, as for --setup-server, "
           "anywhere on the command line or as --rotate-signing-key=URL, it replaces the key "
           "of that server's database instead."));
    parser.addOptions({demoOption, dataFolderOption, languageOption, smokeTestOption,
        checkIsolationOption, rotateSigningKeyOption});

    const QCommandLineOption setupServerOption(QStringLiteral("setup-server"),
        tr("Set up the PostgreSQL server at <url> for RESTO360 as its administrator: roles, "
           "database, migrations and the first restaurant (or the demo restaurant, with "
           "--demo). The administrator's password is read from PGPASSWORD or asked on the "
           "terminal. Running it again changes nothing."),
        tr("url"));
    const QCommandLineOption upgradeServerOption(QStringLiteral("upgrade-server"),
        tr("Apply the migrations that the server at <url> lacks, as its administrator."),
        tr("url"));
    const QCommandLineOption restaurantNameOption(QStringLiteral("restaurant-name"),
        tr("Name of the first restaurant for --setup-server."), tr("name"));
    const QCommandLineOption ownerNameOption(QStringLiteral("owner-name"),
        tr("Name of the first restaurant's owner for --setup-server."), tr("name"));
    const QCommandLineOption ownerPhoneOption(QStringLiteral("owner-phone"),
        tr("Phone number of the first restaurant's owner for --setup-server. The owner's "
           "password is read from the file named by RESTO360_OWNER_PASSWORD_FILE or asked "
           "on the terminal."),
        tr("phone"));
    const QCommandLineOption restoreBackupOption(QStringLiteral("restore-backup"),
        tr("Replace the data of the local database with the backup <file>, after a "
           "confirmation on the terminal. Close the application first."),
        tr("file"));
    parser.addOptions({setupServerOption, upgradeServerOption, restaurantNameOption,
        ownerNameOption, ownerPhoneOption, restoreBackupOption});

    // The administrator's tasks exit with 2 when they cannot run, a usage error included.
    const QString taskOption = adminTaskOption(arguments);
    const int usageExitCode = taskOption.isEmpty() ? EXIT_FAILURE : 2;
    // parse() first, so that an invalid argument exits with usageExitCode. process() then
    // only prints the help or the version when asked.
    if (!parser.parse(arguments)) {
        exitWithUsageError(
            parser.errorText() + u' ' + tr("Run with --help to see the options."), usageExitCode);
    }
    parser.process(arguments);

    if (parser.isSet(languageOption) && !supported) {
        exitWithUsageError(
            tr("Unknown language \"%1\". Use fr or en.").arg(parser.value(languageOption)),
            usageExitCode);
    }

    if (parser.isSet(checkIsolationOption) && parser.isSet(rotateSigningKeyOption)) {
        exitWithUsageError(
            tr("Use --check-isolation or --rotate-signing-key, not both."), usageExitCode);
    }

    // An administrator's task takes its URL from one positional argument, wherever it is.
    // Any other positional argument is an error: ignoring it could run a task on the wrong
    // database, or a command without the value the person meant to give.
    CommandLineOptions options;
    options.adminTaskServerUrl = adminTaskServerUrl;
    QStringList positional = parser.positionalArguments();
    if (!taskOption.isEmpty() && !adminTaskServerUrl && !positional.isEmpty())
        options.adminTaskServerUrl = positional.takeFirst();
    if (!positional.isEmpty() && !taskOption.isEmpty()) {
        exitWithUsageError(tr("Unexpected argument \"%1\": %2 takes one server URL, and one is "
                              "already given. Remove one of them.")
                               .arg(shownArgument(positional.first()), taskOption),
            usageExitCode);
    }
    if (!positional.isEmpty()) {
        exitWithUsageError(tr("Unexpected argument \"%1\". Put the value of an option right "
                              "after it, as in --setup-server URL, or remove the argument. Run "
                              "with --help to see the options.")
                               .arg(shownArgument(positional.first())),
            usageExitCode);
    }

    if (parser.isSet(checkIsolationOption))
        options.adminTask = CommandLineOptions::AdminTask::CheckIsolation;
    else if (parser.isSet(rotateSigningKeyOption))
        options.adminTask = CommandLineOptions::AdminTask::RotateSigningKey;
    options.demo = parser.isSet(demoOption);
    options.smokeTest = parser.isSet(smokeTestOption);
    options.dataFolder = parser.value(dataFolderOption);
    options.language = supported ? requested : QString();
    options.setupServerUrl = parser.value(setupServerOption);
    options.upgradeServerUrl = parser.value(upgradeServerOption);
    options.restaurantName = parser.value(restaurantNameOption);
    options.ownerName = parser.value(ownerNameOption);
    options.ownerPhone = parser.value(ownerPhoneOption);
    options.restoreBackupFile = parser.value(restoreBackupOption);
    return options;
}
