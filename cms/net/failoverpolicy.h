#pragma once

#include "api/cmserror.h"
#include "api/cmsrequest.h"

namespace cms {

// How a call bridge of a cluster is doing, as the health checks and the traffic show it.
enum class EndpointState {
    Healthy,   // answers
    Slow,      // answers, but slower than the threshold
    Down,      // does not answer
};

// What the cluster does once the primary answers again after a failover.
enum class FailbackPolicy {
    Stay,              // keep the endpoint that took over
    ReturnToPrimary,   // go back once the primary has answered for the failback delay
};

// The bridge could not be talked to: no connection, or a TLS handshake that failed or was refused
// (a certificate that is not trusted, or not the pinned one). Nothing reached the API.
inline bool isUnreachable(const CmsError &error)
{
    return error.isConnectionProblem() || error.kind == CmsError::Kind::Tls
        || error.kind == CmsError::Kind::UntrustedCertificate || error.kind == CmsError::Kind::CertificateChanged;
}

// The rule for retrying a failed attempt on another call bridge. Reads, PUT and DELETE are safe to
// repeat. A POST creates something, so it is repeated only when it provably never reached a server:
// a create is never duplicated.
inline bool mayRetryElsewhere(const CmsRequest &request, const CmsError &error, bool mayHaveReachedServer)
{
    const bool unreachable = isUnreachable(error);
    if (!unreachable)
        return false;
    if (request.isIdempotent())
        return true;
    return !mayHaveReachedServer;
}

} // namespace cms
