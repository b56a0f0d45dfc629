#include "live/livefilterproxymodel.h"

#include "config/spacesearchindex.h"
#include "live/callsmodel.h"
#include "live/participantsmodel.h"

#include <algorithm>

namespace models {

LiveFilterProxyModel::LiveFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setCollatorLocale(QLocale());
}

void LiveFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (qobject_cast<CallsModel *>(sourceModel)) {
        m_searchRole = CallsModel::SearchTextRole;
        setSortRole(CallsModel::RawValueRole);
    } else if (qobject_cast<ParticipantsModel *>(sourceModel)) {
        m_searchRole = ParticipantsModel::SearchTextRole;
        setSortRole(ParticipantsModel::RawValueRole);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void LiveFilterProxyModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    const QStringList terms = cms::SpaceSearchIndex::terms(query);
    if (terms == m_terms)
        return;   // e.g. a space typed, or a Korean jamo still being composed
    m_terms = terms;
    invalidateFilter();
}

void LiveFilterProxyModel::setCollatorLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

bool LiveFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty() || m_searchRole < 0)
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(m_searchRole).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&text](const QString &term) { return text.contains(term); });
}

bool LiveFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const QString ls = l.toString();
        const QString rs = r.toString();
        if (ls.isEmpty() || rs.isEmpty())
            return ls.isEmpty() && !rs.isEmpty();
        return m_collator.compare(ls, rs) < 0;
    }
    if (l.typeId() == QMetaType::Bool && r.typeId() == QMetaType::Bool)
        return !l.toBool() && r.toBool();
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace models
