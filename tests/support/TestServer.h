#pragma once

#include "ConnectionSettings.h"
#include "LocalServer.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

class SetupService;

/// A throwaway bundled PostgreSQL for one test program, started with the application's own
/// LocalServer and Migrator in a temporary folder. When the tests run as root, the server
/// runs as the OS user named in RESTO360_TEST_PG_USER, because PostgreSQL refuses root.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    /// Starts the server and applies the migrations.
    bool start(QString *error);

    LocalServer &server() { return *m_server; }
    /// An administrator on the application's database.
    ConnectionSettings adminSettings() const;
    /// The application login on the application's database.
    ConnectionSettings appSettings() const;

    /// Creates a restaurant and its owner; returns the restaurant id, or an empty string
    /// after a failed QVERIFY-friendly warning.
    QString createRestaurant(const QString &name, const QString &ownerName,
        const QString &ownerPhoneE164, const QString &ownerPassword);

    /// Adds a membership as the administrator; returns the staff id.
    QString addStaff(const QString &restaurantId, const QString &phoneE164, const QString &name,
        const QString &role, const QString &password, bool mustChangePassword = false);

    /// Opens a named connection with settings and fails loudly if it cannot.
    static bool open(const QString &connectionName, const ConnectionSettings &settings);

    /// Prepares and runs sql with positional values on a named connection.
    static QSqlQuery run(
        const QString &connectionName, const QString &sql, const QVariantList &values = {});

    struct Tokens
    {
        QString refreshToken;
        QString accessToken;
    };
    /// Signs in through the database functions as the application does, without the
    /// SessionManager: derives the key, logs in, and takes an access token for staffId (or
    /// the only membership). Empty tokens when anything fails.
    static Tokens signIn(const QString &connectionName, const QString &phoneE164,
        const QString &password, const QString &staffId = {});

    /// Puts an access token on a connection, as the application does.
    static bool useToken(const QString &connectionName, const QString &accessToken);

private:
    QTemporaryDir m_folder;
    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<SetupService> m_setup;
};
