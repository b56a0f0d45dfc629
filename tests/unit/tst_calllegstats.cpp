// One call leg's details read from the XML a server sends for GET /callLegs/<id>: the media of each
// direction under status, the round-trip time with what the bridge sends, the alarms by name; what a
// server leaves out stays unknown, and what it adds is ignored.
#include "api/xmlcodec.h"
#include "live/calllegstats.h"

#include <QtTest>

using cms::CallLegStats;

namespace {

const QByteArray kLeg = R"(<?xml version="1.0"?>
<callLeg id="6d7c1a10-0a3f-4b7e-9d2c-1f0e2a3b4c5d">
  <name>Fatima</name>
  <remoteParty>fatima@video.example</remoteParty>
  <call>0d1f2e3a-0000-4000-8000-000000000001</call>
  <type>sip</type>
  <configuration><rxAudioMute>false</rxAudioMute></configuration>
  <status>
    <state>connected</state>
    <durationSeconds>87</durationSeconds>
    <rxAudio>
      <codec>aac</codec>
      <bitRate>32000</bitRate>
      <packetLossPercentage>9.4</packetLossPercentage>
      <jitter>72</jitter>
      <gainApplied>3</gainApplied>
    </rxAudio>
    <txAudio>
      <codec>aac</codec>
      <bitRate>32000</bitRate>
      <jitter>4</jitter>
      <roundTripTime>410</roundTripTime>
    </txAudio>
    <rxVideo>
      <codec>h264</codec>
      <width>1280</width>
      <bitRate>245000</bitRate>
      <packetLossPercentage>12.0</packetLossPercentage>
      <jitter>96.6</jitter>
    </rxVideo>
  </status>
  <alarms>
    <packetLoss><durationPercentage>40</durationPercentage></packetLoss>
    <excessiveJitter/>
    <highRoundTripTime/>
  </alarms>
</callLeg>
)";

} // namespace

class TestCallLegStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFigureOfEachDirection()
    {
        const auto parsed = cms::XmlCodec::parseObject(kLeg, QStringLiteral("callLeg"));
        QVERIFY(parsed.ok());
        const CallLegStats leg = CallLegStats::fromNode(parsed.value);
        QCOMPARE(leg.id, QStringLiteral("6d7c1a10-0a3f-4b7e-9d2c-1f0e2a3b4c5d"));
        QCOMPARE(leg.name, QStringLiteral("Fatima"));
        QCOMPARE(leg.remoteParty, QStringLiteral("fatima@video.example"));
        QCOMPARE(leg.type, QStringLiteral("sip"));
        QCOMPARE(leg.state, QStringLiteral("connected"));

        const CallLegStats::Media &rxAudio = leg.at(CallLegStats::AudioReceived);
        QVERIFY(rxAudio.reported);
        QCOMPARE(rxAudio.codec, QStringLiteral("aac"));
        QCOMPARE(rxAudio.bitRate, std::optional<qint64>(32000));
        QCOMPARE(rxAudio.packetLossPercent, std::optional<double>(9.4));
        QCOMPARE(rxAudio.jitterMs, std::optional<int>(72));
        QCOMPARE(rxAudio.roundTripTimeMs, std::nullopt);

        // Left out by the server: unknown, not zero.
        const CallLegStats::Media &txAudio = leg.at(CallLegStats::AudioSent);
        QCOMPARE(txAudio.packetLossPercent, std::nullopt);
        QCOMPARE(txAudio.roundTripTimeMs, std::optional<int>(410));

        const CallLegStats::Media &rxVideo = leg.at(CallLegStats::VideoReceived);
        QCOMPARE(rxVideo.jitterMs, std::optional<int>(97));   // rounded to whole milliseconds
        QCOMPARE(rxVideo.packetLossPercent, std::optional<double>(12.0));

        // No video sent on this leg.
        const CallLegStats::Media &txVideo = leg.at(CallLegStats::VideoSent);
        QVERIFY(!txVideo.reported);
        QVERIFY(txVideo.codec.isEmpty());
        QCOMPARE(txVideo.bitRate, std::nullopt);

        QCOMPARE(leg.roundTripTimeMs(), std::optional<int>(410));
        QCOMPARE(leg.alarms, (QStringList{QStringLiteral("packetLoss"), QStringLiteral("excessiveJitter"),
                                          QStringLiteral("highRoundTripTime")}));
        QVERIFY(leg.hasAlarm(u"excessiveJitter"));
        QVERIFY(!leg.hasAlarm(u"durationPercentage"));
    }

    void theLongerRoundTripOfTheSentDirections()
    {
        CallLegStats leg;
        QCOMPARE(leg.roundTripTimeMs(), std::nullopt);
        leg.media[CallLegStats::AudioSent].roundTripTimeMs = 120;
        leg.media[CallLegStats::VideoSent].roundTripTimeMs = 180;
        QCOMPARE(leg.roundTripTimeMs(), std::optional<int>(180));
    }

    void aBareLegAndFiguresThatAreNotNumbers()
    {
        const auto parsed = cms::XmlCodec::parseObject(
            R"(<callLeg id="x"><status><rxVideo><bitRate>fast</bitRate><jitter/></rxVideo></status><alarms/></callLeg>)");
        QVERIFY(parsed.ok());
        const CallLegStats leg = CallLegStats::fromNode(parsed.value);
        QCOMPARE(leg.id, QStringLiteral("x"));
        QVERIFY(leg.at(CallLegStats::VideoReceived).reported);
        QCOMPARE(leg.at(CallLegStats::VideoReceived).bitRate, std::nullopt);
        QCOMPARE(leg.at(CallLegStats::VideoReceived).jitterMs, std::nullopt);
        QVERIFY(!leg.at(CallLegStats::AudioReceived).reported);
        QVERIFY(leg.alarms.isEmpty());
        QCOMPARE(CallLegStats::fromNode({}), CallLegStats{});
    }

    void elementNames()
    {
        QCOMPARE(CallLegStats::elementName(CallLegStats::AudioReceived), QStringLiteral("rxAudio"));
        QCOMPARE(CallLegStats::elementName(CallLegStats::AudioSent), QStringLiteral("txAudio"));
        QCOMPARE(CallLegStats::elementName(CallLegStats::VideoReceived), QStringLiteral("rxVideo"));
        QCOMPARE(CallLegStats::elementName(CallLegStats::VideoSent), QStringLiteral("txVideo"));
    }
};

QTEST_GUILESS_MAIN(TestCallLegStats)
#include "tst_calllegstats.moc"
