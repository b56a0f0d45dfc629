#include "clientendpoints.h"

#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

cms::Endpoint pinnedEndpoint(cmssim::SimBridge &bridge)
{
    cms::Endpoint e;
    e.baseUrl = bridge.baseUrl();
    e.user = kTestUser;
    e.password = kTestPassword;
    e.pinnedSha256 = cms::Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
    return e;
}

QList<cms::Endpoint> pinnedEndpoints(cmssim::SimCluster &cluster)
{
    QList<cms::Endpoint> out;
    for (int i = 0; i < cluster.bridgeCount(); ++i)
        out.append(pinnedEndpoint(cluster.bridge(i)));
    return out;
}
