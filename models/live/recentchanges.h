#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>

namespace models {

// Which rows of a live model changed a moment ago, so that a view can highlight them briefly.
// mark() starts a key's mark, or starts it again; isMarked() says whether it still holds; expired()
// names the keys whose marks ended, in one signal for every mark that ends together (within 50 ms),
// so that the model says dataChanged once for them. One timer for every mark; a mark costs a hash
// entry and a queue entry.
// settle() starts a quiet period in which mark() does nothing: while a bridge's first picture
// arrives (the console opens the section, or a bridge comes back), every row is new, and a tint on
// all of them would say nothing and look like a selection.
class RecentChanges : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDurationMs = 2000;
    static constexpr int DefaultSettleMs = 3000;

    explicit RecentChanges(QObject *parent = nullptr);

    void setDurationMs(int ms) { m_durationMs = qMax(1, ms); }
    int durationMs() const { return m_durationMs; }

    void setSettleMs(int ms) { m_settleMs = qMax(0, ms); }
    void settle();   // no marks for settleMs from now

    void mark(const QString &key);
    bool isMarked(const QString &key) const { return m_until.contains(key); }
    bool isEmpty() const { return m_until.isEmpty(); }
    // The key is gone (its row removed): no expired() for it.
    void forget(const QString &key) { m_until.remove(key); }
    void clear();

Q_SIGNALS:
    void expired(const QStringList &keys);

private:
    void expire();
    void schedule();

    int m_durationMs = DefaultDurationMs;
    int m_settleMs = DefaultSettleMs;
    qint64 m_quietUntil = 0;   // m_clock ms
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_until;                  // key -> end of its mark (m_clock ms)
    std::deque<std::pair<QString, qint64>> m_queue;  // marks in the order they end; stale entries skipped
    QTimer m_timer;
};

} // namespace models
