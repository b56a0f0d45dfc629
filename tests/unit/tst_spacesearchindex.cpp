// The spaces search: folding (case, accents, Arabic marks and letter variants, Korean composition),
// every term must match, rows stay right through replacements and removals, and narrowing a query
// gives what a full search gives.
#include "config/spacecatalog.h"
#include "config/spacesearchindex.h"

#include <QtTest>

using namespace cms;

namespace {

SpaceRecord space(const QString &name, const QString &uri = {}, const QString &callId = {},
                  const QString &secondaryUri = {})
{
    SpaceRecord r;
    r.id = name;
    r.name = name;
    r.uri = uri;
    r.callId = callId;
    r.secondaryUri = secondaryUri;
    return r;
}

// Built with \u escapes where the exact code points matter.
QString u16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Row numbers in the comments are the rows of the index the tests build.
QList<SpaceRecord> sampleSpaces()
{
    return {
        space(QStringLiteral("Salle Monet"), QStringLiteral("salle.monet"), QStringLiteral("100200300")),        // 0
        space(QStringLiteral("Réunion d'équipe"), QStringLiteral("equipe"), QStringLiteral("100200301")),        // 1
        space(QStringLiteral("FRANÇOIS Cœur"), QStringLiteral("francois.coeur"), QStringLiteral("4242")),         // 2
        space(QStringLiteral("회의실 한라"), QStringLiteral("halla"), QStringLiteral("555")),                    // 3
        space(u16(u"\u0642\u064E\u0627\u0639\u064E\u0629 \u0623\u062D\u0645\u062F"), QStringLiteral("ahmad")),     // 4 قَاعَة أحمد
        space(u16(u"\u0645\u0633\u062A\u0634\u0641\u0649 \u0627\u0644\u0640\u0646\u0648\u0631"), QStringLiteral("nour")), // 5 مستشفى الـنور
        space(QStringLiteral("Boardroom"), QStringLiteral("boardroom"), QStringLiteral("9001"),
              QStringLiteral("board.alias@example.com")),                                                      // 6
        space(QStringLiteral("Salle Rodin"), QStringLiteral("salle.rodin"), QStringLiteral("100200302")),        // 7
    };
}

} // namespace

class TestSpaceSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_index.clear();
        const QList<SpaceRecord> spaces = sampleSpaces();
        for (int i = 0; i < spaces.size(); ++i)
            m_index.add(i, spaces.at(i));
    }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii case") << QStringLiteral("Salle MONET") << QStringLiteral("salle monet");
        QTest::newRow("french accents") << QStringLiteral("Élodie à l'écoute, garçon") << QStringLiteral("elodie a l'ecoute, garcon");
        QTest::newRow("ligature kept") << QStringLiteral("Cœur") << QStringLiteral("cœur");
        QTest::newRow("decomposed accent") << u16(u"e\u0301te\u0301") << QStringLiteral("ete");
        QTest::newRow("korean stays whole") << QStringLiteral("회의실") << QStringLiteral("회의실");
        QTest::newRow("korean decomposed recomposes") << u16(u"\u1112\u116C\u110B\u1174") << QStringLiteral("회의");
        QTest::newRow("arabic harakat") << u16(u"\u0642\u064E\u0627\u0639\u064E\u0629") << u16(u"\u0642\u0627\u0639\u0647");
        QTest::newRow("arabic alef variants") << u16(u"\u0623\u0625\u0622\u0671\u0627") << u16(u"\u0627\u0627\u0627\u0627\u0627");
        QTest::newRow("arabic ya and tatweel") << u16(u"\u0645\u0640\u0649") << u16(u"\u0645\u064A");
        QTest::newRow("superscript alef") << u16(u"\u0647\u0670\u0630\u0627") << u16(u"\u0647\u0630\u0627");
        QTest::newRow("controls dropped") << u16(u"a\u001Fb\u0007") << QStringLiteral("ab");
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SpaceSearchIndex::fold(text), folded);
    }

    void query_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("empty: everything") << QString() << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("blank: everything") << QStringLiteral("  \t ") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("case") << QStringLiteral("SALLE") << QList<int>{0, 7};
        QTest::newRow("two terms") << QStringLiteral("salle mon") << QList<int>{0};
        QTest::newRow("terms in any order") << QStringLiteral("mon salle") << QList<int>{0};
        QTest::newRow("term matching nothing") << QStringLiteral("salle xyz") << QList<int>{};
        QTest::newRow("accent typed, none stored") << QStringLiteral("équipe") << QList<int>{1};
        QTest::newRow("no accent typed, stored with") << QStringLiteral("reunion") << QList<int>{1};
        QTest::newRow("cedilla and case") << QStringLiteral("françois") << QList<int>{2};
        QTest::newRow("ligature") << QStringLiteral("cœur") << QList<int>{2};
        QTest::newRow("call id digits") << QStringLiteral("1002003") << QList<int>{0, 1, 7};
        QTest::newRow("call id exact") << QStringLiteral("4242") << QList<int>{2};
        QTest::newRow("uri") << QStringLiteral("salle.rodin") << QList<int>{7};
        QTest::newRow("secondary uri") << QStringLiteral("alias@example") << QList<int>{6};
        QTest::newRow("korean syllables") << QStringLiteral("한라") << QList<int>{3};
        QTest::newRow("korean two terms") << QStringLiteral("회의 한") << QList<int>{3};
        QTest::newRow("korean trailing jamo") << QStringLiteral("회의ㅅ") << QList<int>{3};
        QTest::newRow("korean jamo alone: not yet") << QStringLiteral("ㅎ") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("korean jamo term: not yet") << QStringLiteral("한라 ㅎ") << QList<int>{3};
        QTest::newRow("arabic without harakat") << u16(u"\u0642\u0627\u0639\u0629") << QList<int>{4};
        QTest::newRow("arabic bare alef for hamza") << u16(u"\u0627\u062D\u0645\u062F") << QList<int>{4};
        QTest::newRow("arabic ya for alef maqsura") << u16(u"\u0645\u0633\u062A\u0634\u0641\u064A") << QList<int>{5};
        QTest::newRow("arabic across tatweel") << u16(u"\u0627\u0644\u0646\u0648\u0631") << QList<int>{5};
        QTest::newRow("arabic and latin terms") << (u16(u"\u0642\u0627\u0639\u0647 ") + QStringLiteral("AHM")) << QList<int>{4};
        QTest::newRow("no match across fields") << QStringLiteral("monetsalle") << QList<int>{};
    }

    void query()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, rows);
        QCOMPARE(m_index.query(query), rows);
    }

    // Typing character by character narrows from the previous hits; the answer must equal a search
    // from scratch at every step, including after backspaces.
    void narrowingAgreesWithFullSearch()
    {
        const QStringList steps = {QStringLiteral("s"), QStringLiteral("sa"), QStringLiteral("sal"), QStringLiteral("salle"),
                                   QStringLiteral("salle "), QStringLiteral("salle r"), QStringLiteral("salle ro"),
                                   QStringLiteral("salle r"), QStringLiteral("salle m"), QStringLiteral("sal m"),
                                   QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("100200301")};
        for (const QString &step : steps) {
            SpaceSearchIndex fresh;
            for (int i = 0; i < m_index.size(); ++i)
                fresh.add(i, recordAt(i));
            QCOMPARE(m_index.query(step), fresh.query(step));
        }
    }

    void replacedAndRemovedRows()
    {
        m_index.query(QStringLiteral("salle"));   // a cached answer that must not survive the changes
        m_index.add(0, space(QStringLiteral("Atelier Degas"), QStringLiteral("atelier.degas"), QStringLiteral("777")));
        QCOMPARE(m_index.query(QStringLiteral("salle")), QList<int>{7});
        QCOMPARE(m_index.query(QStringLiteral("degas")), QList<int>{0});
        m_index.removeRows(1, 2);   // équipe and François gone; Korean moves from 3 to 1
        QCOMPARE(m_index.size(), 6);
        QCOMPARE(m_index.query(QStringLiteral("한라")), QList<int>{1});
        QCOMPARE(m_index.query(QStringLiteral("salle")), QList<int>{5});
        QCOMPARE(m_index.query(QStringLiteral("françois")), QList<int>{});
        // Many replacements: the buffer is compacted and every row still reads right.
        for (int round = 0; round < 20; ++round)
            m_index.add(2, space(QStringLiteral("Room %1").arg(round)));
        QCOMPARE(m_index.query(QStringLiteral("room 19")), QList<int>{2});
        QCOMPARE(m_index.query(QStringLiteral("degas")), QList<int>{0});
        QCOMPARE(m_index.query(QStringLiteral("rodin")), QList<int>{5});
        // Replaced text is out of row order: squeezed, the fast scan of the whole buffer agrees.
        m_index.add(4, space(QStringLiteral("Salle Lumière"), QStringLiteral("salle.lumiere")));
        QCOMPARE(m_index.query(QStringLiteral("salle")), (QList<int>{4, 5}));
        m_index.squeeze();
        QCOMPARE(m_index.query(QStringLiteral("salle")), (QList<int>{4, 5}));
        QCOMPARE(m_index.query(QStringLiteral("lumiere")), QList<int>{4});
        QCOMPARE(m_index.query(QStringLiteral("room")), QList<int>{2});
        QCOMPARE(m_index.query(QStringLiteral("r")), (QList<int>{0, 2, 3, 4, 5}));
        QVERIFY(m_index.memoryBytes() > 0);
    }

    void terms()
    {
        QCOMPARE(SpaceSearchIndex::terms(QStringLiteral("  Salle  SALLE sal monet ")),
                 (QStringList{QStringLiteral("salle"), QStringLiteral("monet")}));
        QCOMPARE(SpaceSearchIndex::terms(QStringLiteral("ㄱ")), QStringList());
        QCOMPARE(SpaceSearchIndex::terms(QStringLiteral("회의ㄹ ㄱ")), QStringList{QStringLiteral("회의")});
    }

private:
    static SpaceRecord recordAt(int row) { return sampleSpaces().at(row); }

    SpaceSearchIndex m_index;
};

QTEST_GUILESS_MAIN(TestSpaceSearchIndex)
#include "tst_spacesearchindex.moc"
