#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace views {

// Lets the rows of a tree view wrap their text to the width of the column (a plan step with all its
// parameters, a sentence), instead of cutting it short: QTreeView asks a delegate for a row's height
// without saying how wide the column is, so this delegate measures with the column's width (less the
// indentation of the item). The view's word wrap must be on; the rows are laid out again whenever a
// column is resized.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace views
