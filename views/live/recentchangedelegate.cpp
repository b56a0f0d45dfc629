#include "live/recentchangedelegate.h"

#include <QPalette>

namespace views {

RecentChangeDelegate::RecentChangeDelegate(int recentlyChangedRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(recentlyChangedRole)
{
}

void RecentChangeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    // A faint amber, away from any palette's selection colour (a tint of the selection colour read as
    // a selection); seen through, it reads on light and dark bases alike.
    option->backgroundBrush = QColor(255, 184, 0, 70);
}

} // namespace views
