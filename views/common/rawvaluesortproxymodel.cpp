#include "common/rawvaluesortproxymodel.h"

namespace views {

RawValueSortProxyModel::RawValueSortProxyModel(int rawValueRole, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(rawValueRole);
    setCollatorLocale(QLocale());
}

void RawValueSortProxyModel::setCollatorLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

bool RawValueSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();

    const bool strings = l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString;
    if (!strings) {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order != QPartialOrdering::Unordered)
            return order == QPartialOrdering::Less;
    }
    return m_collator.compare(l.toString(), r.toString()) < 0;
}

} // namespace views
