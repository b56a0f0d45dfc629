#pragma once

#include <QString>

namespace cmssim {

class SimCluster;

// How much configuration and live activity to put into a fresh cluster.
struct SeedSpec
{
    int tenants = 0;
    int users = 0;                 // LDAP-style users (read-only in the API)
    int spaces = 0;                // coSpaces, some with access methods and members
    int callLegProfiles = 0;       // besides the guest and host profiles of the demo patterns
    int callProfiles = 0;
    int calls = 0;                 // live calls spread over the bridges
    int participantsPerCall = 0;
    bool guestHostPatterns = false; // the four guest/host patterns of cms-api.md section 8
};

struct SeedResult
{
    int spacesCreated = 0;
    int usersCreated = 0;
    int callsStarted = 0;
    int participantsJoined = 0;
    qint64 milliseconds = 0;
};

// Fills a cluster with a realistic, deterministic dataset (same seed, same objects), through the
// same code paths as API writes so every rule holds. 100,000 spaces take well under 10 s.
class DatasetSeeder
{
public:
    explicit DatasetSeeder(SimCluster &cluster);
    SeedResult seed(const SeedSpec &spec);

private:
    SimCluster &m_cluster;
};

} // namespace cmssim
