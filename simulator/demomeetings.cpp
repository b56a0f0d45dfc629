#include "demomeetings.h"

#include "bulksyncrunner.h"
#include "configapi.h"
#include "configstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "typeschema.h"

namespace cmssim {

namespace {

using demo::Language;

const QString kName = QStringLiteral("name");
const QString kUri = QStringLiteral("uri");

} // namespace

DemoMeetings::DemoMeetings(SimCluster &cluster, QRandomGenerator &rng, CreateSpace createSpace, QString guestProfileId)
    : m_cluster(cluster)
    , m_rng(rng)
    , m_createSpace(std::move(createSpace))
    , m_guestProfileId(std::move(guestProfileId))
{
    // The up bridges; all of them before the cluster has started (as the seeder's calls).
    for (int i = 0; i < cluster.bridgeCount(); ++i) {
        if (cluster.bridge(i).isUp())
            m_bridges.append(&cluster.bridge(i));
    }
    if (m_bridges.isEmpty()) {
        for (int i = 0; i < cluster.bridgeCount(); ++i)
            m_bridges.append(&cluster.bridge(i));
    }
}

DemoShowcase DemoMeetings::seed()
{
    if (m_bridges.isEmpty())
        return {};
    businessReview();
    onboardingLobby();
    partnersWithSkype();
    budgetReviewOnABadNetwork();
    scheduledMeetingsPool();   // last: the meetings above keep the random choices they always had
    return m_result;
}

// A pool of placeholders as TMS makes it (cms-api.md section 8): one bulk parameter set, synced into
// 20 spaces. Two are in use as TMS uses them: the space filled in for the meeting (its name, a
// passcode, non-members allowed), then the call started and the participants in. Both meetings are
// on the first bridge, so that a console that knows only that one sees them.
void DemoMeetings::scheduledMeetingsPool()
{
    const int count = 20;
    ConfigApi &config = m_cluster.config();
    const auto set = config.create(TypeSchema::get(QStringLiteral("cospaceBulkParameterSets")), {},
                                   {{QStringLiteral("startIndex"), QStringLiteral("1")},
                                    {QStringLiteral("endIndex"), QString::number(count)},
                                    {QStringLiteral("coSpaceNameMapping"), QStringLiteral("TMS_Scheduled_Meeting_$index$")},
                                    {QStringLiteral("coSpaceUriMapping"), QStringLiteral("tms.meeting.$index$")},
                                    {QStringLiteral("coSpaceCallIdMapping"), QStringLiteral("4400$index$")},
                                    {QStringLiteral("nonMemberAccess"), QStringLiteral("false")}});
    const QString *setId = std::get_if<QString>(&set);
    if (!setId || m_cluster.bulkSyncs().syncNow(*setId) != u"complete")
        return;
    m_result.poolParameterSetId = *setId;
    m_result.poolSpaces = count;
    const TypeSpec &spaceType = TypeSchema::get(QStringLiteral("coSpaces"));
    auto placeholder = [this](int index) {
        for (const ConfigObject *space : m_cluster.store().table(QStringLiteral("coSpaces")).ordered()) {
            if (space->value(kUri) == QStringLiteral("tms.meeting.%1").arg(index))
                return space->id;
        }
        return QString();
    };
    const struct
    {
        int index;
        QString name;
        QString passcode;
        int home;
        QList<Placed> people;
    } meetings[] = {
        {3, QStringLiteral("Weekly sales sync"), QStringLiteral("4821"), 0,
         {{0, sipRoom()}, {0, webAppUser()}, {0, sipPerson(Language::English)}}},
        {7, QString::fromUtf8("Revue de projet Atlas"), QStringLiteral("7390"), 0,
         {{0, sipPerson(Language::French)}, {0, webAppGuest(Language::French)}, {0, webAppUser()},
          {0, webAppGuest(Language::Korean)}, {0, sipRoom()}}},
    };
    for (const auto &meeting : meetings) {
        const QString spaceId = placeholder(meeting.index);
        if (spaceId.isEmpty()
            || config.update(spaceType, {}, spaceId,
                             {{kName, meeting.name}, {QStringLiteral("passcode"), meeting.passcode},
                              {QStringLiteral("nonMemberAccess"), QStringLiteral("true")}}))
            continue;
        if (!startMeetingIn(spaceId, meeting.home, meeting.people).isEmpty())
            m_result.poolMeetingSpaceIds.append(spaceId);
    }
    m_result.summary.append(QStringLiteral("placeholder pool \"TMS_Scheduled_Meeting_$index$\": %1 spaces made by a bulk sync, "
                                           "%2 of them in a meeting")
                                .arg(count)
                                .arg(m_result.poolMeetingSpaceIds.size()));
}

SimBridge &DemoMeetings::bridge(int index) const
{
    return *m_bridges.at(index % m_bridges.size());
}

QStringList DemoMeetings::startMeeting(Params space, int home, const QList<Placed> &people)
{
    const QString spaceId = m_createSpace(std::move(space));
    if (spaceId.isEmpty())
        return {};
    return startMeetingIn(spaceId, home, people);
}

QStringList DemoMeetings::startMeetingIn(const QString &spaceId, int home, const QList<Placed> &people)
{
    SimBridge &host = bridge(home);
    const auto started = m_cluster.live().startCall(host, spaceId, {});
    const QString *callId = std::get_if<QString>(&started);
    if (!callId)
        return {};
    host.live().call(*callId)->showcase = true;   // before anyone joins: distributed instances copy it
    ++m_result.meetings;
    QStringList ids;
    for (const Placed &placed : people) {
        const QString id = m_cluster.live().joinOn(bridge(placed.bridge), host, *callId, placed.who);
        if (!id.isEmpty())
            ++m_result.participants;
        ids.append(id);
    }
    return ids;
}

// The names of the bridges that carry an instance of the meeting, and the instances' ids.
QString DemoMeetings::bridgesText(const QString &correlator, QStringList *callIds) const
{
    QStringList names;
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        if (const LiveCall *call = m_cluster.bridge(i).live().callByCorrelator(correlator)) {
            names.append(m_cluster.bridge(i).name());
            if (callIds)
                callIds->append(call->id);
        }
    }
    return names.join(QStringLiteral(", "));
}

// One meeting, a call on each of three bridges; SIP and web app participants on each, one of them
// presenting and another speaking.
void DemoMeetings::businessReview()
{
    const QStringList ids = startMeeting({{kName, QStringLiteral("Quarterly business review")}, {kUri, QStringLiteral("qbr.global")}},
                                         0,
                                         {{0, sipRoom()}, {0, webAppUser()}, {1, webAppUser()}, {1, sipPerson(Language::French)},
                                          {2, webAppGuest(Language::Korean)}, {2, sipRoom()}});
    if (ids.isEmpty())
        return;
    const Located presenter = m_cluster.live().find(ids.at(0));
    const Located speaker = m_cluster.live().find(ids.at(2));
    if (!presenter || !speaker)
        return;
    presenter.participant->presenter = true;
    presenter.bridge->live().touchParticipant(presenter.participant->id, {QStringLiteral("presenter")});
    speaker.participant->activeSpeaker = true;
    speaker.bridge->live().touchParticipant(speaker.participant->id, {QStringLiteral("activeSpeaker")});

    const LiveCall *call = presenter.bridge->live().call(presenter.participant->callId);
    m_result.distributedCorrelator = call->correlator;
    const QString bridges = bridgesText(call->correlator, &m_result.distributedCallIds);
    m_result.summary.append(QStringLiteral("\"%1\" on %2: one meeting, a call on each bridge with the same callCorrelator; "
                                           "SIP and web app participants")
                                .arg(call->name, bridges));
}

// Guests come in through a space with the guest call leg profile: they wait for a host.
void DemoMeetings::onboardingLobby()
{
    const QStringList ids = startMeeting({{kName, QString::fromUtf8("Accueil des nouveaux arrivants")},
                                          {kUri, QStringLiteral("accueil.nouveaux")},
                                          {QStringLiteral("callLegProfile"), m_guestProfileId}},
                                         1,
                                         {{1, webAppGuest(Language::French)}, {1, sipPerson(Language::French)},
                                          {1, webAppGuest(Language::Arabic)}});
    QString callName;
    for (const QString &id : ids) {
        const Located where = m_cluster.live().find(id);
        if (!where || !where.participant->deactivated)
            continue;
        m_result.lobbyCallId = where.participant->callId;
        m_result.lobbyParticipantIds.append(id);
        callName = where.bridge->live().call(m_result.lobbyCallId)->name;
    }
    if (!m_result.lobbyCallId.isEmpty()) {
        m_result.summary.append(QStringLiteral("\"%1\" on %2: %3 guests wait in the lobby for a host")
                                    .arg(callName, bridge(1).name())
                                    .arg(m_result.lobbyParticipantIds.size()));
    }
}

// Skype for Business participants cannot be moved to another meeting (cms-api.md section 5).
void DemoMeetings::partnersWithSkype()
{
    const QStringList ids = startMeeting({{kName, QString::fromUtf8("협력사 주간 회의")}, {kUri, QStringLiteral("hyeomnyeoksa.hoeui")}},
                                         2,
                                         {{2, sipRoom()}, {2, skypeUser(Language::English)}, {2, webAppUser()},
                                          {2, skypeUser(Language::Korean)}});
    QString callName;
    for (const QString &id : ids) {
        const Located where = m_cluster.live().find(id);
        if (!where || m_cluster.live().canMove(*where.participant))
            continue;
        m_result.unmovableParticipantIds.append(id);
        callName = where.bridge->live().call(where.participant->callId)->name;
    }
    if (!m_result.unmovableParticipantIds.isEmpty()) {
        m_result.summary.append(QStringLiteral("\"%1\" on %2: %3 Skype for Business participants cannot be moved")
                                    .arg(callName, bridge(2).name())
                                    .arg(m_result.unmovableParticipantIds.size()));
    }
}

// A meeting over two bridges in which one caller, on the bridge that does not host the meeting,
// is on a bad network: "my video is bad".
void DemoMeetings::budgetReviewOnABadNetwork()
{
    JoinSpec caller = sipPerson(Language::Arabic);
    caller.poorMedia = true;
    const QStringList ids = startMeeting({{kName, QString::fromUtf8("مراجعة الميزانية")}, {kUri, QStringLiteral("murajaat.mizaniya")}},
                                         2, {{2, webAppUser()}, {0, caller}, {0, webAppUser()}, {2, sipRoom()}});
    if (ids.size() < 2)
        return;
    const Located poor = m_cluster.live().find(ids.at(1));
    if (!poor)
        return;
    const LiveParticipant &p = *poor.participant;
    m_result.poorMediaParticipantId = p.id;
    const LiveCall *call = poor.bridge->live().call(p.callId);
    m_result.summary.append(QStringLiteral("\"%1\" on %2: %3 is on a bad network (%4% packet loss, %5 ms jitter; alarms %6)")
                                .arg(call->name, bridgesText(call->correlator, nullptr), p.name)
                                .arg(p.rxVideo.packetLossPercentage, 0, 'f', 1)
                                .arg(p.rxVideo.jitter)
                                .arg(p.alarms.join(QStringLiteral(", "))));
}

JoinSpec DemoMeetings::sipRoom()
{
    JoinSpec spec;
    spec.kind = EndpointKind::Sip;
    spec.name = demo::videoSystemName(m_rng);
    spec.remoteParty = demo::sipEndpointUri(m_rng);
    return spec;
}

JoinSpec DemoMeetings::sipPerson(Language language)
{
    const demo::Person person = demo::randomPerson(m_rng, language);
    JoinSpec spec;
    spec.kind = EndpointKind::Sip;
    spec.name = person.name;
    spec.remoteParty = person.jidLocal + QStringLiteral("@video.example");
    return spec;
}

// A user signed in to the web app (a guest with a meeting link when there are no users).
JoinSpec DemoMeetings::webAppUser()
{
    const ObjectTable *users = m_cluster.store().findTable(QStringLiteral("users"));
    if (!users || users->size() == 0)
        return webAppGuest(demo::randomLanguage(m_rng));
    const ConfigObject *user = users->ordered()[size_t(m_rng.bounded(int(users->size())))];
    JoinSpec spec;
    spec.kind = EndpointKind::WebApp;
    spec.name = user->value(kName);
    spec.userJid = user->value(QStringLiteral("userJid"));
    spec.remoteParty = spec.userJid;
    return spec;
}

JoinSpec DemoMeetings::webAppGuest(Language language)
{
    JoinSpec spec;
    spec.kind = EndpointKind::WebApp;
    spec.name = demo::randomPerson(m_rng, language).name;
    return spec;
}

JoinSpec DemoMeetings::skypeUser(Language language)
{
    const demo::Person person = demo::randomPerson(m_rng, language);
    JoinSpec spec;
    spec.kind = EndpointKind::Lync;
    spec.name = person.name;
    spec.remoteParty = demo::lyncUri(person);
    return spec;
}

} // namespace cmssim
