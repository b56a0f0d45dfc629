#include "common/wrappingitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QStyle>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

namespace views {

WrappingItemDelegate::WrappingItemDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setUniformItemSizes(false);
    view->setTextElideMode(Qt::ElideNone);
}

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_tree(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

int WrappingItemDelegate::availableWidth(const QModelIndex &index) const
{
    if (!m_tree)
        return m_view->viewport()->width() - 2 * static_cast<QListView *>(m_view)->spacing();
    int width = m_tree->columnWidth(index.column());
    if (index.column() == 0 || m_tree->isFirstColumnSpanned(index.row(), index.parent())) {
        if (m_tree->isFirstColumnSpanned(index.row(), index.parent()))
            width = m_tree->viewport()->width();
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= m_tree->indentation() * (depth + (m_tree->rootIsDecorated() ? 1 : 0));
    }
    return width;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem measured = option;
    const int width = qMax(availableWidth(index), 20);
    measured.rect = QRect(0, 0, width, 1);
    const QSize hint = QStyledItemDelegate::sizeHint(measured, index);

    // The style counts lines of the view's font; a line of Korean or Arabic drawn in a fallback font
    // is taller. Measured again line by line with the fonts the text is drawn in.
    QStyleOptionViewItem item = measured;
    initStyleOption(&item, index);
    if (item.text.isEmpty())
        return hint;
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int textWidth = width - 2 * margin;
    if (item.features & QStyleOptionViewItem::HasDecoration)
        textWidth -= item.decorationSize.width() + 2 * margin;
    QTextLayout layout(item.text, item.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(item.direction);
    layout.setTextOption(textOption);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(textWidth, 10));
        height += line.height();
    }
    layout.endLayout();
    return QSize(hint.width(), qMax(hint.height(), int(std::ceil(height)) + 2 * margin));
}

} // namespace views
