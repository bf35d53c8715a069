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
/// migration leaves the schema as it was.
class Migrator
{
public:
    /// adminSettings connects as a superuser (or a role that may create roles and SET ROLE
    /// resto360_owner) to a maintenance database such as "postgres".
    Migrator(ConnectionSettings adminSettings, QString databaseName);

    /// The migrations built into this program, sorted by version.
    static QList<Migration> bundledMigrations();
    /// The schema version this program was built for.
    static int latestVersion();

    /// Creates what is missing and applies pending migrations. Returns false on failure,
    /// with errorText() for the log.
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
    QString errorText() const { return m_errorText; }

private:
    bool bootstrapCluster();
    bool applyPending(int upToVersion);
    bool fail(const QString &text);

    ConnectionSettings m_adminSettings;
    QString m_databaseName;
    QList<int> m_applied;
    QString m_errorText;
};
