#include "Migrator.h"

#include "Logging.h"
#include "SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString AdminConnection = u"resto360-migrate-admin"_s;
const QString TargetConnection = u"resto360-migrate-target"_s;
// Any fixed number works; it only has to be the same for every copy of the program.
constexpr qint64 MigrationLockKey = 3603601;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Runs every statement of a script; stops at the first error.
QString runScript(QSqlDatabase &db, const QString &script, const QString &name)
{
    const QStringList statements = SqlScript::splitStatements(script);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return u"%1: %2"_s.arg(name, query.lastError().text());
    }
    return {};
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

Migrator::Migrator(
    ConnectionSettings adminSettings, QString databaseName, MissingDatabase missingDatabase)
    : m_adminSettings(std::move(adminSettings))
    , m_databaseName(std::move(databaseName))
    , m_missingDatabase(missingDatabase)
{
}

QList<Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(u":/migrations"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const QList<Migration> migrations = bundledMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

bool Migrator::fail(Failure failure, const QString &text)
{
    m_failure = failure;
    m_errorText = text;
    qCWarning(lcDb).noquote() << "Migration failed:" << text;
    return false;
}

bool Migrator::migrate()
{
    return migrate(std::numeric_limits<int>::max());
}

bool Migrator::migrate(int upToVersion)
{
    m_applied.clear();
    m_failure = Failure::None;
    m_databaseExists = false;
    m_databaseVersion = 0;
    m_failedVersion = 0;
    m_errorText.clear();

    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!identifier.match(m_databaseName).hasMatch())
        return fail(
            Failure::InvalidDatabaseName, u"invalid database name '%1'"_s.arg(m_databaseName));

    const bool ok = inspectDatabase() && bootstrapCluster() && applyPending(upToVersion);
    closeConnection(AdminConnection);
    closeConnection(TargetConnection);
    return ok;
}

std::optional<bool> Migrator::databaseExists(QString *error) const
{
    QSqlQuery exists(QSqlDatabase::database(AdminConnection));
    exists.prepare(u"select 1 from pg_catalog.pg_database where datname = ?"_s);
    exists.addBindValue(m_databaseName);
    if (!exists.exec()) {
        *error = exists.lastError().text();
        return std::nullopt;
    }
    return exists.next();
}

std::optional<QList<int>> Migrator::pendingVersions()
{
    std::optional<QList<int>> pending;
    if (openConnection(AdminConnection, m_adminSettings).isEmpty()) {
        QString error;
        const std::optional<bool> exists = databaseExists(&error);
        if (exists)
            pending = QList<int>();
        if (exists.value_or(false)
            && openConnection(TargetConnection, m_adminSettings.withDatabase(m_databaseName))
                   .isEmpty()) {
            QList<int> present;
            QSqlQuery versions(QSqlDatabase::database(TargetConnection));
            // A database without the table has had no migration yet.
            if (versions.exec(u"select version from meta.schema_migrations"_s)) {
                while (versions.next())
                    present << versions.value(0).toInt();
            }
            for (const Migration &migration : bundledMigrations()) {
                if (!present.contains(migration.version))
                    pending->append(migration.version);
            }
        }
    }
    closeConnection(AdminConnection);
    closeConnection(TargetConnection);
    return pending;
}

bool Migrator::failNewerSchema()
{
    return fail(Failure::NewerSchema,
        u"the database has schema %1, newer than this program's %2"_s.arg(m_databaseVersion)
            .arg(latestVersion()));
}

// Finds out, before anything changes, whether the database exists and whether its schema is
// newer than this program's.
bool Migrator::inspectDatabase()
{
    const QString openError = openConnection(AdminConnection, m_adminSettings);
    if (!openError.isEmpty())
        return fail(Failure::ConnectionFailed, u"cannot connect as administrator: "_s + openError);

    QString error;
    const std::optional<bool> exists = databaseExists(&error);
    if (!exists)
        return fail(Failure::SetupFailed, error);
    m_databaseExists = *exists;

    if (!m_databaseExists) {
        if (m_missingDatabase == MissingDatabase::Reject)
            return fail(Failure::DatabaseMissing,
                u"the database '%1' does not exist and may not be created"_s.arg(m_databaseName));
        return true;
    }
    if (!readDatabaseVersion())
        return false;
    return m_databaseVersion > latestVersion() ? failNewerSchema() : true;
}

bool Migrator::readDatabaseVersion()
{
    const QString openError =
        openConnection(TargetConnection, m_adminSettings.withDatabase(m_databaseName));
    if (!openError.isEmpty())
        return fail(Failure::ConnectionFailed, u"cannot connect to the database: "_s + openError);
    QSqlDatabase db = QSqlDatabase::database(TargetConnection);

    // A database without the table has had no migration yet.
    QSqlQuery table(db);
    if (!table.exec(u"select to_regclass('meta.schema_migrations') is not null"_s) || !table.next())
        return fail(Failure::SetupFailed, table.lastError().text());
    if (!table.value(0).toBool())
        return true;

    QSqlQuery version(db);
    if (!version.exec(u"select coalesce(max(version), 0) from meta.schema_migrations"_s)
        || !version.next())
        return fail(Failure::SetupFailed, version.lastError().text());
    m_databaseVersion = version.value(0).toInt();
    return true;
}

bool Migrator::bootstrapCluster()
{
    QSqlDatabase db = QSqlDatabase::database(AdminConnection);

    // Running bootstrap.sql again makes the server send notices such as "role ... is already
    // a member of role ...", which libpq would print on the terminal. Warnings still show.
    QString error;
    if (!exec(db, u"set client_min_messages = warning"_s, &error))
        return fail(Failure::SetupFailed, error);

    const QString bootstrapError =
        runScript(db, readResource(u":/migrations/bootstrap.sql"_s), u"bootstrap.sql"_s);
    if (!bootstrapError.isEmpty())
        return fail(Failure::SetupFailed, bootstrapError);
    if (m_databaseExists)
        return true;

    // The name was checked against a strict pattern above, so quoting it is enough.
    const QString quoted = u"\""_s + m_databaseName + u"\""_s;
    if (!exec(db,
            u"create database %1 owner resto360_owner encoding 'UTF8' template template0"_s.arg(
                quoted),
            &error)
        || !exec(db, u"revoke all on database %1 from public"_s.arg(quoted), &error)
        || !exec(db, u"grant connect on database %1 to resto360_app"_s.arg(quoted), &error))
        return fail(Failure::SetupFailed, u"cannot create the database: "_s + error);
    qCInfo(lcDb) << "Created database" << m_databaseName;
    return true;
}

bool Migrator::applyPending(int upToVersion)
{
    // inspectDatabase() left the connection open unless it has just created the database.
    if (!QSqlDatabase::contains(TargetConnection)
        || !QSqlDatabase::database(TargetConnection, false).isOpen()) {
        const QString openError =
            openConnection(TargetConnection, m_adminSettings.withDatabase(m_databaseName));
        if (!openError.isEmpty())
            return fail(
                Failure::ConnectionFailed, u"cannot connect to the database: "_s + openError);
    }
    QSqlDatabase db = QSqlDatabase::database(TargetConnection);

    if (!db.transaction())
        return fail(Failure::SetupFailed, db.lastError().text());
    auto rollBack = [&](Failure failure, const QString &text) {
        db.rollback();
        return fail(failure, text);
    };

    QString error;
    const QStringList setup = {
        u"select pg_catalog.pg_advisory_xact_lock(%1)"_s.arg(MigrationLockKey),
        u"set local client_min_messages = warning"_s,
        u"create schema if not exists meta authorization resto360_owner"_s,
        u"set local role resto360_owner"_s,
        u"create table if not exists meta.schema_migrations ("
        "version integer primary key, name text not null, "
        "applied_at timestamptz not null default now())"_s,
        u"grant usage on schema meta to resto360_app"_s,
        u"grant select on meta.schema_migrations to resto360_app"_s,
    };
    for (const QString &statement : setup) {
        if (!exec(db, statement, &error))
            return rollBack(Failure::SetupFailed, error);
    }

    QList<int> present;
    QSqlQuery versions(db);
    if (!versions.exec(u"select version from meta.schema_migrations"_s))
        return rollBack(Failure::SetupFailed, versions.lastError().text());
    while (versions.next())
        present << versions.value(0).toInt();

    // Read again under the lock, in case a newer program migrated since inspectDatabase().
    if (!present.isEmpty())
        m_databaseVersion = *std::max_element(present.cbegin(), present.cend());
    if (m_databaseVersion > latestVersion()) {
        db.rollback();
        return failNewerSchema();
    }

    for (const Migration &migration : bundledMigrations()) {
        if (migration.version > upToVersion)
            break;
        if (present.contains(migration.version))
            continue;
        m_failedVersion = migration.version;
        const QString script = readResource(migration.resourcePath);
        if (script.isEmpty())
            return rollBack(Failure::MigrationFailed, u"cannot read "_s + migration.resourcePath);
        const QString scriptError = runScript(db, script, migration.resourcePath);
        if (!scriptError.isEmpty())
            return rollBack(Failure::MigrationFailed, scriptError);

        QSqlQuery record(db);
        record.prepare(u"insert into meta.schema_migrations (version, name) values (?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        if (!record.exec())
            return rollBack(Failure::MigrationFailed, record.lastError().text());
        m_applied << migration.version;
        m_failedVersion = 0;
    }

    if (!db.commit()) {
        m_applied.clear();
        return fail(Failure::MigrationFailed, db.lastError().text());
    }
    if (!m_applied.isEmpty())
        qCInfo(lcDb) << "Applied migrations" << m_applied << "to" << m_databaseName;
    return true;
}
