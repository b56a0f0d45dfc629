// The call leg details tree under QAbstractItemModelTester through a series of refreshes: legs
// inserted, their figures changed (only the rows that changed say so), legs ended and removed, and
// never a reset; the figures said in the locale; figures past their limits and alarms marked as
// warnings, with words for screen readers and the API's names in the tool tip.
#include "live/calllegdetailsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QtTest>

using cms::CallLegStats;
using models::CallLegDetailsModel;
using Column = models::CallLegDetailsModel::Column;

namespace {

CallLegStats::Media media(const QString &codec, qint64 bitRate, int jitter, double loss, std::optional<int> rtt = {})
{
    CallLegStats::Media m;
    m.reported = true;
    m.codec = codec;
    m.bitRate = bitRate;
    m.jitterMs = jitter;
    m.packetLossPercent = loss;
    m.roundTripTimeMs = rtt;
    return m;
}

CallLegStats leg(const QString &id, const QString &remoteParty, int rtt = 40)
{
    CallLegStats s;
    s.id = id;
    s.name = remoteParty.section(QLatin1Char('@'), 0, 0);
    s.remoteParty = remoteParty;
    s.type = QStringLiteral("sip");
    s.state = QStringLiteral("connected");
    s.media[CallLegStats::AudioReceived] = media(QStringLiteral("aac"), 64000, 4, 0.2);
    s.media[CallLegStats::AudioSent] = media(QStringLiteral("aac"), 64000, 3, 0.0, rtt);
    s.media[CallLegStats::VideoReceived] = media(QStringLiteral("h264"), 1523400, 12, 0.5);
    s.media[CallLegStats::VideoSent] = media(QStringLiteral("h264"), 2000000, 9, 0.1, rtt);
    return s;
}

QString text(const QModelIndex &index, Column column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(int(column)).data(role).toString();
}

bool warned(const QModelIndex &index, Column column)
{
    return index.siblingAtColumn(int(column)).data(CallLegDetailsModel::WarningRole).toBool();
}

} // namespace

class TestCallLegDetailsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanupTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void headers()
    {
        CallLegDetailsModel model;
        QCOMPARE(model.columnCount(), int(Column::Count));
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(model.headerData(int(Column::PacketLoss), Qt::Horizontal).toString(), QStringLiteral("Packet loss"));
        // Figures line up at the end of their cells, whichever way the language writes.
        QCOMPARE(model.headerData(int(Column::BitRate), Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignTrailing | Qt::AlignVCenter));
        QVERIFY(!model.headerData(int(Column::Codec), Qt::Horizontal, Qt::TextAlignmentRole).isValid());
    }

    void refreshesAreIncrementalAndNeverAReset()
    {
        CallLegDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // First read: one leg, its four directions under it.
        CallLegStats amal = leg(QStringLiteral("leg-a"), QStringLiteral("amal@video.example"));
        model.setLegs({amal});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex legA = model.indexOfLeg(QStringLiteral("leg-a"));
        QCOMPARE(model.rowCount(legA), int(CallLegStats::DirectionCount));
        QCOMPARE(model.rowCount(model.index(0, 1, legA)), 0);
        QCOMPARE(text(model.index(CallLegStats::VideoReceived, 0, legA), Column::Name), QStringLiteral("Video received"));
        QPersistentModelIndex videoA = model.indexOfMedia(QStringLiteral("leg-a"), CallLegStats::VideoReceived,
                                                          int(Column::PacketLoss));
        QCOMPARE(videoA.parent(), legA);

        // The same figures again: nothing to say.
        model.setLegs({amal});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 1);

        // The received video degrades: that row changes, and nothing else.
        amal.media[CallLegStats::VideoReceived].packetLossPercent = 7.5;
        model.setLegs({amal});
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.parent(), legA);
        QCOMPARE(topLeft.row(), int(CallLegStats::VideoReceived));
        QCOMPARE(bottomRight.row(), int(CallLegStats::VideoReceived));
        QCOMPARE(videoA.data().toString(), QStringLiteral("7.5 %"));

        // An alarm is raised: the leg's own row changes.
        changed.clear();
        amal.alarms = {QStringLiteral("packetLoss")};
        model.setLegs({amal});
        QCOMPARE(changed.size(), 1);
        QVERIFY(!changed.first().at(0).value<QModelIndex>().parent().isValid());
        QCOMPARE(text(legA, Column::Alarms), QStringLiteral("Packet loss"));

        // A second leg appears after the first; the first stays where it was.
        const CallLegStats second = leg(QStringLiteral("leg-b"), QStringLiteral("amal.phone@video.example"));
        model.setLegs({second, amal});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOfLeg(QStringLiteral("leg-a")).row(), 0);
        QPersistentModelIndex videoB = model.indexOfMedia(QStringLiteral("leg-b"), CallLegStats::VideoSent);
        QVERIFY(videoB.isValid());

        // The first leg ends: its rows go, the second's media rows keep their parent.
        model.setLegs({second});
        QCOMPARE(removed.size(), 1);
        QVERIFY(!videoA.isValid());
        QVERIFY(videoB.isValid());
        QCOMPARE(videoB.parent().row(), 0);
        QCOMPARE(videoB.parent().data(CallLegDetailsModel::LegIdRole).toString(), QStringLiteral("leg-b"));
        QCOMPARE(videoB.data(CallLegDetailsModel::DirectionRole).toInt(), int(CallLegStats::VideoSent));

        // Three legs at once, one of them ended: removed and inserted, in one refresh.
        model.setLegs({second, leg(QStringLiteral("leg-c"), QStringLiteral("c@video.example")),
                       leg(QStringLiteral("leg-d"), QStringLiteral("d@video.example"))});
        QCOMPARE(model.rowCount(), 3);
        model.setLegs({leg(QStringLiteral("leg-d"), QStringLiteral("d@video.example"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.legs().first().id, QStringLiteral("leg-d"));
        QVERIFY(!videoB.isValid());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void figuresInTheLocale()
    {
        CallLegDetailsModel model;
        model.setLegs({leg(QStringLiteral("leg-a"), QStringLiteral("amal@video.example"))});
        const QModelIndex legA = model.indexOfLeg(QStringLiteral("leg-a"));
        const QModelIndex video = model.index(CallLegStats::VideoReceived, 0, legA);
        QCOMPARE(text(video, Column::Codec), QStringLiteral("h264"));
        QCOMPARE(text(video, Column::BitRate), QStringLiteral("1,523 kbit/s"));
        QCOMPARE(video.siblingAtColumn(int(Column::BitRate)).data(CallLegDetailsModel::RawValueRole).toLongLong(), 1523400);
        QCOMPARE(text(video, Column::Jitter), QStringLiteral("12 ms"));
        QCOMPARE(text(video, Column::PacketLoss), QStringLiteral("0.5 %"));
        // The round-trip time: the leg's, and that of each direction the bridge sends.
        QCOMPARE(text(video, Column::RoundTripTime), QString());
        QCOMPARE(text(model.index(CallLegStats::AudioSent, 0, legA), Column::RoundTripTime), QStringLiteral("40 ms"));
        QCOMPARE(text(legA, Column::RoundTripTime), QStringLiteral("40 ms"));
        QCOMPARE(text(legA, Column::Name), QStringLiteral("\u2068amal@video.example\u2069 (SIP)"));
        QVERIFY(text(legA, Column::Name, Qt::ToolTipRole).contains(QStringLiteral("leg-a")));

        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        model.retranslate();
        QCOMPARE(text(video, Column::PacketLoss), QStringLiteral("0,5 %"));
        QCOMPARE(text(video, Column::BitRate), QLocale().toString(1523) + QStringLiteral(" kbit/s"));
        QVERIFY(text(video, Column::BitRate) != QStringLiteral("1,523 kbit/s"));

        // A direction the server does not report (a leg without video sent) shows nothing but its name.
        CallLegStats audioOnly = leg(QStringLiteral("leg-a"), QStringLiteral("amal@video.example"));
        audioOnly.media[CallLegStats::VideoSent] = {};
        model.setLegs({audioOnly});
        const QModelIndex none = model.index(CallLegStats::VideoSent, 0, legA);
        QCOMPARE(text(none, Column::Codec), QString());
        QCOMPARE(text(none, Column::BitRate), QString());
        QVERIFY(!text(none, Column::Name, Qt::AccessibleTextRole).isEmpty());
        QVERIFY(text(none, Column::Name, Qt::AccessibleTextRole) != text(none, Column::Name));
    }

    void warningsPastTheLimitsAndOnAlarms_data()
    {
        QTest::addColumn<double>("loss");
        QTest::addColumn<int>("jitter");
        QTest::addColumn<int>("rtt");
        QTest::addColumn<bool>("lossWarned");
        QTest::addColumn<bool>("jitterWarned");
        QTest::addColumn<bool>("rttWarned");
        QTest::newRow("at the limits") << 2.0 << 30 << 300 << false << false << false;
        QTest::newRow("just past them") << 2.1 << 31 << 301 << true << true << true;
        QTest::newRow("a bad network") << 12.4 << 95 << 480 << true << true << true;
    }

    void warningsPastTheLimitsAndOnAlarms()
    {
        QFETCH(double, loss);
        QFETCH(int, jitter);
        QFETCH(int, rtt);
        QFETCH(bool, lossWarned);
        QFETCH(bool, jitterWarned);
        QFETCH(bool, rttWarned);
        CallLegDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CallLegStats s = leg(QStringLiteral("leg-a"), QStringLiteral("amal@video.example"), rtt);
        s.media[CallLegStats::VideoReceived].packetLossPercent = loss;
        s.media[CallLegStats::VideoReceived].jitterMs = jitter;
        model.setLegs({s});
        const QModelIndex legA = model.indexOfLeg(QStringLiteral("leg-a"));
        const QModelIndex video = model.index(CallLegStats::VideoReceived, 0, legA);
        const QModelIndex audio = model.index(CallLegStats::AudioReceived, 0, legA);
        const QModelIndex sent = model.index(CallLegStats::VideoSent, 0, legA);

        QCOMPARE(warned(video, Column::PacketLoss), lossWarned);
        QCOMPARE(warned(video, Column::Jitter), jitterWarned);
        QCOMPARE(warned(sent, Column::RoundTripTime), rttWarned);
        QCOMPARE(warned(legA, Column::RoundTripTime), rttWarned);
        QVERIFY(!warned(audio, Column::PacketLoss));
        QVERIFY(!warned(audio, Column::Jitter));
        QVERIFY(!warned(legA, Column::Alarms));
        for (const auto &[index, column, isWarned] : {std::tuple{video, Column::PacketLoss, lossWarned},
                                                      std::tuple{video, Column::Jitter, jitterWarned},
                                                      std::tuple{legA, Column::RoundTripTime, rttWarned}}) {
            const QModelIndex cell = index.siblingAtColumn(int(column));
            // Drawn in the warning colour, and said so to a screen reader and in the tool tip.
            QCOMPARE(cell.data(Qt::ForegroundRole).isValid(), isWarned);
            const QString spoken = cell.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(spoken.contains(cell.data().toString()), qPrintable(spoken));
            QCOMPARE(spoken.startsWith(QStringLiteral("Warning: ")), isWarned);
            QCOMPARE(cell.data(Qt::ToolTipRole).toString().isEmpty(), !isWarned);
        }
    }

    void alarmsInWordsWithTheirApiNames()
    {
        CallLegDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CallLegStats s = leg(QStringLiteral("leg-a"), QStringLiteral("amal@video.example"), 120);
        s.alarms = {QStringLiteral("packetLoss"), QStringLiteral("highRoundTripTime"), QStringLiteral("someNewAlarm")};
        model.setLegs({s});
        const QModelIndex legA = model.indexOfLeg(QStringLiteral("leg-a"));
        QCOMPARE(text(legA, Column::Alarms), QStringLiteral("Packet loss, Long round-trip time, and someNewAlarm"));
        QVERIFY(warned(legA, Column::Alarms));
        const QString tip = text(legA, Column::Alarms, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("packetLoss, highRoundTripTime, someNewAlarm")), qPrintable(tip));
        QVERIFY(text(legA, Column::Alarms, Qt::AccessibleTextRole).startsWith(QStringLiteral("Warning: Packet loss")));
        QCOMPARE(legA.siblingAtColumn(int(Column::Alarms)).data(CallLegDetailsModel::RawValueRole).toStringList(), s.alarms);
        // The round-trip time is short, but the bridge raises its alarm: the leg's figure is marked.
        QVERIFY(warned(legA, Column::RoundTripTime));
        QVERIFY(!warned(model.index(CallLegStats::AudioSent, 0, legA), Column::RoundTripTime));
        QVERIFY(text(legA, Column::RoundTripTime, Qt::ToolTipRole).contains(QStringLiteral("alarm")));
        // The alarms name the leg, not a direction: the media rows are marked by their own figures.
        QVERIFY(!warned(model.index(CallLegStats::AudioReceived, 0, legA), Column::PacketLoss));

        QCOMPARE(CallLegDetailsModel::alarmText(QStringLiteral("excessiveJitter")), QStringLiteral("Excessive jitter"));
    }
};

QTEST_MAIN(TestCallLegDetailsModel)
#include "tst_calllegdetailsmodel.moc"
