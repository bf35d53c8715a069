#pragma once

#include "Role.h"

#include <QComboBox>
#include <QList>
#include <QString>

/// A choice among staff roles, shown by their translated names and read back as the keys
/// the database stores.
class RoleComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit RoleComboBox(QWidget *parent = nullptr);

    /// Offers these roles, in this order; keeps the current role when it is among them.
    void setRoles(const QList<Role> &roles);

    /// The key of the selected role ("cashier"), or an empty string when none is offered.
    QString currentRoleKey() const;

    /// Selects the role with this key. Returns false when it is not offered.
    bool setCurrentRoleKey(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateItems();
};
