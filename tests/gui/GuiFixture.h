#pragma once

#include "Prompter.h"
#include "TestServer.h"

#include <QList>
#include <QString>

#include <memory>

class AppContext;
class LanguageManager;
class MainWindow;
class QWidget;
class SecretStore;

/// What every GUI test program needs: a throwaway server, the application connection, the
/// shared services the windows use, and prompts answered without message boxes.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    /// Starts the server, opens the application connection and builds the services. Uses a
    /// real keychain only inside the throwaway keyring of run-with-keyring.sh.
    bool start(QString *error);

    TestServer &server() { return m_server; }
    AppContext &context() { return *m_context; }
    LanguageManager &languages() { return *m_languages; }

    /// A main window around the shared services, shown, started and with its sign-in page
    /// visible.
    std::unique_ptr<MainWindow> openMainWindow();

    /// Types text into widget one key at a time. Unlike QTest::keyClicks, which supports only
    /// ASCII keys, it also types letters such as é, as a French keyboard layout would.
    static void typeText(QWidget *widget, const QString &text);

    /// Types a phone and password on the sign-in page and clicks Sign in.
    static void typeSignIn(MainWindow &window, const QString &phone, const QString &password);

    /// Signs out if a session is open, so the next test starts at the sign-in page.
    void endSession();

    /// Prompts shown since the last clearPrompts(), in order.
    const QList<Prompter::Prompt> &prompts() const { return m_prompts; }
    void clearPrompts() { m_prompts.clear(); }
    /// The answer every later question gets.
    void setPromptAnswer(bool accept) { m_promptAnswer = accept; }

    /// The interactive children of root whose objectName or accessibleName is missing or
    /// whose objectName does not end with its kind, described for a failure message.
    static QStringList namingProblems(const QWidget *root);

private:
    TestServer m_server;
    std::unique_ptr<LanguageManager> m_languages;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<AppContext> m_context;
    QList<Prompter::Prompt> m_prompts;
    bool m_promptAnswer = true;
    bool m_connectionOpen = false;
};
