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
    // The selection colour, faint: it reads in light and dark palettes and is not mistaken for a selection.
    QColor tint = option->palette.color(QPalette::Highlight);
    tint.setAlpha(60);
    option->backgroundBrush = tint;
}

} // namespace views
