#pragma once

#include "ConnectionSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One versioned SQL file from the application's resources, such as 0002_auth.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString resourcePath;
};

/// Brings a database to the schema this build expects. As an administrator it creates the
/// roles and the database when missing, then applies every pending migration in a single
/// transaction under an advisory lock, so two copies never migrate at once and a failed
/// migration leaves the schema as it was. It changes nothing in a database whose schema is
/// newer than this program's.
class Migrator
{
public:
    /// The reason the last migrate() call failed.
    enum class Failure {
        None,
        InvalidDatabaseName, ///< The name is not 1 to 63 of [a-z0-9_], starting with no digit.
        ConnectionFailed,    ///< The server refused or did not answer a connection.
        DatabaseMissing,     ///< The database does not exist and MissingDatabase::Reject was set.
        NewerSchema,         ///< The database has migrations this program does not know.
        SetupFailed,         ///< Creating the roles or the database, or reading the versions.
        MigrationFailed,     ///< A migration failed; every migration of the run was rolled back.
    };

    /// The behaviour of migrate() when the database does not exist.
    enum class MissingDatabase {
        Create, ///< Create it, then apply every migration.
        Reject, ///< Fail with Failure::DatabaseMissing and change nothing.
    };

    /// adminSettings connects as a superuser (or a role that may create roles and SET ROLE
    /// resto360_owner) to a maintenance database such as "postgres".
    Migrator(ConnectionSettings adminSettings, QString databaseName,
        MissingDatabase missingDatabase = MissingDatabase::Create);

    /// The migrations built into this program, sorted by version.
    static QList<Migration> bundledMigrations();
    /// The schema version this program was built for.
    static int latestVersion();

    /// Creates what is missing and applies pending migrations. Returns false on failure,
    /// with failure() and errorText() for the log. Before changing anything it checks that
    /// the database, when it exists, has no migration newer than latestVersion().
    bool migrate();
    /// The same, but stops after the migration numbered upToVersion: tests use it to build
    /// a database that is older than this program.
    bool migrate(int upToVersion);

    /// Returns the bundled migrations that the database lacks. The list is empty when the
    /// database does not exist yet, which means there is no data to lose, and std::nullopt
    /// when the server cannot be read.
    std::optional<QList<int>> pendingVersions();

    /// Returns the versions applied by the last migrate() call.
    QList<int> appliedVersions() const { return m_applied; }
    /// The reason for the last failure; Failure::None after a success.
    Failure failure() const { return m_failure; }
    /// The highest migration the database had when the last migrate() call read it; 0 when
    /// it had none or was not read.
    int databaseVersion() const { return m_databaseVersion; }
    /// The migration that failed, with Failure::MigrationFailed; otherwise 0.
    int failedVersion() const { return m_failedVersion; }
    /// The driver's error text or the check that failed, in English, for the log.
    QString errorText() const { return m_errorText; }

private:
    bool inspectDatabase();
    /// Returns whether the database exists, asked on the administrator connection, or
    /// nothing with error set when the query failed.
    std::optional<bool> databaseExists(QString *error) const;
    bool readDatabaseVersion();
    bool bootstrapCluster();
    bool applyPending(int upToVersion);
    bool fail(Failure failure, const QString &text);
    bool failNewerSchema();

    ConnectionSettings m_adminSettings;
    QString m_databaseName;
    MissingDatabase m_missingDatabase;
    bool m_databaseExists = false;
    QList<int> m_applied;
    Failure m_failure = Failure::None;
    int m_databaseVersion = 0;
    int m_failedVersion = 0;
    QString m_errorText;
};
