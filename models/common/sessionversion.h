#pragma once

namespace cms {
class ClusterSession;
} // namespace cms

namespace models {

// The software version of the cluster the session is connected to, as cms::Schema::versionNumber() gives
// it (the first endpoint that reported one), for the fields and values that depend on it; 0 when no
// endpoint has reported a version yet (or there is no session).
int serverVersion(const cms::ClusterSession *session);

} // namespace models
