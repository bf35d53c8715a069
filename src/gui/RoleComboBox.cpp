#include "RoleComboBox.h"

#include <QEvent>

RoleComboBox::RoleComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setRoles(Roles::all());
}

void RoleComboBox::setRoles(const QList<Role> &roles)
{
    const QString previous = currentRoleKey();

    clear();
    for (const Role role : roles)
        addItem(Roles::displayName(role), Roles::key(role));

    if (!previous.isEmpty())
        setCurrentRoleKey(previous);
}

QString RoleComboBox::currentRoleKey() const
{
    return currentData().toString();
}

bool RoleComboBox::setCurrentRoleKey(const QString &key)
{
    const int index = findData(key);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void RoleComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateItems();
    QComboBox::changeEvent(event);
}

void RoleComboBox::retranslateItems()
{
    for (int index = 0; index < count(); ++index) {
        if (const std::optional<Role> role = Roles::fromKey(itemData(index).toString()))
            setItemText(index, Roles::displayName(*role));
    }
}
