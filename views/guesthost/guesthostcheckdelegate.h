#pragma once

#include <QStyledItemDelegate>

namespace views {

// Paints a cell's text wrapped at word boundaries over as many lines as it needs, and measures it
// the same way, so that a row sized to its contents shows every word. Qt's own item painting measures
// a right-to-left line that mixes Arabic with Latin (an API field, a URI) shorter than it then lays it
// out, and elides the end of the sentence.
class GuestHostCheckDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int textFlags(const QStyleOptionViewItem &option);
    static QRect textRect(const QStyleOptionViewItem &option);
};

} // namespace views
