// The Live section's one search box over the calls tree and the participants table, against a
// simulated cluster: people found by name, address or user JID and meetings by name or space, with
// the Spaces search's folding (case, accents, Korean composed or decomposed and being typed, Arabic
// letter variants and harakat); a meeting found through a participant; instance rows kept with their
// meeting; rows that start or stop matching through live changes come and go without a reset; raw
// values sorted with the locale's collation.
#include "live/livefilterproxymodel.h"

#include "livefixture.h"
#include "live/callsmodel.h"
#include "live/participantsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using models::CallsModel;
using models::LiveFilterProxyModel;
using models::ParticipantsModel;

namespace {

// The names shown by a flat proxy, sorted.
QStringList shownNames(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, 0).data().toString());
    names.sort();
    return names;
}

} // namespace

class TestLiveFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void participantsFoundWithFolding_data();
    void participantsFoundWithFolding();
    void meetingsFoundByNameSpaceOrParticipant();
    void liveChangesWhileSearching();
    void sortsWithTheLocaleCollation();

private:
    LiveFixture m_fixture;
    QString m_budget;
    QString m_budgetElsewhere;
    QString m_seoul;
    QString m_cairo;
    QString m_elodie;
    std::unique_ptr<ParticipantsModel> m_participants;
    std::unique_ptr<LiveFilterProxyModel> m_participantsProxy;
};

void TestLiveFilterProxyModel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(2, {}, &error), qPrintable(error));
    const QString space = m_fixture.space(QStringLiteral("Budget review"), QStringLiteral("budget.review"));
    m_budget = m_fixture.startCall(0, space);
    m_budgetElsewhere = m_fixture.startCall(1, space);
    m_seoul = m_fixture.startCall(1, {}, QStringLiteral("서울 회의"));
    m_cairo = m_fixture.startCall(0, {}, QStringLiteral("اجتماع القاهرة"));
    m_elodie = m_fixture.join(0, m_budget, QStringLiteral("Élodie Dupré"), cmssim::EndpointKind::WebApp, QStringLiteral("elodie@corp.example"));
    m_fixture.join(1, m_budgetElsewhere, QStringLiteral("Room 10"));
    m_fixture.join(1, m_seoul, QStringLiteral("김민준"));
    m_fixture.join(0, m_cairo, QStringLiteral("أحمد"));
    m_fixture.join(0, m_cairo, QStringLiteral("فاطمة"));
    m_fixture.join(0, m_cairo, QStringLiteral("Room 9"));
    QTRY_COMPARE(m_fixture.live().participantCount(), 6);
    QTRY_VERIFY(m_fixture.detailsRead());

    m_participants = std::make_unique<ParticipantsModel>();
    m_participants->setSession(m_fixture.session);
    m_participantsProxy = std::make_unique<LiveFilterProxyModel>();
    m_participantsProxy->setSourceModel(m_participants.get());
    QCOMPARE(m_participantsProxy->rowCount(), 6);
}

void TestLiveFilterProxyModel::participantsFoundWithFolding_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QString elodie = QStringLiteral("Élodie Dupré");
    const QString minjun = QStringLiteral("김민준");
    const QString ahmed = QStringLiteral("أحمد");
    const QString fatima = QStringLiteral("فاطمة");
    QTest::newRow("empty") << QString()
                           << QStringList{QStringLiteral("Room 10"), QStringLiteral("Room 9"), ahmed, elodie, fatima, minjun};
    QTest::newRow("without accents") << QStringLiteral("elodie dupre") << QStringList{elodie};
    QTest::newRow("upper case with accent") << QStringLiteral("DUPRÉ") << QStringList{elodie};
    QTest::newRow("terms in any order") << QStringLiteral("dupre  elo") << QStringList{elodie};
    QTest::newRow("address") << QStringLiteral("room@example") << QStringList{QStringLiteral("Room 10"), QStringLiteral("Room 9")};
    QTest::newRow("user JID") << QStringLiteral("corp.example") << QStringList{elodie};
    QTest::newRow("meeting name") << QStringLiteral("budget") << QStringList{QStringLiteral("Room 10"), elodie};
    QTest::newRow("space URI") << QStringLiteral("budget.review") << QStringList{QStringLiteral("Room 10"), elodie};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
    QTest::newRow("terms must all match") << QStringLiteral("elodie room") << QStringList{};
    QTest::newRow("Korean") << QStringLiteral("민준") << QStringList{minjun};
    QTest::newRow("Korean decomposed") << QStringLiteral("민준").normalized(QString::NormalizationForm_D) << QStringList{minjun};
    // A syllable being typed: its trailing jamo are not searched yet.
    QTest::newRow("Korean being typed") << QStringLiteral("민ㅈ") << QStringList{minjun};
    QTest::newRow("Korean meeting") << QStringLiteral("서울") << QStringList{minjun};
    QTest::newRow("Arabic plain alef") << QStringLiteral("احمد") << QStringList{ahmed};
    QTest::newRow("Arabic with harakat") << QStringLiteral("أَحْمَد") << QStringList{ahmed};
    QTest::newRow("Arabic ta marbuta as ha") << QStringLiteral("فاطمه") << QStringList{fatima};
    QTest::newRow("Arabic meeting") << QStringLiteral("القاهره")
                                    << QStringList{QStringLiteral("Room 9"), ahmed, fatima};
}

void TestLiveFilterProxyModel::participantsFoundWithFolding()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QAbstractItemModelTester tester(m_participantsProxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(m_participantsProxy.get(), &QAbstractItemModel::modelReset);
    m_participantsProxy->setQuery(query);
    expected.sort();
    QCOMPARE(shownNames(*m_participantsProxy), expected);
    m_participantsProxy->setQuery({});
    QCOMPARE(m_participantsProxy->rowCount(), 6);
    QCOMPARE(reset.count(), 0);
}

void TestLiveFilterProxyModel::meetingsFoundByNameSpaceOrParticipant()
{
    CallsModel calls;
    calls.setSession(m_fixture.session);
    LiveFilterProxyModel proxy;
    proxy.setSourceModel(&calls);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setQuery(QStringLiteral("BUDGET"));
    QCOMPARE(shownNames(proxy), QStringList{QStringLiteral("Budget review")});
    // Its instances stay under it.
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    proxy.setQuery(QStringLiteral("budget.rev"));
    QCOMPARE(proxy.rowCount(), 1);
    // A person's name finds the meeting they are in.
    proxy.setQuery(QStringLiteral("elodie"));
    QCOMPARE(shownNames(proxy), QStringList{QStringLiteral("Budget review")});
    proxy.setQuery(QStringLiteral("Room"));
    QCOMPARE(shownNames(proxy), (QStringList{QStringLiteral("Budget review"), QStringLiteral("اجتماع القاهرة")}));
    proxy.setQuery(QStringLiteral("ㄱ"));   // a jamo only, still being typed: everything stays
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setQuery(QStringLiteral("회의"));
    QCOMPARE(shownNames(proxy), QStringList{QStringLiteral("서울 회의")});
    QCOMPARE(proxy.terms(), QStringList{QStringLiteral("회의")});
}

void TestLiveFilterProxyModel::liveChangesWhileSearching()
{
    CallsModel calls;
    calls.setSession(m_fixture.session);
    LiveFilterProxyModel callsProxy;
    callsProxy.setSourceModel(&calls);
    QAbstractItemModelTester callsTester(&callsProxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester participantsTester(m_participantsProxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy callsReset(&callsProxy, &QAbstractItemModel::modelReset);
    QSignalSpy participantsReset(m_participantsProxy.get(), &QAbstractItemModel::modelReset);
    callsProxy.setQuery(QStringLiteral("MARTIN"));
    m_participantsProxy->setQuery(QStringLiteral("martin"));
    QCOMPARE(callsProxy.rowCount(), 0);
    QCOMPARE(m_participantsProxy->rowCount(), 0);

    // Zoé Martin joins the Seoul meeting: she and her meeting appear.
    const QString zoe = m_fixture.join(1, m_seoul, QStringLiteral("Zoé Martin"));
    QTRY_COMPARE(m_participantsProxy->rowCount(), 1);
    QTRY_COMPARE(callsProxy.rowCount(), 1);
    QCOMPARE(callsProxy.index(0, 0).data().toString(), QStringLiteral("서울 회의"));
    // Someone else joining does not show.
    const QString other = m_fixture.join(1, m_seoul, QStringLiteral("Yann"));
    QTRY_VERIFY(m_fixture.live().participant(other));
    QCOMPARE(m_participantsProxy->rowCount(), 1);
    // Renamed: no longer found.
    m_fixture.change(zoe, QStringLiteral("name"), [](cmssim::LiveParticipant &p) { p.name = QStringLiteral("Zoé Dupont"); });
    QTRY_COMPARE(m_participantsProxy->rowCount(), 0);
    QTRY_COMPARE(callsProxy.rowCount(), 0);
    m_fixture.cluster->live().leave(zoe);
    m_fixture.cluster->live().leave(other);
    QTRY_COMPARE(m_fixture.live().participantCount(), 6);
    m_participantsProxy->setQuery({});
    QCOMPARE(callsReset.count(), 0);
    QCOMPARE(participantsReset.count(), 0);
}

void TestLiveFilterProxyModel::sortsWithTheLocaleCollation()
{
    m_participantsProxy->setCollatorLocale(QLocale(QLocale::English));   // the C locale has no numeric collation
    m_participantsProxy->setQuery(QStringLiteral("room"));
    m_participantsProxy->sort(int(ParticipantsModel::Column::Name), Qt::AscendingOrder);
    QCOMPARE(m_participantsProxy->index(0, 0).data().toString(), QStringLiteral("Room 9"));   // numeric: 9 before 10
    QCOMPARE(m_participantsProxy->index(1, 0).data().toString(), QStringLiteral("Room 10"));
    m_participantsProxy->sort(int(ParticipantsModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(m_participantsProxy->index(0, 0).data().toString(), QStringLiteral("Room 10"));
    // Booleans and durations sort on their raw values.
    m_participantsProxy->setQuery({});
    const QString skype = m_fixture.join(1, m_seoul, QStringLiteral("Sky Lync"), cmssim::EndpointKind::Lync);
    QTRY_COMPARE(m_participantsProxy->rowCount(), 7);
    m_participantsProxy->sort(int(ParticipantsModel::Column::CanMove), Qt::AscendingOrder);
    QCOMPARE(m_participantsProxy->index(0, 0).data().toString(), QStringLiteral("Sky Lync"));   // No before Yes
    m_fixture.cluster->live().leave(skype);
    QTRY_COMPARE(m_participantsProxy->rowCount(), 6);
    m_participantsProxy->sort(int(ParticipantsModel::Column::TimeInCall), Qt::DescendingOrder);
    const qint64 longest = m_participantsProxy->index(0, int(ParticipantsModel::Column::TimeInCall)).data(ParticipantsModel::RawValueRole).toLongLong();
    for (int row = 1; row < m_participantsProxy->rowCount(); ++row)
        QVERIFY(m_participantsProxy->index(row, int(ParticipantsModel::Column::TimeInCall)).data(ParticipantsModel::RawValueRole).toLongLong() <= longest);
    m_participantsProxy->sort(-1);
}

QTEST_MAIN(TestLiveFilterProxyModel)
#include "tst_livefilterproxymodel.moc"
