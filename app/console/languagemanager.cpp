#include "languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace {

// Qt's own catalogue names the standard buttons; ours gives them the words the rest of the console
// uses (Arabic: «إلغاء», a noun like every other command here, where Qt says «ألغِ»). Our translator
// is installed after Qt's, so it is asked first.
[[maybe_unused]] const char *const standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),  QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
};

} // namespace

LanguageManager::LanguageManager(QString translationsDir, QObject *parent)
    : QObject(parent)
    , m_translationsDir(std::move(translationsDir))
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

bool LanguageManager::isSupported(const QString &code)
{
    for (const Language &l : languages()) {
        if (l.code == code)
            return true;
    }
    return false;
}

QString LanguageManager::systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!isSupported(code))
        return false;
    if (code == m_code)
        return true;

    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral("cmsconsole_") + code, m_translationsDir)) {
        if (code != QLatin1String("en"))
            return false;
        ours.reset();   // English is the source language; its file only holds the plural forms
    }
    if (code != QLatin1String("en")) {
        // Qt's own (standard buttons, file dialogs); missing on some systems, which is not an error.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    removeTranslators();
    m_ours = std::move(ours);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_ours)
        QCoreApplication::installTranslator(m_ours.get());

    const QLocale locale(code);
    QLocale::setDefault(locale);
    // The direction comes from the language itself (QLocale knows Arabic is right to left), never
    // from a list of codes kept here.
    QGuiApplication::setLayoutDirection(locale.textDirection());
    m_code = code;
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}
