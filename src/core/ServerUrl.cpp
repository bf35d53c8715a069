#include "ServerUrl.h"

#include "LocalServer.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QStringList TlsParameters = {
    u"sslmode"_s,
    u"sslrootcert"_s,
    u"sslcert"_s,
    u"sslkey"_s,
    u"sslcrl"_s,
};

} // namespace

bool ServerUrl::parse(const QString &text, ConnectionSettings *settings, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
        *error = tr("Invalid server URL \"%1\". Write it as "
                    "postgresql://user@host:port/database?sslmode=verify-full.")
                     .arg(url.toString(QUrl::RemovePassword));
        return false;
    }
    if (url.host().isEmpty() || url.userName().isEmpty()) {
        *error = tr("The server URL must name the host and the administrator, as in "
                    "postgresql://admin@host/resto360.");
        return false;
    }

    ConnectionSettings parsed;
    parsed.host = url.host(QUrl::FullyDecoded);
    parsed.port = url.port(5432);
    parsed.userName = url.userName(QUrl::FullyDecoded);
    parsed.password = url.password(QUrl::FullyDecoded);
    parsed.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (parsed.databaseName.isEmpty())
        parsed.databaseName = LocalServer::databaseName();

    // libpq reads options as key=value separated by spaces, so a value with a space, a quote
    // or a backslash would change the meaning of the others.
    static const QRegularExpression unsafeValue(u"[\\s'\"\\\\]"_s);
    QStringList options;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!TlsParameters.contains(key)) {
            *error = tr("Unsupported server URL parameter \"%1\". Use only sslmode, sslrootcert, "
                        "sslcert, sslkey and sslcrl.")
                         .arg(key);
            return false;
        }
        if (value.isEmpty() || unsafeValue.match(value).hasMatch()) {
            *error = tr("Invalid value for the server URL parameter \"%1\": it must not be "
                        "empty or contain spaces, quotes or backslashes.")
                         .arg(key);
            return false;
        }
        options << key + u'=' + value;
    }
    parsed.options = options.join(u' ');

    *settings = parsed;
    return true;
}

bool ServerUrl::hasPassword(const QString &text)
{
    return !QUrl(text).password().isEmpty();
}
