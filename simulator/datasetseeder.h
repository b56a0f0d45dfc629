#pragma once

#include "demomeetings.h"

#include <QString>
#include <QStringList>

namespace cmssim {

class SimCluster;

// How much configuration and live activity to put into a fresh cluster.
struct SeedSpec
{
    int tenants = 0;
    int users = 0;                 // LDAP-style users (read-only in the API); users get personal
                                   // spaces, at most a tenth of `spaces` and counted in it
    int spaces = 0;                // coSpaces, some with access methods and members, besides the
                                   // four spaces of the guest/host patterns
    int callLegProfiles = 0;       // besides the guest and host profiles of the demo patterns
    int callProfiles = 0;          // besides the passcode-timeout profile of pattern 3
    int calls = 0;                 // live calls spread over the up bridges; seed them after
                                   // SimCluster::start(), as before it no bridge is up and the
                                   // engine then keeps every guest in the lobby
    int participantsPerCall = 0;
    bool guestHostPatterns = false; // the four guest/host patterns of cms-api.md section 8; with no
                                    // users asked, one host user is added for pattern 4
    bool demoMeetings = false;      // the demo meetings (demomeetings.h), in spaces of their own besides
                                    // `spaces`: a meeting on several bridges, a lobby, people who cannot
                                    // be moved, a leg with poor media. Like calls, after start()
};

struct SeedResult
{
    int spacesCreated = 0;
    int usersCreated = 0;
    int callsStarted = 0;
    int participantsJoined = 0;
    qint64 milliseconds = 0;
    QString guestProfileId;        // callLegProfiles "Guest" and "Host"
    QString hostProfileId;
    QStringList guestHostSpaceIds; // the spaces of patterns 1 to 4, in order (when asked)
    DemoShowcase demoMeetings;     // counted in spacesCreated, callsStarted and participantsJoined
};

// Fills a cluster with a realistic, deterministic dataset (same seed, same objects), through the
// same code paths as API writes so every rule holds. 100,000 spaces take well under 10 s. Meant for a
// fresh cluster: URIs are numbered from the start, and clashes are only retried a few times.
class DatasetSeeder
{
public:
    explicit DatasetSeeder(SimCluster &cluster);
    SeedResult seed(const SeedSpec &spec);

private:
    SimCluster &m_cluster;
};

} // namespace cmssim
