#pragma once

#include "DatabaseError.h"
#include "Outcome.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

struct Profile
{
    QString userId;
    QString phone;
    QString language; ///< "fr", "en", or empty for no preference
    bool mustChangePassword = false;
};

/// The signed-in person's own account: language and password.
class ProfileService : public QObject
{
    Q_OBJECT

public:
    explicit ProfileService(QString connectionName, QObject *parent = nullptr);

    std::optional<Profile> load(DatabaseError *error = nullptr) const;
    Outcome setLanguage(const QString &language);

    /// Checks the current password and sets a new one; other sessions of the person are
    /// signed out. Both keys are derived on a worker thread.
    void changePassword(const QString &currentPassword, const QString &newPassword,
        const QStringList &personalWords, QObject *context, std::function<void(Outcome)> done);

private:
    QString m_connectionName;
};
