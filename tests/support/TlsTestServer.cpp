#include "TlsTestServer.h"

#include "LocalServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString AdminUser = u"resto360_admin"_s;

struct OsUser
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool found = false;
};

OsUser lookUpUser(const QString &name)
{
    OsUser user;
    const QByteArray encoded = name.toLocal8Bit();
    if (const passwd *entry = ::getpwnam(encoded.constData())) {
        user.uid = entry->pw_uid;
        user.gid = entry->pw_gid;
        user.found = true;
    }
    return user;
}

int freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

} // namespace

TlsTestServer::TlsTestServer()
    : m_folder(QDir::tempPath() + u"/r360tls-XXXXXX"_s)
    , m_serverUser(qEnvironmentVariable("RESTO360_TEST_PG_USER"))
{
    // 24 random bytes as hex: safe inside a SQL string literal.
    QByteArray bytes(24, '\0');
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    m_password = QString::fromLatin1(bytes.toHex());
}

TlsTestServer::~TlsTestServer()
{
    stop();
}

QString TlsTestServer::path(const QString &name) const
{
    return QDir(m_folder.path()).filePath(name);
}

QString TlsTestServer::caFile() const
{
    return path(u"ca.crt"_s);
}

QString TlsTestServer::otherCaFile() const
{
    return path(u"other-ca.crt"_s);
}

QString TlsTestServer::serverCertificateFile() const
{
    return path(u"server.crt"_s);
}

ConnectionSettings TlsTestServer::adminSettings() const
{
    ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_port;
    settings.databaseName = u"postgres"_s;
    settings.userName = AdminUser;
    settings.password = m_password;
    return settings;
}

bool TlsTestServer::start(QString *error)
{
    if (!m_folder.isValid()) {
        *error = u"cannot create a temporary folder"_s;
        return false;
    }
    if (!makeCa(u"ca"_s, u"/CN=Resto360 Test CA"_s, error) || !makeServerCertificate(error))
        return false;
    if (!handOverFolder(error) || !initCluster(error))
        return false;
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        *error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    return startServer(error) && setAdminPassword(error);
}

void TlsTestServer::stop()
{
    if (!m_running)
        return;
    QString output;
    runAsServerUser(
        u"pg_ctl"_s, {u"-D"_s, path(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, &output);
    m_running = false;
}

bool TlsTestServer::restart(QString *error)
{
    stop();
    return startServer(error);
}

bool TlsTestServer::replaceCertificateAndRestart(QString *error)
{
    stop();
    return makeServerCertificate(error) && handOverFolder(error) && startServer(error);
}

bool TlsTestServer::createOtherCa(QString *error)
{
    return makeCa(u"other-ca"_s, u"/CN=Resto360 Unrelated CA"_s, error);
}

QString TlsTestServer::opensslFingerprint(const QString &certificateFile, QString *error)
{
    QProcess process;
    process.start(u"openssl"_s,
        {u"x509"_s, u"-in"_s, certificateFile, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    // Prints "sha256 Fingerprint=AB:CD:…" (OpenSSL 3) or "SHA256 Fingerprint=…" (1.1).
    const QString line = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    return line.section(u'=', 1).toUpper();
}

bool TlsTestServer::runOpenssl(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setWorkingDirectory(m_folder.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"openssl %1 failed: %2 %3"_s.arg(
            arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TlsTestServer::makeCa(const QString &name, const QString &subject, QString *error) const
{
    return runOpenssl(
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, subject,
            u"-keyout"_s, path(name + u".key"_s), u"-out"_s, path(name + u".crt"_s)},
        error);
}

bool TlsTestServer::makeServerCertificate(QString *error) const
{
    if (!writeFile(path(u"server.ext"_s), "subjectAltName=DNS:localhost,IP:127.0.0.1\n")) {
        *error = u"cannot write server.ext"_s;
        return false;
    }
    const bool made = runOpenssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-subj"_s,
                                     u"/CN=localhost"_s, u"-keyout"_s, path(u"server.key"_s),
                                     u"-out"_s, path(u"server.csr"_s)},
                          error)
        && runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"server.csr"_s), u"-CA"_s, caFile(),
                          u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, u"2"_s,
                          u"-extfile"_s, path(u"server.ext"_s), u"-out"_s, serverCertificateFile()},
            error);
    if (!made)
        return false;

    // PostgreSQL refuses a key file that others can read.
    QFile::setPermissions(path(u"server.key"_s), QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool TlsTestServer::handOverFolder(QString *error) const
{
    if (m_serverUser.isEmpty())
        return true;
    const OsUser user = lookUpUser(m_serverUser);
    if (!user.found) {
        *error = u"no OS user named "_s + m_serverUser;
        return false;
    }

    QStringList paths = {m_folder.path()};
    QDirIterator files(m_folder.path(), QDir::Files | QDir::NoDotAndDotDot);
    while (files.hasNext())
        paths << files.next();
    for (const QString &entry : std::as_const(paths)) {
        const QByteArray encoded = QFile::encodeName(entry);
        if (::chown(encoded.constData(), user.uid, user.gid) != 0) {
            *error = u"cannot give %1 to %2"_s.arg(entry, m_serverUser);
            return false;
        }
    }
    return true;
}

bool TlsTestServer::initCluster(QString *error)
{
    QString output;
    if (!runAsServerUser(u"initdb"_s,
            {u"-D"_s, path(u"data"_s), u"-U"_s, AdminUser, u"--auth-local=trust"_s,
                u"--auth-host=scram-sha-256"_s, u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s},
            &output)) {
        *error = u"initdb failed: "_s + output;
        return false;
    }

    // Over TCP: TLS and a password only. The socket stays private to the server's OS user.
    const QByteArray hba = "local all all trust\n"
                           "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                           "hostnossl all all 127.0.0.1/32 reject\n";
    if (!writeFile(path(u"data/pg_hba.conf"_s), hba)) {
        *error = u"cannot write pg_hba.conf"_s;
        return false;
    }
    return true;
}

bool TlsTestServer::startServer(QString *error)
{
    // The certificate paths are passed on the command line, not secrets. The folder contains no
    // space, so no quoting is needed inside -o.
    const QString options =
        u"-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 -c ssl=on "
        "-c ssl_cert_file=%3 -c ssl_key_file=%4"_s.arg(m_port)
            .arg(m_folder.path(), serverCertificateFile(), path(u"server.key"_s));
    QString output;
    if (!runAsServerUser(u"pg_ctl"_s,
            {u"-D"_s, path(u"data"_s), u"-l"_s, path(u"server.log"_s), u"-w"_s, u"-o"_s, options,
                u"start"_s},
            &output)) {
        QFile log(path(u"server.log"_s));
        log.open(QIODevice::ReadOnly);
        *error = u"pg_ctl start failed: "_s + output + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

bool TlsTestServer::setAdminPassword(QString *error)
{
    const QString connectionName = u"tls-test-server-socket"_s;
    bool done = false;
    {
        ConnectionSettings socket;
        socket.host = m_folder.path();
        socket.port = m_port;
        socket.databaseName = u"postgres"_s;
        socket.userName = AdminUser;
        const QString openError = openConnection(connectionName, socket);
        if (!openError.isEmpty()) {
            *error = openError;
        } else {
            // DDL cannot be prepared; the password is hex, so it needs no escaping.
            QSqlQuery query(QSqlDatabase::database(connectionName));
            done = query.exec(u"alter role resto360_admin password '%1'"_s.arg(m_password));
            if (!done)
                *error = query.lastError().text();
        }
    }
    closeConnection(connectionName);
    return done;
}

bool TlsTestServer::runAsServerUser(
    const QString &program, const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(u"/"_s);
    if (!m_serverUser.isEmpty()) {
        const OsUser user = lookUpUser(m_serverUser);
        if (!user.found) {
            *output = u"no OS user named "_s + m_serverUser;
            return false;
        }
        process.setChildProcessModifier([user] {
            // Runs in the child between fork and exec: only async-signal-safe calls.
            if (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0)
                ::_exit(126);
        });
    }

    process.start(QDir(LocalServer::findBinFolder()).filePath(program), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *output = process.errorString() + u' ' + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}
