// Conformance of the simulator's events WebSocket (cms-api.md section 6): tokens, acknowledgements
// both ways, the ack window, subscriptions and their first-full-then-incremental updates.
#include "eventshub.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QtTest>

using namespace cmssim;

namespace {

using Form = QMap<QString, QString>;

const QString kType = QStringLiteral("type");
const QString kMessageId = QStringLiteral("messageId");
const QString kUpdates = QStringLiteral("updates");
const QString kUpdateType = QStringLiteral("updateType");
const QString kSubscriptionIndex = QStringLiteral("subscriptionIndex");
const QString kCallListUpdate = QStringLiteral("callListUpdate");
const QString kRosterUpdate = QStringLiteral("rosterUpdate");
const QString kCallInfoUpdate = QStringLiteral("callInfoUpdate");
const QString kSubscriptionUpdate = QStringLiteral("subscriptionUpdate");

QString idOf(const HttpResult &r, const char *what)
{
    if (r.status != 200 || r.createdId().isEmpty()) {
        qWarning("%s failed: HTTP %d %s", what, r.status, r.body.constData());
        return {};
    }
    return r.createdId();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// One client of a bridge's events WebSocket: records what the server sends, acknowledges every
// message unless told not to, and numbers its own messages.
class EventsClient : public QObject
{
public:
    explicit EventsClient(SimBridge &bridge, bool autoAck = true)
        : m_autoAck(autoAck)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({bridge.certificate().certificate});
        socket.setSslConfiguration(tls);
        m_port = bridge.port();
        connect(&socket, &QWebSocket::textMessageReceived, this, &EventsClient::onText);
        connect(&socket, &QWebSocket::disconnected, this, [this] { ++disconnects; });
    }

    void open(const QString &token)
    {
        QUrl url;
        url.setScheme(QStringLiteral("wss"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setPath(QStringLiteral("/events/v1"));
        url.setQuery(QStringLiteral("authToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        socket.open(url);
    }

    bool isConnected() const { return socket.state() == QAbstractSocket::ConnectedState; }

    qint64 sendMessage(QJsonObject message)
    {
        const qint64 id = m_nextId++;
        message.insert(kMessageId, id);
        sendFrame({{kType, QStringLiteral("message")}, {QStringLiteral("message"), message}});
        return id;
    }

    qint64 subscribe(const QJsonArray &subscriptions)
    {
        return sendMessage({{kType, QStringLiteral("subscribeRequest")}, {QStringLiteral("subscriptions"), subscriptions}});
    }

    // Sends a message the server does not know and returns its id. Acknowledgements are never held
    // back and frames keep their order, so once its ack is in, everything sent before it is too.
    qint64 probe() { return sendMessage({{kType, QStringLiteral("probe")}}); }
    bool acknowledged(qint64 messageId) const
    {
        for (const QJsonObject &a : acks) {
            if (a.value(kMessageId).toInteger() == messageId)
                return true;
        }
        return false;
    }

    // Acknowledge what came so far, and from now on everything as it comes.
    void startAcknowledging()
    {
        m_autoAck = true;
        for (const QJsonObject &m : std::as_const(messages)) {
            if (!m_acked.contains(m.value(kMessageId).toInteger()))
                ack(m.value(kMessageId).toInteger());
        }
    }

    void ack(qint64 messageId)
    {
        m_acked.insert(messageId);
        sendFrame({{kType, QStringLiteral("messageAck")},
                   {QStringLiteral("messageAck"), QJsonObject{{kMessageId, messageId}, {QStringLiteral("status"), QStringLiteral("success")}}}});
    }

    // Messages of `type` received at or after position `from`.
    QList<QJsonObject> messagesOf(const QString &type, qsizetype from = 0) const
    {
        QList<QJsonObject> out;
        for (qsizetype i = from; i < messages.size(); ++i) {
            if (messages.at(i).value(kType).toString() == type)
                out.append(messages.at(i));
        }
        return out;
    }

    // Every update of `type` messages for one subscription, in order, from position `from`.
    QList<QJsonObject> updatesOf(const QString &type, int subscription, qsizetype from = 0) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messagesOf(type, from)) {
            if (m.value(kSubscriptionIndex).toInt() != subscription)
                continue;
            for (const QJsonValue &u : m.value(kUpdates).toArray())
                out.append(u.toObject());
        }
        return out;
    }

    // The first update about object `id` (`key` is "call" or "participant") with the given type.
    QJsonObject findUpdate(const QString &type, int subscription, const QString &key, const QString &id,
                           const QString &updateType, qsizetype from = 0) const
    {
        for (const QJsonObject &u : updatesOf(type, subscription, from)) {
            if (u.value(key).toString() == id && u.value(kUpdateType).toString() == updateType)
                return u;
        }
        return {};
    }

    QWebSocket socket;
    QList<QJsonObject> messages;   // the "message" objects the server sent
    QList<QJsonObject> acks;       // the "messageAck" objects the server sent
    QList<QJsonObject> malformed;  // frames that are neither
    int disconnects = 0;

private:
    void sendFrame(const QJsonObject &frame)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }

    void onText(const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(kType).toString();
        if (type == QLatin1String("message")) {
            const QJsonObject message = frame.value(QStringLiteral("message")).toObject();
            messages.append(message);
            if (m_autoAck)
                ack(message.value(kMessageId).toInteger());
        } else if (type == QLatin1String("messageAck")) {
            acks.append(frame.value(QStringLiteral("messageAck")).toObject());
        } else {
            malformed.append(frame);
        }
    }

    bool m_autoAck;
    QSet<qint64> m_acked;
    quint16 m_port = 0;
    qint64 m_nextId = 1;
};

} // namespace

#define CREATED(var, expr)              \
    const QString var = (expr);         \
    QVERIFY2(!var.isEmpty(), #expr)

class TestSimEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
    }

    void cleanup()
    {
        m_clients.clear();
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            m_cluster->setFrozen(i, false);
            m_cluster->setDown(i, false);
            m_cluster->bridge(i).live().removeAll();
        }
    }

    void authTokensGivesAFreshTokenInTheHeader()
    {
        const HttpResult r = m_client->post(0, QStringLiteral("authTokens"), {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        const QByteArray token = r.header("X-Cisco-CMS-Auth-Token");
        QVERIFY(token.size() >= 16);
        const QByteArray second = m_client->post(0, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token");
        QVERIFY(!second.isEmpty());
        QVERIFY(second != token);
        // Only the API's users get tokens.
        const HttpResult anonymous = m_client->raw(0, "POST", QStringLiteral("/api/v1/authTokens"), {}, false);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.header("X-Cisco-CMS-Auth-Token").isEmpty());
    }

    void aGoodTokenOpensTheSocket()
    {
        EventsClient *client = connected(0);
        QVERIFY(client);
        QVERIFY(client->messages.isEmpty());   // nothing is sent before a subscription
        QCOMPARE(m_cluster->bridge(0).events().sessionCount(), 1);
        client->socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->bridge(0).events().sessionCount(), 0, 5000);
    }

    void aBadTokenGetsTheSocketClosed_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("unknown") << QStringLiteral("not-a-token");
        QTest::newRow("empty") << QString();
    }

    void aBadTokenGetsTheSocketClosed()
    {
        QFETCH(QString, token);
        EventsClient *client = newClient(0);
        client->open(token);
        QTRY_VERIFY_WITH_TIMEOUT(client->disconnects > 0, 5000);
        QVERIFY(!client->isConnected());
        QCOMPARE(client->socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(client->messages.isEmpty());
        QCOMPARE(m_cluster->bridge(0).events().sessionCount(), 0);
    }

    void aTokenOpensOneConnectionOnly()
    {
        const QString token = takeToken(0);
        QVERIFY(!token.isEmpty());
        EventsClient *first = newClient(0);
        first->open(token);
        QTRY_VERIFY_WITH_TIMEOUT(first->isConnected(), 5000);
        EventsClient *second = newClient(0);
        second->open(token);
        QTRY_VERIFY_WITH_TIMEOUT(second->disconnects > 0, 5000);
        // The first connection is not disturbed.
        QVERIFY(first->isConnected());
        QCOMPARE(first->disconnects, 0);
        first->subscribe({});
        QTRY_COMPARE_WITH_TIMEOUT(first->acks.size(), 1, 5000);
    }

    void aTokenOfAnotherBridgeIsRefused()
    {
        const QString token = takeToken(0);
        EventsClient *client = newClient(1);
        client->open(token);
        QTRY_VERIFY_WITH_TIMEOUT(client->disconnects > 0, 5000);
        QVERIFY(!client->isConnected());
    }

    void anExpiredTokenIsRefused()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.authTokenLifetimeSeconds = 1;
        auto cluster = startTestCluster(options);
        SimTestClient api(*cluster, kTestUser, kTestPassword);
        const QString token = QString::fromLatin1(api.post(0, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token"));
        QVERIFY(!token.isEmpty());
        QTest::qWait(1100);   // the token's lifetime is one second
        EventsClient client(cluster->bridge(0));
        client.open(token);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnects > 0, 5000);
        QVERIFY(!client.isConnected());
    }

    void noAuthTokensNorEventsBefore29()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.version = SimVersion::parse(QStringLiteral("2.8"));
        auto cluster = startTestCluster(options);
        SimTestClient api(*cluster, kTestUser, kTestPassword);
        const HttpResult r = api.post(0, QStringLiteral("authTokens"), {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.failureReason(), QStringLiteral("unrecognisedObject"));
        QVERIFY(r.header("X-Cisco-CMS-Auth-Token").isEmpty());
        QCOMPARE(api.raw(0, "GET", QStringLiteral("/events/v1")).status, 404);

        // Even a token the hub would take opens nothing.
        EventsClient client(cluster->bridge(0));
        client.open(cluster->bridge(0).events().issueToken());
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnects > 0 || client.socket.error() != QAbstractSocket::UnknownSocketError, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 5000);
        QCOMPARE(cluster->bridge(0).events().sessionCount(), 0);
        QVERIFY(client.messages.isEmpty() && client.acks.isEmpty());
    }

    void aWebSocketOnAnotherPathIsNotAnEventsSocket()
    {
        EventsClient *client = newClient(0);
        QUrl url = m_cluster->bridge(0).baseUrl();
        url.setScheme(QStringLiteral("wss"));
        url.setPath(QStringLiteral("/api/v1/calls"));
        url.setQuery(QStringLiteral("authToken=") + takeToken(0));
        client->socket.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(client->disconnects > 0, 5000);
        QVERIFY(!client->isConnected());
        QCOMPARE(m_cluster->bridge(0).events().sessionCount(), 0);
    }

    void subscribeRequestIsAcknowledged()
    {
        EventsClient *client = connected(0);
        QVERIFY(client);
        client->sendMessage({});   // keeps the numbering honest: the ack must name the right message
        QTRY_COMPARE_WITH_TIMEOUT(client->acks.size(), 1, 5000);
        const qint64 id = client->subscribe(QJsonArray{subscription(0, QStringLiteral("calls"), {QStringLiteral("name")})});
        QTRY_COMPARE_WITH_TIMEOUT(client->acks.size(), 2, 5000);
        QCOMPARE(client->acks.at(1).value(kMessageId).toInteger(), id);
        QCOMPARE(client->acks.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    }

    void everyClientMessageIsAcknowledged()
    {
        EventsClient *client = connected(0);
        QVERIFY(client);
        const qint64 unknown = client->sendMessage({{kType, QStringLiteral("somethingNew")}});
        const qint64 broken = client->sendMessage({{kType, QStringLiteral("subscribeRequest")}});   // no subscriptions
        QTRY_COMPARE_WITH_TIMEOUT(client->acks.size(), 2, 5000);
        QCOMPARE(client->acks.at(0).value(kMessageId).toInteger(), unknown);
        QCOMPARE(client->acks.at(1).value(kMessageId).toInteger(), broken);
        QCOMPARE(client->acks.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("failure"));
        QCOMPARE(client->acks.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("failure"));
        QVERIFY(client->messages.isEmpty());
    }

    void subscriptionUpdateReportsEachSubscriptionsState()
    {
        CREATED(call, startCall(0, QStringLiteral("States")));
        CREATED(otherBridge, startCall(1, QStringLiteral("Not here")));
        EventsClient *client = connected(0);
        QVERIFY(client);
        client->subscribe({subscription(0, QStringLiteral("calls"), {QStringLiteral("name")}),
                           subscription(1, QStringLiteral("callInfo"), {QStringLiteral("name")}, call),
                           subscription(2, QStringLiteral("callRoster"), {QStringLiteral("name")}, QStringLiteral("0e0e0e0e-0000-4000-8000-000000000000")),
                           subscription(3, QStringLiteral("callRoster"), {QStringLiteral("name")}, call),
                           subscription(4, QStringLiteral("callInfo"), {QStringLiteral("name")}, otherBridge),
                           subscription(5, QStringLiteral("somethingElse"), {QStringLiteral("name")})});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kSubscriptionUpdate).isEmpty(), 5000);
        // The states come before any data.
        QCOMPARE(client->messages.first().value(kType).toString(), kSubscriptionUpdate);
        const QHash<int, QString> states = subscriptionStates(client->messagesOf(kSubscriptionUpdate).first());
        QCOMPARE(states.size(), 6);
        QCOMPARE(states.value(0), QStringLiteral("active"));
        QCOMPARE(states.value(1), QStringLiteral("active"));
        QCOMPARE(states.value(2), QStringLiteral("deactivated"));
        QCOMPARE(states.value(3), QStringLiteral("active"));
        QCOMPARE(states.value(4), QStringLiteral("deactivated"));   // a call of another bridge
        QCOMPARE(states.value(5), QStringLiteral("deactivated"));   // an unknown type
    }

    void firstCallListUpdateListsEveryCallAsAdd()
    {
        CREATED(first, startCall(0, QStringLiteral("First")));
        CREATED(second, startCall(0, QStringLiteral("Second")));
        QVERIFY(!dialOut(0, second, QStringLiteral("a@example.com")).isEmpty());
        QVERIFY(!dialOut(0, second, QStringLiteral("b@example.com")).isEmpty());
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + second, {{QStringLiteral("locked"), QStringLiteral("true")}}).status, 200);
        CREATED(elsewhere, startCall(1, QStringLiteral("On the other bridge")));
        const QString correlator = m_client->get(0, QStringLiteral("calls/") + second).xml().value(QStringLiteral("callCorrelator"));

        EventsClient *client = connected(0);
        QVERIFY(client);
        const QStringList elements = {QStringLiteral("name"), QStringLiteral("participants"), QStringLiteral("lockState"),
                                      QStringLiteral("callCorrelator"), QStringLiteral("recording")};
        client->subscribe({subscription(4, QStringLiteral("calls"), elements)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallListUpdate).isEmpty(), 5000);
        const QJsonObject message = client->messagesOf(kCallListUpdate).first();
        QCOMPARE(message.value(kSubscriptionIndex).toInt(), 4);
        const QJsonArray updates = message.value(kUpdates).toArray();
        QCOMPARE(updates.size(), 2);   // this bridge's calls only
        QCOMPARE(updates.at(0).toObject().value(QStringLiteral("call")).toString(), first);
        const QJsonObject u = updates.at(1).toObject();
        QCOMPARE(u.value(QStringLiteral("call")).toString(), second);
        QCOMPARE(u.value(kUpdateType).toString(), QStringLiteral("add"));
        QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Second"));
        QCOMPARE(u.value(QStringLiteral("participants")).toInt(), 2);
        QCOMPARE(u.value(QStringLiteral("lockState")).toString(), QStringLiteral("locked"));
        QCOMPARE(u.value(QStringLiteral("callCorrelator")).toString(), correlator);
        QCOMPARE(u.value(QStringLiteral("recording")).toBool(true), false);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("call"), QStringLiteral("callCorrelator"), QStringLiteral("lockState"),
                                             QStringLiteral("name"), QStringLiteral("participants"), QStringLiteral("recording"),
                                             kUpdateType}));
        QCOMPARE(updates.at(0).toObject().value(kUpdateType).toString(), QStringLiteral("add"));
        QCOMPARE(updates.at(0).toObject().value(QStringLiteral("lockState")).toString(), QStringLiteral("unlocked"));
        QVERIFY(!elsewhere.isEmpty());
    }

    void laterCallListUpdatesAreIncremental()
    {
        EventsClient *client = connected(0);
        QVERIFY(client);
        const QStringList elements = {QStringLiteral("name"), QStringLiteral("participants"), QStringLiteral("lockState")};
        client->subscribe({subscription(0, QStringLiteral("calls"), elements)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallListUpdate).isEmpty(), 5000);
        QVERIFY(client->messagesOf(kCallListUpdate).first().value(kUpdates).toArray().isEmpty());

        CREATED(call, startCall(0, QStringLiteral("Incremental")));
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("add")).isEmpty(), 5000);
        QJsonObject u = client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("add"));
        QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Incremental"));
        QCOMPARE(u.value(QStringLiteral("participants")).toInt(-1), 0);
        QCOMPARE(u.value(QStringLiteral("lockState")).toString(), QStringLiteral("unlocked"));

        qsizetype mark = client->messages.size();
        QVERIFY(!dialOut(0, call, QStringLiteral("c@example.com")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("update"), mark).isEmpty(), 5000);
        u = client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("update"), mark);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("call"), QStringLiteral("participants"), kUpdateType}));
        QCOMPARE(u.value(QStringLiteral("participants")).toInt(), 1);

        mark = client->messages.size();
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + call, {{QStringLiteral("locked"), QStringLiteral("true")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("update"), mark).isEmpty(), 5000);
        u = client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("update"), mark);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("call"), QStringLiteral("lockState"), kUpdateType}));
        QCOMPARE(u.value(QStringLiteral("lockState")).toString(), QStringLiteral("locked"));

        // A change to an element nobody subscribed to sends nothing; the next change shows it.
        mark = client->messages.size();
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + call, {{QStringLiteral("recording"), QStringLiteral("true")}}).status, 200);
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + call).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("remove"), mark).isEmpty(), 5000);
        for (const QJsonObject &update : client->updatesOf(kCallListUpdate, 0, mark))
            QVERIFY2(!update.contains(QStringLiteral("recording")), QJsonDocument(update).toJson().constData());
        u = client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("remove"), mark);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("call"), kUpdateType}));
    }

    void callRosterIsFirstFullThenIncremental()
    {
        CREATED(call, startCall(0, QStringLiteral("Roster")));
        CREATED(firstLeg, dialOut(0, call, QStringLiteral("ann@example.com")));
        CREATED(secondLeg, dialOut(0, call, QStringLiteral("ben@example.com")));
        const QString ann = participantOfLeg(0, firstLeg);
        const QString ben = participantOfLeg(0, secondLeg);

        EventsClient *client = connected(0);
        QVERIFY(client);
        const QStringList elements = {QStringLiteral("name"), QStringLiteral("uri"), QStringLiteral("state"),
                                      QStringLiteral("audioMuted"), QStringLiteral("direction")};
        client->subscribe({subscription(2, QStringLiteral("callRoster"), elements, call)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kRosterUpdate).isEmpty(), 5000);
        const QJsonObject first = client->messagesOf(kRosterUpdate).first();
        QCOMPARE(first.value(kSubscriptionIndex).toInt(), 2);
        const QJsonArray all = first.value(kUpdates).toArray();
        QCOMPARE(all.size(), 2);
        QJsonObject u = all.at(0).toObject();
        QCOMPARE(u.value(QStringLiteral("participant")).toString(), ann);
        QCOMPARE(u.value(kUpdateType).toString(), QStringLiteral("add"));
        QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("ann"));
        QCOMPARE(u.value(QStringLiteral("uri")).toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(u.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(u.value(QStringLiteral("direction")).toString(), QStringLiteral("outgoing"));
        QCOMPARE(u.value(QStringLiteral("audioMuted")).toBool(true), false);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("audioMuted"), QStringLiteral("direction"), QStringLiteral("name"),
                                             QStringLiteral("participant"), QStringLiteral("state"), kUpdateType, QStringLiteral("uri")}));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("participant")).toString(), ben);

        qsizetype mark = client->messages.size();
        CREATED(thirdLeg, dialOut(0, call, QStringLiteral("cyd@example.com")));
        const QString cyd = participantOfLeg(0, thirdLeg);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), cyd, QStringLiteral("add"), mark).isEmpty(), 5000);
        u = client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), cyd, QStringLiteral("add"), mark);
        QCOMPARE(u.value(QStringLiteral("uri")).toString(), QStringLiteral("cyd@example.com"));
        QCOMPARE(sortedKeys(u).size(), elements.size() + 2);

        mark = client->messages.size();
        QCOMPARE(m_client->put(0, QStringLiteral("callLegs/") + firstLeg, {{QStringLiteral("rxAudioMute"), QStringLiteral("true")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), ann, QStringLiteral("update"), mark).isEmpty(), 5000);
        u = client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), ann, QStringLiteral("update"), mark);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("audioMuted"), QStringLiteral("participant"), kUpdateType}));
        QCOMPARE(u.value(QStringLiteral("audioMuted")).toBool(), true);

        // Muting everyone reports each participant whose state changed.
        mark = client->messages.size();
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + call + QStringLiteral("/participants/*"),
                               {{QStringLiteral("rxAudioMute"), QStringLiteral("true")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), cyd, QStringLiteral("update"), mark).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), ben, QStringLiteral("update"), mark).isEmpty(), 5000);
        QVERIFY(client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), ann, QStringLiteral("update"), mark).isEmpty());

        mark = client->messages.size();
        QCOMPARE(m_client->del(0, QStringLiteral("participants/") + ben).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), ben, QStringLiteral("remove"), mark).isEmpty(), 5000);
        u = client->findUpdate(kRosterUpdate, 2, QStringLiteral("participant"), ben, QStringLiteral("remove"), mark);
        QCOMPARE(sortedKeys(u), (QStringList{QStringLiteral("participant"), kUpdateType}));
    }

    void rosterOfAnotherCallIsNotReported()
    {
        CREATED(watched, startCall(0, QStringLiteral("Watched")));
        CREATED(other, startCall(0, QStringLiteral("Not watched")));
        EventsClient *client = connected(0);
        QVERIFY(client);
        client->subscribe({subscription(0, QStringLiteral("callRoster"), {QStringLiteral("name")}, watched)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kRosterUpdate).isEmpty(), 5000);
        const qsizetype mark = client->messages.size();
        QVERIFY(!dialOut(0, other, QStringLiteral("elsewhere@example.com")).isEmpty());
        CREATED(leg, dialOut(0, watched, QStringLiteral("here@example.com")));
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kRosterUpdate, mark).isEmpty(), 5000);
        const QList<QJsonObject> updates = client->updatesOf(kRosterUpdate, 0, mark);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().value(QStringLiteral("participant")).toString(), participantOfLeg(0, leg));
    }

    void callInfoIsFirstFullThenIncremental()
    {
        CREATED(call, startCall(0, QStringLiteral("Info")));
        EventsClient *client = connected(0);
        QVERIFY(client);
        const QStringList elements = {QStringLiteral("name"), QStringLiteral("participants"), QStringLiteral("recording"),
                                      QStringLiteral("lockState"), QStringLiteral("joinAudioMuteOverride")};
        client->subscribe({subscription(1, QStringLiteral("callInfo"), elements, call)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallInfoUpdate).isEmpty(), 5000);
        QJsonObject message = client->messagesOf(kCallInfoUpdate).first();
        QCOMPARE(message.value(kSubscriptionIndex).toInt(), 1);
        QJsonObject info = message.value(QStringLiteral("callInfo")).toObject();
        QCOMPARE(info.value(QStringLiteral("call")).toString(), call);
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("Info"));
        QCOMPARE(info.value(QStringLiteral("participants")).toInt(-1), 0);
        QCOMPARE(info.value(QStringLiteral("recording")).toBool(true), false);
        QCOMPARE(info.value(QStringLiteral("lockState")).toString(), QStringLiteral("unlocked"));
        QVERIFY(info.contains(QStringLiteral("joinAudioMuteOverride")));

        qsizetype mark = client->messages.size();
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + call, {{QStringLiteral("recording"), QStringLiteral("true")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallInfoUpdate, mark).isEmpty(), 5000);
        info = client->messagesOf(kCallInfoUpdate, mark).first().value(QStringLiteral("callInfo")).toObject();
        QCOMPARE(sortedKeys(info), (QStringList{QStringLiteral("call"), QStringLiteral("recording")}));
        QCOMPARE(info.value(QStringLiteral("recording")).toBool(), true);

        mark = client->messages.size();
        QVERIFY(!dialOut(0, call, QStringLiteral("d@example.com")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallInfoUpdate, mark).isEmpty(), 5000);
        info = client->messagesOf(kCallInfoUpdate, mark).first().value(QStringLiteral("callInfo")).toObject();
        QCOMPARE(sortedKeys(info), (QStringList{QStringLiteral("call"), QStringLiteral("participants")}));
        QCOMPARE(info.value(QStringLiteral("participants")).toInt(), 1);
    }

    void aNewSubscribeRequestReplacesTheWholeSet()
    {
        CREATED(call, startCall(0, QStringLiteral("Replaced")));
        EventsClient *client = connected(0);
        QVERIFY(client);
        client->subscribe({subscription(0, QStringLiteral("calls"), {QStringLiteral("name"), QStringLiteral("participants")}),
                           subscription(1, QStringLiteral("callInfo"), {QStringLiteral("participants")}, call)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallInfoUpdate).isEmpty(), 5000);

        const qsizetype mark = client->messages.size();
        client->subscribe({subscription(7, QStringLiteral("callRoster"), {QStringLiteral("name")}, call)});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kRosterUpdate, mark).isEmpty(), 5000);
        const QList<QJsonObject> states = client->messagesOf(kSubscriptionUpdate, mark);
        QCOMPARE(states.size(), 1);
        const QHash<int, QString> byIndex = subscriptionStates(states.first());
        QCOMPARE(byIndex.keys(), QList<int>{7});
        QCOMPARE(byIndex.value(7), QStringLiteral("active"));

        // Changes reach only the new subscription: the roster hears of the new leg, nothing else does.
        const qsizetype later = client->messages.size();
        QVERIFY(!dialOut(0, call, QStringLiteral("e@example.com")).isEmpty());
        CREATED(newCall, startCall(0, QStringLiteral("Unseen")));
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kRosterUpdate, later).isEmpty(), 5000);
        // A probe after the changes: once its answer is in, anything the changes caused is too.
        client->subscribe({subscription(8, QStringLiteral("calls"), {QStringLiteral("name")})});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallListUpdate, later).isEmpty(), 5000);
        for (const QJsonObject &m : client->messages.mid(later)) {
            const QString type = m.value(kType).toString();
            QVERIFY2(type != kCallInfoUpdate, "callInfo subscription was replaced");
            if (type == kCallListUpdate)
                QCOMPARE(m.value(kSubscriptionIndex).toInt(), 8);
        }
        QCOMPARE(client->messagesOf(kCallListUpdate, later).first().value(kUpdates).toArray().size(), 2);
    }

    void anEndingCallDeactivatesItsSubscriptions()
    {
        CREATED(call, startCall(0, QStringLiteral("Ending")));
        CREATED(other, startCall(0, QStringLiteral("Continuing")));
        EventsClient *client = connected(0);
        QVERIFY(client);
        client->subscribe({subscription(0, QStringLiteral("calls"), {QStringLiteral("name")}),
                           subscription(1, QStringLiteral("callInfo"), {QStringLiteral("name")}, call),
                           subscription(2, QStringLiteral("callRoster"), {QStringLiteral("name")}, call),
                           subscription(3, QStringLiteral("callRoster"), {QStringLiteral("name")}, other)});
        QTRY_COMPARE_WITH_TIMEOUT(client->messages.size(), 5, 5000);   // states, list, info, two rosters

        const qsizetype mark = client->messages.size();
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + call).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kSubscriptionUpdate, mark).isEmpty(), 5000);
        const QHash<int, QString> states = subscriptionStates(client->messagesOf(kSubscriptionUpdate, mark).first());
        QCOMPARE(states.value(0), QStringLiteral("active"));
        QCOMPARE(states.value(1), QStringLiteral("deactivated"));
        QCOMPARE(states.value(2), QStringLiteral("deactivated"));
        QCOMPARE(states.value(3), QStringLiteral("active"));
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("remove"), mark).isEmpty(), 5000);

        // Deactivated subscriptions stay silent; active ones go on.
        const qsizetype later = client->messages.size();
        QVERIFY(!dialOut(0, other, QStringLiteral("f@example.com")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kRosterUpdate, later).isEmpty(), 5000);
        for (const QJsonObject &m : client->messagesOf(kRosterUpdate, later))
            QCOMPARE(m.value(kSubscriptionIndex).toInt(), 3);
    }

    void serverHoldsBackAfterTheAckWindowAndResumesOnAcks_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("default window 10") << 10;
        QTest::newRow("window 3") << 3;
    }

    void serverHoldsBackAfterTheAckWindowAndResumesOnAcks()
    {
        QFETCH(int, window);
        std::unique_ptr<SimCluster> own;
        SimCluster *cluster = m_cluster.get();
        if (window != ClusterOptions().eventsAckWindow) {
            ClusterOptions options;
            options.bridgeCount = 1;
            options.eventsAckWindow = window;
            own = startTestCluster(options);
            cluster = own.get();
        }
        SimTestClient api(*cluster, kTestUser, kTestPassword);
        const QString token = QString::fromLatin1(api.post(0, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token"));
        EventsClient client(cluster->bridge(0), false);
        client.open(token);
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
        client.subscribe({subscription(0, QStringLiteral("calls"), {QStringLiteral("name")})});
        // subscriptionUpdate and the first callListUpdate, then one add per call.
        const int calls = window + 5;
        for (int i = 0; i < calls; ++i)
            QVERIFY(!idOf(api.post(0, QStringLiteral("calls"), {{QStringLiteral("name"), QStringLiteral("W%1").arg(i)}}), "call").isEmpty());
        const int expected = calls + 2;
        qint64 probe = client.probe();
        QTRY_VERIFY_WITH_TIMEOUT(client.acknowledged(probe), 5000);
        QCOMPARE(client.messages.size(), window);
        QCOMPARE(client.acks.size(), 2);   // acknowledgements of the client's messages are never held back

        // Acknowledge the first two: exactly two more come.
        client.ack(client.messages.at(0).value(kMessageId).toInteger());
        client.ack(client.messages.at(1).value(kMessageId).toInteger());
        probe = client.probe();
        QTRY_VERIFY_WITH_TIMEOUT(client.acknowledged(probe), 5000);
        QCOMPARE(client.messages.size(), window + 2);

        // Acknowledging the rest as it arrives brings everything, in order, nothing lost.
        client.startAcknowledging();
        QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), expected, 5000);
        for (int i = 0; i < expected; ++i)
            QCOMPARE(client.messages.at(i).value(kMessageId).toInteger(), client.messages.first().value(kMessageId).toInteger() + i);
        QStringList names;
        for (const QJsonObject &u : client.updatesOf(kCallListUpdate, 0))
            names.append(u.value(QStringLiteral("name")).toString());
        QCOMPARE(names.size(), calls);
        QCOMPARE(names.last(), QStringLiteral("W%1").arg(calls - 1));
    }

    void aBridgeGoingDownClosesItsSockets()
    {
        // A cluster of its own: see aBridgeGoesDownAfterEventsClientsLeft for why.
        ClusterOptions options;
        options.bridgeCount = 2;
        auto cluster = startTestCluster(options);
        SimTestClient api(*cluster, kTestUser, kTestPassword);
        EventsClient onOne(cluster->bridge(1));
        onOne.open(QString::fromLatin1(api.post(1, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token")));
        EventsClient onZero(cluster->bridge(0));
        onZero.open(QString::fromLatin1(api.post(0, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token")));
        QTRY_VERIFY_WITH_TIMEOUT(onOne.isConnected() && onZero.isConnected(), 5000);
        QCOMPARE(cluster->bridge(1).events().sessionCount(), 1);

        cluster->setDown(1, true);
        QTRY_VERIFY_WITH_TIMEOUT(onOne.disconnects > 0, 5000);
        QVERIFY(!onOne.isConnected());
        QCOMPARE(cluster->bridge(1).events().sessionCount(), 0);
        const qint64 probe = onZero.probe();
        QTRY_VERIFY_WITH_TIMEOUT(onZero.acknowledged(probe), 5000);
        QCOMPARE(onZero.disconnects, 0);

        // Back up, it takes new connections again, with new tokens.
        cluster->setDown(1, false);
        EventsClient again(cluster->bridge(1));
        again.open(QString::fromLatin1(api.post(1, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token")));
        QTRY_VERIFY_WITH_TIMEOUT(again.isConnected(), 5000);
    }

    // Frozen, a bridge takes connections and reads what comes, and answers nothing: no events, no
    // acknowledgements, no handshake for a new socket, no API reply. Once it answers again, what was
    // held back comes, and the connection that waited is taken.
    void aFrozenBridgeAnswersNothingUntilItThaws()
    {
        EventsClient *client = connected(0);
        QVERIFY(client);
        client->subscribe({subscription(0, QStringLiteral("calls"), {QStringLiteral("name")})});
        QTRY_VERIFY_WITH_TIMEOUT(!client->messagesOf(kCallListUpdate).isEmpty(), 5000);
        const QString token = takeToken(0);   // taken before: the API answers nothing once frozen

        m_cluster->setFrozen(0, true);
        const auto started = m_cluster->live().startCall(m_cluster->bridge(0), QString(), QStringLiteral("While frozen"));
        QVERIFY(std::holds_alternative<QString>(started));
        const QString call = std::get<QString>(started);
        const qint64 probe = client->probe();
        EventsClient *waiting = newClient(0);
        waiting->open(token);
        SimTestClient api(*m_cluster, kTestUser, kTestPassword);
        api.setTimeoutMs(1500);
        const HttpResult frozen = api.get(0, QStringLiteral("system/status"));   // the wait for what is not sent
        QCOMPARE(frozen.status, 0);
        QVERIFY2(frozen.error != QNetworkReply::ConnectionRefusedError, qPrintable(frozen.errorString));
        QVERIFY(client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("add")).isEmpty());
        QVERIFY(!client->acknowledged(probe));
        QVERIFY(client->isConnected());
        QVERIFY(!waiting->isConnected());

        m_cluster->setFrozen(0, false);
        QTRY_VERIFY_WITH_TIMEOUT(client->acknowledged(probe), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!client->findUpdate(kCallListUpdate, 0, QStringLiteral("call"), call, QStringLiteral("add")).isEmpty(),
                                 5000);
        api.setTimeoutMs(10000);
        QCOMPARE(api.get(0, QStringLiteral("system/status")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isConnected(), 10000);
    }

    void aBridgeGoesDownAfterEventsClientsLeft()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        auto cluster = startTestCluster(options);
        SimTestClient api(*cluster, kTestUser, kTestPassword);
        {
            EventsClient client(cluster->bridge(0));
            client.open(QString::fromLatin1(api.post(0, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token")));
            QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(cluster->bridge(0).events().sessionCount(), 0, 5000);
        QTest::qWait(50);   // let the server delete the session's socket
        cluster->setDown(0, true);
        QVERIFY(!cluster->bridge(0).isUp());
    }

private:
    QJsonObject subscription(int index, const QString &type, const QStringList &elements, const QString &call = {})
    {
        QJsonObject o{{QStringLiteral("index"), index}, {kType, type}, {QStringLiteral("elements"), strings(elements)}};
        if (!call.isEmpty())
            o.insert(QStringLiteral("call"), call);
        return o;
    }

    static QHash<int, QString> subscriptionStates(const QJsonObject &message)
    {
        QHash<int, QString> out;
        for (const QJsonValue &v : message.value(QStringLiteral("subscriptions")).toArray())
            out.insert(v.toObject().value(QStringLiteral("index")).toInt(), v.toObject().value(QStringLiteral("state")).toString());
        return out;
    }

    QString takeToken(int bridge)
    {
        return QString::fromLatin1(m_client->post(bridge, QStringLiteral("authTokens"), {}).header("X-Cisco-CMS-Auth-Token"));
    }

    EventsClient *newClient(int bridge, bool autoAck = true)
    {
        m_clients.push_back(std::make_unique<EventsClient>(m_cluster->bridge(bridge), autoAck));
        return m_clients.back().get();
    }

    // A client connected with a fresh token, or null (after a warning) when it could not connect.
    EventsClient *connected(int bridge)
    {
        EventsClient *client = newClient(bridge);
        client->open(takeToken(bridge));
        if (!QTest::qWaitFor([client] { return client->isConnected() || client->disconnects > 0; }, 5000)
            || !client->isConnected()) {
            qWarning("events socket on bridge %d did not open: %s", bridge, qPrintable(client->socket.errorString()));
            return nullptr;
        }
        return client;
    }

    QString startCall(int bridge, const QString &name)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls"), {{QStringLiteral("name"), name}}), "start call");
    }

    QString dialOut(int bridge, const QString &call, const QString &remoteParty)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"),
                                   {{QStringLiteral("remoteParty"), remoteParty}}), "dial out");
    }

    QString participantOfLeg(int bridge, const QString &leg)
    {
        return m_client->get(bridge, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
    }

    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
    std::vector<std::unique_ptr<EventsClient>> m_clients;
};

QTEST_MAIN(TestSimEvents)
#include "tst_simevents.moc"
