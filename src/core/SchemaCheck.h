#pragma once

#include <QCoreApplication>
#include <QString>

/// Compares the schema version of the database behind a connection with the version this
/// program was built for. It only reads meta.schema_migrations, so it works as the
/// application login and never changes the database: upgrading a shared server is the
/// administrator's job (--upgrade-server).
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    enum class Verdict {
        Same,   ///< The database has exactly the migrations of this program.
        Older,  ///< The database lacks migrations: the server needs an upgrade.
        Newer,  ///< The database has migrations this program does not know.
        Failed, ///< The version could not be read (no schema, lost connection).
    };

    /// Reads the version on the named open connection.
    static SchemaCheck run(const QString &connectionName);

    Verdict verdict() const { return m_verdict; }
    /// The highest migration recorded in the database; 0 when none or unread.
    int databaseVersion() const { return m_databaseVersion; }
    /// The highest migration built into this program.
    int programVersion() const { return m_programVersion; }
    /// A translated explanation of what to do; empty when the versions are the same.
    QString message() const;
    /// The explanation for Verdict::Newer, which Migrator's refusal shows as well.
    static QString newerSchemaMessage(int databaseVersion, int programVersion);
    /// The driver's error text when the verdict is Failed, for the log.
    QString errorDetail() const { return m_errorDetail; }

private:
    Verdict m_verdict = Verdict::Failed;
    int m_databaseVersion = 0;
    int m_programVersion = 0;
    QString m_errorDetail;
};
