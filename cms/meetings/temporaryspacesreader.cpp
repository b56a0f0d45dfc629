#include "meetings/temporaryspacesreader.h"

#include "config/spacedetailsreader.h"
#include "meetings/meetingendlog.h"
#include "meetings/placeholderpoolreader.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <algorithm>

namespace cms {

TemporarySpacesReader::TemporarySpacesReader(Connection &connection, const MeetingEndLog *ends, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
    , m_ends(ends)
    , m_details(new SpaceDetailsReader(connection, this))
{
    m_details->setMaxInFlight(8);
    connect(m_details, &SpaceDetailsReader::objectRead, this, &TemporarySpacesReader::onObjectRead);
    connect(m_details, &SpaceDetailsReader::readFailed, this, &TemporarySpacesReader::onReadFailed);
}

TemporarySpacesReader::~TemporarySpacesReader() = default;

void TemporarySpacesReader::fail(const CmsError &error)
{
    if (!m_busy)
        return;
    m_details->cancelQueued();
    m_busy = false;
    m_error = error;
    Q_EMIT finished();
}

void TemporarySpacesReader::read()
{
    if (m_busy)
        return;
    m_busy = true;
    m_error = {};
    m_found.clear();
    m_running.clear();
    m_bridgeProblems.clear();
    if (!m_connection || m_connection->isClosed()) {
        fail(Connection::closedError());
        return;
    }
    PlaceholderPoolReader::readMeetings(*m_connection, this, [this](const PlaceholderPoolReader::Meetings &seen) {
        for (auto it = seen.bySpace.cbegin(); it != seen.bySpace.cend(); ++it)
            m_running.insert(it.key());
        m_bridgeProblems = seen.problems;
        readSpaces();
    });
}

void TemporarySpacesReader::readSpaces()
{
    if (!m_connection || m_connection->isClosed()) {
        fail(Connection::closedError());
        return;
    }
    auto *pager = new CollectionPager(*m_connection, QStringLiteral("coSpaces"), {}, this);
    connect(pager, &CollectionPager::finished, this, [this, pager] {
        pager->deleteLater();
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        QStringList ids;
        for (const CmsNode &space : pager->items()) {
            if (!m_ordinary.contains(space.id()))
                ids.append(space.id());
        }
        m_pending = ids.size();
        m_total = ids.size();
        if (ids.isEmpty()) {
            conclude();
            return;
        }
        m_details->read(ids);
    });
    pager->start();
}

void TemporarySpacesReader::onObjectRead(const QString &id, const CmsNode &object)
{
    if (!m_busy)
        return;
    const QString scheduler = object.value(u"meetingScheduler");
    if (scheduler.isEmpty()) {
        m_ordinary.insert(id);
    } else {
        TemporarySpace space;
        space.id = id;
        space.name = object.value(u"name");
        space.uri = object.value(u"uri");
        space.scheduler = scheduler;
        m_found.append(space);
    }
    oneRead();
}

void TemporarySpacesReader::onReadFailed(const QString &, const CmsError &error)
{
    if (!m_busy)
        return;
    // A space deleted between the list and its page (the daily job, or anyone): it is no longer there.
    if (error.kind == CmsError::Kind::ServerRefused && error.reason == u"coSpaceDoesNotExist") {
        oneRead();
        return;
    }
    fail(error);
}

void TemporarySpacesReader::oneRead()
{
    Q_EMIT progress(m_total - m_pending + 1, m_total);
    if (--m_pending == 0)
        conclude();
}

void TemporarySpacesReader::conclude()
{
    for (TemporarySpace &space : m_found) {
        if (m_running.contains(space.id) || (m_ends && m_ends->isRunning(space.id))) {
            space.meeting = TemporarySpace::Meeting::Running;
        } else if (m_ends && m_ends->endOf(space.id).isValid()) {
            space.meeting = TemporarySpace::Meeting::EndSeen;
            space.endedAt = m_ends->endOf(space.id);
        }
    }
    std::sort(m_found.begin(), m_found.end(), [](const TemporarySpace &a, const TemporarySpace &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_spaces = m_found;
    m_busy = false;
    Q_EMIT finished();
}

} // namespace cms
