#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace cms {

// One line of the Activity dock's operations log.
struct ActivityEntry
{
    enum class Severity { Info, Warning, Error };

    QDateTime time;      // UTC
    Severity severity = Severity::Info;
    QString cluster;     // the cluster's name, may be empty
    QString message;     // translated, complete sentence; never contains a secret
};

// A bounded log of what the console did and what happened to the clusters (connected, failover,
// failback, discovery, certificate pinned, operation finished…), shown in the Activity dock.
class ActivityLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype DefaultCapacity = 1000;

    explicit ActivityLog(QObject *parent = nullptr);

    void add(ActivityEntry::Severity severity, const QString &cluster, const QString &message);
    void info(const QString &cluster, const QString &message) { add(ActivityEntry::Severity::Info, cluster, message); }
    void warning(const QString &cluster, const QString &message) { add(ActivityEntry::Severity::Warning, cluster, message); }
    void error(const QString &cluster, const QString &message) { add(ActivityEntry::Severity::Error, cluster, message); }

    const QList<ActivityEntry> &entries() const { return m_entries; }
    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);   // at least 1
    void clear();

Q_SIGNALS:
    // The oldest entries are dropped first: entriesDropped(n) comes before the entryAdded that made room.
    void entriesDropped(int count);
    void entryAdded(const cms::ActivityEntry &entry);
    void cleared();

private:
    QList<ActivityEntry> m_entries;
    qsizetype m_capacity = DefaultCapacity;
};

} // namespace cms
