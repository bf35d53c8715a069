#include "ServerCommand.h"

#include "BackupManager.h"
#include "LocalServer.h"
#include "Logging.h"
#include "Migrator.h"
#include "SchemaCheck.h"
#include "ServerProvisioning.h"
#include "ServerUrl.h"
#include "SetupService.h"
#include "SingleInstance.h"
#include "TerminalInput.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int ServerCommand::run(const CommandLineOptions &options)
{
    if (!options.setupServerUrl.isEmpty() && !options.upgradeServerUrl.isEmpty())
        return failWith(tr("Use either --setup-server or --upgrade-server, not both."));
    if (!options.restoreBackupFile.isEmpty())
        return restoreBackup(options);
    if (!options.setupServerUrl.isEmpty())
        return setUpServer(options);
    return upgradeServer(options);
}

int ServerCommand::failWith(const QString &message)
{
    printLine(stderr, message);
    return EXIT_FAILURE;
}

void ServerCommand::printReport(const QStringList &lines)
{
    for (const QString &line : lines)
        printLine(stdout, line);
}

std::optional<ConnectionSettings> ServerCommand::adminSettings(const QString &url)
{
    ConnectionSettings settings;
    QString error;
    if (!ServerUrl::parse(url, &settings, &error)) {
        printLine(stderr, error);
        return std::nullopt;
    }

    if (!settings.password.isEmpty()) {
        printLine(stderr,
            tr("Warning: the server URL contains a password, which other "
               "programs on this computer can read. Use PGPASSWORD or type it "
               "when asked instead."));
    } else if (qEnvironmentVariableIsSet("PGPASSWORD")) {
        settings.password = qEnvironmentVariable("PGPASSWORD");
    } else if (TerminalInput::isInteractive()) {
        const std::optional<QString> password = TerminalInput::readSecret(
            tr("Password of %1 on %2: ").arg(settings.userName, settings.host));
        if (!password)
            return std::nullopt;
        settings.password = *password;
    }
    // Without a terminal and PGPASSWORD, libpq may still find a password in ~/.pgpass.
    return settings;
}

std::optional<QString> ServerCommand::askValue(const QString &optionValue, const QString &prompt)
{
    if (!optionValue.isEmpty())
        return optionValue;
    if (!TerminalInput::isInteractive())
        return std::nullopt;
    return TerminalInput::readLine(prompt);
}

std::optional<QString> ServerCommand::readSecretFile(const char *variable)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printLine(stderr,
            tr("Cannot read the file \"%1\" named by %2: %3.")
                .arg(path, QString::fromLatin1(variable), file.errorString()));
        return std::nullopt;
    }
    // The first line is the secret; a final line break is not part of it.
    QString secret = QString::fromUtf8(file.readLine());
    while (secret.endsWith(u'\n') || secret.endsWith(u'\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        printLine(stderr,
            tr("The file \"%1\" named by %2 is empty.").arg(path, QString::fromLatin1(variable)));
        return std::nullopt;
    }
    return secret;
}

std::optional<QString> ServerCommand::ownerPassword()
{
    std::optional<QString> fromFile = readSecretFile("RESTO360_OWNER_PASSWORD_FILE");
    if (!fromFile || !fromFile->isEmpty())
        return fromFile;

    if (!TerminalInput::isInteractive()) {
        printLine(stderr,
            tr("The owner's password is missing: run the command on a terminal, "
               "or name a file holding it with RESTO360_OWNER_PASSWORD_FILE."));
        return std::nullopt;
    }
    std::optional<QString> first = TerminalInput::readSecret(tr("Owner's password: "));
    if (!first)
        return std::nullopt;
    const std::optional<QString> second = TerminalInput::readSecret(tr("Owner's password again: "));
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        printLine(
            stderr, tr("The two passwords differ. Nothing was changed; run the command again."));
        return std::nullopt;
    }
    return first;
}

std::optional<RestaurantSetup> ServerCommand::firstRestaurant(const CommandLineOptions &options)
{
    const std::optional<QString> name = askValue(options.restaurantName, tr("Restaurant name: "));
    const std::optional<QString> ownerName =
        name ? askValue(options.ownerName, tr("Owner's name: ")) : std::nullopt;
    const std::optional<QString> ownerPhone =
        ownerName ? askValue(options.ownerPhone, tr("Owner's phone number: ")) : std::nullopt;
    if (!ownerPhone) {
        printLine(stderr,
            tr("The restaurant's name, the owner's name and phone number are "
               "missing: give them with --restaurant-name, --owner-name and "
               "--owner-phone, or run the command on a terminal."));
        return std::nullopt;
    }

    RestaurantSetup restaurant;
    restaurant.name = name->trimmed();
    restaurant.ownerName = ownerName->trimmed();
    restaurant.ownerPhoneInput = ownerPhone->trimmed();

    const std::optional<QString> password = ownerPassword();
    if (!password)
        return std::nullopt;
    restaurant.ownerPassword = *password;
    return restaurant;
}

int ServerCommand::setUpServer(const CommandLineOptions &options)
{
    const std::optional<ConnectionSettings> admin = adminSettings(options.setupServerUrl);
    if (!admin)
        return EXIT_FAILURE;

    // With --demo alone, the demo restaurant is the first one and the command prompts for
    // nothing. Any of the first restaurant's options makes it prompt for the missing ones and
    // create that restaurant as well.
    const bool withRestaurant = !options.demo || !options.restaurantName.isEmpty()
        || !options.ownerName.isEmpty() || !options.ownerPhone.isEmpty();
    std::optional<RestaurantSetup> restaurant;
    if (withRestaurant) {
        restaurant = firstRestaurant(options);
        if (!restaurant)
            return EXIT_FAILURE;
    }

    const std::optional<QString> appPassword = readSecretFile("RESTO360_APP_PASSWORD_FILE");
    if (!appPassword)
        return EXIT_FAILURE;

    ServerProvisioning provisioning(*admin);
    bool ok = restaurant ? provisioning.setUp(*restaurant, *appPassword)
                         : provisioning.setUpWithoutRestaurant(*appPassword);
    if (ok && options.demo)
        ok = provisioning.createDemoRestaurant();
    printReport(provisioning.report());

    // Printed even when a later step failed, because the login already has this password.
    // It is kept nowhere else: the administrator copies it into the connection settings of
    // each PC.
    if (!provisioning.generatedAppPassword().isEmpty()) {
        printLine(stdout,
            tr("Password of the login resto360_app, to enter in the connection "
               "settings of each computer (it is shown only now): %1")
                .arg(provisioning.generatedAppPassword()));
    }
    if (!ok)
        return failWith(provisioning.errorMessage());
    qCInfo(lcDb) << "Server set up on" << admin->host << "database" << admin->databaseName;
    return EXIT_SUCCESS;
}

int ServerCommand::upgradeServer(const CommandLineOptions &options)
{
    const std::optional<ConnectionSettings> admin = adminSettings(options.upgradeServerUrl);
    if (!admin)
        return EXIT_FAILURE;

    ServerProvisioning provisioning(*admin);
    const bool ok = provisioning.upgrade();
    printReport(provisioning.report());
    if (!ok)
        return failWith(provisioning.errorMessage());
    qCInfo(lcDb) << "Server upgraded on" << admin->host << "database" << admin->databaseName;
    return EXIT_SUCCESS;
}

int ServerCommand::restoreBackup(const CommandLineOptions &options)
{
    const QString file = QFileInfo(options.restoreBackupFile).absoluteFilePath();
    if (!QFileInfo(file).isReadable())
        return failWith(tr("Cannot read the backup file \"%1\".").arg(file));

    const QString dataFolder = options.dataFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : options.dataFolder;
    if (SingleInstance(SingleInstance::socketName(dataFolder)).isAnotherInstanceRunning())
        return failWith(
            tr("RESTO360 Back Office is running. Close it, then run the command again."));

    if (!TerminalInput::isInteractive())
        return failWith(
            tr("Restoring a backup needs a confirmation: run the command on a terminal."));
    const QString yes = tr("yes");
    const std::optional<QString> answer = TerminalInput::readLine(
        tr("Replace all current data with the backup \"%1\"? Type \"%2\" to confirm: ")
            .arg(file, yes));
    if (!answer || answer->trimmed() != yes)
        return failWith(tr("Nothing was changed."));

    LocalServer server(dataFolder);
    if (!server.start()) {
        qCWarning(lcServer).noquote() << server.errorDetail();
        return failWith(server.errorMessage());
    }
    BackupManager backups(
        server.adminSettings(), LocalServer::databaseName(), LocalServer::findBinFolder());

    // The current data is saved as well, in case the wrong file was chosen. This backup never
    // removes the chosen file, even when it is the oldest of the kept backups.
    const QString safety = backups.backUpBeforeRestore(file);
    if (safety.isEmpty())
        return failWith(backups.errorMessage() + u' ' + tr("Nothing was changed."));
    printLine(stdout, tr("Saved the current data as \"%1\".").arg(safety));

    if (!backups.restore(file))
        return failWith(backups.errorMessage());

    // A backup from an older version is brought up to this version's schema, as at start-up.
    Migrator migrator(server.adminSettings(), LocalServer::databaseName());
    const QString checkConnection = u"resto360-restore-check"_s;
    const bool migrated = migrator.migrate();
    const bool reachable = migrated
        && openConnection(checkConnection, server.appSettings()).isEmpty()
        && SchemaCheck::run(checkConnection).verdict() == SchemaCheck::Verdict::Same;
    closeConnection(checkConnection);
    if (!reachable) {
        return failWith(tr("The backup was restored, but the application cannot use it. The "
                           "data from before is kept in the database \"%1\"; send the log to "
                           "your support contact.")
                            .arg(backups.previousDatabase()));
    }

    backups.dropPreviousDatabase();
    printLine(stdout, tr("Restored the backup \"%1\".").arg(file));
    return EXIT_SUCCESS;
}
