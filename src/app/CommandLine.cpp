#include "CommandLine.h"

#include "LanguageManager.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

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

CommandLineOptions CommandLine::parse(LanguageManager &languages)
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString requested = requestedLanguage(arguments);
    const bool supported = LanguageManager::supportedLanguages().contains(requested);
    // A language given on the command line applies to this run only.
    if (supported)
        languages.setLanguage(requested, LanguageManager::Persistence::DoNotSave);
    else
        languages.setLanguage(languages.preferredLanguage(), LanguageManager::Persistence::DoNotSave);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RESTO360 Back Office: staff, roles and settings of your restaurant."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Create the demo restaurant if it is missing, and suggest its owner's phone number "
           "at sign-in."));
    const QCommandLineOption dataFolderOption(QStringLiteral("data-dir"),
        tr("Keep the local database in <folder> instead of the per-user data folder."),
        tr("folder"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        tr("Show the interface in <language>: fr (French) or en (English)."), tr("language"));
    const QCommandLineOption smokeTestOption(QStringLiteral("smoke-test"),
        tr("Start the local database, open the first window, print \"smoke test passed\" and "
           "exit. For checking an installation."));
    parser.addOptions({demoOption, dataFolderOption, languageOption, smokeTestOption});

    parser.process(arguments);

    if (parser.isSet(languageOption) && !supported) {
        const QString message =
            tr("Unknown language \"%1\". Use fr or en.").arg(parser.value(languageOption));
        std::fputs(qPrintable(message + u'\n'), stderr);
        std::exit(EXIT_FAILURE);
    }

    CommandLineOptions options;
    options.demo = parser.isSet(demoOption);
    options.smokeTest = parser.isSet(smokeTestOption);
    options.dataFolder = parser.value(dataFolderOption);
    options.language = supported ? requested : QString();
    return options;
}
