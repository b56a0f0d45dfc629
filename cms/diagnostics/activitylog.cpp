#include "diagnostics/activitylog.h"

#include <algorithm>

namespace cms {

ActivityLog::ActivityLog(QObject *parent)
    : QObject(parent)
{
}

void ActivityLog::add(ActivityEntry::Severity severity, const QString &cluster, const QString &message)
{
    // Make room first, so that a listener sees the drop before the new line arrives.
    const qsizetype excess = m_entries.size() + 1 - m_capacity;
    if (excess > 0) {
        m_entries.remove(0, excess);
        Q_EMIT entriesDropped(int(excess));
    }
    ActivityEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.severity = severity;
    entry.cluster = cluster;
    entry.message = message;
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
}

void ActivityLog::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
    const qsizetype excess = m_entries.size() - m_capacity;
    if (excess > 0) {
        m_entries.remove(0, excess);
        Q_EMIT entriesDropped(int(excess));
    }
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace cms
