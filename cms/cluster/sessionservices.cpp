#include "cluster/sessionservices.h"

#include "config/objectnames.h"
#include "config/spacecatalog.h"
#include "meetings/meetingendlog.h"

namespace cms {

SessionServices::SessionServices(Connection &connection, LiveCluster &live, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_live(live)
    , m_meetingEnds(std::make_unique<MeetingEndLog>(live))
{
}

SessionServices::~SessionServices() = default;

SpaceCatalog &SessionServices::spaceCatalog()
{
    if (!m_spaceCatalog)
        m_spaceCatalog = std::make_unique<SpaceCatalog>(m_connection);
    return *m_spaceCatalog;
}

ObjectNames &SessionServices::objectNames()
{
    if (!m_objectNames)
        m_objectNames = std::make_unique<ObjectNames>(m_connection);
    return *m_objectNames;
}

} // namespace cms
