#pragma once

#include <QCollator>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace models {

// Searches and sorts a live model (CallsModel or ParticipantsModel) with the semantics of one search
// box: a row is shown when every term of the query is a substring of its search text (the model's
// SearchTextRole: names, URIs or addresses, user JIDs, the meeting's name and space), both folded as
// the Spaces search folds them (cms::SpaceSearchIndex::fold and terms: case, accents, Korean being
// typed, Arabic letter variants and harakat). In the calls tree a meeting's text holds its
// participants' too, so typing a person's name shows the meeting they are in; instance rows follow
// their meeting. An empty query (or one of Korean jamo only, still being typed) shows every row.
//
// A row's search text is kept by its model and made again only when it changes, so a keystroke costs
// one pass over the rows with substring tests; live changes re-test only the rows they touch.
//
// Sorting: on the model's RawValueRole; text with QCollator in numeric mode for the given locale,
// unknown values first in ascending order.
class LiveFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LiveFilterProxyModel(QObject *parent = nullptr);

    // Takes the search and sort roles of a CallsModel or a ParticipantsModel; for another model, set
    // them with setSearchRole() and setSortRole().
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setSearchRole(int role) { m_searchRole = role; invalidateFilter(); }
    int searchRole() const { return m_searchRole; }

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // The folded terms searched for (empty: every row shown).
    QStringList terms() const { return m_terms; }

    void setCollatorLocale(const QLocale &locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    QStringList m_terms;
    int m_searchRole = -1;
    QCollator m_collator;
};

} // namespace models
