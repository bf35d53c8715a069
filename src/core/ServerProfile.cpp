#include "ServerProfile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString UseServerKey = u"server/useServer"_s;
const QString HostKey = u"server/host"_s;
const QString PortKey = u"server/port"_s;
const QString DatabaseKey = u"server/database"_s;
const QString UserKey = u"server/user"_s;
const QString TlsModeKey = u"server/tlsMode"_s;
const QString CaFileKey = u"server/caFile"_s;

} // namespace

ServerProfile ServerProfile::load()
{
    const QSettings settings;
    ServerProfile profile;
    profile.useServer = settings.value(UseServerKey, false).toBool();
    profile.host = settings.value(HostKey).toString();
    profile.port = settings.value(PortKey, profile.port).toInt();
    profile.databaseName = settings.value(DatabaseKey, profile.databaseName).toString();
    profile.userName = settings.value(UserKey, profile.userName).toString();
    profile.tlsMode = settings.value(TlsModeKey).toString() == u"require"_s ? TlsMode::Require
                                                                            : TlsMode::VerifyFull;
    profile.caFile = settings.value(CaFileKey).toString();
    return profile;
}

void ServerProfile::save() const
{
    QSettings settings;
    settings.setValue(UseServerKey, useServer);
    settings.setValue(HostKey, host);
    settings.setValue(PortKey, port);
    settings.setValue(DatabaseKey, databaseName);
    settings.setValue(UserKey, userName);
    settings.setValue(TlsModeKey, tlsMode == TlsMode::Require ? u"require"_s : u"verify-full"_s);
    settings.setValue(CaFileKey, caFile);
}

QString ServerProfile::passwordKey() const
{
    return u"server-password/%1:%2/%3"_s.arg(host.toLower()).arg(port).arg(userName);
}

QString ServerProfile::effectiveCaFile() const
{
    return tlsMode == TlsMode::VerifyFull ? caFile : QString();
}

ConnectionSettings ServerProfile::connectionSettings(const QString &password) const
{
    ConnectionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.databaseName = databaseName;
    settings.userName = userName;
    settings.password = password;
    settings.options = ConnectionSettings::tlsOptions(effectiveCaFile());
    return settings;
}
