#include "liveapi.h"

#include "eventshub.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simversion.h"
#include "xmlout.h"

namespace cmssim {

namespace {

const QString kTrue = QStringLiteral("true");

QString boolText(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

QString kindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::WebApp:
        return QStringLiteral("acano");
    case EndpointKind::Lync:
        return QStringLiteral("lync");
    case EndpointKind::Sip:
        break;
    }
    return QStringLiteral("sip");
}

bool isBool(const QString &v)
{
    return v == QLatin1String("true") || v == QLatin1String("false");
}

bool isPost(const ApiRequest &r) { return r.method == QLatin1String("POST"); }
bool isGet(const ApiRequest &r) { return r.method == QLatin1String("GET"); }
bool isPut(const ApiRequest &r) { return r.method == QLatin1String("PUT"); }
bool isDelete(const ApiRequest &r) { return r.method == QLatin1String("DELETE"); }

// One direction's media under a call leg's status. The round-trip time belongs to what the bridge
// sends (cms-api.md section 4 lists it with the media fields; it is measured on the sent stream), so
// only txAudio and txVideo carry it: pass a negative value for the received directions.
void writeMedia(XmlOut &xml, const QString &name, const MediaStats &m, int roundTripTime = -1)
{
    auto &w = xml.writer();
    w.writeStartElement(name);
    w.writeTextElement(QStringLiteral("codec"), m.codec);
    w.writeTextElement(QStringLiteral("bitRate"), QString::number(m.bitRate));
    w.writeTextElement(QStringLiteral("packetLossPercentage"), QString::number(m.packetLossPercentage, 'f', 1));
    w.writeTextElement(QStringLiteral("jitter"), QString::number(m.jitter));
    if (roundTripTime >= 0)
        w.writeTextElement(QStringLiteral("roundTripTime"), QString::number(roundTripTime));
    w.writeEndElement();
}

qint64 secondsSince(const QDateTime &t)
{
    return t.secsTo(QDateTime::currentDateTimeUtc());
}

} // namespace

LiveApi::LiveApi(SimCluster &cluster, SimBridge &bridge)
    : m_cluster(cluster)
    , m_bridge(bridge)
{
}

std::optional<Reply> LiveApi::handle(const ApiRequest &request)
{
    const QString first = request.segment(0);
    const qsizetype n = request.path.size();
    if (first == QLatin1String("system") && n == 2 && request.segment(1) == QLatin1String("status")) {
        if (!isGet(request))
            return ApiResponse::empty(405);
        return status();
    }
    if (first == QLatin1String("authtokens") && n == 1)
        return authToken(request);
    if (first == QLatin1String("calls")) {
        if (n == 1)
            return calls(request);
        const QString id = request.path.at(1);
        if (n == 2)
            return call(request, id);
        const QString sub = request.segment(2);
        if (sub == QLatin1String("participants") && n == 3)
            return callParticipants(request, id);
        if (sub == QLatin1String("participants") && n == 4 && request.path.at(3) == QLatin1String("*"))
            return muteAll(request, id);
        if (sub == QLatin1String("calllegs") && n == 3)
            return callLegs(request, id);
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    }
    if (first == QLatin1String("calllegs")) {
        if (n == 1)
            return callLegs(request, {});
        if (n == 2)
            return callLeg(request, request.path.at(1));
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    }
    if (first == QLatin1String("participants")) {
        if (n == 1)
            return participants(request, {});
        if (n == 2)
            return participant(request, request.path.at(1));
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    }
    return std::nullopt;
}

Reply LiveApi::status()
{
    const LiveState &live = m_bridge.live();
    qint64 audioIn = 0, audioOut = 0, videoIn = 0, videoOut = 0;
    for (const QString &pid : live.participantOrder()) {
        const LiveParticipant *p = live.participant(pid);
        audioIn += p->rxAudio.bitRate;
        audioOut += p->txAudio.bitRate;
        videoIn += p->rxVideo.bitRate;
        videoOut += p->txVideo.bitRate;
    }
    XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
    auto &w = xml.writer();
    w.writeStartElement(QStringLiteral("status"));
    w.writeTextElement(QStringLiteral("softwareVersion"), m_cluster.options().version.text);
    w.writeTextElement(QStringLiteral("uptimeSeconds"), QString::number(secondsSince(m_bridge.startedAt())));
    w.writeTextElement(QStringLiteral("cdrTime"), QDateTime::currentDateTimeUtc()
                                                      .addSecs(m_bridge.clockSkewSeconds)
                                                      .toString(Qt::ISODate));
    w.writeTextElement(QStringLiteral("activated"), kTrue);
    w.writeTextElement(QStringLiteral("clusterEnabled"), boolText(m_cluster.bridgeCount() > 1));
    w.writeTextElement(QStringLiteral("callLegsActive"), QString::number(live.legCount()));
    w.writeTextElement(QStringLiteral("callLegsMaxActive"), QString::number(live.maxLegsSeen()));
    w.writeTextElement(QStringLiteral("callLegsCompleted"), QString::number(live.legsCompleted()));
    w.writeTextElement(QStringLiteral("audioBitRateOutgoing"), QString::number(audioOut));
    w.writeTextElement(QStringLiteral("audioBitRateIncoming"), QString::number(audioIn));
    w.writeTextElement(QStringLiteral("videoBitRateOutgoing"), QString::number(videoOut));
    w.writeTextElement(QStringLiteral("videoBitRateIncoming"), QString::number(videoIn));
    w.writeEndElement();
    return ApiResponse::xml(xml.take());
}

Reply LiveApi::authToken(const ApiRequest &request)
{
    if (!m_cluster.options().version.atLeast(since::events))
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    if (!isPost(request))
        return ApiResponse::empty(405);
    ApiResponse r;
    r.headers.append({QByteArrayLiteral("X-Cisco-CMS-Auth-Token"), m_bridge.events().issueToken().toLatin1()});
    return r;
}

Reply LiveApi::calls(const ApiRequest &request)
{
    LiveEngine &engine = m_cluster.live();
    if (isPost(request)) {
        const QString space = request.params.value(QStringLiteral("coSpace"));
        const QString name = request.params.value(QStringLiteral("name"));
        if (space.isEmpty() && name.isEmpty())
            return Failure::parameterError(QStringLiteral("coSpace"), QStringLiteral("required"));
        auto result = engine.startCall(m_bridge, space, name);
        if (auto *f = std::get_if<Failure>(&result))
            return *f;
        return ApiResponse::created(QStringLiteral("calls/") + std::get<QString>(result));
    }
    if (!isGet(request))
        return ApiResponse::empty(405);
    const auto page = request.page(m_cluster.options().caps.capFor(QStringLiteral("calls"), true));
    const QString spaceFilter = request.queryValue(QStringLiteral("coSpaceFilter"));
    const QString tenantFilter = request.queryValue(QStringLiteral("tenantFilter"));
    const QString filter = request.queryValue(QStringLiteral("filter"));
    QList<const LiveCall *> items;
    qsizetype total = 0;
    for (const QString &cid : m_bridge.live().callOrder()) {
        const LiveCall *c = m_bridge.live().call(cid);
        if ((!spaceFilter.isEmpty() && c->coSpaceId != spaceFilter) || (!tenantFilter.isEmpty() && c->tenant != tenantFilter)
            || (!filter.isEmpty() && !c->name.contains(filter, Qt::CaseInsensitive)))
            continue;
        if (total >= page.offset && items.size() < page.limit)
            items.append(c);
        ++total;
    }
    XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
    xml.startCollection(QStringLiteral("calls"), total);
    auto &w = xml.writer();
    for (const LiveCall *c : items) {
        w.writeStartElement(QStringLiteral("call"));
        w.writeAttribute(QStringLiteral("id"), c->id);
        w.writeTextElement(QStringLiteral("name"), c->name);
        if (!c->coSpaceId.isEmpty())
            w.writeTextElement(QStringLiteral("coSpace"), c->coSpaceId);
        w.writeTextElement(QStringLiteral("callCorrelator"), c->correlator);
        if (!c->tenant.isEmpty())
            w.writeTextElement(QStringLiteral("tenant"), c->tenant);
        w.writeEndElement();
    }
    xml.endCollection();
    return ApiResponse::xml(xml.take());
}

Reply LiveApi::call(const ApiRequest &request, const QString &id)
{
    LiveCall *c = m_bridge.live().call(id);
    if (!c)
        return Failure::notFound(QStringLiteral("callDoesNotExist"));
    if (isDelete(request)) {
        m_cluster.live().endCall(m_bridge, id);
        return ApiResponse::ok();
    }
    if (isPut(request)) {
        QStringList changed;
        for (const QString &field : {QStringLiteral("locked"), QStringLiteral("recording"), QStringLiteral("streaming")}) {
            if (!request.params.contains(field))
                continue;
            const QString v = request.params.value(field);
            if (!isBool(v))
                return Failure::parameterError(field, QStringLiteral("invalidValue"));
            bool &target = field == QLatin1String("locked") ? c->locked
                : field == QLatin1String("recording")       ? c->recording
                                                            : c->streaming;
            if (target != (v == kTrue)) {
                target = v == kTrue;
                changed.append(field == QLatin1String("locked") ? QStringLiteral("lockState") : field);
            }
        }
        if (request.params.contains(QStringLiteral("name"))) {
            c->name = request.params.value(QStringLiteral("name"));
            changed.append(QStringLiteral("name"));
        }
        if (!changed.isEmpty())
            m_bridge.live().touchCall(id, changed);
        return ApiResponse::ok();
    }
    if (!isGet(request))
        return ApiResponse::empty(405);

    int instances = 0;
    int remote = 0;
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        SimBridge &b = m_cluster.bridge(i);
        if (&b == &m_bridge || !b.isUp())
            continue;
        if (const LiveCall *other = b.live().callByCorrelator(c->correlator)) {
            ++instances;
            remote += int(other->participantIds.size());
        }
    }
    XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
    auto &w = xml.writer();
    w.writeStartElement(QStringLiteral("call"));
    w.writeAttribute(QStringLiteral("id"), c->id);
    w.writeTextElement(QStringLiteral("name"), c->name);
    if (!c->coSpaceId.isEmpty())
        w.writeTextElement(QStringLiteral("coSpace"), c->coSpaceId);
    w.writeTextElement(QStringLiteral("callCorrelator"), c->correlator);
    if (!c->tenant.isEmpty())
        w.writeTextElement(QStringLiteral("tenant"), c->tenant);
    w.writeTextElement(QStringLiteral("callType"), c->callType);
    w.writeTextElement(QStringLiteral("durationSeconds"), QString::number(secondsSince(c->started)));
    w.writeTextElement(QStringLiteral("numCallLegs"), QString::number(c->participantIds.size()));
    w.writeTextElement(QStringLiteral("numParticipantsLocal"), QString::number(c->participantIds.size()));
    w.writeTextElement(QStringLiteral("numParticipantsRemote"), QString::number(remote));
    w.writeTextElement(QStringLiteral("numDistributedInstances"), QString::number(instances));
    w.writeTextElement(QStringLiteral("locked"), boolText(c->locked));
    w.writeTextElement(QStringLiteral("recording"), boolText(c->recording));
    w.writeTextElement(QStringLiteral("streaming"), boolText(c->streaming));
    w.writeEndElement();
    return ApiResponse::xml(xml.take());
}

QList<LiveApi::Seen> LiveApi::visibleParticipants(const QString &callId) const
{
    QList<Seen> out;
    const LiveState &live = m_bridge.live();
    for (const QString &cid : live.callOrder()) {
        if (!callId.isEmpty() && cid != callId)
            continue;
        const LiveCall *c = live.call(cid);
        for (const QString &pid : c->participantIds)
            out.append({live.participant(pid), &m_bridge, cid});
        for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
            SimBridge &b = m_cluster.bridge(i);
            if (&b == &m_bridge || !b.isUp())
                continue;
            if (const LiveCall *other = b.live().callByCorrelator(c->correlator)) {
                for (const QString &pid : other->participantIds)
                    out.append({b.live().participant(pid), &b, cid});
            }
        }
    }
    return out;
}

void LiveApi::writeParticipant(XmlOut &xml, const Seen &seen, bool summary) const
{
    const LiveParticipant &p = *seen.participant;
    auto &w = xml.writer();
    w.writeStartElement(QStringLiteral("participant"));
    w.writeAttribute(QStringLiteral("id"), p.id);
    w.writeTextElement(QStringLiteral("name"), p.name);
    w.writeTextElement(QStringLiteral("call"), seen.localCallId);
    if (seen.host != &m_bridge)
        w.writeTextElement(QStringLiteral("callBridge"), seen.host->id());
    if (summary) {
        w.writeEndElement();
        return;
    }
    const int version = m_cluster.options().version.number;
    w.writeTextElement(QStringLiteral("uri"), p.remoteParty);
    if (!p.userJid.isEmpty())
        w.writeTextElement(QStringLiteral("userJid"), p.userJid);
    w.writeTextElement(QStringLiteral("isActivator"), boolText(p.isActivator));
    if (version >= since::participantMoves) {
        w.writeTextElement(QStringLiteral("canMove"), boolText(m_cluster.live().canMove(p)));
        if (!p.movedParticipant.isEmpty()) {
            w.writeTextElement(QStringLiteral("movedParticipant"), p.movedParticipant);
            w.writeTextElement(QStringLiteral("movedParticipantCallBridge"), p.movedParticipantCallBridge);
        }
    }
    w.writeTextElement(QStringLiteral("numCallLegs"), QStringLiteral("1"));
    w.writeStartElement(QStringLiteral("status"));
    w.writeTextElement(QStringLiteral("state"), p.state);
    w.writeTextElement(QStringLiteral("deactivated"), boolText(p.deactivated));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("configuration"));
    w.writeTextElement(QStringLiteral("importance"), QString::number(p.importance));
    w.writeEndElement();
    w.writeEndElement();
}

void LiveApi::writeLeg(XmlOut &xml, const LiveParticipant &p, bool summary) const
{
    auto &w = xml.writer();
    w.writeStartElement(QStringLiteral("callLeg"));
    w.writeAttribute(QStringLiteral("id"), p.legId);
    w.writeTextElement(QStringLiteral("name"), p.name);
    w.writeTextElement(QStringLiteral("remoteParty"), p.remoteParty);
    w.writeTextElement(QStringLiteral("call"), p.callId);
    if (summary) {
        if (!p.alarms.isEmpty()) {
            w.writeStartElement(QStringLiteral("alarms"));
            for (const QString &a : p.alarms)
                w.writeEmptyElement(a);
            w.writeEndElement();
        }
        w.writeEndElement();
        return;
    }
    w.writeTextElement(QStringLiteral("localAddress"), m_bridge.name().toLower() + QStringLiteral("@cms.example"));
    w.writeTextElement(QStringLiteral("participant"), p.id);
    w.writeTextElement(QStringLiteral("type"), kindName(p.kind));
    w.writeTextElement(QStringLiteral("direction"), p.direction);
    if (m_cluster.options().version.number >= since::participantMoves)
        w.writeTextElement(QStringLiteral("canMove"), boolText(m_cluster.live().canMove(p)));
    w.writeStartElement(QStringLiteral("configuration"));
    w.writeTextElement(QStringLiteral("rxAudioMute"), boolText(p.rxAudioMute));
    w.writeTextElement(QStringLiteral("txAudioMute"), boolText(p.txAudioMute));
    w.writeTextElement(QStringLiteral("rxVideoMute"), boolText(p.rxVideoMute));
    w.writeTextElement(QStringLiteral("txVideoMute"), boolText(p.txVideoMute));
    if (!p.layout.isEmpty())
        w.writeTextElement(QStringLiteral("chosenLayout"), p.layout);
    w.writeTextElement(QStringLiteral("importance"), QString::number(p.importance));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("status"));
    w.writeTextElement(QStringLiteral("state"), p.state);
    w.writeTextElement(QStringLiteral("durationSeconds"), QString::number(secondsSince(p.joined)));
    w.writeTextElement(QStringLiteral("deactivated"), boolText(p.deactivated));
    writeMedia(xml, QStringLiteral("rxAudio"), p.rxAudio);
    writeMedia(xml, QStringLiteral("txAudio"), p.txAudio, p.roundTripTime);
    writeMedia(xml, QStringLiteral("rxVideo"), p.rxVideo);
    writeMedia(xml, QStringLiteral("txVideo"), p.txVideo, p.roundTripTime);
    w.writeEndElement();
    if (!p.alarms.isEmpty()) {
        w.writeStartElement(QStringLiteral("alarms"));
        for (const QString &a : p.alarms)
            w.writeEmptyElement(a);
        w.writeEndElement();
    }
    w.writeEndElement();
}

std::optional<Failure> LiveApi::applyLegSettings(LiveParticipant &p, const Params &params, QStringList *changed)
{
    struct Flag
    {
        const char *param;
        bool LiveParticipant::*member;
        const char *element;   // the roster element that changes
    };
    static const Flag flags[] = {
        {"rxAudioMute", &LiveParticipant::rxAudioMute, "audioMuted"},
        {"rxVideoMute", &LiveParticipant::rxVideoMute, "videoMuted"},
        {"txAudioMute", &LiveParticipant::txAudioMute, "txAudioMute"},
        {"txVideoMute", &LiveParticipant::txVideoMute, "txVideoMute"},
    };
    for (const Flag &f : flags) {
        const QString name = QString::fromLatin1(f.param);
        if (!params.contains(name))
            continue;
        const QString v = params.value(name);
        if (!isBool(v))
            return Failure::parameterError(name, QStringLiteral("invalidValue"));
        if (p.*(f.member) != (v == kTrue)) {
            p.*(f.member) = v == kTrue;
            changed->append(QString::fromLatin1(f.element));
        }
    }
    if (params.contains(QStringLiteral("chosenLayout"))) {
        const QString v = params.value(QStringLiteral("chosenLayout"));
        if (!v.isEmpty() && !TypeSchema::layouts().contains(v))
            return Failure::parameterError(QStringLiteral("chosenLayout"), QStringLiteral("invalidValue"));
        p.layout = v;
        changed->append(QStringLiteral("layout"));
    }
    if (params.contains(QStringLiteral("importance"))) {
        bool ok = false;
        const int v = params.value(QStringLiteral("importance")).toInt(&ok);
        if (!ok)
            return Failure::parameterError(QStringLiteral("importance"), QStringLiteral("invalidValue"));
        p.importance = v;
        changed->append(QStringLiteral("importance"));
    }
    return std::nullopt;
}

Reply LiveApi::callLegs(const ApiRequest &request, const QString &callId)
{
    LiveState &live = m_bridge.live();
    if (!callId.isEmpty() && !live.call(callId))
        return Failure::notFound(QStringLiteral("callDoesNotExist"));
    if (isPost(request)) {
        if (callId.isEmpty())
            return ApiResponse::empty(405);
        const QString remote = request.params.value(QStringLiteral("remoteParty"));
        if (remote.isEmpty())
            return Failure::parameterError(QStringLiteral("remoteParty"), QStringLiteral("required"));
        JoinSpec spec;
        spec.name = remote.section(QLatin1Char('@'), 0, 0);
        spec.remoteParty = remote;
        spec.direction = QStringLiteral("outgoing");
        spec.callLegProfile = request.params.value(QStringLiteral("callLegProfile"));
        if (!spec.callLegProfile.isEmpty() && !m_cluster.store().find(QStringLiteral("callLegProfiles"), spec.callLegProfile))
            return Failure::notFound(QStringLiteral("callLegProfileDoesNotExist"));
        if (request.params.contains(QStringLiteral("needsActivation")))
            spec.needsActivation = request.params.value(QStringLiteral("needsActivation")) == kTrue;
        // Validate the leg settings before dialling: a refused request must create nothing.
        LiveParticipant probe;
        QStringList changed;
        if (auto f = applyLegSettings(probe, request.params, &changed))
            return *f;
        const QString pid = m_cluster.live().join(m_bridge, callId, spec);
        LiveParticipant *p = live.participant(pid);
        changed.clear();
        applyLegSettings(*p, request.params, &changed);
        if (!changed.isEmpty())
            live.touchParticipant(pid, changed);
        return ApiResponse::created(QStringLiteral("callLegs/") + p->legId);
    }
    if (!isGet(request))
        return ApiResponse::empty(405);
    const auto page = request.page(m_cluster.options().caps.capFor(QStringLiteral("callLegs"), true));
    const QString filter = request.queryValue(QStringLiteral("filter"));
    const QString participantFilter = request.queryValue(QStringLiteral("participantFilter"));
    const QString alarms = request.queryValue(QStringLiteral("alarms"));
    QList<const LiveParticipant *> items;
    qsizetype total = 0;
    for (const QString &pid : live.participantOrder()) {
        const LiveParticipant *p = live.participant(pid);
        if (!callId.isEmpty() && p->callId != callId)
            continue;
        if (!filter.isEmpty() && !p->name.contains(filter, Qt::CaseInsensitive)
            && !p->remoteParty.contains(filter, Qt::CaseInsensitive))
            continue;
        if (!participantFilter.isEmpty() && p->id != participantFilter)
            continue;
        if (!alarms.isEmpty()) {
            bool any = false;
            for (const QString &a : alarms.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                any = any || (a == QLatin1String("all") ? !p->alarms.isEmpty() : p->alarms.contains(a));
            if (!any)
                continue;
        }
        if (total >= page.offset && items.size() < page.limit)
            items.append(p);
        ++total;
    }
    XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
    xml.startCollection(QStringLiteral("callLegs"), total);
    for (const LiveParticipant *p : items)
        writeLeg(xml, *p, true);
    xml.endCollection();
    return ApiResponse::xml(xml.take());
}

Reply LiveApi::callLeg(const ApiRequest &request, const QString &id)
{
    LiveParticipant *p = m_bridge.live().participantByLeg(id);
    if (!p)
        return Failure::notFound(QStringLiteral("callLegDoesNotExist"));
    if (isDelete(request)) {
        m_cluster.live().leave(p->id);
        return ApiResponse::ok();
    }
    if (isPut(request)) {
        LiveParticipant copy = *p;
        QStringList changed;
        if (auto f = applyLegSettings(copy, request.params, &changed))
            return *f;
        *p = copy;
        if (!changed.isEmpty())
            m_bridge.live().touchParticipant(p->id, changed);
        return ApiResponse::ok();
    }
    if (!isGet(request))
        return ApiResponse::empty(405);
    XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
    writeLeg(xml, *p, false);
    return ApiResponse::xml(xml.take());
}

Reply LiveApi::callParticipants(const ApiRequest &request, const QString &callId)
{
    if (!m_bridge.live().call(callId))
        return Failure::notFound(QStringLiteral("callDoesNotExist"));
    if (!isPost(request))
        return participants(request, callId);

    std::optional<bool> needsActivation;
    if (request.params.contains(QStringLiteral("needsActivation"))) {
        const QString v = request.params.value(QStringLiteral("needsActivation"));
        if (!isBool(v))
            return Failure::parameterError(QStringLiteral("needsActivation"), QStringLiteral("invalidValue"));
        needsActivation = v == kTrue;
    }
    const QString moved = request.params.value(QStringLiteral("movedParticipant"));
    if (!moved.isEmpty()) {
        auto result = m_cluster.live().move(m_bridge, callId, moved, needsActivation);
        if (auto *f = std::get_if<Failure>(&result))
            return *f;
        return ApiResponse::created(QStringLiteral("participants/") + std::get<QString>(result));
    }
    const QString remote = request.params.value(QStringLiteral("remoteParty"));
    if (remote.isEmpty())
        return Failure::parameterError(QStringLiteral("remoteParty"), QStringLiteral("required"));
    JoinSpec spec;
    spec.name = remote.section(QLatin1Char('@'), 0, 0);
    spec.remoteParty = remote;
    spec.direction = QStringLiteral("outgoing");
    spec.needsActivation = needsActivation;
    spec.callLegProfile = request.params.value(QStringLiteral("callLegProfile"));
    if (!spec.callLegProfile.isEmpty() && !m_cluster.store().find(QStringLiteral("callLegProfiles"), spec.callLegProfile))
        return Failure::notFound(QStringLiteral("callLegProfileDoesNotExist"));
    return ApiResponse::created(QStringLiteral("participants/") + m_cluster.live().joinBalanced(m_bridge, callId, spec));
}

Reply LiveApi::participants(const ApiRequest &request, const QString &callId)
{
    if (!isGet(request))
        return ApiResponse::empty(405);
    const auto page = request.page(m_cluster.options().caps.capFor(QStringLiteral("participants"), true));
    const QString filter = request.queryValue(QStringLiteral("filter"));
    const QString bridgeFilter = request.queryValue(QStringLiteral("callBridgeFilter"));
    QList<Seen> items;
    qsizetype total = 0;
    for (const Seen &s : visibleParticipants(callId)) {
        if (!filter.isEmpty() && !s.participant->name.contains(filter, Qt::CaseInsensitive)
            && !s.participant->remoteParty.contains(filter, Qt::CaseInsensitive))
            continue;
        if (!bridgeFilter.isEmpty() && s.host->id() != bridgeFilter)
            continue;
        if (total >= page.offset && items.size() < page.limit)
            items.append(s);
        ++total;
    }
    XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
    xml.startCollection(QStringLiteral("participants"), total);
    for (const Seen &s : items)
        writeParticipant(xml, s, true);
    xml.endCollection();
    return ApiResponse::xml(xml.take());
}

Reply LiveApi::participant(const ApiRequest &request, const QString &id)
{
    const QList<Seen> visible = visibleParticipants({});
    const Seen *seen = nullptr;
    for (const Seen &s : visible) {
        if (s.participant->id == id) {
            seen = &s;
            break;
        }
    }
    if (!seen)
        return Failure::notFound(QStringLiteral("participantDoesNotExist"));
    if (isGet(request)) {
        XmlOut xml(m_cluster.options().xmlDeclaration(), m_cluster.options().version.number);
        writeParticipant(xml, *seen, false);
        return ApiResponse::xml(xml.take());
    }
    if (isDelete(request)) {
        m_cluster.live().leave(id);
        return ApiResponse::ok();
    }
    if (!isPut(request))
        return ApiResponse::empty(405);
    if (request.params.contains(QStringLiteral("deactivated"))) {
        const QString v = request.params.value(QStringLiteral("deactivated"));
        if (!m_cluster.options().version.atLeast(since::lobbyAdmit) || v != QLatin1String("false"))
            return Failure::parameterError(QStringLiteral("deactivated"), QStringLiteral("invalidValue"));
        m_cluster.live().admit(id);
    }
    Located where = m_cluster.live().find(id);
    LiveParticipant copy = *where.participant;
    QStringList changed;
    if (auto f = applyLegSettings(copy, request.params, &changed))
        return *f;
    *where.participant = copy;
    if (!changed.isEmpty())
        where.bridge->live().touchParticipant(id, changed);
    return ApiResponse::ok();
}

// PUT /calls/<id>/participants/*: the same change for everyone in the call, or for filterIds.
Reply LiveApi::muteAll(const ApiRequest &request, const QString &callId)
{
    LiveCall *c = m_bridge.live().call(callId);
    if (!c)
        return Failure::notFound(QStringLiteral("callDoesNotExist"));
    if (!isPut(request))
        return ApiResponse::empty(405);
    const QStringList only = request.params.value(QStringLiteral("filterIds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList ids = c->participantIds;
    QList<QPair<QString, LiveParticipant>> updated;
    for (const QString &pid : ids) {
        if (!only.isEmpty() && !only.contains(pid))
            continue;
        LiveParticipant copy = *m_bridge.live().participant(pid);
        QStringList changed;
        if (auto f = applyLegSettings(copy, request.params, &changed))
            return *f;
        updated.append({changed.join(QLatin1Char(',')), copy});
    }
    for (const auto &u : updated) {
        *m_bridge.live().participant(u.second.id) = u.second;
        if (!u.first.isEmpty())
            m_bridge.live().touchParticipant(u.second.id, u.first.split(QLatin1Char(',')));
    }
    return ApiResponse::ok();
}

} // namespace cmssim
