#include "guesthost/guesthostcheckdelegate.h"

#include <QApplication>
#include <QPainter>

namespace views {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The space Qt's own item painting leaves around a cell's text.
int margin(const QStyleOptionViewItem &option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

} // namespace

int GuestHostCheckDelegate::textFlags(const QStyleOptionViewItem &option)
{
    return int(QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter)) | Qt::TextWordWrap;
}

QRect GuestHostCheckDelegate::textRect(const QStyleOptionViewItem &option)
{
    const int m = margin(option);
    return option.rect.adjusted(m, m, -m, -m);
}

void GuestHostCheckDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();   // the background, the selection and the focus, as Qt paints them
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setLayoutDirection(opt.direction);
    painter->setFont(opt.font);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect(opt), textFlags(opt), text);
    painter->restore();
}

QSize GuestHostCheckDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    // A table that wraps its text gives each cell its column's width here.
    const QRect bounds = textRect(opt);
    if (bounds.width() <= 0)
        return base;
    const QRect needed = QFontMetrics(opt.font).boundingRect(QRect(0, 0, bounds.width(), 1 << 20), textFlags(opt), opt.text);
    return {base.width(), qMax(base.height(), needed.height() + 2 * margin(opt))};
}

} // namespace views
