// The call leg details of one participant read from the simulator over HTTPS (CallLegDetailsReader):
// the legs are found on the call bridge that hosts the participant, every media figure and alarm is
// parsed as the simulator sent it, a refresh picks up a change made in the simulator, and a failed read
// says why while the last figures stay.
#include "api/cmserror.h"
#include "live/calllegdetailsreader.h"
#include "live/calllegstats.h"
#include "liveengine.h"
#include "livestate.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"

#include <QSignalSpy>
#include <QtTest>

using cms::CallLegDetailsReader;
using cms::CallLegStats;
using cms::CmsError;

namespace {

cmssim::JoinSpec caller(const QString &name, bool poorMedia)
{
    cmssim::JoinSpec spec;
    spec.name = name;
    spec.remoteParty = name.toLower() + QStringLiteral("@video.example");
    spec.poorMedia = poorMedia;
    return spec;
}

// The simulator writes packet loss with one decimal.
double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace

class TestCallLegDetailsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void init()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            m_cluster->bridge(i).faults() = {};
            m_cluster->bridge(i).live().removeAll();
        }
        m_connection = std::make_unique<cms::Connection>(pinnedEndpoints(*m_cluster));
        // A meeting hosted on bridge 0; the caller on a bad network is placed on bridge 1, which then
        // carries a distributed instance of the call and the caller's only leg.
        auto started = m_cluster->live().startCall(m_cluster->bridge(0), {}, QStringLiteral("Budget review"));
        QVERIFY(std::holds_alternative<QString>(started));
        m_callId = std::get<QString>(started);
        m_local = m_cluster->live().join(m_cluster->bridge(0), m_callId, caller(QStringLiteral("Amal"), false));
        m_poor = m_cluster->live().joinOn(m_cluster->bridge(1), m_cluster->bridge(0), m_callId,
                                          caller(QStringLiteral("Fatima"), true));
        QVERIFY(!m_local.isEmpty());
        QVERIFY(!m_poor.isEmpty());
        QVERIFY(simParticipant(m_poor));
        QCOMPARE(m_cluster->live().find(m_poor).bridge, &m_cluster->bridge(1));
    }

    void cleanup()
    {
        m_connection.reset();
    }

    void legsAreFoundOnTheHostingBridgeWithEveryFigure()
    {
        CallLegDetailsReader reader(*m_connection);
        QSignalSpy read(&reader, &CallLegDetailsReader::legsRead);
        reader.start(1, m_poor);
        QVERIFY(reader.isRunning());
        QVERIFY(reader.isReading());
        QVERIFY(read.wait(10000));
        QVERIFY(!reader.isReading());
        QVERIFY(reader.lastUpdate().isValid());
        QVERIFY(reader.lastError().isOk());

        const QList<CallLegStats> legs = read.takeFirst().at(0).value<QList<CallLegStats>>();
        QCOMPARE(legs, reader.legs());
        QCOMPARE(legs.size(), 1);
        const CallLegStats &leg = legs.first();
        const cmssim::LiveParticipant &p = *simParticipant(m_poor);
        QCOMPARE(leg.id, p.legId);
        QCOMPARE(leg.name, QStringLiteral("Fatima"));
        QCOMPARE(leg.remoteParty, QStringLiteral("fatima@video.example"));
        QCOMPARE(leg.type, QStringLiteral("sip"));
        QCOMPARE(leg.state, QStringLiteral("connected"));
        const cmssim::MediaStats *sent[] = {&p.rxAudio, &p.txAudio, &p.rxVideo, &p.txVideo};
        for (int d = 0; d < CallLegStats::DirectionCount; ++d) {
            const auto direction = CallLegStats::Direction(d);
            const CallLegStats::Media &m = leg.at(direction);
            const cmssim::MediaStats &expected = *sent[d];
            const QByteArray what = CallLegStats::elementName(direction).toLatin1();
            QVERIFY2(m.reported, what);
            QCOMPARE(m.codec, expected.codec);
            QCOMPARE(m.bitRate, std::optional<qint64>(expected.bitRate));
            QCOMPARE(m.jitterMs, std::optional<int>(expected.jitter));
            QVERIFY2(m.packetLossPercent, what);
            QCOMPARE(*m.packetLossPercent, oneDecimal(expected.packetLossPercentage));
            // The round-trip time comes with what the bridge sends only.
            const bool sentByTheBridge = direction == CallLegStats::AudioSent || direction == CallLegStats::VideoSent;
            QCOMPARE(m.roundTripTimeMs, sentByTheBridge ? std::optional<int>(p.roundTripTime) : std::nullopt);
        }
        QCOMPARE(leg.roundTripTimeMs(), std::optional<int>(p.roundTripTime));
        // A bad network: heavy loss and jitter, a long round trip, and every alarm raised.
        QVERIFY(*leg.at(CallLegStats::VideoReceived).packetLossPercent >= 8.0);
        QVERIFY(*leg.roundTripTimeMs() >= 300);
        QCOMPARE(leg.alarms, p.alarms);
        for (const char *alarm : {"packetLoss", "excessiveJitter", "highRoundTripTime"})
            QVERIFY2(leg.hasAlarm(QString::fromLatin1(alarm)), alarm);

        // Another bridge does not carry the participant's legs: asked there, it has none.
        CallLegDetailsReader elsewhere(*m_connection);
        QSignalSpy readElsewhere(&elsewhere, &CallLegDetailsReader::legsRead);
        elsewhere.start(0, m_poor);
        QVERIFY(readElsewhere.wait(10000));
        QVERIFY(elsewhere.legs().isEmpty());
    }

    void aRefreshPicksUpAChangeInTheSimulator()
    {
        CallLegDetailsReader reader(*m_connection);
        QCOMPARE(reader.intervalMs(), 2000);
        reader.setIntervalMs(100);
        QSignalSpy read(&reader, &CallLegDetailsReader::legsRead);
        reader.start(0, m_local);
        QVERIFY(read.wait(10000));
        QCOMPARE(reader.legs().size(), 1);

        // The network of this caller degrades: the simulator reports it from now on.
        cmssim::LiveParticipant &p = *simParticipant(m_local);
        p.rxVideo.packetLossPercentage = 9.5;
        p.rxVideo.jitter = 140;
        p.roundTripTime = 450;
        p.alarms = {QStringLiteral("packetLoss"), QStringLiteral("highRoundTripTime")};
        QTRY_VERIFY_WITH_TIMEOUT(reader.legs().first().at(CallLegStats::VideoReceived).packetLossPercent == 9.5, 5000);
        const CallLegStats &leg = reader.legs().first();
        QCOMPARE(leg.at(CallLegStats::VideoReceived).jitterMs, std::optional<int>(140));
        QCOMPARE(leg.roundTripTimeMs(), std::optional<int>(450));
        QCOMPARE(leg.alarms, (QStringList{QStringLiteral("packetLoss"), QStringLiteral("highRoundTripTime")}));
        QVERIFY(reader.isRunning());
    }

    void aFailedReadKeepsTheLastFiguresAndRecovers()
    {
        CallLegDetailsReader reader(*m_connection);
        reader.setIntervalMs(100);
        QSignalSpy read(&reader, &CallLegDetailsReader::legsRead);
        QSignalSpy failed(&reader, &CallLegDetailsReader::failed);
        reader.start(1, m_poor);
        QVERIFY(read.wait(10000));
        const QList<CallLegStats> good = reader.legs();
        const QDateTime goodTime = reader.lastUpdate();
        QCOMPARE(good.size(), 1);

        // The bridge answers 500 to everything, and the caller's figures change meanwhile.
        m_cluster->bridge(1).faults().errorRate = 1.0;
        simParticipant(m_poor)->rxAudio.codec = QStringLiteral("opus");
        QVERIFY(failed.wait(10000));
        const CmsError error = failed.takeFirst().at(0).value<CmsError>();
        QCOMPARE(error.kind, CmsError::Kind::HttpStatus);
        QCOMPARE(error.status, 500);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(reader.lastError().kind, CmsError::Kind::HttpStatus);
        QCOMPARE(reader.legs(), good);
        QCOMPARE(reader.lastUpdate(), goodTime);
        // It keeps trying at the usual pace, and fails again while the bridge refuses.
        QVERIFY(reader.isRunning());
        QVERIFY(failed.wait(10000));
        QCOMPARE(reader.legs(), good);

        // The bridge answers again: the next read brings the new figures.
        m_cluster->bridge(1).faults().errorRate = 0;
        read.clear();
        QVERIFY(read.wait(10000));
        QVERIFY(reader.lastError().isOk());
        QCOMPARE(reader.legs().first().at(CallLegStats::AudioReceived).codec, QStringLiteral("opus"));
        QVERIFY(reader.lastUpdate() > goodTime);
    }

    void aParticipantWhoLeftHasNoLegs()
    {
        CallLegDetailsReader reader(*m_connection);
        reader.setIntervalMs(100);
        QSignalSpy read(&reader, &CallLegDetailsReader::legsRead);
        reader.start(1, m_poor);
        QVERIFY(read.wait(10000));
        QCOMPARE(reader.legs().size(), 1);
        m_cluster->live().leave(m_poor);
        QTRY_VERIFY_WITH_TIMEOUT(reader.legs().isEmpty(), 5000);
        QVERIFY(reader.lastError().isOk());
    }

    void stopCancelsAndNothingMoreIsRead()
    {
        CallLegDetailsReader reader(*m_connection);
        reader.setIntervalMs(50);
        QSignalSpy started(&reader, &CallLegDetailsReader::readStarted);
        QSignalSpy read(&reader, &CallLegDetailsReader::legsRead);
        QSignalSpy failed(&reader, &CallLegDetailsReader::failed);
        reader.start(1, m_poor);
        QCOMPARE(started.size(), 1);
        reader.stop();
        QVERIFY(!reader.isRunning());
        QVERIFY(!reader.isReading());
        // Ten intervals later: the cancelled read said nothing and no other read started.
        QVERIFY(!read.wait(500));
        QCOMPARE(started.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(reader.legs().isEmpty());

        // Started again on the same participant, then on another one: the other's figures only.
        reader.start(1, m_poor);
        QVERIFY(read.wait(10000));
        QCOMPARE(reader.legs().first().id, simParticipant(m_poor)->legId);
        reader.start(0, m_local);
        QVERIFY(reader.legs().isEmpty());
        QVERIFY(read.wait(10000));
        QCOMPARE(reader.legs().first().id, simParticipant(m_local)->legId);
    }

    void aClosedConnectionEndsTheRefreshing()
    {
        CallLegDetailsReader reader(*m_connection);
        reader.setIntervalMs(50);
        QSignalSpy read(&reader, &CallLegDetailsReader::legsRead);
        QSignalSpy failed(&reader, &CallLegDetailsReader::failed);
        reader.start(1, m_poor);
        QVERIFY(read.wait(10000));
        m_connection->close();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<CmsError>().kind, CmsError::Kind::Cancelled);
        QVERIFY(!reader.isRunning());
        QCOMPARE(reader.legs().size(), 1);   // what was read stays
        // And the connection gone: the reader, started again, says so without touching it.
        m_connection.reset();
        failed.clear();
        reader.start(1, m_poor);
        QVERIFY(!reader.isRunning());
        QCOMPARE(failed.size(), 0);   // said at the next turn of the event loop, not inside start()
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<CmsError>().kind, CmsError::Kind::Cancelled);
    }

private:
    cmssim::LiveParticipant *simParticipant(const QString &id) const
    {
        return m_cluster->live().find(id).participant;
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::Connection> m_connection;
    QString m_callId;
    QString m_local;   // a caller on bridge 0 with good media
    QString m_poor;    // a caller on bridge 1 on a bad network
};

QTEST_GUILESS_MAIN(TestCallLegDetailsReader)
#include "tst_calllegdetailsreader.moc"
