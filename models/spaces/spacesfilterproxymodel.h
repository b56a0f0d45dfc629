#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QLocale>
#include <QPersistentModelIndex>

#include <memory>
#include <vector>

namespace models {

class SpacesModel;

// Filters a SpacesModel with its catalog's search index and sorts it on raw values: the table of the
// spaces pane, made for 500,000 rows.
//
// It keeps three tables of ints rather than going through QSortFilterProxyModel, whose every rebuild
// sorts the rows it shows again (n log n comparisons through model indexes: 130 ms for 500,000 rows,
// every keystroke and every clearing of the search box in a sorted table):
//   - the order: every source row, in the sort order (the source order when unsorted), kept across
//     searches;
//   - the rows shown: the order, less what the search hides;
//   - for every source row, its row here (-1: hidden).
// A keystroke asks the index once for the matching rows and walks the order once: O(n), no
// comparison. Sorting computes each row's rank in the sort column once (collation keys), then the
// order is the rows by rank, in either direction.
//
// Filtering: setQuery(); spacesearchindex.h says what matches. Sorting: on SpacesModel::RawValueRole,
// strings with QCollator in numeric mode for the given locale ("Room 9" before "Room 10"), empty
// and unknown values first in ascending order (SpacesSortRanks); sort(-1) is the source order.
//
// Sorting a large table in the background: collating 500,000 names takes over a second, too long
// for the UI thread. Above backgroundSortThreshold() rows, sort() takes the column's values (a
// copy, on the UI thread) and ranks them on a worker thread; meanwhile the table stays as it was,
// sortColumn() and sortOrder() too, and follows every change. When the ranks come back they are
// applied as one layout change, then sortApplied(). Rows changed meanwhile are remapped, not lost:
// rows removed are left out, and rows added or whose sorted value changed are placed among the
// ranked ones through the collator (beyond kPlaceByCollatorLimit of them the ranks are computed
// again instead). A sort() or setCollatorLocale() while one is under way supersedes it: its result
// is dropped. Sorting again by the column whose ranks are held (the other direction) is immediate.
//
// Changes are followed as they come: rows appended to an unsorted table (the catalog's loading) are
// inserted at the end; rows removed are removed (range by range, or as a layout change when they are
// scattered over many ranges); a search, a sort, rows added to a sorted table and rows whose change
// moves them are a layout change, which keeps the selection and the current row through persistent
// indexes (a row hidden by it leaves the selection).
class SpacesFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit SpacesFilterProxyModel(QObject *parent = nullptr);
    ~SpacesFilterProxyModel() override;

    // Must be a SpacesModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    void setCollatorLocale(const QLocale &locale);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Tables with more rows than this are sorted in the background (above); 0: always.
    void setBackgroundSortThreshold(int rows) { m_backgroundSortThreshold = rows; }
    int backgroundSortThreshold() const { return m_backgroundSortThreshold; }
    // A sort is being computed in the background (not applied yet).
    bool isSorting() const { return m_sortJob != nullptr; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // The order asked for by sort() is in place: at once when sorted on the UI thread, when the
    // ranks are back when sorted in the background (never for a sort superseded).
    void sortApplied(int column, Qt::SortOrder order);

private:
    struct BackgroundSort;
    bool ranksCurrentFor(int column) const;
    void applySort(int column, Qt::SortOrder order);   // on the UI thread, now
    void startBackgroundSort(int column, Qt::SortOrder order);
    void cancelBackgroundSort();
    void backgroundSortFinished();
    bool accepts(int sourceRow) const { return !m_filtering || m_matches[size_t(sourceRow)]; }
    bool matchesNow(int sourceRow) const;   // asks the search index about one row
    void computeMatches();                  // asks the search index about every row
    // Whether source row a comes before b in the sort order (the direction included).
    bool before(int a, int b) const;
    bool lessThanValues(const QVariant &l, const QVariant &r) const;
    QVariant sortValue(int sourceRow) const;
    void computeRanks();
    void rebuildOrder();            // m_order from the sort column, order and ranks
    void rebuildOrderPositions();   // m_orderPos from m_order
    void placeInOrder(std::vector<int> rows);
    void rebuildShown();            // m_shown and m_rowOf from m_order and the matches
    void renumberShownFrom(size_t first);
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(QAbstractItemModel::LayoutChangeHint hint);

    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void resetFromSource();

    SpacesModel *m_spaces = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_query;
    QStringList m_terms;   // the query folded into terms (SpaceSearchIndex::terms); empty: no filter
    bool m_filtering = false;   // terms and a catalog to search
    QCollator m_collator;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    int m_sourceRows = 0;          // the source rows the tables below cover
    std::vector<int> m_order;      // every source row, in the sort order
    std::vector<int> m_orderPos;   // by source row: its place in m_order
    std::vector<int> m_shown;      // by row here: the source row
    std::vector<int> m_rowOf;      // by source row: the row here, -1 when hidden
    std::vector<bool> m_matches;   // by source row, while a query is set
    std::vector<int> m_ranks;      // by source row: its place in m_rankColumn; -1 when changed since
    int m_rankColumn = -1;         // the column m_ranks was computed for; -1: none
    int m_backgroundSortThreshold = 20000;
    std::unique_ptr<BackgroundSort> m_sortJob;   // while a sort is computed in the background

    // Across a layout change: the source index behind each persistent index here.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
};

} // namespace models
