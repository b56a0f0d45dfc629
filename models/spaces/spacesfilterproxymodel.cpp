#include "spaces/spacesfilterproxymodel.h"

#include "config/spacecatalog.h"
#include "spaces/spacesmodel.h"

#include <algorithm>

namespace models {

SpacesFilterProxyModel::SpacesFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SpacesModel::RawValueRole);
    setCollatorLocale(QLocale());
}

void SpacesFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (QAbstractItemModel *old = this->sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_spaces = qobject_cast<SpacesModel *>(sourceModel);
    Q_ASSERT(!sourceModel || m_spaces);
    m_stale = true;
    // Connected before the base class connects its own handlers, so these run first: the flags are
    // marked out of date before the proxy asks filterAcceptsRow() about inserted or changed rows.
    if (sourceModel) {
        connect(sourceModel, &QAbstractItemModel::rowsInserted, this, &SpacesFilterProxyModel::markStale);
        connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, &SpacesFilterProxyModel::sourceRowsRemoved);
        connect(sourceModel, &QAbstractItemModel::dataChanged, this, &SpacesFilterProxyModel::sourceDataChanged);
        connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] {
            markStale();
            m_rankColumn = -1;
        });
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SpacesFilterProxyModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_stale = true;
    invalidate();
}

void SpacesFilterProxyModel::setCollatorLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_rankColumn = -1;
    invalidate();
}

void SpacesFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_rankColumn = -1;   // computed again, with every row, at the first comparison
    QSortFilterProxyModel::sort(column, order);
}

void SpacesFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    m_stale = true;
    if (m_rankColumn < topLeft.column() || m_rankColumn > bottomRight.column())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row() && size_t(row) < m_ranks.size(); ++row)
        m_ranks[size_t(row)] = -1;
}

void SpacesFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    m_stale = true;
    if (parent.isValid() || size_t(first) >= m_ranks.size())
        return;
    const auto end = m_ranks.begin() + qMin(qsizetype(last) + 1, qsizetype(m_ranks.size()));
    m_ranks.erase(m_ranks.begin() + first, end);
}

void SpacesFilterProxyModel::computeRanks(int column) const
{
    m_rankColumn = column;
    m_ranks.clear();
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    // Collation keys: computed once per row, compared as bytes.
    std::vector<QVariant> values(static_cast<size_t>(rows));
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        values[size_t(row)] = source->index(row, column).data(sortRole());
        keys.push_back(m_collator.sortKey(values[size_t(row)].typeId() == QMetaType::QString
                                              ? values[size_t(row)].toString()
                                              : QString()));
    }
    std::vector<int> order(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        order[size_t(row)] = row;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QVariant &l = values[size_t(a)];
        const QVariant &r = values[size_t(b)];
        if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
            const bool le = l.toString().isEmpty();
            const bool re = r.toString().isEmpty();
            if (le || re)
                return le && !re;
            return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
        }
        return lessThanValues(l, r);
    });
    m_ranks.assign(size_t(rows), -1);
    for (int i = 0; i < rows; ++i)
        m_ranks[size_t(order[size_t(i)])] = i;
}

void SpacesFilterProxyModel::computeMatches() const
{
    m_stale = false;
    m_matches.clear();
    const cms::SpaceCatalog *catalog = m_spaces ? m_spaces->catalog() : nullptr;
    if (!catalog || m_query.trimmed().isEmpty())
        return;
    m_matches.assign(size_t(catalog->count()), false);
    const QList<int> rows = catalog->searchIndex().query(m_query);
    for (int row : rows) {
        if (row >= 0 && size_t(row) < m_matches.size())
            m_matches[size_t(row)] = true;
    }
}

bool SpacesFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_stale)
        computeMatches();
    if (m_matches.empty())
        return m_query.trimmed().isEmpty() || !m_spaces || !m_spaces->catalog();
    return size_t(sourceRow) < m_matches.size() && m_matches[size_t(sourceRow)];
}

bool SpacesFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_rankColumn != left.column())
        computeRanks(left.column());
    const size_t a = size_t(left.row());
    const size_t b = size_t(right.row());
    if (a < m_ranks.size() && b < m_ranks.size() && m_ranks[a] >= 0 && m_ranks[b] >= 0)
        return m_ranks[a] < m_ranks[b];
    return lessThanValues(left.data(sortRole()), right.data(sortRole()));
}

bool SpacesFilterProxyModel::lessThanValues(const QVariant &l, const QVariant &r) const
{
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();
    if (l.typeId() == QMetaType::Bool && r.typeId() == QMetaType::Bool)
        return !l.toBool() && r.toBool();
    const QString ls = l.toString();
    const QString rs = r.toString();
    if (ls.isEmpty() || rs.isEmpty())
        return ls.isEmpty() && !rs.isEmpty();
    return m_collator.compare(ls, rs) < 0;
}

} // namespace models
