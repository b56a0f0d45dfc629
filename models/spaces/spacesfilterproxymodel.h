#pragma once

#include <QCollator>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <vector>

namespace models {

class SpacesModel;

// Filters a SpacesModel with its catalog's search index and sorts it on raw values.
//
// Filtering: setQuery() asks the index once for the matching rows (spacesearchindex.h: every term a
// substring of the folded name, URIs or call ID) and keeps the answer as one flag per source row, so
// that filterAcceptsRow() is a lookup: a keystroke costs one index query and one pass over the rows.
// When the source rows change (loading, refresh) the flags are recomputed before the proxy looks at
// the new rows.
//
// A keystroke rebuilds the proxy's mapping in one go (invalidate(): a layout change, which keeps the
// selection through persistent indexes) rather than removing and inserting the rows that left or
// joined the results range by range, which costs a pass over the mapping per range: a second or more
// when the first letter typed hides half of 100,000 rows.
//
// Sorting: on SpacesModel::RawValueRole, strings with QCollator in numeric mode for the given locale
// ("Room 9" before "Room 10"), unknown values first in ascending order. Comparing through the
// collator is slow (100,000 rows take more than a second), so the rank of every source row in the
// sort column is computed once, from collation keys, when a column is chosen; rows added or changed
// since are compared through the collator until the next sort.
class SpacesFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SpacesFilterProxyModel(QObject *parent = nullptr);

    // Must be a SpacesModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    void setCollatorLocale(const QLocale &locale);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void markStale() { m_stale = true; }
    void computeMatches() const;
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void computeRanks(int column) const;
    bool lessThanValues(const QVariant &l, const QVariant &r) const;

    SpacesModel *m_spaces = nullptr;
    QString m_query;
    QCollator m_collator;
    mutable std::vector<bool> m_matches;   // by source row, while a query is set
    mutable bool m_stale = true;
    mutable std::vector<int> m_ranks;   // by source row: its place in the sort column; -1 when changed since
    mutable int m_rankColumn = -1;      // the column m_ranks was computed for; -1: none
};

} // namespace models
