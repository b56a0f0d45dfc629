#pragma once

#include "diagnostics/activitylog.h"

#include <QAbstractTableModel>

namespace models {

// The operations log (cms::ActivityLog) as a table, newest last, following the log incrementally.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Time, Cluster, Message, Count };
    Q_ENUM(Column)
    enum Role { SeverityRole = Qt::UserRole + 1, RawValueRole };

    explicit ActivityLogModel(cms::ActivityLog &log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    cms::ActivityLog &m_log;
    QList<cms::ActivityEntry> m_entries;   // what the view has been told about; see the constructor
};

} // namespace models
