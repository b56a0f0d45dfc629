#include "config/spacecatalog.h"

#include "api/cmsnode.h"
#include "net/collectionpager.h"
#include "config/spacedetailsreader.h"
#include "net/connection.h"

#include <QTimer>

#include <algorithm>

namespace cms {

namespace {

// Calls report(first, count) for every run of consecutive rows in an ascending list.
template<typename Report>
void forEachRun(const std::vector<int> &rows, Report report)
{
    size_t i = 0;
    while (i < rows.size()) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1)
            ++j;
        report(rows[i], int(j - i));
        i = j;
    }
}

} // namespace

SpaceCatalog::SpaceCatalog(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
    , m_details(new SpaceDetailsReader(connection, this))
{
    connect(m_details, &SpaceDetailsReader::objectRead, this, &SpaceCatalog::onDetailsRead);
}

SpaceCatalog::~SpaceCatalog() = default;

void SpaceCatalog::load()
{
    m_loaded = 0;
    m_total = -1;
    m_loadStarted = true;
    m_lastError = {};
    startPager(count() == 0);
    Q_EMIT loadStarted();
}

void SpaceCatalog::loadOnce()
{
    if (!m_loadStarted)
        load();
}

void SpaceCatalog::startPager(bool streaming)
{
    if (m_pager) {
        // The old pager's finished() must not reach us any more.
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_streaming = streaming;
    if (!m_connection) {   // the cluster was closed: nothing is read, as every load says after load() returns
        QTimer::singleShot(0, this, [this] { finish(Connection::closedError()); });
        return;
    }
    m_pager = new CollectionPager(*m_connection, QStringLiteral("coSpaces"), {}, this);
    // Streaming, the rows are made from the arrivals: the pager need not hold every object too.
    m_pager->setKeepItems(!m_streaming);
    connect(m_pager, &CollectionPager::itemsArrived, this, &SpaceCatalog::appendArrived);
    connect(m_pager, &CollectionPager::progress, this, &SpaceCatalog::onPagerProgress);
    connect(m_pager, &CollectionPager::finished, this, &SpaceCatalog::onPagerFinished);
    m_pager->start();
}

void SpaceCatalog::cancel()
{
    if (m_pager)
        m_pager->cancel();   // finishes into onPagerFinished with Cancelled
}

void SpaceCatalog::onPagerProgress(qint64 received, qint64 total)
{
    // A second pass (the list changed while it was read) starts counting again: hold the figure.
    m_loaded = qMax(m_loaded, qMin(received, total));
    m_total = qMax(total, m_loaded);
    Q_EMIT progress(m_loaded, m_total);
}

void SpaceCatalog::onPagerFinished()
{
    CollectionPager *pager = m_pager;
    m_pager = nullptr;
    pager->deleteLater();   // we are inside its signal
    const CmsError error = pager->error();
    if (error.isOk() && m_streaming) {
        // One pass that saw no change: the rows are the list. Otherwise the rows hold everything
        // present throughout, but maybe also spaces that went away meanwhile: read the list again,
        // as a refresh, whose difference brings the rows right. The load goes on (no finished()).
        if (pager->driftDetected())
            startPager(false);
        else
            finish(error);
        return;
    }
    if (error.isOk()) {
        std::vector<SpaceRecord> fresh;
        fresh.reserve(size_t(pager->items().size()));
        for (const CmsNode &node : pager->items())
            fresh.push_back(SpaceRecord::fromNode(node));
        reconcile(std::move(fresh));
    }
    finish(error);
}

void SpaceCatalog::finish(const CmsError &error)
{
    // A refresh made the details Stale: read those of the spaces being looked at again (the answers
    // come later, after finished()).
    if (!m_streaming && error.isOk() && !m_detailsWanted.isEmpty()) {
        QList<int> rows;
        for (const QString &id : std::as_const(m_detailsWanted)) {
            if (const int row = rowOf(id); row >= 0)
                rows.append(row);
        }
        requestDetails(rows);
    }
    m_streaming = false;
    m_lastError = error;
    Q_EMIT finished(error);
}

void SpaceCatalog::requestDetails(int firstRow, int lastRow)
{
    QList<int> rows;
    for (int row = qMax(firstRow, 0); row <= qMin(lastRow, count() - 1); ++row)
        rows.append(row);
    requestDetails(rows);
}

void SpaceCatalog::requestDetails(const QList<int> &rows)
{
    m_details->cancelQueued();
    m_detailsWanted.clear();
    QStringList ids;
    for (int row : rows) {
        if (row < 0 || row >= count())
            continue;
        const QString id = m_spaces.id(row);
        m_detailsWanted.append(id);
        if (m_spaces.details(row) != SpaceRecord::Details::Current)
            ids.append(id);   // the reader skips those already being read
    }
    m_details->read(ids);
}

void SpaceCatalog::cancelDetails()
{
    m_details->cancelQueued();
    m_detailsWanted.clear();   // nothing to read again after a refresh either
}

void SpaceCatalog::onDetailsRead(const QString &id, const CmsNode &object)
{
    const int row = rowOf(id);
    if (row < 0)
        return;   // gone meanwhile (a refresh removed it)
    m_spaces.setDetails(row, SpaceRecord::Details::Current);   // silently: a Stale row read again unchanged shows the same
    const SpaceRecord held = m_spaces.record(row);
    SpaceRecord updated = held;
    updated.takeDetails(object);
    if (updated == held)
        return;
    // The details are not searched: the index needs no update.
    m_spaces.replace(row, updated);
    Q_EMIT rowsChanged(row, 1);
}

void SpaceCatalog::appendArrived(const QList<CmsNode> &items)
{
    if (!m_streaming)
        return;
    std::vector<SpaceRecord> added;
    QSet<QString> addedIds;
    for (const CmsNode &node : items) {
        const QString id = node.id();
        if (rowOf(id) >= 0 || addedIds.contains(id))
            continue;   // pages overlap by one item, and a second pass lists everything again
        addedIds.insert(id);
        added.push_back(SpaceRecord::fromNode(node));
    }
    appendRows(std::move(added));
}

void SpaceCatalog::reconcile(std::vector<SpaceRecord> &&fresh)
{
    const int before = count();
    std::vector<bool> keep(size_t(before), false);
    std::vector<std::pair<int, SpaceRecord>> changes;
    std::vector<SpaceRecord> added;
    QSet<QString> addedIds;
    for (SpaceRecord &record : fresh) {
        const int row = rowOf(record.id);
        if (row < 0) {
            if (!addedIds.contains(record.id)) {   // the pager lists each once; be safe anyway
                addedIds.insert(record.id);
                added.push_back(std::move(record));
            }
            continue;
        }
        if (keep[size_t(row)])
            continue;
        keep[size_t(row)] = true;
        // The list cannot say whether the details changed: keep them (shown), to be read again.
        // Marked Stale in place, silently: nothing shown changes.
        if (m_spaces.details(row) == SpaceRecord::Details::Current)
            m_spaces.setDetails(row, SpaceRecord::Details::Stale);
        const SpaceRecord held = m_spaces.record(row);
        record.keepDetailsOf(held);
        if (!(held == record))
            changes.emplace_back(row, std::move(record));
    }
    std::sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    replaceRows(changes);
    removeRows(keep);
    m_index.squeeze();
    appendRows(std::move(added));
}

void SpaceCatalog::replaceRows(const std::vector<std::pair<int, SpaceRecord>> &changes)
{
    std::vector<int> rows;
    rows.reserve(changes.size());
    for (const auto &[row, record] : changes) {
        m_spaces.replace(row, record);
        m_index.add(row, record);
        rows.push_back(row);
    }
    forEachRun(rows, [this](int first, int n) { Q_EMIT rowsChanged(first, n); });
}

void SpaceCatalog::removeRows(const std::vector<bool> &keep)
{
    std::vector<int> gone;
    for (size_t row = 0; row < keep.size(); ++row) {
        if (!keep[row])
            gone.push_back(int(row));
    }
    if (gone.empty())
        return;
    std::vector<std::pair<int, int>> runs;
    forEachRun(gone, [&runs](int first, int n) { runs.emplace_back(first, n); });
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const auto [first, n] = *run;
        Q_EMIT rowsAboutToBeRemoved(first, n);
        m_spaces.removeRows(first, n);
        m_index.removeRows(first, n);
        Q_EMIT rowsRemoved(first, n);
    }
    // The rows below the first removed one moved up (once for all ranges: rowOf() is current again
    // after the last rowsRemoved).
    m_spaces.renumberFrom(gone.front());
}

void SpaceCatalog::appendRows(std::vector<SpaceRecord> &&added)
{
    if (added.empty())
        return;
    const int first = count();
    const int n = int(added.size());
    Q_EMIT rowsAboutToBeInserted(first, n);
    // Batches keep coming while a list loads: grow geometrically, not to the exact size each time.
    const size_t needed = size_t(count()) + added.size();
    if (m_spaces.capacity() < needed)
        m_spaces.reserve(std::max(needed, m_spaces.capacity() * 2));
    for (const SpaceRecord &record : added) {
        m_index.add(count(), record);
        m_spaces.append(record);
    }
    Q_EMIT rowsArrived(first, n);
}

} // namespace cms
