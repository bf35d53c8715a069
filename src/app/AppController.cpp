#include "AppController.h"

#include "AppContext.h"
#include "ConnectionSettings.h"
#include "DemoData.h"
#include "LanguageManager.h"
#include "LocalServer.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Migrator.h"
#include "Prompter.h"
#include "SecretStore.h"
#include "SetupService.h"
#include "SetupWizard.h"

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
    if (m_server)
        m_server->stop();
}

void AppController::describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RESTO360"));
    QCoreApplication::setApplicationName(QStringLiteral("resto360-backoffice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESTO360_VERSION));
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

    QString dataFolder = m_options.dataFolder;
    if (dataFolder.isEmpty())
        dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);

    if (!m_options.smokeTest) {
        m_splash = std::make_unique<QSplashScreen>(
            QIcon(QStringLiteral(":/icons/resto360-256.png")).pixmap(QSize(256, 256)));
        m_splash->show();
    }

    if (!startServer(dataFolder) || !openDatabase())
        return EXIT_FAILURE;

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
    if (!migrator.migrate()) {
        reportFailure(tr("The local database could not be updated to this version of RESTO360 "
                         "Back Office. Your data is unchanged. Install the previous version "
                         "again, or send the log to your support contact."),
            migrator.errorText());
        return false;
    }
    return true;
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

    m_secrets = new SecretStore(KeychainService, this);
    const ConnectionSettings admin =
        m_server->adminSettings().withDatabase(LocalServer::databaseName());
    m_context =
        std::make_unique<AppContext>(AppConnectionName, admin, m_secrets, m_languages.get());
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

    if (m_splash)
        m_splash->finish(m_wizard.get());
    m_wizard->show();
}

void AppController::showMainWindow()
{
    m_mainWindow = std::make_unique<MainWindow>(*m_context);
    if (m_splash)
        m_splash->finish(m_mainWindow.get());
    m_mainWindow->show();
    m_mainWindow->start();
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
