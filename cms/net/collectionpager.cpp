#include "net/collectionpager.h"

#include "api/cmsreply.h"
#include "net/connection.h"

namespace cms {

namespace {
constexpr int kPageRetries = 3;   // a page whose bridge failed is asked of another healthy bridge
}

CollectionPager::CollectionPager(Connection &connection, const QString &path, const QUrlQuery &filters, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
    , m_path(path)
    , m_filters(filters)
{
}

void CollectionPager::start()
{
    m_pass = 0;
    m_union.clear();
    m_unionIds.clear();
    m_finished = false;
    m_error = {};
    startPass();
}

void CollectionPager::startPass()
{
    ++m_pass;
    m_cap = 0;
    m_total = -1;
    m_plannedEnd = 0;
    m_received = 0;
    m_drift = false;
    m_positions.clear();
    m_queue.clear();
    m_covered.clear();
    m_coveredIds.clear();
    // The first page alone: it tells the cap and the total.
    request({0, m_maxItems > 0 ? int(qMin<qint64>(m_askLimit, m_maxItems)) : m_askLimit, 0});
}

int CollectionPager::parallelism() const
{
    if (!m_connection)
        return 1;
    const int bridges = m_endpoint >= 0 ? 1 : qMax(1, m_connection->healthyCount());
    return bridges * m_connection->transport().maxConcurrentPerBridge();
}

void CollectionPager::request(const PageRequest &page)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("offset"), QString::number(page.offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    const CmsRequest get = CmsRequest::get(m_path, query);
    // A closed connection answers Cancelled, and so does a gone one here: the read ends so.
    CmsReply *reply = nullptr;
    if (!m_connection)
        reply = CmsReply::unsent(Endpoint(), get, Connection::closedError());
    else if (m_endpoint >= 0)
        reply = m_connection->send(m_endpoint, get);
    else
        reply = m_connection->sendShared(get);
    m_inFlight.append(reply);
    connect(reply, &CmsReply::finished, this, [this, page, reply] { onPage(page, reply); });
}

void CollectionPager::onPage(const PageRequest &page, CmsReply *reply)
{
    m_inFlight.removeAll(reply);
    if (m_finished)
        return;
    CmsError error = reply->error();
    CmsCollection c;
    if (error.isOk())
        c = reply->collection(&error);
    if (!error.isOk()) {
        if (error.isConnectionProblem() && page.retries < kPageRetries && m_endpoint < 0 && m_connection
            && m_connection->healthyCount() > 0) {
            PageRequest again = page;
            ++again.retries;
            m_queue.push_front(again);
            pump();
            return;
        }
        fail(error);
        return;
    }
    ++m_pagesFetched;
    const int received = int(c.items.size());
    if (m_total < 0) {
        m_total = c.total;
        m_cap = received;
    } else if (c.total != m_total) {
        m_drift = true;   // the list changed while it was read
        m_total = qMax(m_total, c.total);
    }
    // Every position read twice (the overlaps, the gaps) must hold the same object; if not, the
    // list moved between the two reads.
    QList<CmsNode> arrived;
    arrived.reserve(received);
    for (qsizetype i = 0; i < received; ++i) {
        const qint64 position = page.offset + i;
        if (position >= m_covered.size()) {
            m_covered.resize(qMax<qint64>(position + 1, m_total));
            m_coveredIds.resize(size_t(m_covered.size()));
            if (m_keepItems)
                m_positions.resize(size_t(m_covered.size()));
        }
        CmsNode &item = c.items[i];
        if (m_covered.testBit(position)) {
            if (m_coveredIds[size_t(position)] != item.id())
                m_drift = true;
            continue;
        }
        m_covered.setBit(position);
        ++m_received;   // positions read twice (the overlaps) count once
        m_coveredIds[size_t(position)] = item.id();
        if (m_keepItems) {
            arrived.append(item);   // shares its data with the stored copy
            m_positions[size_t(position)] = std::move(item);
        } else {
            arrived.append(std::move(item));
        }
    }

    if (page.offset == 0 && m_cap > 0) {
        planUpTo(wanted());
    } else if (received > 0 && received < page.limit && page.offset + received < wanted()) {
        // A short page before the end: what it did not hold is fetched on its own.
        m_queue.push_back({page.offset + received, page.limit - received, 0});
    }
    if (m_total > m_plannedEnd && m_cap > 0)
        planUpTo(wanted());   // the list grew: read the new end too
    if (!arrived.isEmpty())
        Q_EMIT itemsArrived(arrived);
    Q_EMIT progress(m_received, m_total);
    if (m_finished)
        return;   // cancelled from a slot
    pump();
}

// Pages overlap by one item: when the last item of a page and the first of the next disagree, the
// list shifted between the two reads, even if the total did not move (one removed, one added).
void CollectionPager::planUpTo(qint64 end)
{
    const int stride = m_cap > 1 ? m_cap - 1 : 1;
    if (m_plannedEnd == 0)
        m_plannedEnd = m_cap;
    qint64 offset = m_plannedEnd - (m_cap > 1 ? 1 : 0);
    for (; offset + 1 < end || (m_cap == 1 && offset < end); offset += stride)
        m_queue.push_back({offset, int(qMin<qint64>(m_cap, end - offset)), 0});
    m_plannedEnd = qMax(m_plannedEnd, end);
}

void CollectionPager::pump()
{
    while (!m_queue.empty() && m_inFlight.size() < parallelism()) {
        const PageRequest next = m_queue.front();
        m_queue.pop_front();
        request(next);
    }
    if (m_queue.empty() && m_inFlight.isEmpty())
        finishPass();
}

void CollectionPager::finishPass()
{
    QList<CmsNode> merged;
    QSet<QString> seen;
    seen.reserve(qsizetype(m_coveredIds.size()));
    int duplicates = 0;
    for (qsizetype position = 0; position < m_covered.size(); ++position) {
        if (!m_covered.testBit(position))
            continue;
        const QString &id = m_coveredIds[size_t(position)];
        if (seen.contains(id)) {
            ++duplicates;
            continue;
        }
        seen.insert(id);
        if (m_keepItems)
            merged.append(std::move(m_positions[size_t(position)]));
    }
    const qsizetype listed = seen.size();
    seen = {};
    m_positions = {};
    m_coveredIds = {};
    const bool clean = !m_drift && duplicates == 0 && listed == wanted();
    m_everDrifted = m_everDrifted || !clean;
    if (clean) {
        // A pass that saw no change is an exact picture of the list: it wins over the union.
        m_result = std::move(merged);
        done();
        return;
    }
    for (CmsNode &item : merged) {
        if (!m_unionIds.contains(item.id())) {
            m_unionIds.insert(item.id());
            m_union.append(std::move(item));
        }
    }
    if (m_pass >= m_maxPasses) {
        m_result = std::move(m_union);
        if (m_maxItems > 0 && m_result.size() > m_maxItems)
            m_result.resize(m_maxItems);
        done();
        return;
    }
    startPass();
}

void CollectionPager::cancel()
{
    if (m_finished)
        return;
    fail(CmsError(CmsError::Kind::Cancelled));
}

void CollectionPager::fail(const CmsError &error)
{
    m_error = error;
    m_queue.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    m_finished = true;   // set first: the cancelled replies finish into onPage and must be ignored
    for (const QPointer<CmsReply> &r : inFlight) {
        if (r)
            r->cancel();
    }
    Q_EMIT finished();
}

void CollectionPager::done()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace cms
