#pragma once

#include <QString>
#include <memory>

namespace cms {
class ActivityLog;
class ApiTrace;
class ClusterRegistry;
class ClusterSession;
class MemoryCredentialStore;
} // namespace cms

namespace cmssim {
class SimCluster;
}

// How TestSession::open() describes the simulated cluster to the console. (Not nested in TestSession:
// its default member initializers could not then be used in open()'s default argument.)
struct TestSessionOptions
{
    QString clusterName = QStringLiteral("Lab");
    int endpointCount = 1; // the cluster's first bridges, primary first, each certificate pinned
    bool nameEndpoints = false; // name each endpoint after its bridge
    cms::ActivityLog *log = nullptr; // given to the registry; owned by the caller, must outlive the session
};

// A cluster session opened on a simulated cluster the way the console opens one: the test user's
// password kept in memory (for the primary endpoint), every API call recorded in the trace.
// Members are destroyed registry first.
struct TestSession
{
    std::unique_ptr<cms::ApiTrace> trace;
    std::unique_ptr<cms::MemoryCredentialStore> credentials;
    std::unique_ptr<cms::ClusterRegistry> registry;
    cms::ClusterSession *session = nullptr; // owned by the registry; Open once open() returns

    ~TestSession();

    // Saves the profile and waits (up to 10 s each) for the save and for the session to open.
    // Returns nullptr and sets *error when either fails, so the caller can QVERIFY2.
    static std::unique_ptr<TestSession> open(
        cmssim::SimCluster &cluster, const TestSessionOptions &options = {}, QString *error = nullptr);
};
