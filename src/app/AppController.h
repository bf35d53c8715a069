#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class AppContext;
class LanguageManager;
class LocalServer;
class MainWindow;
class SecretStore;
class SetupService;
class SetupWizard;
class QSplashScreen;

/// Starts the application: reads the command line, starts and migrates the bundled
/// PostgreSQL server, opens the application's connection, then shows the first-run wizard
/// or the main window. Stops everything in the reverse order when destroyed.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    /// Sets the organization and application names and the version, which --version,
    /// settings and data folders use. Call right after the application object exists.
    static void describeApplication();

    /// Sets the window icon and display name, then runs the start-up steps. Returns an exit code
    /// when the application must stop now (a failure was shown), or nothing when the event loop
    /// should run.
    std::optional<int> start();

private:
    bool startServer(const QString &dataFolder);
    bool openDatabase();
    void createDemoData();
    void showFirstWindow();
    void showMainWindow();
    void scheduleSmokeTestExit();
    /// Shows what failed: in a message box, or on standard error during a smoke test.
    void reportFailure(const QString &message, const QString &detail);
    void showProgress(const QString &message);

    CommandLineOptions m_options;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<QSplashScreen> m_splash;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<MainWindow> m_mainWindow;
    bool m_connectionOpen = false;
};
