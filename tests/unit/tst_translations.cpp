// The French, Korean and Arabic translations are complete, keep every placeholder, have the right
// plural forms, and load: nothing reaches a person untranslated.
#include "api/cmserror.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;   // one, or the plural forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform"))
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    // %1 and %L1 (the number in the locale's digits) are one placeholder, as are %n and %Ln.
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Arabic letters that join only to the letter before them (alef, dal, ra, waw… and ta marbuta): a
// letter after one of these starts a new joined group.
bool joinsOnlyBefore(QChar c)
{
    static const QString letters = QStringLiteral("\u0627\u0623\u0625\u0622\u0671\u062F\u0630\u0631\u0632\u0648\u0624\u0629");
    return letters.contains(c);
}

bool isArabicLetter(QChar c)
{
    return (c.unicode() >= 0x0620 && c.unicode() <= 0x064A) || c.unicode() == 0x0671;
}

bool joinsBothWays(QChar c)
{
    return isArabicLetter(c) && !joinsOnlyBefore(c) && c.unicode() != 0x0621;   // hamza joins nothing
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("French") << QStringLiteral("fr") << 2;
        QTest::newRow("Korean") << QStringLiteral("ko") << 1;
        QTest::newRow("Arabic") << QStringLiteral("ar") << 6;
        QTest::newRow("English plurals") << QStringLiteral("en") << 2;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(CMS_TRANSLATIONS_SOURCE_DIR "/cmsconsole_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // English holds the plural forms only.
        QVERIFY(messages.size() > (language == QLatin1String("en") ? 10 : 100));
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            QCOMPARE(m.translations.size(), m.numerus ? pluralForms : 1);
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QStringList expected = placeholders(m.source);
                // A plural form may leave out %n where the language says "one" without the number.
                if (m.numerus && !placeholders(t).contains(QStringLiteral("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                QCOMPARE(placeholders(t), expected);
            }
        }
    }

    // Qt underlines a mnemonic letter by shaping it apart from its neighbours: inside a joined Arabic
    // word that changes the word's width, and the label loses its end («اللغ» for «ال&لغة:»). A mnemonic
    // must sit on a letter that is joined to nothing: the first letter of a word, or one after a letter
    // that joins only before it, and itself not joined to the next letter.
    void arabicMnemonicsKeepLettersJoined()
    {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(CMS_TRANSLATIONS_SOURCE_DIR "/cmsconsole_ar.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList broken;
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                for (qsizetype i = 0; i + 1 < t.size(); ++i) {
                    if (t.at(i) != QLatin1Char('&') || t.at(i + 1) == QLatin1Char('&')
                        || (i > 0 && t.at(i - 1) == QLatin1Char('&')))
                        continue;
                    const QChar before = i > 0 ? t.at(i - 1) : QChar();
                    const QChar letter = t.at(i + 1);
                    const QChar after = i + 2 < t.size() ? t.at(i + 2) : QChar();
                    if ((joinsBothWays(before) && isArabicLetter(letter)) || (joinsBothWays(letter) && isArabicLetter(after)))
                        broken << m.context + QStringLiteral(": ") + t;
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("mnemonics inside joined letters:\n  ")
                                                  + broken.join(QStringLiteral("\n  "))));
    }

    // Korean: a particle written with its alternative after a name ("%1을(를)") reads as machine text;
    // sentences are built so that no particle follows a placeholder or a name.
    void koreanHasNoParticleAlternatives()
    {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(CMS_TRANSLATIONS_SOURCE_DIR "/cmsconsole_ko.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression alternative(
            QStringLiteral("을\\(를\\)|를\\(을\\)|이\\(가\\)|가\\(이\\)|은\\(는\\)|는\\(은\\)|와\\(과\\)|과\\(와\\)|\\(으\\)로|\\(이\\)"));
        QStringList found;
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                if (t.contains(alternative))
                    found << m.context + QStringLiteral(": ") + t;
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("particle alternatives:\n  ") + found.join(QStringLiteral("\n  "))));
    }

    // Arabic: an API request inside a sentence ("(POST /coSpaces)") is a left-to-right island (U+2066
    // … U+2069), or the bidi algorithm moves its verb, slashes and parentheses around.
    void arabicRequestsReadLeftToRight()
    {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(CMS_TRANSLATIONS_SOURCE_DIR "/cmsconsole_ar.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression request(QStringLiteral("(.?)\\b(GET|POST|PUT|DELETE) /"));
        QStringList found;
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                for (auto it = request.globalMatch(t); it.hasNext();) {
                    if (it.next().captured(1) != QChar(0x2066))
                        found << m.context + QStringLiteral(": ") + t;
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("requests not isolated:\n  ") + found.join(QStringLiteral("\n  "))));
    }

    // A string added to the sources but not to the .ts files is caught here: lupdate runs over the
    // sources into copies of the .ts files, and every message of the result must be translated.
    void noSourceStringIsMissing_data() { everyMessageIsTranslated_data(); }

    void noSourceStringIsMissing()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("cmsconsole_%1.ts").arg(language));
        QVERIFY(QFile::copy(QStringLiteral(CMS_TRANSLATIONS_SOURCE_DIR "/cmsconsole_%1.ts").arg(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments;
        for (const char *folder : {"cms", "models", "views", "app"})
            arguments << QStringLiteral(CMS_SOURCE_DIR "/") + QLatin1String(folder);
        if (language == QLatin1String("en"))
            arguments << QStringLiteral("-pluralonly");
        arguments << QStringLiteral("-no-obsolete") << QStringLiteral("-locations") << QStringLiteral("none")
                  << QStringLiteral("-silent") << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CMS_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &m : messages) {
            if (m.unfinished)
                missing << m.context + QStringLiteral(": ") + m.source.left(60);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) missing from cmsconsole_%2.ts "
                                                              "(cmake --build build --target update_translations):\n  %3")
                                                   .arg(missing.size())
                                                   .arg(language, missing.mid(0, 30).join(QStringLiteral("\n  ")))));
    }

    void compiledTranslationsLoad()
    {
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ko"), QStringLiteral("ar")}) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR "/cmsconsole_%1.qm").arg(language)),
                     qPrintable(language));
            QCoreApplication::installTranslator(&translator);
            const QString sentence = cms::CmsError(cms::CmsError::Kind::Timeout).message();
            QCoreApplication::removeTranslator(&translator);
            QVERIFY2(sentence != cms::CmsError(cms::CmsError::Kind::Timeout).message(), qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
