#pragma once

#include "apimessage.h"
#include "demonames.h"
#include "liveengine.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace cmssim {

class SimBridge;
class SimCluster;

// What the demo meetings are made of: for tests, and for cms-sim to tell a person where to look.
struct DemoShowcase
{
    int meetings = 0;                      // meetings started (a distributed one has several calls)
    int participants = 0;
    QString distributedCorrelator;         // the meeting spread over the most call bridges
    QStringList distributedCallIds;        // its call instances, one per bridge
    QString lobbyCallId;
    QStringList lobbyParticipantIds;       // guests waiting for a host
    QStringList unmovableParticipantIds;   // Skype for Business participants
    QString poorMediaParticipantId;
    QStringList summary;                   // one line per meeting (and the pool), in English
    // The placeholder pool a scheduler (TMS) would have made: a bulk parameter set and its spaces,
    // two of them holding a running meeting (counted in meetings and participants).
    QString poolParameterSetId;
    int poolSpaces = 0;
    QStringList poolMeetingSpaceIds;
};

// The live side of the demo: a few meetings that each show what a help desk meets every day. One
// meeting spread over three call bridges and one over two (instances joined by their correlator),
// guests waiting in a lobby with no host yet, Skype for Business participants who cannot be moved,
// a caller on a bad network whose leg raises alarms; SIP and web app participants throughout, names
// in the demo's four languages; and a scheduler's pool of placeholder spaces, two of them in a meeting. The live activity leaves these meetings as seeded
// (LiveCall::showcase), so they are still there when someone comes to look.
class DemoMeetings
{
public:
    // Creates a space as the seeder does (call ID, clash repair); returns its id, empty on failure.
    using CreateSpace = std::function<QString(Params params)>;

    DemoMeetings(SimCluster &cluster, QRandomGenerator &rng, CreateSpace createSpace, QString guestProfileId);

    // Creates the meetings' spaces and starts them. Like the seeder's calls, after SimCluster::start():
    // before it no bridge is up, and everyone would wait in a lobby.
    DemoShowcase seed();

private:
    // Who joins, and on which bridge: an index into m_bridges, wrapped when the cluster has fewer.
    struct Placed
    {
        int bridge = 0;
        JoinSpec who;
    };

    void businessReview();
    void onboardingLobby();
    void partnersWithSkype();
    void budgetReviewOnABadNetwork();
    void scheduledMeetingsPool();
    // Starts a meeting in a new space on bridge `home` and places each participant on its bridge.
    // Returns the participant ids in the order given; empty when the space or call could not be made.
    QStringList startMeeting(Params space, int home, const QList<Placed> &people);
    // The same in an existing space.
    QStringList startMeetingIn(const QString &spaceId, int home, const QList<Placed> &people);
    SimBridge &bridge(int index) const;
    QString bridgesText(const QString &correlator, QStringList *callIds) const;

    JoinSpec sipRoom();
    JoinSpec sipPerson(demo::Language language);
    JoinSpec webAppUser();
    JoinSpec webAppGuest(demo::Language language);
    JoinSpec skypeUser(demo::Language language);

    SimCluster &m_cluster;
    QRandomGenerator &m_rng;
    CreateSpace m_createSpace;
    QString m_guestProfileId;
    QList<SimBridge *> m_bridges;
    DemoShowcase m_result;
};

} // namespace cmssim
