#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTextStream;

/// The administrator's tasks that run from the command line against a live database: the
/// isolation check and the rotation of the key that signs access tokens. Each task opens
/// its own connection with the settings it is given (the bundled server's administrator or
/// a shared server's), writes translated lines for people, and returns the exit code of the
/// process. It never prints a token, password or key.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    /// Exit codes of the tasks.
    enum ExitCode {
        Success = 0,  ///< Done; for the check, no finding.
        Findings = 1, ///< The isolation check found something that would break isolation.
        Failed = 2,   ///< The task could not run: no connection, a failed query.
    };

    /// adminSettings connects as an administrator to the application's database.
    explicit AdminCommands(ConnectionSettings adminSettings);

    /// Checks that the database has exactly the schema of this program, as a shared server
    /// must before a task runs on it, and writes the database, server and schema to out.
    /// Otherwise writes to errors what is missing and which command fixes it (--setup-server
    /// when there is no database or no RESTO360 schema, --upgrade-server for an older schema)
    /// and returns false.
    bool requireCurrentSchema(QTextStream &out, QTextStream &errors) const;

    /// Connects to the bundled database kept in dataFolder and writes which one it is to out,
    /// as requireCurrentSchema() does for a shared server. Otherwise writes why to errors and
    /// returns false.
    bool describeLocalDatabase(
        QTextStream &out, QTextStream &errors, const QString &dataFolder) const;

    /// Runs IsolationCheck and writes each finding on its own line to out, then a summary.
    /// Returns Success, Findings, or Failed when the database cannot be reached.
    int checkIsolation(QTextStream &out, QTextStream &errors) const;

    /// Calls auth.rotate_signing_key() and writes the new key's id, never its secret.
    /// Returns Success or Failed.
    int rotateSigningKey(QTextStream &out, QTextStream &errors) const;

private:
    /// Opens the connection; on failure writes why to errors and returns an empty name.
    QString open(QTextStream &errors) const;

    /// Returns whether the server has a database named m_adminSettings.databaseName, read
    /// from pg_database through the maintenance database "postgres", or nothing when that
    /// fails.
    std::optional<bool> databaseExists() const;

    ConnectionSettings m_adminSettings;
};
