#pragma once

#include <QStyledItemDelegate>

namespace views {

// Puts the style's warning icon in front of a cell whose model says it is a warning (a boolean role),
// so that a figure past its limit stands out without relying on colour alone. The icon goes at the start
// of a cell, or after a figure aligned at the end of its cell; the style mirrors both in Arabic.
class WarningIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WarningIconDelegate(int warningRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace views
