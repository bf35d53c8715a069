#include "AppContext.h"

#include "ConnectionMonitor.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "ProfileService.h"
#include "SessionManager.h"
#include "SetupService.h"

#include <utility>

AppContext::AppContext(QString appConnectionName, ConnectionSettings adminSettings,
    SecretStore *secrets, LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_appConnectionName(std::move(appConnectionName))
    , m_sessions(new SessionManager(m_appConnectionName, secrets, this))
    , m_setup(new SetupService(std::move(adminSettings), this))
    , m_languages(languages)
    , m_secrets(secrets)
    , m_connectionMonitor(new ConnectionMonitor(m_appConnectionName, this))
{
    m_connectionMonitor->setReconnectStep([this] { return m_sessions->reapplySessionSettings(); });
}

AppContext::~AppContext() = default;

Outcome AppContext::chooseLanguage(const QString &code)
{
    if (m_languages && m_languages->currentLanguage() != code)
        m_languages->setLanguage(code);

    if (!m_sessions->isSignedIn())
        return Outcome::success();

    ProfileService profile(m_appConnectionName);
    Outcome saved = profile.setLanguage(code);
    if (!saved.ok)
        qCWarning(lcUi) << "Saving the language preference failed:" << saved.message;
    return saved;
}

void AppContext::applyProfileLanguage()
{
    if (!m_languages || !m_sessions->isSignedIn())
        return;

    ProfileService profile(m_appConnectionName);
    DatabaseError error;
    const std::optional<Profile> loaded = profile.load(&error);
    if (!loaded) {
        qCWarning(lcUi) << "Loading the profile for its language failed:" << error.detail();
        return;
    }

    if (!loaded->language.isEmpty() && loaded->language != m_languages->currentLanguage())
        m_languages->setLanguage(loaded->language);
}
