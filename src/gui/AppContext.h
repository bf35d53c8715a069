#pragma once

#include "ConnectionSettings.h"
#include "Outcome.h"

#include <QObject>
#include <QString>

class BackupManager;
class ConnectionMonitor;
class LanguageManager;
class SecretStore;
class SessionManager;
class SetupService;

/// The services every window shares, built once around connections that are already open:
/// by the application from its bundled server, by GUI tests from a throwaway one.
///
/// The application connection (logged in as resto360_app) must be open under
/// appConnectionName before the context is built and stay open while it lives.
class AppContext : public QObject
{
    Q_OBJECT

public:
    /// adminSettings connects as an administrator to the application's database; only
    /// first-run setup uses it. secrets and languages may be null: then sessions are not
    /// remembered, and the language cannot be switched.
    AppContext(QString appConnectionName, ConnectionSettings adminSettings, SecretStore *secrets,
        LanguageManager *languages, QObject *parent = nullptr);
    ~AppContext() override;

    QString appConnectionName() const { return m_appConnectionName; }
    SessionManager &sessions() { return *m_sessions; }
    SetupService &setup() { return *m_setup; }
    LanguageManager *languages() const { return m_languages; }
    /// The keychain, or null when sessions are not remembered.
    SecretStore *secrets() const { return m_secrets; }
    /// Watches the application connection and reopens it, then puts the session back on it.
    /// It reopens nothing until the owner of the connection sets its settings provider.
    ConnectionMonitor &connectionMonitor() { return *m_connectionMonitor; }

    /// Backups of the bundled database, or null when the application uses a shared server.
    BackupManager *backups() const { return m_backups; }
    void setBackups(BackupManager *backups) { m_backups = backups; }

    /// The phone number the sign-in page starts with, for example the demo owner's.
    QString suggestedPhone() const { return m_suggestedPhone; }
    void setSuggestedPhone(const QString &phone) { m_suggestedPhone = phone; }

    /// Switches the interface language and, when someone is signed in, saves it as their
    /// preference. Returns the failure to save, if any; the switch itself happens anyway.
    Outcome chooseLanguage(const QString &code);

    /// Applies the signed-in person's saved language, if they have one.
    void applyProfileLanguage();

private:
    QString m_appConnectionName;
    SessionManager *m_sessions = nullptr;
    SetupService *m_setup = nullptr;
    LanguageManager *m_languages = nullptr;
    SecretStore *m_secrets = nullptr;
    ConnectionMonitor *m_connectionMonitor = nullptr;
    BackupManager *m_backups = nullptr;
    QString m_suggestedPhone;
};
