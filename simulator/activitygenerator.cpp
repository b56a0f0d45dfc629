#include "activitygenerator.h"

#include "configstore.h"
#include "demonames.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"

namespace cmssim {

namespace {
const QString kAudioMuted = QStringLiteral("audioMuted");
const QString kPresenter = QStringLiteral("presenter");
const QString kActiveSpeaker = QStringLiteral("activeSpeaker");
} // namespace

ActivityGenerator::ActivityGenerator(SimCluster &cluster, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_rng(seed)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT acted(step()); });
}

void ActivityGenerator::start(double actionsPerSecond)
{
    if (actionsPerSecond <= 0) {
        stop();
        return;
    }
    m_timer.start(qMax(1, qRound(1000.0 / actionsPerSecond)));
}

void ActivityGenerator::stop()
{
    m_timer.stop();
}

QString ActivityGenerator::step()
{
    if (upBridges().isEmpty())
        return QStringLiteral("Nothing to do: no call bridge is up");
    const QList<CallRef> all = calls();
    const std::optional<Action> action = choose(all, int(participants().size()));
    if (!action)
        return QStringLiteral("Nothing to do");
    switch (*action) {
    case Action::StartCall:
        return startCall();
    case Action::Join:
        return join(all);
    case Action::Leave:
        return leave();
    case Action::ToggleMute:
        return toggleMute();
    case Action::TogglePresenter:
        return togglePresenter();
    case Action::ActiveSpeaker:
        return changeActiveSpeaker(all);
    case Action::EndCall:
        return endCall(all);
    }
    return {};
}

QList<SimBridge *> ActivityGenerator::upBridges() const
{
    QList<SimBridge *> up;
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        if (m_cluster.bridge(i).isUp())
            up.append(&m_cluster.bridge(i));
    }
    return up;
}

// In a fixed order (bridge, then creation) so that the same state gives the same choices. The demo
// meetings are not the generator's: it neither counts nor touches them.
QList<ActivityGenerator::CallRef> ActivityGenerator::calls() const
{
    QList<CallRef> out;
    for (SimBridge *bridge : upBridges()) {
        for (const QString &id : bridge->live().callOrder()) {
            LiveCall *call = bridge->live().call(id);
            if (call && !call->showcase)
                out.append({bridge, call});
        }
    }
    return out;
}

QList<ActivityGenerator::ParticipantRef> ActivityGenerator::participants() const
{
    QList<ParticipantRef> out;
    for (SimBridge *bridge : upBridges()) {
        for (const QString &id : bridge->live().participantOrder()) {
            LiveParticipant *p = bridge->live().participant(id);
            const LiveCall *call = p ? bridge->live().call(p->callId) : nullptr;
            if (call && !call->showcase)
                out.append({bridge, p});
        }
    }
    return out;
}

QList<ActivityGenerator::CallRef> ActivityGenerator::callsWithRoom(const QList<CallRef> &all) const
{
    QList<CallRef> out;
    for (const CallRef &ref : all) {
        if (ref.call->participantIds.size() < m_limits.maxParticipantsPerCall)
            out.append(ref);
    }
    return out;
}

std::optional<ActivityGenerator::Action> ActivityGenerator::choose(const QList<CallRef> &all, int participantCount)
{
    const int callCount = int(all.size());
    const bool canStart = callCount < m_limits.maxCalls;
    if (canStart && callCount < m_limits.minCalls)
        return Action::StartCall;
    QList<QPair<Action, int>> weights;
    if (canStart)
        weights.append({Action::StartCall, 8});
    if (!callsWithRoom(all).isEmpty())
        weights.append({Action::Join, 26});
    if (participantCount > 0) {
        weights.append({Action::Leave, 16});
        weights.append({Action::ToggleMute, 16});
        weights.append({Action::TogglePresenter, 8});
        weights.append({Action::ActiveSpeaker, 18});
    }
    if (callCount > m_limits.minCalls)
        weights.append({Action::EndCall, 2});
    int total = 0;
    for (const auto &w : std::as_const(weights))
        total += w.second;
    if (total == 0)
        return std::nullopt;
    int roll = m_rng.bounded(total);
    for (const auto &w : std::as_const(weights)) {
        if (roll < w.second)
            return w.first;
        roll -= w.second;
    }
    return std::nullopt;
}

QString ActivityGenerator::callName(SimBridge &bridge, const QString &callId) const
{
    const LiveCall *call = bridge.live().call(callId);
    return call ? call->name : QString();
}

// A call in a space that has none yet, on a random up bridge.
QString ActivityGenerator::startCall()
{
    const QList<SimBridge *> bridges = upBridges();
    SimBridge &bridge = *bridges.at(m_rng.bounded(int(bridges.size())));
    const ObjectTable *table = m_cluster.store().findTable(QStringLiteral("coSpaces"));
    const qsizetype count = table ? table->size() : 0;
    for (int attempt = 0; attempt < 8 && count > 0; ++attempt) {
        const ConfigObject *space = table->ordered()[size_t(m_rng.bounded(int(count)))];
        bool busy = false;
        for (int i = 0; i < m_cluster.bridgeCount() && !busy; ++i)
            busy = m_cluster.bridge(i).live().callForSpace(space->id) != nullptr;
        if (busy)
            continue;
        const auto started = m_cluster.live().startCall(bridge, space->id, {});
        if (!std::holds_alternative<QString>(started))
            break;
        return QStringLiteral("Call started in \"%1\" on %2").arg(space->value(QStringLiteral("name")), bridge.name());
    }
    return QStringLiteral("No free space for a new call");
}

QString ActivityGenerator::join(const QList<CallRef> &all)
{
    const QList<CallRef> open = callsWithRoom(all);
    const CallRef target = open.at(m_rng.bounded(int(open.size())));
    QString role;
    const JoinSpec spec = newcomer(&role);
    const QString callId = target.call->id;
    const QString name = target.call->name;
    if (m_cluster.live().join(*target.bridge, callId, spec).isEmpty())
        return QStringLiteral("Nobody could join \"%1\"").arg(name);
    return QStringLiteral("%1 joined \"%2\" on %3 (%4)").arg(spec.name, name, target.bridge->name(), role);
}

// Someone new: a SIP endpoint, a signed-in web app user, a guest who waits for a host, or a host.
JoinSpec ActivityGenerator::newcomer(QString *role)
{
    JoinSpec spec;
    const demo::Person person = demo::randomPerson(m_rng);
    spec.name = person.name;
    const int kind = m_rng.bounded(100);
    if (kind < 35) {
        *role = QStringLiteral("SIP endpoint");
        if (m_rng.bounded(2) == 0)
            spec.name = demo::videoSystemName(m_rng);
        spec.remoteParty = demo::sipEndpointUri(m_rng);
    } else if (kind < 60) {
        *role = QStringLiteral("web app user");
        spec.kind = EndpointKind::WebApp;
        const ObjectTable *users = m_cluster.store().findTable(QStringLiteral("users"));
        if (users && users->size() > 0) {
            const ConfigObject *user = users->ordered()[size_t(m_rng.bounded(int(users->size())))];
            spec.name = user->value(QStringLiteral("name"));
            spec.userJid = user->value(QStringLiteral("userJid"));
            spec.remoteParty = spec.userJid;
        }
    } else if (kind < 80) {
        *role = QStringLiteral("guest, needs activation");
        spec.kind = m_rng.bounded(2) == 0 ? EndpointKind::WebApp : EndpointKind::Sip;
        if (spec.kind == EndpointKind::Sip)
            spec.remoteParty = demo::sipEndpointUri(m_rng);
        spec.needsActivation = true;
    } else {
        *role = QStringLiteral("host");
        spec.remoteParty = demo::sipEndpointUri(m_rng);
        spec.needsActivation = false;
    }
    return spec;
}

QString ActivityGenerator::leave()
{
    const QList<ParticipantRef> all = participants();
    const ParticipantRef who = all.at(m_rng.bounded(int(all.size())));
    const QString name = who.participant->name;
    const QString call = callName(*who.bridge, who.participant->callId);
    const QString id = who.participant->id;   // a copy: the participant is gone after leave()
    m_cluster.live().leave(id);
    return QStringLiteral("%1 left \"%2\" on %3").arg(name, call, who.bridge->name());
}

QString ActivityGenerator::toggleMute()
{
    const QList<ParticipantRef> all = participants();
    const ParticipantRef who = all.at(m_rng.bounded(int(all.size())));
    LiveParticipant &p = *who.participant;
    p.rxAudioMute = !p.rxAudioMute;
    who.bridge->live().touchParticipant(p.id, {kAudioMuted});
    return QStringLiteral("%1 %2 in \"%3\"")
        .arg(p.name, p.rxAudioMute ? QStringLiteral("muted") : QStringLiteral("unmuted"), callName(*who.bridge, p.callId));
}

// One presenter per call instance: a new one takes over from the previous. Guests waiting in the
// lobby neither present nor speak.
QString ActivityGenerator::togglePresenter()
{
    QList<ParticipantRef> inMeeting;
    for (const ParticipantRef &ref : participants()) {
        if (!ref.participant->deactivated)
            inMeeting.append(ref);
    }
    if (inMeeting.isEmpty())
        return QStringLiteral("Nobody can present: everyone is in the lobby");
    const ParticipantRef who = inMeeting.at(m_rng.bounded(int(inMeeting.size())));
    LiveParticipant &p = *who.participant;
    LiveState &live = who.bridge->live();
    const QString call = callName(*who.bridge, p.callId);
    if (p.presenter) {
        p.presenter = false;
        live.touchParticipant(p.id, {kPresenter});
        return QStringLiteral("%1 stopped presenting in \"%2\"").arg(p.name, call);
    }
    if (const LiveCall *c = live.call(p.callId)) {
        for (const QString &id : c->participantIds) {
            LiveParticipant *other = live.participant(id);
            if (other && other->presenter) {
                other->presenter = false;
                live.touchParticipant(id, {kPresenter});
            }
        }
    }
    p.presenter = true;
    live.touchParticipant(p.id, {kPresenter});
    return QStringLiteral("%1 started presenting in \"%2\"").arg(p.name, call);
}

QString ActivityGenerator::changeActiveSpeaker(const QList<CallRef> &all)
{
    QList<CallRef> busy;
    QList<QStringList> speakers;   // per busy call, who is in the meeting (not in the lobby)
    for (const CallRef &ref : all) {
        QStringList ids;
        for (const QString &id : std::as_const(ref.call->participantIds)) {
            const LiveParticipant *p = ref.bridge->live().participant(id);
            if (p && !p->deactivated)
                ids.append(id);
        }
        if (!ids.isEmpty()) {
            busy.append(ref);
            speakers.append(ids);
        }
    }
    if (busy.isEmpty())
        return QStringLiteral("Nobody to speak: everyone is in the lobby");
    const int chosen = m_rng.bounded(int(busy.size()));
    const CallRef target = busy.at(chosen);
    LiveState &live = target.bridge->live();
    const QString speakerId = speakers.at(chosen).at(m_rng.bounded(int(speakers.at(chosen).size())));
    const QStringList ids = target.call->participantIds;
    for (const QString &id : ids) {
        LiveParticipant *p = live.participant(id);
        if (p && p->activeSpeaker != (id == speakerId)) {
            p->activeSpeaker = id == speakerId;
            live.touchParticipant(id, {kActiveSpeaker});
        }
    }
    const LiveParticipant *speaker = live.participant(speakerId);
    return QStringLiteral("%1 is speaking in \"%2\"").arg(speaker ? speaker->name : QString(), target.call->name);
}

QString ActivityGenerator::endCall(const QList<CallRef> &all)
{
    const CallRef target = all.at(m_rng.bounded(int(all.size())));
    const QString name = target.call->name;
    const QString id = target.call->id;   // a copy: the call is gone after endCall()
    m_cluster.live().endCall(*target.bridge, id);
    return QStringLiteral("Call \"%1\" ended on %2").arg(name, target.bridge->name());
}

} // namespace cmssim
