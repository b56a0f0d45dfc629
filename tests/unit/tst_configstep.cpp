#include "config/configstep.h"

#include <QLocale>
#include <QTest>

// How a configuration step's parameters read in a sentence, in a left-to-right and a right-to-left
// language.
class TestConfigStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void parametersArePlainTextLeftToRight()
    {
        QLocale::setDefault(QLocale(QLocale::French));
        const cms::Schema::Params params = {{QStringLiteral("name"), QStringLiteral("Board")},
                                            {QStringLiteral("passcode"), QStringLiteral("1234")}};
        QCOMPARE(cms::ConfigStep::describeParams(params), QStringLiteral("name=Board, passcode=•••"));
    }

    // In Arabic the Latin list is one left-to-right island, and an Arabic value inside it is isolated
    // again, so "name=…, uri=…" keeps its order inside an Arabic sentence.
    void parametersAreOneLeftToRightIslandInArabic()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic));
        const QString arabicName = QStringLiteral("اجتماع المجلس");
        const cms::Schema::Params params = {{QStringLiteral("name"), arabicName},
                                            {QStringLiteral("uri"), QStringLiteral("board")}};
        const QString lri = QString(QChar(0x2066)) + QChar(0x200E), fsi(QChar(0x2068)), pdi(QChar(0x2069));
        QCOMPARE(cms::ConfigStep::describeParams(params),
                 lri + QStringLiteral("name=") + fsi + arabicName + pdi + QStringLiteral(", uri=board") + pdi);
    }

    // A path whose reference is labelled in Arabic keeps its slashes in order.
    void pathsAreOneLeftToRightIslandInArabic()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic));
        const QString label = QStringLiteral("(المساحة الجديدة)");
        const QString ref = cms::ConfigStep::reference(QStringLiteral("space"));
        const QString text = cms::ConfigStep::describePath(QStringLiteral("coSpaces/") + ref + QStringLiteral("/accessMethods"),
                                                           {{ref, label}});
        QCOMPARE(text, QString(QChar(0x2066)) + QChar(0x200E) + QStringLiteral("coSpaces/") + QChar(0x2068) + label + QChar(0x2069)
                           + QStringLiteral("/accessMethods") + QChar(0x2069));
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(cms::ConfigStep::describePath(QStringLiteral("coSpaces/") + ref, {{ref, QStringLiteral("(the new space)")}}),
                 QStringLiteral("coSpaces/(the new space)"));
    }

    void changesAreIsolatedTheSameWay()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic));
        const cms::Schema::Params params = {{QStringLiteral("uri"), QStringLiteral("new")}};
        const cms::Schema::Params previous = {{QStringLiteral("uri"), QStringLiteral("old")}};
        const QString text = cms::ConfigStep::describeChange(params, previous);
        QVERIFY(text.startsWith(QChar(0x2066)));
        QVERIFY(text.endsWith(QChar(0x2069)));
        QVERIFY(text.contains(QStringLiteral("uri: old → new")));
    }
};

QTEST_GUILESS_MAIN(TestConfigStep)
#include "tst_configstep.moc"
