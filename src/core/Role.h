#pragma once

#include <QList>
#include <QString>

#include <optional>

/// A person's role in one restaurant. The database stores the lowercase key.
enum class Role {
    Owner,
    Manager,
    Cashier,
    Kitchen,
    Driver,
};

namespace Roles {

/// Returns every role, most privileged first.
QList<Role> all();

/// Returns the key stored in the database ("owner", "manager", ...).
QString key(Role role);

/// Parses a database key; returns nothing for an unknown key.
std::optional<Role> fromKey(const QString &key);

/// Returns the translated name shown to people.
QString displayName(Role role);

/// Returns true for roles that only a restaurant owner may grant or edit.
bool isPrivileged(Role role);

} // namespace Roles
