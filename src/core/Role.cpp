#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Roles {

QList<Role> all()
{
    return {Role::Owner, Role::Manager, Role::Cashier, Role::Kitchen, Role::Driver};
}

QString key(Role role)
{
    switch (role) {
    case Role::Owner:
        return u"owner"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Cashier:
        return u"cashier"_s;
    case Role::Kitchen:
        return u"kitchen"_s;
    case Role::Driver:
        return u"driver"_s;
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("Roles", "Owner");
    case Role::Manager:
        return QCoreApplication::translate("Roles", "Manager");
    case Role::Cashier:
        return QCoreApplication::translate("Roles", "Cashier");
    case Role::Kitchen:
        return QCoreApplication::translate("Roles", "Kitchen staff");
    case Role::Driver:
        return QCoreApplication::translate("Roles", "Driver");
    }
    return {};
}

bool isPrivileged(Role role)
{
    return role == Role::Owner || role == Role::Manager;
}

} // namespace Roles
