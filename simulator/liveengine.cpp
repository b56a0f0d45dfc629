#include "liveengine.h"

#include "configstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simversion.h"

#include <QTimer>

namespace cmssim {

namespace {
const QString kCallLegProfile = QStringLiteral("callLegProfile");

MediaStats media(QRandomGenerator &rng, const QString &codec, int bitRate)
{
    MediaStats m;
    m.codec = codec;
    m.bitRate = bitRate;
    m.packetLossPercentage = rng.bounded(20) / 10.0;   // 0.0 .. 1.9 %
    m.jitter = int(rng.bounded(30));
    return m;
}

// What a leg on a congested network (a hotel, a mobile hotspot) reports.
MediaStats poorMedia(QRandomGenerator &rng, const QString &codec, int bitRate)
{
    MediaStats m;
    m.codec = codec;
    m.bitRate = bitRate;
    m.packetLossPercentage = (80 + rng.bounded(70)) / 10.0;   // 8.0 .. 14.9 %
    m.jitter = 60 + int(rng.bounded(60));
    return m;
}
} // namespace

LiveEngine::LiveEngine(SimCluster &cluster)
    : m_cluster(cluster)
{
}

std::variant<QString, Failure> LiveEngine::startCall(SimBridge &bridge, const QString &coSpaceId, const QString &name)
{
    LiveCall call;
    if (!coSpaceId.isEmpty()) {
        const ConfigObject *space = m_cluster.store().find(QStringLiteral("coSpaces"), coSpaceId);
        if (!space)
            return Failure::notFound(QStringLiteral("coSpaceDoesNotExist"));
        if (LiveCall *existing = bridge.live().callForSpace(coSpaceId))
            return existing->id;
        call.coSpaceId = coSpaceId;
        call.name = space->value(QStringLiteral("name"));
        call.tenant = space->value(QStringLiteral("tenant"));
        // A meeting already running on another bridge gets an instance here, same correlator.
        for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
            if (LiveCall *other = m_cluster.bridge(i).live().callForSpace(coSpaceId)) {
                call.correlator = other->correlator;
                break;
            }
        }
    } else {
        call.callType = QStringLiteral("adHoc");
        call.name = name;
    }
    if (!name.isEmpty())
        call.name = name;
    if (call.correlator.isEmpty())
        call.correlator = m_cluster.ids().guid();
    call.id = m_cluster.ids().guid();
    call.started = QDateTime::currentDateTimeUtc();
    bridge.live().addCall(call);
    return call.id;
}

LiveCall &LiveEngine::instanceOn(SimBridge &bridge, const LiveCall &model)
{
    if (LiveCall *existing = bridge.live().callByCorrelator(model.correlator))
        return *existing;
    LiveCall instance = model;
    instance.id = m_cluster.ids().guid();
    instance.participantIds.clear();
    instance.distributedInstance = true;
    instance.started = QDateTime::currentDateTimeUtc();
    bridge.live().addCall(instance);
    return *bridge.live().call(instance.id);
}

SimBridge &LiveEngine::placeOn(SimBridge &preferred)
{
    if (forcedPlacement >= 0 && forcedPlacement < m_cluster.bridgeCount() && m_cluster.bridge(forcedPlacement).isUp())
        return m_cluster.bridge(forcedPlacement);
    SimBridge *best = &preferred;
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        SimBridge &b = m_cluster.bridge(i);
        if (b.isUp() && b.live().legCount() + loadBalanceSlack < best->live().legCount())
            best = &b;
    }
    return *best;
}

EffectiveLegSettings LiveEngine::effectiveSettings(const LiveParticipant &participant, const LiveCall &call) const
{
    const ConfigStore &store = m_cluster.store();
    // The chain of call leg profiles, most specific first.
    QStringList chain;
    chain.append(participant.callLegProfile);
    const ConfigObject *space = store.find(QStringLiteral("coSpaces"), call.coSpaceId);
    if (space && !participant.accessMethodId.isEmpty()) {
        if (const ConfigObject *am = store.find(QStringLiteral("accessMethods"), participant.accessMethodId, space->id))
            chain.append(am->value(kCallLegProfile));
    }
    if (space && !participant.memberUserId.isEmpty()) {
        if (const ConfigObject *member = store.find(QStringLiteral("coSpaceUsers"), participant.memberUserId, space->id))
            chain.append(member->value(kCallLegProfile));
    }
    if (space) {
        chain.append(space->value(kCallLegProfile));
        if (const ConfigObject *tenant = store.find(QStringLiteral("tenants"), space->value(QStringLiteral("tenant"))))
            chain.append(tenant->value(kCallLegProfile));
    }
    chain.append(store.systemProfiles().value(kCallLegProfile));

    QList<const ConfigObject *> profiles;
    for (const QString &id : chain) {
        if (const ConfigObject *p = store.find(QStringLiteral("callLegProfiles"), id))
            profiles.append(p);
    }
    // Each parameter comes from the most specific profile that sets it.
    auto value = [&](const QString &field) {
        for (const ConfigObject *p : profiles) {
            if (p->has(field))
                return p->value(field);
        }
        return QString();
    };
    auto flag = [&](const QString &field) { return value(field) == QLatin1String("true"); };

    EffectiveLegSettings s;
    s.needsActivation = flag(QStringLiteral("needsActivation"));
    const QString mode = value(QStringLiteral("deactivationMode"));
    if (!mode.isEmpty())
        s.deactivationMode = mode;
    s.deactivationModeTime = value(QStringLiteral("deactivationModeTime")).toInt();
    s.defaultLayout = value(QStringLiteral("defaultLayout"));
    if (s.defaultLayout.isEmpty() && space)
        s.defaultLayout = space->value(QStringLiteral("defaultLayout"));
    s.rxAudioMute = flag(QStringLiteral("rxAudioMute"));
    s.rxVideoMute = flag(QStringLiteral("rxVideoMute"));
    s.txAudioMute = flag(QStringLiteral("txAudioMute"));
    s.txVideoMute = flag(QStringLiteral("txVideoMute"));
    return s;
}

QString LiveEngine::join(SimBridge &bridge, const QString &callId, const JoinSpec &spec)
{
    LiveCall *call = bridge.live().call(callId);
    if (!call)
        return {};
    IdGenerator &ids = m_cluster.ids();
    LiveParticipant p;
    p.id = spec.presetId.isEmpty() ? ids.guid() : spec.presetId;
    p.movedParticipant = spec.movedParticipant;
    p.movedParticipantCallBridge = spec.movedParticipantCallBridge;
    p.legId = ids.guid();
    p.callId = callId;
    p.name = spec.name;
    p.remoteParty = spec.remoteParty;
    p.userJid = spec.userJid;
    p.kind = spec.kind;
    p.direction = spec.direction;
    p.accessMethodId = spec.accessMethodId;
    p.memberUserId = spec.memberUserId;
    p.callLegProfile = spec.callLegProfile;
    p.dualHomed = spec.dualHomed;
    p.joined = QDateTime::currentDateTimeUtc();

    const EffectiveLegSettings settings = effectiveSettings(p, *call);
    p.isActivator = !spec.needsActivation.value_or(settings.needsActivation);
    p.layout = settings.defaultLayout;
    p.rxAudioMute = settings.rxAudioMute;
    p.rxVideoMute = settings.rxVideoMute;
    p.txAudioMute = settings.txAudioMute;
    p.txVideoMute = settings.txVideoMute;
    p.deactivated = !p.isActivator && !meetingHasActivator(call->correlator);

    QRandomGenerator &rng = ids.random();
    if (spec.poorMedia) {
        p.rxAudio = poorMedia(rng, QStringLiteral("aac"), 32000);
        p.txAudio = poorMedia(rng, QStringLiteral("aac"), 32000);
        p.rxVideo = poorMedia(rng, QStringLiteral("h264"), 200000 + int(rng.bounded(200000)));
        p.txVideo = poorMedia(rng, QStringLiteral("h264"), 300000 + int(rng.bounded(200000)));
        p.roundTripTime = 320 + int(rng.bounded(200));
    } else {
        p.rxAudio = media(rng, QStringLiteral("aac"), 64000);
        p.txAudio = media(rng, QStringLiteral("aac"), 64000);
        p.rxVideo = media(rng, QStringLiteral("h264"), 1000000 + int(rng.bounded(2000000)));
        p.txVideo = media(rng, QStringLiteral("h264"), 1000000 + int(rng.bounded(2000000)));
        p.roundTripTime = 5 + int(rng.bounded(200));
    }
    if (p.rxAudio.packetLossPercentage >= 1.5)
        p.alarms.append(QStringLiteral("packetLoss"));
    if (p.rxVideo.jitter >= 25)
        p.alarms.append(QStringLiteral("excessiveJitter"));
    if (p.roundTripTime >= 180)
        p.alarms.append(QStringLiteral("highRoundTripTime"));

    const QString correlator = call->correlator;
    bridge.live().addParticipant(p);
    if (p.isActivator)
        updateLobby(correlator);
    return p.id;
}

QString LiveEngine::joinBalanced(SimBridge &target, const QString &callId, const JoinSpec &spec)
{
    return joinOn(placeOn(target), target, callId, spec);
}

QString LiveEngine::joinOn(SimBridge &placed, SimBridge &host, const QString &callId, const JoinSpec &spec)
{
    const LiveCall *call = host.live().call(callId);
    if (!call)
        return {};
    const LiveCall &instance = instanceOn(placed, *call);
    return join(placed, instance.id, spec);
}

Located LiveEngine::find(const QString &participantId)
{
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        SimBridge &b = m_cluster.bridge(i);
        if (!b.isUp())
            continue;
        if (LiveParticipant *p = b.live().participant(participantId))
            return {&b, p};
    }
    return {};
}

void LiveEngine::leave(const QString &participantId)
{
    const Located where = find(participantId);
    if (!where)
        return;
    const QString callId = where.participant->callId;
    const bool wasActivator = where.participant->isActivator;
    const LiveCall *call = where.bridge->live().call(callId);
    const QString correlator = call ? call->correlator : QString();
    where.bridge->live().removeParticipant(participantId);
    dropEmptyInstance(*where.bridge, callId);
    if (wasActivator)
        updateLobby(correlator);
}

void LiveEngine::dropEmptyInstance(SimBridge &bridge, const QString &callId)
{
    const LiveCall *call = bridge.live().call(callId);
    if (call && call->distributedInstance && call->participantIds.isEmpty())
        bridge.live().removeCall(callId);
}

bool LiveEngine::canMove(const LiveParticipant &participant) const
{
    const int version = m_cluster.options().version.number;
    if (version < since::participantMoves || participant.dualHomed || participant.kind == EndpointKind::Lync)
        return false;
    if (participant.kind == EndpointKind::WebApp && version < since::webAppMoves)
        return false;
    return true;
}

bool LiveEngine::meetingHasActivator(const QString &correlator) const
{
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        SimBridge &b = m_cluster.bridge(i);
        const LiveCall *call = b.live().callByCorrelator(correlator);
        if (!call || !b.isUp())
            continue;
        for (const QString &pid : call->participantIds) {
            const LiveParticipant *p = b.live().participant(pid);
            if (p && p->isActivator)
                return true;
        }
    }
    return false;
}

// Guests wait in the lobby until an activator (a host) is present; when the last one leaves, each
// guest's deactivationMode decides: back to the lobby, disconnected, or left in the meeting.
void LiveEngine::updateLobby(const QString &correlator)
{
    if (correlator.isEmpty())
        return;
    const bool hostPresent = meetingHasActivator(correlator);
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        SimBridge &b = m_cluster.bridge(i);
        const LiveCall *call = b.live().callByCorrelator(correlator);
        if (!call || !b.isUp())
            continue;
        const QStringList ids = call->participantIds;
        for (const QString &pid : ids) {
            LiveParticipant *p = b.live().participant(pid);
            if (!p || p->isActivator)
                continue;
            if (hostPresent && p->deactivated) {
                p->deactivated = false;
                b.live().touchParticipant(pid, {QStringLiteral("deactivated")});
            } else if (!hostPresent && !p->deactivated) {
                const EffectiveLegSettings s = effectiveSettings(*p, *call);
                if (s.deactivationMode == QLatin1String("remainActivated"))
                    continue;
                if (s.deactivationModeTime > 0) {
                    QTimer::singleShot(s.deactivationModeTime * 1000, this,
                                       [this, correlator, pid] { applyDeactivation(correlator, pid); });
                } else {
                    applyDeactivation(correlator, pid);
                }
            }
        }
    }
}

void LiveEngine::applyDeactivation(const QString &correlator, const QString &participantId)
{
    if (meetingHasActivator(correlator))
        return;   // a host came back in time
    const Located where = find(participantId);
    if (!where || where.participant->deactivated)
        return;
    const LiveCall *call = where.bridge->live().call(where.participant->callId);
    if (!call)
        return;
    if (effectiveSettings(*where.participant, *call).deactivationMode == QLatin1String("disconnect")) {
        leave(participantId);
    } else {
        where.participant->deactivated = true;
        where.bridge->live().touchParticipant(participantId, {QStringLiteral("deactivated")});
    }
}

void LiveEngine::admit(const QString &participantId)
{
    const Located where = find(participantId);
    if (!where || !where.participant->deactivated)
        return;
    where.participant->deactivated = false;
    where.bridge->live().touchParticipant(participantId, {QStringLiteral("deactivated")});
}

std::variant<QString, Failure> LiveEngine::move(SimBridge &target, const QString &targetCallId,
                                                const QString &participantId, std::optional<bool> needsActivation)
{
    const int version = m_cluster.options().version.number;
    if (version < since::participantMoves)
        return Failure::parameterError(QStringLiteral("movedParticipant"), QStringLiteral("unrecognised"));
    LiveCall *targetCall = target.live().call(targetCallId);
    if (!targetCall)
        return Failure::notFound(QStringLiteral("callDoesNotExist"));
    const Located source = find(participantId);
    if (!source)
        return Failure::notFound(QStringLiteral("participantDoesNotExist"));
    const LiveCall *sourceCall = source.bridge->live().call(source.participant->callId);
    if (!canMove(*source.participant) || (sourceCall && sourceCall->correlator == targetCall->correlator))
        return Failure::parameterError(QStringLiteral("movedParticipant"), QStringLiteral("invalidValue"));

    JoinSpec spec;
    spec.name = source.participant->name;
    spec.remoteParty = source.participant->remoteParty;
    spec.userJid = source.participant->userJid;
    spec.kind = source.participant->kind;
    spec.direction = source.participant->direction;
    spec.needsActivation = needsActivation;
    const QString sourceBridgeId = source.bridge->id();
    const MoveFault fault = target.faults().moveFault;
    const LiveCall targetModel = *targetCall;

    leave(participantId);
    const QString newId = m_cluster.ids().guid();
    if (fault == MoveFault::DropParticipant)
        return newId;   // the reply looks fine; nobody arrives

    const LiveCall *destination = &targetModel;
    SimBridge *destinationBridge = &target;
    if (fault == MoveFault::WrongCall) {
        for (const QString &cid : target.live().callOrder()) {
            const LiveCall *c = target.live().call(cid);
            if (c && c->correlator != targetModel.correlator) {
                destination = c;
                break;
            }
        }
    }
    const LiveCall model = *destination;
    SimBridge &placed = placeOn(*destinationBridge);
    const LiveCall &instance = instanceOn(placed, model);
    // The new participant has the id the reply announced and says where it came from.
    spec.presetId = newId;
    spec.movedParticipant = participantId;
    spec.movedParticipantCallBridge = sourceBridgeId;
    join(placed, instance.id, spec);
    return newId;
}

void LiveEngine::endCall(SimBridge &bridge, const QString &callId)
{
    const LiveCall *call = bridge.live().call(callId);
    if (!call)
        return;
    const QString correlator = call->correlator;
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        LiveState &live = m_cluster.bridge(i).live();
        while (LiveCall *instance = live.callByCorrelator(correlator))
            live.removeCall(instance->id);
    }
}

void LiveEngine::bridgeWentDown(SimBridge &bridge)
{
    QStringList correlators;
    for (const QString &cid : bridge.live().callOrder()) {
        if (const LiveCall *c = bridge.live().call(cid))
            correlators.append(c->correlator);
    }
    bridge.live().removeAll();
    for (const QString &c : correlators)
        updateLobby(c);
}

} // namespace cmssim
