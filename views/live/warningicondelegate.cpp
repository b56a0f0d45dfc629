#include "live/warningicondelegate.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace views {

WarningIconDelegate::WarningIconDelegate(int warningRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(warningRole)
{
}

void WarningIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
    // A figure that lines up at the end of its cell has its icon after it, not at the far start of the
    // cell where it would seem to belong to the column before. (Left and right are leading and trailing:
    // the style mirrors them in a right-to-left layout.)
    if ((option->displayAlignment & Qt::AlignTrailing) && !(option->displayAlignment & Qt::AlignAbsolute))
        option->decorationPosition = QStyleOptionViewItem::Right;
}

} // namespace views
