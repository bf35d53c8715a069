#include "LanguageManager.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString LanguageKey = u"ui/language"_s;

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::supportedLanguages()
{
    return {u"fr"_s, u"en"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"fr"_s)
        return u"Français"_s;
    if (code == u"en"_s)
        return u"English"_s;
    return code;
}

QString LanguageManager::preferredLanguage() const
{
    QString saved = QSettings().value(LanguageKey).toString();
    if (supportedLanguages().contains(saved))
        return saved;
    QString system = QLocale::system().name().section(u'_', 0, 0);
    if (supportedLanguages().contains(system))
        return system;
    return u"fr"_s;
}

bool LanguageManager::setLanguage(const QString &code, Persistence persistence)
{
    if (!supportedLanguages().contains(code))
        return false;

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);

    if (m_appTranslator.load(u":/i18n/resto360_%1.qm"_s.arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        qCWarning(lcUi) << "No application translation for" << code;

    if (code != u"en"_s) {
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(u"qtbase_"_s + code, qtFolder))
            QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCWarning(lcUi) << "No Qt translation for" << code << "in" << qtFolder
                            << "(install qt6-translations-l10n)";
    }

    QLocale::setDefault(QLocale(code == u"fr"_s ? u"fr_CI"_s : u"en_GB"_s));
    if (persistence == Persistence::Save)
        QSettings().setValue(LanguageKey, code);
    m_current = code;
    emit languageChanged(code);
    return true;
}
