#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class AppContext;
class BackupManager;
class LanguageManager;
class LocalServer;
class MainWindow;
class Migrator;
class SecretStore;
class SetupService;
class SetupWizard;
struct ServerProfile;
class SingleInstance;
class QSplashScreen;
class QWidget;

/// Starts the application: reads the command line, starts and migrates the bundled
/// PostgreSQL server (or, when one is configured, connects to a shared server instead), opens
/// the application's connection, then shows the first-run wizard or the main window. Stops
/// everything in the reverse order when destroyed.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    /// Sets the organization and application names and the version, which --version,
    /// settings and data folders use. Call right after the application object exists.
    static void describeApplication();

    /// Runs the windowed application on the QApplication that the caller created: describes
    /// the application, starts it and runs the event loop. Returns the process exit code.
    /// SIGTERM, SIGINT and SIGHUP quit the event loop, so the bundled server stops as on any
    /// other exit.
    static int run();

    /// Sets the window icon and display name, then runs the start-up steps. Returns an exit code
    /// when the application must stop now (a failure was shown), or nothing when the event loop
    /// should run.
    std::optional<int> start();

private:
    /// Connects to the shared server of profile instead of starting the bundled one.
    /// Starts the bundled server and opens the first window. Returns an exit code when the
    /// application cannot go on.
    std::optional<int> startBundled();
    void startWithServer(const ServerProfile &profile);
    /// Starts again with the settings saved in the Database connection dialog.
    void startWithSavedSettings();
    bool startServer(const QString &dataFolder);
    /// Backs up the database when the migrations will change it.
    void backUpBeforeMigrating(Migrator &migrator);
    bool openDatabase();
    void createDemoData();
    void showFirstWindow();
    void showMainWindow();
    /// Shows window and closes the splash screen.
    void showInPlaceOfSplash(QWidget *window);
    /// Shows the current window in front, when a second copy was started.
    void bringWindowForward();
    void scheduleSmokeTestExit();
    /// Shows what failed: in a message box, or on standard error during a smoke test.
    void reportFailure(const QString &message, const QString &detail);
    void showProgress(const QString &message);

    CommandLineOptions m_options;
    QString m_dataFolder;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<SingleInstance> m_singleInstance;
    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<BackupManager> m_backups;
    std::unique_ptr<QSplashScreen> m_splash;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<MainWindow> m_mainWindow;
    bool m_connectionOpen = false;
};
