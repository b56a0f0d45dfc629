#pragma once

#include <QStyledItemDelegate>

namespace views {

// Paints a row that changed a moment ago (the model's "recently changed" role is true) on a tinted
// background, so a help desk sees what just moved, muted or joined; the tint goes when the model
// clears the mark.
class RecentChangeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RecentChangeDelegate(int recentlyChangedRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace views
