#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QListView;
class QTreeView;

namespace views {

// Lets the rows of a tree view wrap their text to the width of the column (a plan step with all its
// parameters, a sentence), instead of cutting it short: QTreeView asks a delegate for a row's height
// without saying how wide the column is, so this delegate measures with the column's width (less the
// indentation of the item). The view's word wrap must be on; the rows are laid out again whenever a
// column is resized. A list view's rows wrap to the width of its viewport the same way (its resize
// mode must be Adjust, for the rows to be laid out again when it is resized).
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView *view);
    explicit WrappingItemDelegate(QListView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int availableWidth(const QModelIndex &index) const;

    QAbstractItemView *m_view;
    QTreeView *m_tree = nullptr;   // null for a list view
};

} // namespace views
