#pragma once

#include "api/endpoint.h"

#include <QList>

namespace cmssim {
class SimCluster;
class SimBridge;
}

// The client's view of a simulated cluster's bridges: their addresses, the test user and each
// bridge's certificate pinned, primary first.
cms::Endpoint pinnedEndpoint(cmssim::SimBridge &bridge);
QList<cms::Endpoint> pinnedEndpoints(cmssim::SimCluster &cluster);
