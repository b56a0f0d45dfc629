#include "eventssession.h"

#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

#include <utility>

namespace cmssim {

namespace {
const QString kType = QStringLiteral("type");
const QString kMessage = QStringLiteral("message");
const QString kMessageAck = QStringLiteral("messageAck");
const QString kMessageId = QStringLiteral("messageId");

QStringList wantedOf(const QStringList &changed, const QStringList &subscribed)
{
    QStringList out;
    for (const QString &e : changed) {
        if (subscribed.contains(e) && !out.contains(e))
            out.append(e);
    }
    return out;
}
} // namespace

EventsSession::EventsSession(SimBridge &bridge, std::unique_ptr<QWebSocket> socket, int ackWindow)
    : QObject(&bridge)
    , m_bridge(bridge)
    , m_socket(std::move(socket))
    , m_ackWindow(ackWindow)
{
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &EventsSession::onText);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &EventsSession::closed);
    LiveState &live = bridge.live();
    connect(&live, &LiveState::callAdded, this, &EventsSession::onCallAdded);
    connect(&live, &LiveState::callChanged, this, &EventsSession::onCallChanged);
    connect(&live, &LiveState::callRemoved, this, &EventsSession::onCallRemoved);
    connect(&live, &LiveState::participantAdded, this, &EventsSession::onParticipantAdded);
    connect(&live, &LiveState::participantChanged, this, &EventsSession::onParticipantChanged);
    connect(&live, &LiveState::participantRemoved, this, &EventsSession::onParticipantRemoved);
}

EventsSession::~EventsSession() = default;

void EventsSession::close()
{
    disconnect(&m_bridge.live(), nullptr, this, nullptr);
    if (m_socket)
        m_socket->abort();
}

void EventsSession::resume()
{
    const QStringList unread = std::exchange(m_unread, {});
    for (const QString &text : unread)
        onText(text);
    flush();
}

void EventsSession::onText(const QString &text)
{
    if (m_bridge.faults().frozen) {
        m_unread.append(text);
        return;
    }
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(kType).toString();
    if (type == kMessageAck) {
        m_unacked.remove(frame.value(kMessageAck).toObject().value(kMessageId).toInteger());
        flush();
    } else if (type == kMessage) {
        handleMessage(frame.value(kMessage).toObject());
    }
    // Anything else is not part of the protocol and is ignored.
}

void EventsSession::handleMessage(const QJsonObject &message)
{
    const qint64 id = message.value(kMessageId).toInteger(-1);
    if (message.value(kType).toString() == QLatin1String("subscribeRequest")
        && message.value(QStringLiteral("subscriptions")).isArray()) {
        acknowledge(id, true);
        subscribe(message.value(QStringLiteral("subscriptions")).toArray());
        return;
    }
    acknowledge(id, false);
}

void EventsSession::acknowledge(qint64 messageId, bool success)
{
    // Acknowledgements are not messages: they are sent at once and never held back.
    QJsonObject ack{{kMessageId, messageId},
                    {QStringLiteral("status"), success ? QStringLiteral("success") : QStringLiteral("failure")}};
    const QJsonObject frame{{kType, kMessageAck}, {kMessageAck, ack}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void EventsSession::send(QJsonObject message)
{
    m_queue.push_back(std::move(message));
    flush();
}

void EventsSession::flush()
{
    if (m_bridge.faults().frozen)
        return;
    while (!m_queue.empty() && int(m_unacked.size()) < m_ackWindow) {
        QJsonObject message = std::move(m_queue.front());
        m_queue.pop_front();
        const qint64 id = m_nextId++;
        message.insert(kMessageId, id);
        m_unacked.insert(id);
        const QJsonObject frame{{kType, kMessage}, {kMessage, message}};
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
}

// Each request replaces the whole set; the first update of each subscription lists everything.
void EventsSession::subscribe(const QJsonArray &subscriptions)
{
    m_subscriptions.clear();
    for (const QJsonValue &v : subscriptions) {
        const QJsonObject o = v.toObject();
        Subscription s;
        s.index = o.value(QStringLiteral("index")).toInt();
        s.type = o.value(kType).toString();
        s.call = o.value(QStringLiteral("call")).toString();
        for (const QJsonValue &e : o.value(QStringLiteral("elements")).toArray())
            s.elements.append(e.toString());
        const bool known = s.type == QLatin1String("calls") || s.type == QLatin1String("callInfo")
            || s.type == QLatin1String("callRoster");
        const bool needsCall = s.type != QLatin1String("calls");
        s.active = known && (!needsCall || m_bridge.live().call(s.call));
        m_subscriptions.append(s);
    }
    sendSubscriptionStates();
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (!s.active)
            continue;
        if (s.type == QLatin1String("calls")) {
            QJsonArray updates;
            for (const QString &cid : m_bridge.live().callOrder()) {
                QJsonObject u = callElements(cid, s.elements);
                u.insert(QStringLiteral("updateType"), QStringLiteral("add"));
                u.insert(QStringLiteral("call"), cid);
                updates.append(u);
            }
            send({{kType, QStringLiteral("callListUpdate")}, {QStringLiteral("subscriptionIndex"), s.index},
                  {QStringLiteral("updates"), updates}});
        } else if (s.type == QLatin1String("callInfo")) {
            QJsonObject info = callElements(s.call, s.elements);
            info.insert(QStringLiteral("call"), s.call);
            send({{kType, QStringLiteral("callInfoUpdate")}, {QStringLiteral("subscriptionIndex"), s.index},
                  {QStringLiteral("callInfo"), info}});
        } else {
            QJsonArray updates;
            if (const LiveCall *c = m_bridge.live().call(s.call)) {
                for (const QString &pid : c->participantIds) {
                    QJsonObject u = participantElements(pid, s.elements);
                    u.insert(QStringLiteral("updateType"), QStringLiteral("add"));
                    u.insert(QStringLiteral("participant"), pid);
                    updates.append(u);
                }
            }
            send({{kType, QStringLiteral("rosterUpdate")}, {QStringLiteral("subscriptionIndex"), s.index},
                  {QStringLiteral("updates"), updates}});
        }
    }
}

void EventsSession::sendSubscriptionStates()
{
    QJsonArray states;
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        states.append(QJsonObject{{QStringLiteral("index"), s.index}, {kType, s.type},
                                  {QStringLiteral("state"), s.active ? QStringLiteral("active") : QStringLiteral("deactivated")}});
    }
    send({{kType, QStringLiteral("subscriptionUpdate")}, {QStringLiteral("subscriptions"), states}});
}

QJsonObject EventsSession::callElements(const QString &callId, const QStringList &wanted) const
{
    QJsonObject o;
    const LiveCall *c = m_bridge.live().call(callId);
    if (!c)
        return o;
    SimCluster &cluster = m_bridge.cluster();
    for (const QString &e : wanted) {
        if (e == QLatin1String("name"))
            o.insert(e, c->name);
        else if (e == QLatin1String("participants"))
            o.insert(e, int(c->participantIds.size()));
        else if (e == QLatin1String("distributedInstances")) {
            int n = 0;
            for (int i = 0; i < cluster.bridgeCount(); ++i) {
                SimBridge &b = cluster.bridge(i);
                if (&b != &m_bridge && b.isUp() && b.live().callByCorrelator(c->correlator))
                    ++n;
            }
            o.insert(e, n);
        } else if (e == QLatin1String("recording"))
            o.insert(e, c->recording);
        else if (e == QLatin1String("streaming"))
            o.insert(e, c->streaming);
        else if (e == QLatin1String("lockState"))
            o.insert(e, c->locked ? QStringLiteral("locked") : QStringLiteral("unlocked"));
        else if (e == QLatin1String("callType"))
            o.insert(e, c->callType);
        else if (e == QLatin1String("callCorrelator"))
            o.insert(e, c->correlator);
        else if (e == QLatin1String("joinAudioMuteOverride"))
            o.insert(e, false);
    }
    return o;
}

QJsonObject EventsSession::participantElements(const QString &participantId, const QStringList &wanted) const
{
    QJsonObject o;
    const LiveParticipant *p = m_bridge.live().participant(participantId);
    if (!p)
        return o;
    for (const QString &e : wanted) {
        if (e == QLatin1String("name"))
            o.insert(e, p->name);
        else if (e == QLatin1String("uri"))
            o.insert(e, p->remoteParty);
        else if (e == QLatin1String("state"))
            o.insert(e, p->state);
        else if (e == QLatin1String("direction"))
            o.insert(e, p->direction);
        else if (e == QLatin1String("audioMuted"))
            o.insert(e, p->rxAudioMute);
        else if (e == QLatin1String("videoMuted"))
            o.insert(e, p->rxVideoMute);
        else if (e == QLatin1String("importance"))
            o.insert(e, p->importance);
        else if (e == QLatin1String("layout"))
            o.insert(e, p->layout);
        else if (e == QLatin1String("activeSpeaker"))
            o.insert(e, p->activeSpeaker);
        else if (e == QLatin1String("presenter"))
            o.insert(e, p->presenter);
        else if (e == QLatin1String("canMove"))
            o.insert(e, m_bridge.cluster().live().canMove(*p));
        else if (e == QLatin1String("movedParticipant") && !p->movedParticipant.isEmpty())
            o.insert(e, p->movedParticipant);
        else if (e == QLatin1String("movedParticipantCallBridge") && !p->movedParticipantCallBridge.isEmpty())
            o.insert(e, p->movedParticipantCallBridge);
        else if (e == QLatin1String("deactivated"))
            o.insert(e, p->deactivated);
        else if (e == QLatin1String("isActivator"))
            o.insert(e, p->isActivator);
    }
    return o;
}

void EventsSession::sendCallListUpdate(const Subscription &s, const QString &updateType, const QString &callId,
                                       const QStringList &elements)
{
    QJsonObject u = callElements(callId, elements);
    u.insert(QStringLiteral("updateType"), updateType);
    u.insert(QStringLiteral("call"), callId);
    send({{kType, QStringLiteral("callListUpdate")}, {QStringLiteral("subscriptionIndex"), s.index},
          {QStringLiteral("updates"), QJsonArray{u}}});
}

void EventsSession::sendRosterUpdate(const Subscription &s, const QString &updateType, const QString &participantId,
                                     const QStringList &elements)
{
    QJsonObject u = participantElements(participantId, elements);
    u.insert(QStringLiteral("updateType"), updateType);
    u.insert(QStringLiteral("participant"), participantId);
    send({{kType, QStringLiteral("rosterUpdate")}, {QStringLiteral("subscriptionIndex"), s.index},
          {QStringLiteral("updates"), QJsonArray{u}}});
}

void EventsSession::onCallAdded(const QString &callId)
{
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (s.active && s.type == QLatin1String("calls"))
            sendCallListUpdate(s, QStringLiteral("add"), callId, s.elements);
    }
}

void EventsSession::onCallChanged(const QString &callId, const QStringList &elements)
{
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (!s.active)
            continue;
        const QStringList wanted = wantedOf(elements, s.elements);
        if (wanted.isEmpty())
            continue;
        if (s.type == QLatin1String("calls")) {
            sendCallListUpdate(s, QStringLiteral("update"), callId, wanted);
        } else if (s.type == QLatin1String("callInfo") && s.call == callId) {
            QJsonObject info = callElements(callId, wanted);
            info.insert(QStringLiteral("call"), callId);
            send({{kType, QStringLiteral("callInfoUpdate")}, {QStringLiteral("subscriptionIndex"), s.index},
                  {QStringLiteral("callInfo"), info}});
        }
    }
}

void EventsSession::onCallRemoved(const QString &callId)
{
    bool deactivated = false;
    for (Subscription &s : m_subscriptions) {
        if (!s.active)
            continue;
        if (s.type == QLatin1String("calls")) {
            sendCallListUpdate(s, QStringLiteral("remove"), callId, {});
        } else if (s.call == callId) {
            // A call that ends takes its callInfo and callRoster subscriptions with it.
            s.active = false;
            deactivated = true;
        }
    }
    if (deactivated)
        sendSubscriptionStates();
}

void EventsSession::onParticipantAdded(const QString &callId, const QString &participantId)
{
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (s.active && s.type == QLatin1String("callRoster") && s.call == callId)
            sendRosterUpdate(s, QStringLiteral("add"), participantId, s.elements);
    }
}

void EventsSession::onParticipantChanged(const QString &callId, const QString &participantId,
                                         const QStringList &elements)
{
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (!s.active || s.type != QLatin1String("callRoster") || s.call != callId)
            continue;
        const QStringList wanted = wantedOf(elements, s.elements);
        if (!wanted.isEmpty())
            sendRosterUpdate(s, QStringLiteral("update"), participantId, wanted);
    }
}

void EventsSession::onParticipantRemoved(const QString &callId, const QString &participantId)
{
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (s.active && s.type == QLatin1String("callRoster") && s.call == callId)
            sendRosterUpdate(s, QStringLiteral("remove"), participantId, {});
    }
}

} // namespace cmssim
