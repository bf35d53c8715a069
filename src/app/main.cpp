#include "AppController.h"
#include "CommandLine.h"
#include "LanguageManager.h"
#include "TerminationSignals.h"

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

    QApplication app(argc, argv);
    AppController::describeApplication();
    const TerminationSignals terminationSignals;

    AppController controller;
    if (const std::optional<int> exitCode = controller.start())
        return *exitCode;
    if (terminationSignals.received())
        return 0;
    return QApplication::exec();
}
