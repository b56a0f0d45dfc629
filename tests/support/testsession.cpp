#include "testsession.h"

#include "diagnostics/apitrace.h"
#include "clientendpoints.h"
#include "cluster/clusterprofile.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QSignalSpy>
#include <QTest>

TestSession::~TestSession() = default;

std::unique_ptr<TestSession> TestSession::open(
    cmssim::SimCluster &cluster, const TestSessionOptions &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<TestSession>();
    };

    auto test = std::make_unique<TestSession>();
    test->trace = std::make_unique<cms::ApiTrace>();
    test->credentials = std::make_unique<cms::MemoryCredentialStore>();
    test->registry
        = std::make_unique<cms::ClusterRegistry>(nullptr, *test->credentials, test->trace.get(), options.log);

    cms::ClusterProfile profile
        = cms::ClusterProfile::create(options.clusterName, cluster.bridge(0).baseUrl(), kTestUser);
    for (int i = 0; i < options.endpointCount; ++i) {
        cmssim::SimBridge &bridge = cluster.bridge(i);
        if (i > 0) {
            cms::EndpointProfile endpoint;
            endpoint.address = bridge.baseUrl();
            profile.endpoints.append(endpoint);
        }
        if (options.nameEndpoints)
            profile.endpoints[i].name = bridge.name();
        profile.endpoints[i].pinnedSha256 = pinnedEndpoint(bridge).pinnedSha256;
    }
    QSignalSpy saved(test->registry.get(), &cms::ClusterRegistry::saveFinished);
    test->registry->saveCluster(profile, {{0, kTestPassword}});
    if (!QTest::qWaitFor([&saved] { return !saved.isEmpty(); }, 10000))
        return fail(QStringLiteral("saving the cluster profile did not finish"));
    if (!saved.first().at(1).toBool())
        return fail(saved.first().at(2).toString());

    test->session = test->registry->session(0);
    if (!test->session)
        return fail(QStringLiteral("the registry has no session for the saved cluster"));
    cms::ClusterSession *session = test->session;
    if (!QTest::qWaitFor([session] { return session->state() == cms::ClusterSession::State::Open; }, 10000))
        return fail(QStringLiteral("the cluster session did not open"));
    return test;
}
