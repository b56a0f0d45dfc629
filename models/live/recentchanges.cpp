#include "live/recentchanges.h"

namespace models {

namespace {
constexpr qint64 kBatchMs = 50;   // marks ending this close together end in one signal
}

RecentChanges::RecentChanges(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecentChanges::expire);
}

void RecentChanges::settle()
{
    m_quietUntil = m_clock.elapsed() + m_settleMs;
}

void RecentChanges::mark(const QString &key)
{
    if (m_clock.elapsed() < m_quietUntil)
        return;
    // Every mark lasts as long, so the queue stays in the order the marks end.
    const qint64 until = m_clock.elapsed() + m_durationMs;
    m_until.insert(key, until);
    m_queue.emplace_back(key, until);
    if (!m_timer.isActive())
        schedule();
}

void RecentChanges::clear()
{
    m_until.clear();
    m_queue.clear();
    m_timer.stop();
}

void RecentChanges::expire()
{
    const qint64 now = m_clock.elapsed() + kBatchMs;
    QStringList ended;
    while (!m_queue.empty() && m_queue.front().second <= now) {
        const auto [key, until] = m_queue.front();
        m_queue.pop_front();
        const auto it = m_until.constFind(key);
        if (it != m_until.constEnd() && *it == until) {   // not marked again since, nor forgotten
            m_until.erase(it);
            ended.append(key);
        }
    }
    schedule();
    if (!ended.isEmpty())
        Q_EMIT expired(ended);
}

void RecentChanges::schedule()
{
    // Entries of marks forgotten or made again are dropped here rather than searched for.
    while (!m_queue.empty()) {
        const auto it = m_until.constFind(m_queue.front().first);
        if (it != m_until.constEnd() && *it == m_queue.front().second)
            break;
        m_queue.pop_front();
    }
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, m_queue.front().second - m_clock.elapsed())));
}

} // namespace models
