#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

/// The administrator's tasks that run from the command line against a live database: the
/// isolation check and the rotation of the key that signs access tokens. Each task opens
/// its own connection with the settings it is given (the bundled server's administrator
/// today, a remote server's administrator later), writes translated lines for people, and
/// returns the exit code of the process. It never prints a token, password or key.
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

    /// Runs IsolationCheck and writes each finding on its own line to out, then a summary.
    /// Returns Success, Findings, or Failed when the database cannot be reached.
    int checkIsolation(QTextStream &out, QTextStream &errors) const;

    /// Calls auth.rotate_signing_key() and writes the new key's id, never its secret.
    /// Returns Success or Failed.
    int rotateSigningKey(QTextStream &out, QTextStream &errors) const;

private:
    /// Opens the connection; on failure writes why to errors and returns an empty name.
    QString open(QTextStream &errors) const;

    ConnectionSettings m_adminSettings;
};
