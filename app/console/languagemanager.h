#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

// The console's language: our translations and Qt's own for the standard dialogs, the default
// QLocale (numbers, dates) and the layout direction, all switched together at run time. Installing
// the translators makes Qt send QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;         // "en", "fr", "ko", "ar"
        QString nativeName;   // "Français": each language named in itself, never translated
    };

    // translationsDir: where cmsconsole_<code>.qm is (":/i18n" in the executable).
    explicit LanguageManager(QString translationsDir = QStringLiteral(":/i18n"), QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> languages();
    static bool isSupported(const QString &code);
    // The first of the system's UI languages we speak, else English.
    static QString systemLanguage();

    // Returns false (and keeps the current language) when the code is unknown or its file is missing.
    bool setLanguage(const QString &code);
    QString language() const { return m_code; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_translationsDir;
    QString m_code;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};
