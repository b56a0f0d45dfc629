#include "spaces/spacesfilterproxymodel.h"

#include "config/spacecatalog.h"
#include "spaces/spacesmodel.h"
#include "spaces/spacessortranks.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

namespace models {

namespace {
// A change to more rows than this is followed by rebuilding the tables rather than row by row.
constexpr int kRowByRowLimit = 256;
// Rows removed in more ranges than this are removed as one layout change: each range costs a pass.
constexpr int kRemovalRangesLimit = 16;
// Rows added or changed while a background sort ran are placed through the collator when it ends,
// a binary search each; beyond this many the ranks are computed again.
constexpr int kPlaceByCollatorLimit = 4096;
} // namespace

// A sort under way on a worker thread: what it was asked for, and for every source row now, its row
// in the values the worker ranks (-1: added or changed since).
struct SpacesFilterProxyModel::BackgroundSort
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::vector<int> valueRowOf;
    QFutureWatcher<std::vector<int>> *watcher = nullptr;   // child of the proxy
};

SpacesFilterProxyModel::SpacesFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    setCollatorLocale(QLocale());
}

SpacesFilterProxyModel::~SpacesFilterProxyModel()
{
    cancelBackgroundSort();
}

void SpacesFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    cancelBackgroundSort();
    m_spaces = qobject_cast<SpacesModel *>(sourceModel);
    Q_ASSERT(!sourceModel || m_spaces);
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(sourceModel, &M::rowsInserted, this, &SpacesFilterProxyModel::sourceRowsInserted),
            connect(sourceModel, &M::rowsAboutToBeRemoved, this, &SpacesFilterProxyModel::sourceRowsAboutToBeRemoved),
            connect(sourceModel, &M::rowsRemoved, this, &SpacesFilterProxyModel::sourceRowsRemoved),
            connect(sourceModel, &M::dataChanged, this, &SpacesFilterProxyModel::sourceDataChanged),
            connect(sourceModel, &M::headerDataChanged, this, &SpacesFilterProxyModel::sourceHeaderDataChanged),
            connect(sourceModel, &M::layoutAboutToBeChanged, this, &SpacesFilterProxyModel::sourceLayoutAboutToBeChanged),
            connect(sourceModel, &M::layoutChanged, this, &SpacesFilterProxyModel::sourceLayoutChanged),
            connect(sourceModel, &M::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(sourceModel, &M::modelReset, this, &SpacesFilterProxyModel::resetFromSource),
            // The spaces table has fixed columns; should they change all the same, start again.
            connect(sourceModel, &M::columnsAboutToBeInserted, this, [this] { beginResetModel(); }),
            connect(sourceModel, &M::columnsInserted, this, &SpacesFilterProxyModel::resetFromSource),
            connect(sourceModel, &M::columnsAboutToBeRemoved, this, [this] { beginResetModel(); }),
            connect(sourceModel, &M::columnsRemoved, this, &SpacesFilterProxyModel::resetFromSource),
            // Gone before this proxy (its owner destroys its children in order): nothing left to show.
            connect(sourceModel, &QObject::destroyed, this, [this] {
                beginResetModel();
                cancelBackgroundSort();
                m_spaces = nullptr;
                m_connections.clear();
                m_sourceRows = 0;
                m_order.clear();
                m_shown.clear();
                m_rowOf.clear();
                m_matches.clear();
                m_ranks.clear();
                m_rankColumn = -1;
                endResetModel();
            }),
        };
    }
    resetFromSource();   // ends the reset begun above
}

void SpacesFilterProxyModel::resetFromSource()
{
    cancelBackgroundSort();
    m_sourceRows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_ranks.clear();
    m_rankColumn = -1;
    computeMatches();
    rebuildOrder();
    rebuildShown();
    endResetModel();
}

// --- The model ---

QModelIndex SpacesFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SpacesFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SpacesFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int SpacesFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SpacesFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_spaces ? 0 : m_spaces->columnCount();
}

bool SpacesFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

// Column titles do not depend on the rows shown (the base class maps them through row 0, which a
// search that matches nothing does not have).
QVariant SpacesFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_spaces)
        return {};
    if (orientation == Qt::Horizontal)
        return m_spaces->headerData(section, orientation, role);
    if (section < 0 || size_t(section) >= m_shown.size())
        return {};
    return m_spaces->headerData(m_shown[size_t(section)], orientation, role);
}

QModelIndex SpacesFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_spaces || !proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return m_spaces->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SpacesFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_spaces || !sourceIndex.isValid() || sourceIndex.model() != m_spaces || size_t(sourceIndex.row()) >= m_rowOf.size())
        return {};
    const int row = m_rowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

// --- Searching and sorting ---

void SpacesFilterProxyModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    const QStringList terms = cms::SpaceSearchIndex::terms(query);
    if (terms == m_terms)
        return;   // the same search (a space typed, a jamo being composed)
    m_terms = terms;
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    computeMatches();
    rebuildShown();
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void SpacesFilterProxyModel::setCollatorLocale(const QLocale &locale)
{
    m_collator = SpacesSortRanks::collator(locale);
    if (m_sortJob) {   // ranked with the old collator: again with this one
        const int column = m_sortJob->column;
        const Qt::SortOrder order = m_sortJob->order;
        cancelBackgroundSort();
        m_rankColumn = -1;
        sort(column, order);
        return;
    }
    m_rankColumn = -1;
    if (m_sortColumn < 0 || !m_spaces)
        return;
    sort(m_sortColumn, m_sortOrder);
}

void SpacesFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (m_sortJob && m_sortJob->column == column && m_sortJob->order == order)
        return;   // asked again (the header clicked again while it runs): let it finish
    cancelBackgroundSort();   // superseded
    if (column >= 0 && m_spaces && !ranksCurrentFor(column) && m_sourceRows > m_backgroundSortThreshold) {
        startBackgroundSort(column, order);
        return;
    }
    applySort(column, order);
}

bool SpacesFilterProxyModel::ranksCurrentFor(int column) const
{
    return m_rankColumn == column && m_ranks.size() == size_t(m_sourceRows)
        && std::none_of(m_ranks.cbegin(), m_ranks.cend(), [](int rank) { return rank < 0; });
}

void SpacesFilterProxyModel::applySort(int column, Qt::SortOrder order)
{
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    rebuildShown();
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortApplied(column, order);
}

// The values are copied here (implicitly shared strings: cheap); the worker reads only its copy and
// makes its own collator, so nothing is shared with this thread but reference counts.
void SpacesFilterProxyModel::startBackgroundSort(int column, Qt::SortOrder order)
{
    const size_t rows = size_t(m_sourceRows);
    std::vector<SpacesSortValue> values(rows);
    for (size_t row = 0; row < rows; ++row)
        values[row] = m_spaces->sortValueAt(int(row), column);
    m_sortJob = std::make_unique<BackgroundSort>();
    m_sortJob->column = column;
    m_sortJob->order = order;
    m_sortJob->valueRowOf.resize(rows);
    std::iota(m_sortJob->valueRowOf.begin(), m_sortJob->valueRowOf.end(), 0);
    m_sortJob->watcher = new QFutureWatcher<std::vector<int>>(this);
    connect(m_sortJob->watcher, &QFutureWatcherBase::finished, this, &SpacesFilterProxyModel::backgroundSortFinished);
    auto promise = std::make_shared<QPromise<std::vector<int>>>();
    m_sortJob->watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, values = std::move(values), locale = m_collator.locale()]() mutable {
        std::vector<int> ranks = SpacesSortRanks::compute(values, locale, [&promise] { return promise->isCanceled(); });
        values = {};   // freed here, before the result is handed over, not while the UI thread applies it
        if (!promise->isCanceled())
            promise->addResult(std::move(ranks));
        promise->finish();
    });
}

void SpacesFilterProxyModel::cancelBackgroundSort()
{
    if (!m_sortJob)
        return;
    m_sortJob->watcher->disconnect(this);
    m_sortJob->watcher->future().cancel();   // the worker stops at its next check
    m_sortJob->watcher->deleteLater();
    m_sortJob.reset();
}

// Back on the UI thread: the ranks of the rows as they were, mapped to the rows as they are.
void SpacesFilterProxyModel::backgroundSortFinished()
{
    std::unique_ptr<BackgroundSort> job = std::move(m_sortJob);
    job->watcher->deleteLater();   // we are inside its signal
    QFuture<std::vector<int>> future = job->watcher->future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const std::vector<int> valueRanks = future.takeResult();
    Q_ASSERT(job->valueRowOf.size() == size_t(m_sourceRows));
    const auto unranked = std::count(job->valueRowOf.cbegin(), job->valueRowOf.cend(), -1);
    if (unranked > kPlaceByCollatorLimit) {   // too much changed meanwhile: rank again
        startBackgroundSort(job->column, job->order);
        return;
    }
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = job->column;
    m_sortOrder = job->order;
    m_rankColumn = job->column;
    // The rows still ranked, in rank order (ranks of rows removed meanwhile left out)…
    std::vector<int> byRank(valueRanks.size(), -1);
    std::vector<int> changed;
    m_ranks.assign(size_t(m_sourceRows), -1);
    for (size_t row = 0; row < size_t(m_sourceRows); ++row) {
        const int valueRow = job->valueRowOf[row];
        if (valueRow < 0) {
            changed.push_back(int(row));
            continue;
        }
        m_ranks[row] = valueRanks[size_t(valueRow)];
        byRank[size_t(m_ranks[row])] = int(row);
    }
    m_order.clear();
    m_order.reserve(size_t(m_sourceRows));
    for (int row : byRank) {
        if (row >= 0)
            m_order.push_back(row);
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
    // …then those added or changed, each in its place through the collator; the ranks made whole again.
    placeInOrder(std::move(changed));
    const size_t n = m_order.size();
    for (size_t i = 0; i < n; ++i)
        m_ranks[size_t(m_order[i])] = int(m_sortOrder == Qt::DescendingOrder ? n - 1 - i : i);
    rebuildShown();
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortApplied(m_sortColumn, m_sortOrder);
}

void SpacesFilterProxyModel::computeMatches()
{
    const cms::SpaceCatalog *catalog = m_spaces ? m_spaces->catalog() : nullptr;
    m_filtering = catalog && !m_terms.isEmpty();
    m_matches.clear();
    if (!m_filtering)
        return;
    m_matches.assign(size_t(m_sourceRows), false);
    const QList<int> rows = catalog->searchIndex().query(m_query);
    for (int row : rows) {
        if (row >= 0 && row < m_sourceRows)
            m_matches[size_t(row)] = true;
    }
}

bool SpacesFilterProxyModel::matchesNow(int sourceRow) const
{
    const cms::SpaceCatalog *catalog = m_spaces ? m_spaces->catalog() : nullptr;
    if (!catalog || sourceRow >= catalog->searchIndex().size())
        return true;
    return catalog->searchIndex().matches(sourceRow, m_terms);
}

QVariant SpacesFilterProxyModel::sortValue(int sourceRow) const
{
    return m_spaces->rawValueAt(sourceRow, m_sortColumn);
}

bool SpacesFilterProxyModel::before(int a, int b) const
{
    if (m_sortOrder == Qt::DescendingOrder)
        std::swap(a, b);
    const int ra = size_t(a) < m_ranks.size() ? m_ranks[size_t(a)] : -1;
    const int rb = size_t(b) < m_ranks.size() ? m_ranks[size_t(b)] : -1;
    if (ra >= 0 && rb >= 0)
        return ra < rb;
    return lessThanValues(sortValue(a), sortValue(b));
}

bool SpacesFilterProxyModel::lessThanValues(const QVariant &l, const QVariant &r) const
{
    return SpacesSortRanks::lessThan(m_collator, l, r);
}

// The rank of every source row in the sort column (SpacesSortRanks), here and now.
void SpacesFilterProxyModel::computeRanks()
{
    m_rankColumn = m_sortColumn;
    std::vector<SpacesSortValue> values(static_cast<size_t>(m_sourceRows));
    for (int row = 0; row < m_sourceRows; ++row)
        values[size_t(row)] = m_spaces->sortValueAt(row, m_sortColumn);
    m_ranks = SpacesSortRanks::compute(values, m_collator.locale());
}

void SpacesFilterProxyModel::rebuildOrder()
{
    const size_t rows = size_t(m_sourceRows);
    m_order.resize(rows);
    if (m_sortColumn < 0 || !m_spaces) {
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        if (!ranksCurrentFor(m_sortColumn))
            computeRanks();
        for (size_t row = 0; row < rows; ++row)
            m_order[size_t(m_ranks[row])] = int(row);
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_order.begin(), m_order.end());
    }
    rebuildOrderPositions();
}

void SpacesFilterProxyModel::rebuildOrderPositions()
{
    m_orderPos.assign(m_order.size(), 0);
    for (size_t i = 0; i < m_order.size(); ++i)
        m_orderPos[size_t(m_order[i])] = int(i);
}

// Puts source rows that are in no place of the order (new, or taken out because their value moved
// them) in their place: each found by a binary search, then all merged in one pass.
void SpacesFilterProxyModel::placeInOrder(std::vector<int> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    auto from = m_order.cbegin();
    for (int row : rows) {
        const auto at = std::upper_bound(from, m_order.cend(), row, [this](int a, int b) { return before(a, b); });
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order = std::move(merged);
    rebuildOrderPositions();
}

void SpacesFilterProxyModel::rebuildShown()
{
    m_shown.clear();
    m_rowOf.assign(size_t(m_sourceRows), -1);
    for (int row : m_order) {
        if (accepts(row)) {
            m_rowOf[size_t(row)] = int(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void SpacesFilterProxyModel::renumberShownFrom(size_t first)
{
    for (size_t i = first; i < m_shown.size(); ++i)
        m_rowOf[size_t(m_shown[i])] = int(i);
}

// --- Layout changes: the persistent indexes follow their source rows ---

void SpacesFilterProxyModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
}

void SpacesFilterProxyModel::endLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList now;
    now.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        now.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, now);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged({}, hint);
}

// --- Following the source ---

void SpacesFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // Rows appended (the catalog only ever appends) move no other row: every table just grows.
    const bool appended = first >= m_sourceRows;
    // Otherwise the source rows at and after `first` moved down by count.
    const auto shift = [first, count](std::vector<int> &rows) {
        for (int &row : rows) {
            if (row >= first)
                row += count;
        }
    };
    if (!appended) {
        shift(m_order);
        shift(m_shown);
    }
    m_rowOf.insert(m_rowOf.begin() + first, size_t(count), -1);
    if (m_filtering)
        m_matches.insert(m_matches.begin() + first, size_t(count), false);
    if (size_t(first) <= m_ranks.size())
        m_ranks.insert(m_ranks.begin() + first, size_t(count), -1);
    if (m_sortJob)   // not among the values being ranked
        m_sortJob->valueRowOf.insert(m_sortJob->valueRowOf.begin() + first, size_t(count), -1);
    m_sourceRows += count;
    std::vector<int> added;
    added.reserve(size_t(count));
    for (int row = first; row <= last; ++row) {
        if (m_filtering)
            m_matches[size_t(row)] = matchesNow(row);
        added.push_back(row);
    }

    if (m_sortColumn >= 0) {
        // Sorted: their places are all over the table.
        beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        placeInOrder(std::move(added));
        rebuildShown();
        endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    // In the source's order: they go in one block, after the rows shown that come before them.
    m_order.insert(m_order.begin() + first, added.cbegin(), added.cend());
    if (appended) {
        for (int row : added)
            m_orderPos.push_back(row);   // unsorted, the order is the source's
    } else {
        rebuildOrderPositions();
    }
    std::vector<int> shownAdded;
    for (int row : added) {
        if (accepts(row))
            shownAdded.push_back(row);
    }
    const size_t at = size_t(std::lower_bound(m_shown.cbegin(), m_shown.cend(), first) - m_shown.cbegin());
    if (shownAdded.empty()) {
        renumberShownFrom(at);
        return;
    }
    beginInsertRows({}, int(at), int(at + shownAdded.size()) - 1);
    m_shown.insert(m_shown.begin() + qsizetype(at), shownAdded.cbegin(), shownAdded.cend());
    renumberShownFrom(at);
    endInsertRows();
}

// The source still has the rows: the ones shown are removed here now, while they can be mapped.
void SpacesFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> rows;   // here
    for (int source = first; source <= last && size_t(source) < m_rowOf.size(); ++source) {
        if (m_rowOf[size_t(source)] >= 0)
            rows.push_back(m_rowOf[size_t(source)]);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> ranges;   // first, last
    for (int row : rows) {
        if (!ranges.empty() && ranges.back().second + 1 == row)
            ranges.back().second = row;
        else
            ranges.emplace_back(row, row);
    }
    const auto hide = [this, first, last] {
        for (int source = first; source <= last && size_t(source) < m_rowOf.size(); ++source)
            m_rowOf[size_t(source)] = -1;
    };
    if (ranges.size() > size_t(kRemovalRangesLimit)) {
        beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        m_shown.erase(std::remove_if(m_shown.begin(), m_shown.end(), [first, last](int source) {
                          return source >= first && source <= last;
                      }),
                      m_shown.end());
        hide();
        renumberShownFrom(0);
        endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    // From the last range up, so that the rows of the ranges still to come keep their numbers.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int row = it->first; row <= it->second; ++row)
            m_rowOf[size_t(m_shown[size_t(row)])] = -1;
        m_shown.erase(m_shown.begin() + it->first, m_shown.begin() + it->second + 1);
        renumberShownFrom(size_t(it->first));
        endRemoveRows();
    }
}

// The rows are gone from the source and from here: the rows after them move up.
void SpacesFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto erase = [first, last, count](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(), [first, last](int row) { return row >= first && row <= last; }),
                   rows.end());
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    erase(m_order);
    erase(m_shown);
    const auto eraseRange = [first, last](auto &byRow) {
        if (size_t(first) < byRow.size())
            byRow.erase(byRow.begin() + first, byRow.begin() + qMin(qsizetype(last) + 1, qsizetype(byRow.size())));
    };
    eraseRange(m_rowOf);
    eraseRange(m_matches);
    eraseRange(m_ranks);
    if (m_sortJob)
        eraseRange(m_sortJob->valueRowOf);
    m_sourceRows = qMax(0, m_sourceRows - count);
    rebuildOrderPositions();
}

void SpacesFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = qMin(bottomRight.row(), m_sourceRows - 1);
    const bool sortColumnChanged = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    if (m_sortJob && m_sortJob->column >= topLeft.column() && m_sortJob->column <= bottomRight.column()) {
        for (int row = first; row <= last; ++row)
            m_sortJob->valueRowOf[size_t(row)] = -1;   // its value being ranked is not its value any more
    }
    if (last - first + 1 > kRowByRowLimit) {
        // Many rows (names of tenants or profiles arrived, the language changed): start again. A large
        // table is sorted again in the background, in the order it had until then.
        const bool sortAgainLater = sortColumnChanged && !m_sortJob && m_sourceRows > m_backgroundSortThreshold;
        beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        computeMatches();
        if (sortColumnChanged) {
            m_rankColumn = -1;
            if (!sortAgainLater)
                rebuildOrder();
        }
        rebuildShown();
        endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        if (sortAgainLater)
            startBackgroundSort(m_sortColumn, m_sortOrder);
    } else {
        bool moved = false;
        if (m_filtering) {
            for (int row = first; row <= last; ++row) {
                const bool now = matchesNow(row);
                moved = moved || now != m_matches[size_t(row)];
                m_matches[size_t(row)] = now;
            }
        }
        // A row whose value no longer sorts between its neighbours is taken out and put back in its place.
        std::vector<int> displaced;
        if (sortColumnChanged) {
            const bool descending = m_sortOrder == Qt::DescendingOrder;
            // Whether a value sorts strictly before another, in the direction of the sort.
            const auto precedes = [this, descending](const QVariant &a, const QVariant &b) {
                return descending ? lessThanValues(b, a) : lessThanValues(a, b);
            };
            if (first == last) {
                const size_t at = size_t(m_orderPos[size_t(first)]);
                const QVariant value = sortValue(first);
                const bool misplaced = (at > 0 && precedes(value, sortValue(m_order[at - 1])))
                    || (at + 1 < m_order.size() && precedes(sortValue(m_order[at + 1]), value));
                if (misplaced)
                    displaced.push_back(first);
            } else {
                // Neighbours that changed together cannot vouch for each other: all are placed again.
                for (int row = first; row <= last; ++row)
                    displaced.push_back(row);
            }
        }
        if (moved || !displaced.empty()) {
            beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
            if (!displaced.empty()) {
                std::vector<bool> taken(size_t(m_sourceRows), false);
                for (int row : displaced) {
                    taken[size_t(row)] = true;
                    m_ranks[size_t(row)] = -1;   // compared through the collator from now on
                }
                m_order.erase(std::remove_if(m_order.begin(), m_order.end(), [&taken](int row) { return taken[size_t(row)]; }),
                              m_order.end());
                placeInOrder(std::move(displaced));
            }
            rebuildShown();
            endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        }
    }
    // The changed rows that are shown, as one block from the first to the last of them.
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int here = m_rowOf[size_t(row)];
        if (here < 0)
            continue;
        top = top < 0 ? here : qMin(top, here);
        bottom = qMax(bottom, here);
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void SpacesFilterProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
    else if (!m_shown.empty())
        Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
}

void SpacesFilterProxyModel::sourceLayoutAboutToBeChanged()
{
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

// The source's rows moved: every table is made again.
void SpacesFilterProxyModel::sourceLayoutChanged()
{
    cancelBackgroundSort();   // its rows are not these any more (the order shown is made again here)
    m_sourceRows = m_spaces ? m_spaces->rowCount() : 0;
    m_ranks.clear();
    m_rankColumn = -1;
    computeMatches();
    rebuildOrder();
    rebuildShown();
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

} // namespace models
