#include "sessionversion.h"

#include "clustersession.h"
#include "schema.h"

namespace models {

int serverVersion(const cms::ClusterSession *session)
{
    if (!session)
        return 0;
    for (int i = 0; i < session->endpointCount(); ++i) {
        if (const int version = cms::Schema::versionNumber(session->status(i).softwareVersion))
            return version;
    }
    return 0;
}

} // namespace models
