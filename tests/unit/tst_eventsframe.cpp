// EventsFrame: what the events client reads from each frame a call bridge sends on the events WebSocket.
#include "live/eventsframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using cms::EventsFrame;

class TestEventsFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callListUpdate();
    void rosterUpdate();
    void callInfoUpdate();
    void otherMessageIsAcknowledgedOnly();
    void notAMessage_data();
    void notAMessage();
    void acknowledgementEchoesTheId();
    void malformedPartsReadAsEmpty();
};

void TestEventsFrame::callListUpdate()
{
    const EventsFrame f = EventsFrame::parse(QStringLiteral(
        R"({"type":"message","message":{"messageId":7,"type":"callListUpdate","subscriptionIndex":3,)"
        R"("updates":[{"call":"c1","updateType":"add","name":"Weekly","participants":2},)"
        R"({"call":"c2","updateType":"remove"}]}})"));
    QCOMPARE(f.kind, EventsFrame::Kind::CallList);
    QCOMPARE(f.subscriptionIndex, 3);
    QCOMPARE(f.messageId.toInt(), 7);
    QCOMPARE(f.updates.size(), 2);
    QCOMPARE(f.updates.at(0).id, QStringLiteral("c1"));
    QVERIFY(!f.updates.at(0).removed);
    // The id and the update type are taken out; the rest is the call's fields.
    QCOMPARE(f.updates.at(0).fields, (QJsonObject{{QStringLiteral("name"), QStringLiteral("Weekly")},
                                                  {QStringLiteral("participants"), 2}}));
    QCOMPARE(f.updates.at(1).id, QStringLiteral("c2"));
    QVERIFY(f.updates.at(1).removed);
    QVERIFY(f.updates.at(1).fields.isEmpty());
}

void TestEventsFrame::rosterUpdate()
{
    const EventsFrame f = EventsFrame::parse(QStringLiteral(
        R"({"type":"message","message":{"messageId":8,"type":"rosterUpdate","subscriptionIndex":4,)"
        R"("updates":[{"participant":"p1","updateType":"update","call":"c1","audioMuted":true}]}})"));
    QCOMPARE(f.kind, EventsFrame::Kind::Roster);
    QCOMPARE(f.updates.size(), 1);
    QCOMPARE(f.updates.at(0).id, QStringLiteral("p1"));
    // Only the participant's own key is taken out: a "call" in a roster entry stays a field.
    QCOMPARE(f.updates.at(0).fields, (QJsonObject{{QStringLiteral("call"), QStringLiteral("c1")},
                                                  {QStringLiteral("audioMuted"), true}}));
}

void TestEventsFrame::callInfoUpdate()
{
    const EventsFrame f = EventsFrame::parse(QStringLiteral(
        R"({"type":"message","message":{"messageId":9,"type":"callInfoUpdate","subscriptionIndex":5,)"
        R"("callInfo":{"call":"c1","name":"Weekly","recording":false}}})"));
    QCOMPARE(f.kind, EventsFrame::Kind::CallInfo);
    QCOMPARE(f.callInfo, (QJsonObject{{QStringLiteral("name"), QStringLiteral("Weekly")},
                                      {QStringLiteral("recording"), false}}));
    QVERIFY(f.updates.isEmpty());
}

void TestEventsFrame::otherMessageIsAcknowledgedOnly()
{
    const EventsFrame f = EventsFrame::parse(QStringLiteral(
        R"({"type":"message","message":{"messageId":10,"type":"subscriptionUpdate","subscriptions":[]}})"));
    QCOMPARE(f.kind, EventsFrame::Kind::Other);
    QCOMPARE(f.subscriptionIndex, -1);
    QVERIFY(f.updates.isEmpty());
}

void TestEventsFrame::notAMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ack of our request") << QStringLiteral(R"({"type":"messageAck","messageAck":{"messageId":1,"status":"success"}})");
    QTest::newRow("empty") << QString();
    QTest::newRow("not JSON") << QStringLiteral("<html>502</html>");
    QTest::newRow("an array") << QStringLiteral(R"([{"type":"message"}])");
    QTest::newRow("type not a string") << QStringLiteral(R"({"type":1,"message":{}})");
    QTest::newRow("truncated") << QStringLiteral(R"({"type":"message","message":{"messageId":1,)");
}

void TestEventsFrame::notAMessage()
{
    QFETCH(QString, text);
    QCOMPARE(EventsFrame::parse(text).kind, EventsFrame::Kind::NotMessage);
}

void TestEventsFrame::acknowledgementEchoesTheId()
{
    const auto ackOf = [](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(EventsFrame::parse(text).acknowledgement().toUtf8()).object();
        return frame.value(QStringLiteral("type")).toString() == QLatin1String("messageAck")
            ? frame.value(QStringLiteral("messageAck")).toObject()
            : QJsonObject();
    };
    const QJsonObject numbered = ackOf(QStringLiteral(R"({"type":"message","message":{"messageId":42,"type":"x"}})"));
    QCOMPARE(numbered.value(QStringLiteral("messageId")).toInt(), 42);
    QCOMPARE(numbered.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    // Whatever the server used as an id comes back as it was; a missing one stays missing.
    const QJsonObject texted = ackOf(QStringLiteral(R"({"type":"message","message":{"messageId":"m-1"}})"));
    QCOMPARE(texted.value(QStringLiteral("messageId")).toString(), QStringLiteral("m-1"));
    const QJsonObject none = ackOf(QStringLiteral(R"({"type":"message","message":{"type":"x"}})"));
    QVERIFY(!none.contains(QStringLiteral("messageId")));
}

void TestEventsFrame::malformedPartsReadAsEmpty()
{
    // Wrong JSON types where objects and arrays belong: nothing is invented, nothing throws.
    const EventsFrame f = EventsFrame::parse(QStringLiteral(
        R"({"type":"message","message":{"type":"callListUpdate","subscriptionIndex":2.5,)"
        R"("updates":[1,"x",null,{"call":5,"updateType":["remove"]}]}})"));
    QCOMPARE(f.kind, EventsFrame::Kind::CallList);
    QCOMPARE(f.subscriptionIndex, -1);
    QCOMPARE(f.updates.size(), 4);
    for (const EventsFrame::Update &u : f.updates) {
        QVERIFY(u.id.isEmpty());
        QVERIFY(!u.removed);
        QVERIFY(u.fields.isEmpty());
    }
    const EventsFrame notArray = EventsFrame::parse(QStringLiteral(
        R"({"type":"message","message":{"type":"rosterUpdate","subscriptionIndex":1,"updates":{"participant":"p"}}})"));
    QCOMPARE(notArray.kind, EventsFrame::Kind::Roster);
    QVERIFY(notArray.updates.isEmpty());
}

QTEST_GUILESS_MAIN(TestEventsFrame)
#include "tst_eventsframe.moc"
