#include "common/sessionversion.h"

#include "cluster/clustersession.h"
#include "schema/schema.h"

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
