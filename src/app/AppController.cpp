#include "AppController.h"

#include "AppContext.h"
#include "BackupManager.h"
#include "ConnectionDialog.h"
#include "ConnectionMonitor.h"
#include "ConnectionSettings.h"
#include "DemoData.h"
#include "LanguageManager.h"
#include "LocalServer.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Migrator.h"
#include "Prompter.h"
#include "SchemaCheck.h"
#include "SecretStore.h"
#include "ServerConnector.h"
#include "SetupService.h"
#include "SetupWizard.h"
#include "SingleInstance.h"
#include "TerminationSignals.h"

#include <QApplication>
#include <QIcon>
#include <QSplashScreen>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

const QString AppConnectionName = QStringLiteral("resto360_app");
const QString KeychainService = QStringLiteral("RESTO360 Back Office");
// Long enough for the first window to be laid out and painted at least once.
constexpr int SmokeTestDurationMs = 1500;

} // namespace

AppController::AppController(QObject *parent)
    : QObject(parent)
{
}

AppController::~AppController()
{
    // Windows and services use the connection, and the connection uses the server.
    m_mainWindow.reset();
    m_wizard.reset();
    m_context.reset();
    if (m_connectionOpen)
        closeConnection(AppConnectionName);
    // Cancels a backup or restore that is still running, while the server it uses still runs.
    m_backups.reset();
    if (m_server)
        m_server->stop();
}

void AppController::describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RESTO360"));
    QCoreApplication::setApplicationName(QStringLiteral("resto360-backoffice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESTO360_VERSION));
}

int AppController::run()
{
    describeApplication();
    const TerminationSignals terminationSignals;

    AppController controller;
    if (const std::optional<int> exitCode = controller.start())
        return *exitCode;
    if (terminationSignals.received())
        return 0;
    return QApplication::exec();
}

std::optional<int> AppController::start()
{
    QApplication::setApplicationDisplayName(QStringLiteral("RESTO360 Back Office"));
    // Matches the .desktop file the Linux package installs, so docks show the right icon.
    QApplication::setDesktopFileName(QStringLiteral("ci.resto360.BackOffice"));
    QIcon icon(QStringLiteral(":/icons/resto360.svg"));
    icon.addFile(QStringLiteral(":/icons/resto360-256.png"));
    QApplication::setWindowIcon(icon);

    m_languages = std::make_unique<LanguageManager>();
    m_options = CommandLine::parse(*m_languages);

    m_dataFolder = m_options.dataFolder;
    if (m_dataFolder.isEmpty())
        m_dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);

    // Two copies on one data folder would stop each other's bundled server.
    m_singleInstance = std::make_unique<SingleInstance>(SingleInstance::socketName(m_dataFolder));
    if (m_singleInstance->notifyRunningInstance())
        return EXIT_SUCCESS;
    m_singleInstance->listen();
    connect(m_singleInstance.get(), &SingleInstance::showRequested, this,
        &AppController::bringWindowForward);

    if (!m_options.smokeTest) {
        m_splash = std::make_unique<QSplashScreen>(
            QIcon(QStringLiteral(":/icons/resto360-256.png")).pixmap(QSize(256, 256)));
        m_splash->show();
    }

    // A shared server, when one is configured, replaces the bundled one.
    if (const ServerProfile profile = ServerProfile::load(); profile.useServer) {
        startWithServer(profile);
        return std::nullopt;
    }
    return startBundled();
}

std::optional<int> AppController::startBundled()
{
    if (!startServer(m_dataFolder) || !openDatabase())
        return EXIT_FAILURE;

    // The current database works, so what a restore interrupted by quitting left can go.
    if (!m_backups->dropLeftoverDatabases())
        qCWarning(lcServer) << "Dropping a database left by a restore failed:"
                            << m_backups->errorDetail();

    // BackupManager logs a failed daily backup, and the next hourly check tries again.
    m_backups->startDailyBackups();

    if (m_options.demo)
        createDemoData();

    DatabaseError error;
    const std::optional<bool> hasRestaurant = m_context->setup().hasRestaurant(&error);
    if (!hasRestaurant) {
        reportFailure(
            tr("The local database cannot be read. %1").arg(error.message()), error.detail());
        return EXIT_FAILURE;
    }

    if (*hasRestaurant)
        showMainWindow();
    else
        showFirstWindow();

    if (m_options.smokeTest)
        scheduleSmokeTestExit();
    return std::nullopt;
}

void AppController::startWithServer(const ServerProfile &profile)
{
    showProgress(tr("Connecting to the server…"));
    if (!m_secrets)
        m_secrets = new SecretStore(KeychainService, this);
    auto *connector = new ServerConnector(profile, m_secrets, this);

    connect(connector, &ServerConnector::connected, this, [this, connector, profile] {
        m_connectionOpen = true;
        // Only the administrator upgrades a shared server (--upgrade-server), so a version
        // mismatch stops here with what to do.
        if (const SchemaCheck schema = SchemaCheck::run(AppConnectionName);
            schema.verdict() != SchemaCheck::Verdict::Same) {
            connector->deleteLater();
            reportFailure(schema.message(), schema.errorDetail());
            QCoreApplication::exit(EXIT_FAILURE);
            return;
        }
        // No administrator login on a shared server: restaurants are created there with
        // --setup-server, never by the first-run wizard.
        m_context = std::make_unique<AppContext>(
            AppConnectionName, ConnectionSettings(), m_secrets, m_languages.get());
        ConnectionMonitor &monitor = m_context->connectionMonitor();
        monitor.setSettingsProvider([settings = connector->settings()] { return settings; });
        // The certificate is tested again before each reconnection, as at start-up.
        monitor.setTlsCheck(profile.host, profile.port, profile.effectiveCaFile());
        connector->deleteLater();
        // The administrator adds the demo restaurant to a server with --setup-server URL
        // --demo; here --demo only suggests its owner's phone.
        if (m_options.demo)
            m_context->setSuggestedPhone(DemoData::ownerPhone());
        showMainWindow();
        if (m_options.smokeTest)
            scheduleSmokeTestExit();
    });
    connect(connector, &ServerConnector::failed, this,
        [this, connector](const QString &message, const QString &detail) {
            connector->deleteLater();
            reportFailure(message, detail);
            // The person can fix the settings, accept a new certificate or go back to the
            // bundled database, and the application goes on with the saved settings.
            if (!m_options.smokeTest) {
                ConnectionDialog dialog(m_secrets);
                if (dialog.exec() == QDialog::Accepted) {
                    startWithSavedSettings();
                    return;
                }
            }
            QCoreApplication::exit(EXIT_FAILURE);
        });
    connector->connectTo(AppConnectionName);
}

void AppController::startWithSavedSettings()
{
    if (const ServerProfile profile = ServerProfile::load(); profile.useServer) {
        startWithServer(profile);
        return;
    }
    if (const std::optional<int> exitCode = startBundled())
        QCoreApplication::exit(*exitCode);
}

bool AppController::startServer(const QString &dataFolder)
{
    showProgress(tr("Starting the local database…"));
    qCInfo(lcServer) << "Starting the bundled server in" << dataFolder;

    m_server = std::make_unique<LocalServer>(dataFolder);
    if (!m_server->start()) {
        reportFailure(m_server->errorMessage(), m_server->errorDetail());
        return false;
    }

    showProgress(tr("Updating the local database…"));
    Migrator migrator(m_server->adminSettings(), LocalServer::databaseName());
    m_backups = std::make_unique<BackupManager>(
        m_server->adminSettings(), LocalServer::databaseName(), LocalServer::findBinFolder());
    backUpBeforeMigrating(migrator);
    if (!migrator.migrate()) {
        if (migrator.failure() == Migrator::Failure::NewerSchema) {
            reportFailure(SchemaCheck::newerSchemaMessage(
                              migrator.databaseVersion(), Migrator::latestVersion()),
                migrator.errorText());
            return false;
        }
        reportFailure(tr("The local database could not be updated to this version of RESTO360 "
                         "Back Office. Your data is unchanged. Install the previous version "
                         "again, or send the log to your support contact."),
            migrator.errorText());
        return false;
    }
    // On Windows the server listens on TCP, so the application login needs a password;
    // elsewhere this does nothing.
    if (!m_server->setAppRolePassword()) {
        reportFailure(m_server->errorMessage(), m_server->errorDetail());
        return false;
    }
    return true;
}

void AppController::backUpBeforeMigrating(Migrator &migrator)
{
    const std::optional<QList<int>> pending = migrator.pendingVersions();
    if (!pending || pending->isEmpty())
        return;

    showProgress(tr("Backing up the local database…"));
    if (!m_backups->backUp().isEmpty())
        return;
    // The migration runs in one transaction, so going on without a backup risks no data
    // loss from a failed update, only the way back from a successful one.
    qCWarning(lcServer) << "Updating the database without a backup:" << m_backups->errorDetail();
    Prompter::warn(nullptr, QStringLiteral("backupBeforeUpdateFailedPrompt"), tr("Backup failed"),
        tr("The local database could not be backed up before this update. %1 The update "
           "continues.")
            .arg(m_backups->errorMessage()));
}

bool AppController::openDatabase()
{
    if (const QString error = openConnection(AppConnectionName, m_server->appSettings());
        !error.isEmpty()) {
        reportFailure(tr("RESTO360 Back Office cannot connect to its local database. Restart "
                         "the application; if this happens again, restart the computer."),
            error);
        return false;
    }
    m_connectionOpen = true;

    // After the migrations above the versions match, unless a newer program already
    // upgraded this database.
    if (const SchemaCheck schema = SchemaCheck::run(AppConnectionName);
        schema.verdict() != SchemaCheck::Verdict::Same) {
        reportFailure(schema.message(), schema.errorDetail());
        return false;
    }

    if (!m_secrets)
        m_secrets = new SecretStore(KeychainService, this);
    const ConnectionSettings admin =
        m_server->adminSettings().withDatabase(LocalServer::databaseName());
    m_context =
        std::make_unique<AppContext>(AppConnectionName, admin, m_secrets, m_languages.get());
    // The socket folder changes when the bundled server restarts, so ask it each time.
    m_context->connectionMonitor().setSettingsProvider(
        [server = m_server.get()] { return server->appSettings(); });
    m_context->setBackups(m_backups.get());
    return true;
}

void AppController::createDemoData()
{
    showProgress(tr("Creating the demo restaurant…"));
    const Outcome outcome = DemoData::create(m_context->setup());
    if (!outcome.ok) {
        qCWarning(lcUi) << "Creating the demo restaurant failed:" << outcome.message;
        Prompter::warn(nullptr, QStringLiteral("demoDataFailedPrompt"), tr("Demo restaurant"),
            outcome.message);
        return;
    }
    m_context->setSuggestedPhone(DemoData::ownerPhone());
}

void AppController::showFirstWindow()
{
    m_wizard = std::make_unique<SetupWizard>(m_context->setup());

    // The main window appears before the wizard closes, so the application never has no
    // window and does not quit in between.
    connect(m_wizard.get(), &SetupWizard::restaurantCreated, this, [this] {
        m_context->setSuggestedPhone(m_wizard->ownerPhoneInput());
        showMainWindow();
    });
    connect(m_wizard.get(), &QDialog::rejected, qApp, &QCoreApplication::quit);

    showInPlaceOfSplash(m_wizard.get());
}

void AppController::showMainWindow()
{
    m_mainWindow = std::make_unique<MainWindow>(*m_context);
    showInPlaceOfSplash(m_mainWindow.get());
    m_mainWindow->start();
}

void AppController::showInPlaceOfSplash(QWidget *window)
{
    // QSplashScreen::finish() waits until the window is exposed, for at most one second in
    // Qt 6.4, so the window is shown first.
    window->show();
    if (m_splash)
        m_splash->finish(window);
}

void AppController::bringWindowForward()
{
    QWidget *window = m_mainWindow ? static_cast<QWidget *>(m_mainWindow.get())
                                   : static_cast<QWidget *>(m_wizard.get());
    if (!window)
        return;
    window->showNormal();
    window->raise();
    window->activateWindow();
}

void AppController::scheduleSmokeTestExit()
{
    QTimer::singleShot(SmokeTestDurationMs, this, [] {
        std::fputs("smoke test passed\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(EXIT_SUCCESS);
    });
}

void AppController::reportFailure(const QString &message, const QString &detail)
{
    qCCritical(lcUi).noquote() << "Start-up failed:" << message << detail;
    if (m_splash)
        m_splash->close();

    if (m_options.smokeTest) {
        std::fputs(qPrintable(message + u'\n'), stderr);
        return;
    }
    Prompter::warn(nullptr, QStringLiteral("startupFailedPrompt"),
        tr("RESTO360 Back Office cannot start"), message);
}

void AppController::showProgress(const QString &message)
{
    if (!m_splash)
        return;
    m_splash->showMessage(message, Qt::AlignHCenter | Qt::AlignBottom);
    QCoreApplication::processEvents();
}
