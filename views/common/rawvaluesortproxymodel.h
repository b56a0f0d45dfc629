#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace views {

// Sorts on a model's raw-value role instead of the displayed text: numbers as numbers (so "9" comes
// before "10" and durations sort by length, not by their translated text), strings with QCollator
// in numeric mode for the user's locale ("CallBridge-2" before "CallBridge-10"). Cells without a
// value come first in ascending order.
class RawValueSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RawValueSortProxyModel(int rawValueRole, QObject *parent = nullptr);

    void setCollatorLocale(const QLocale &locale);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace views
