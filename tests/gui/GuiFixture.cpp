#include "GuiFixture.h"

#include "AppContext.h"
#include "ConnectionMonitor.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "SessionManager.h"
#include "SignInPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QString AppConnection = u"resto360_app_gui_test"_s;

// The suffix an objectName must end with for each kind of interactive widget.
QString expectedSuffix(const QWidget *widget)
{
    if (qobject_cast<const QPushButton *>(widget))
        return u"PushButton"_s;
    if (qobject_cast<const QToolButton *>(widget))
        return u"ToolButton"_s;
    if (widget->inherits("QCheckBox"))
        return u"CheckBox"_s;
    if (qobject_cast<const QLineEdit *>(widget))
        return u"LineEdit"_s;
    if (qobject_cast<const QComboBox *>(widget))
        return u"ComboBox"_s;
    if (qobject_cast<const QPlainTextEdit *>(widget))
        return u"PlainTextEdit"_s;
    if (widget->inherits("QSpinBox"))
        return u"SpinBox"_s;
    if (widget->inherits("QTableView"))
        return u"TableView"_s;
    if (widget->inherits("QListWidget"))
        return u"ListWidget"_s;
    return {};
}

// Widgets that Qt creates inside other widgets (a combo box's list, a tab bar's scroll
// buttons, a line edit's clear button) are not the form's and keep Qt's names.
bool isInternal(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent)
            || qobject_cast<const QTabBar *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return widget->objectName().startsWith(u"qt_"_s);
}

} // namespace

GuiFixture::GuiFixture() = default;

GuiFixture::~GuiFixture()
{
    Prompter::setResponder({});
    m_context.reset();
    if (m_connectionOpen)
        closeConnection(AppConnection);
}

bool GuiFixture::start(QString *error)
{
    QStandardPaths::setTestModeEnabled(true);

    if (!m_server.start(error))
        return false;
    if (const QString openError = openConnection(AppConnection, m_server.appSettings());
        !openError.isEmpty()) {
        *error = u"cannot open the application connection: "_s + openError;
        return false;
    }
    m_connectionOpen = true;

    // Only the throwaway keyring may receive the test's sessions.
    if (qEnvironmentVariable("RESTO360_THROWAWAY_KEYRING") == u"1"_s)
        m_secrets = new SecretStore(u"resto360-test"_s);

    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(u"fr"_s);
    m_context = std::make_unique<AppContext>(
        AppConnection, m_server.adminSettings(), m_secrets, m_languages.get());
    if (m_secrets)
        m_secrets->setParent(m_context.get());
    // As in the application: the socket folder changes when the server restarts.
    m_context->connectionMonitor().setSettingsProvider([this] { return m_server.appSettings(); });

    Prompter::setResponder([this](const Prompter::Prompt &prompt) {
        m_prompts.append(prompt);
        return m_promptAnswer;
    });
    return true;
}

std::unique_ptr<MainWindow> GuiFixture::openMainWindow()
{
    auto window = std::make_unique<MainWindow>(*m_context);
    window->show();
    window->start();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("The main window was not exposed");
    return window;
}

void GuiFixture::typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(widget, character.toLatin1());
            continue;
        }
        QTest::sendKeyEvent(
            QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

void GuiFixture::typeSignIn(MainWindow &window, const QString &phone, const QString &password)
{
    const auto *page = window.findChild<SignInPage *>(u"signInPage"_s);
    auto *phoneEdit = page ? page->findChild<QLineEdit *>(u"phoneLineEdit"_s) : nullptr;
    auto *passwordEdit = page ? page->findChild<QLineEdit *>(u"passwordLineEdit"_s) : nullptr;
    auto *signIn = page ? page->findChild<QPushButton *>(u"signInPushButton"_s) : nullptr;
    if (!phoneEdit || !passwordEdit || !signIn) {
        qWarning("The sign-in page's fields were not found");
        return;
    }

    phoneEdit->clear();
    typeText(phoneEdit, phone);
    passwordEdit->clear();
    typeText(passwordEdit, password);
    QTest::mouseClick(signIn, Qt::LeftButton);
}

void GuiFixture::endSession()
{
    SessionManager &sessions = m_context->sessions();
    if (sessions.isSignedIn() || sessions.session().isValid())
        sessions.signOut();
    m_prompts.clear();
    m_promptAnswer = true;
}

QStringList GuiFixture::namingProblems(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const QString suffix = expectedSuffix(widget);
        if (suffix.isEmpty() || isInternal(widget))
            continue;

        const QString name = widget->objectName();
        const QString kind = QString::fromLatin1(widget->metaObject()->className());
        if (!name.endsWith(suffix))
            problems << u"%1 \"%2\" should end with %3"_s.arg(kind, name, suffix);
        if (widget->accessibleName().isEmpty())
            problems << u"%1 \"%2\" has no accessible name"_s.arg(kind, name);
    }
    return problems;
}
