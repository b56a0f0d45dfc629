#include "collectionpager.h"

#include "cmsreply.h"
#include "connection.h"

namespace cms {

namespace {
constexpr int kPageRetries = 3;   // a page whose bridge failed is asked of another healthy bridge
}

CollectionPager::CollectionPager(Connection &connection, const QString &path, const QUrlQuery &filters, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
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
    // The first page alone: it tells the cap and the total.
    request({0, m_maxItems > 0 ? int(qMin<qint64>(m_askLimit, m_maxItems)) : m_askLimit, 0});
}

int CollectionPager::parallelism() const
{
    const int bridges = m_endpoint >= 0 ? 1 : qMax(1, m_connection.healthyCount());
    return bridges * m_connection.transport().maxConcurrentPerBridge();
}

void CollectionPager::request(const PageRequest &page)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("offset"), QString::number(page.offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    const CmsRequest get = CmsRequest::get(m_path, query);
    CmsReply *reply = m_endpoint >= 0 ? m_connection.send(m_endpoint, get) : m_connection.sendShared(get);
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
        if (error.isConnectionProblem() && page.retries < kPageRetries && m_endpoint < 0 && m_connection.healthyCount() > 0) {
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
    for (qint64 i = page.offset; i < page.offset + received; ++i) {
        if (i >= m_covered.size())
            m_covered.resize(qMax<qint64>(i + 1, m_total));
        if (!m_covered.testBit(i)) {
            m_covered.setBit(i);
            ++m_received;   // positions read twice (the overlaps) count once
        }
    }
    // Every position read twice (the overlaps, the gaps) must hold the same object; if not, the
    // list moved between the two reads.
    QList<CmsNode> arrived;
    for (qsizetype i = 0; i < c.items.size(); ++i) {
        const qint64 position = page.offset + i;
        const auto existing = m_positions.constFind(position);
        if (existing == m_positions.constEnd()) {
            arrived.append(c.items.at(i));   // shares its data with the stored copy
            m_positions.insert(position, std::move(c.items[i]));
        } else if (existing->id() != c.items.at(i).id()) {
            m_drift = true;
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
    int duplicates = 0;
    for (CmsNode &item : m_positions) {
        if (seen.contains(item.id())) {
            ++duplicates;
            continue;
        }
        seen.insert(item.id());
        merged.append(std::move(item));
    }
    m_positions.clear();
    const bool clean = !m_drift && duplicates == 0 && merged.size() == wanted();
    m_everDrifted = m_everDrifted || !clean;
    if (clean && m_pass == 1) {
        m_result = std::move(merged);
        done();
        return;
    }
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
