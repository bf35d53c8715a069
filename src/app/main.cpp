#include "AdminTaskRunner.h"
#include "AppController.h"
#include "CommandLine.h"
#include "LanguageManager.h"
#include "ServerCommand.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Help and version only print, so they run without a display.
    if (CommandLine::onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppController::describeApplication();
        LanguageManager languages;
        CommandLine::parse(languages);
        return 0;
    }

    // Setting up or upgrading a server works on the terminal, also over SSH without a display.
    if (CommandLine::isServerCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppController::describeApplication();
        LanguageManager languages;
        return ServerCommand::run(CommandLine::parse(languages));
    }

    // --check-isolation and --rotate-signing-key print to the terminal and need no display.
    if (CommandLine::asksForAdminTask(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppController::describeApplication();
        LanguageManager languages;
        return AdminTaskRunner::run(CommandLine::parse(languages));
    }

    QApplication app(argc, argv);
    return AppController::run();
}
