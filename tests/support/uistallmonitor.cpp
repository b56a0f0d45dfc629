#include "uistallmonitor.h"

#include "benchclock.h"

#include <algorithm>

UiStallMonitor::UiStallMonitor()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &UiStallMonitor::tick);
    reset();
    m_timer.start();
}

void UiStallMonitor::tick()
{
    const qint64 now = monotonicNs();
    const double cpu = threadCpuMs();
    const double gapMs = double(now - m_last) / 1e6;
    const double cpuMs = cpu - m_lastCpu;
    m_last = now;
    m_lastCpu = cpu;
    if (gapMs > m_maxMs) {
        m_maxMs = gapMs;
        m_cpuOfMaxMs = cpuMs;
    }
    m_maxCpuMs = std::max(m_maxCpuMs, cpuMs);
    m_over50 += gapMs > 50;
    m_over16 += gapMs > 16;
}

void UiStallMonitor::reset()
{
    m_last = monotonicNs();
    m_lastCpu = threadCpuMs();
    m_maxMs = m_cpuOfMaxMs = m_maxCpuMs = 0;
    m_over50 = m_over16 = 0;
}

QString UiStallMonitor::summary() const
{
    return QStringLiteral("longest stall %1 ms (%2 ms of it running on the UI thread, the rest waiting for a core); "
                          "longest work without a break %3 ms; %4 stalls over 16 ms, %5 over 50 ms")
        .arg(m_maxMs, 0, 'f', 1)
        .arg(m_cpuOfMaxMs, 0, 'f', 1)
        .arg(m_maxCpuMs, 0, 'f', 1)
        .arg(m_over16)
        .arg(m_over50);
}
