#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

/// Loads the application's and Qt's translations for one language and switches them at run
/// time. The choice is kept in the settings; without one, the system language is used if
/// supported, else French.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// Language codes with a translation: "fr" and "en".
    static QStringList supportedLanguages();
    /// The language's own name, for menus ("Français", "English").
    static QString nativeName(const QString &code);

    /// The saved choice, else the system language if supported, else "fr".
    QString preferredLanguage() const;
    QString currentLanguage() const { return m_current; }

    enum class Persistence { Save, DoNotSave };

    /// Installs the translators for code and, unless told not to, saves it as the preference.
    /// Returns false for an unsupported code.
    bool setLanguage(const QString &code, Persistence persistence = Persistence::Save);

signals:
    void languageChanged(const QString &code);

private:
    QString m_current;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
