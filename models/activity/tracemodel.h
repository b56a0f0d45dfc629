#pragma once

#include "diagnostics/apitrace.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace models {

// The API trace (already redacted by cms::ApiTrace) as a table, newest last. Follows the trace
// incrementally: rows appended as entries arrive, the oldest rows removed when the model's own
// capacity is reached, a reset only when the trace is cleared.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Time, Bridge, Method, Path, Status, Duration, Count };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        FormattedRole,   // QString: cms::ApiTrace::format(entry)
        CurlRole,        // QString: cms::ApiTrace::toCurl(entry), secrets from shell variables only
        IsErrorRole,     // bool: no reply, or status >= 400
    };

    explicit TraceModel(cms::ApiTrace &trace, QObject *parent = nullptr);

    void setCapacity(int rows);   // default cms::ApiTrace::DefaultCapacity
    const cms::TraceEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(const cms::TraceEntry &entry);

    QList<cms::TraceEntry> m_entries;
    int m_capacity;
};

} // namespace models
