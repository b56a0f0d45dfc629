#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// The longest gap between the ticks of a 1 ms timer on the UI thread: how long the thread did not get
// back to its event loop. A gap is either work on the thread or the thread waiting for a core (this
// machine has two, shared): the thread's CPU time over each gap tells them apart, and
// longestWorkMs() is the part a slow or busy machine does not inflate.
class UiStallMonitor : public QObject
{
public:
    UiStallMonitor();

    void reset();
    QString summary() const;
    double maxMs() const { return m_maxMs; }
    // The most CPU time the thread spent between two ticks: work that kept the event loop waiting.
    double longestWorkMs() const { return m_maxCpuMs; }

private:
    void tick();

    QTimer m_timer;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    double m_maxMs = 0;
    double m_cpuOfMaxMs = 0;
    double m_maxCpuMs = 0;
    int m_over50 = 0;
    int m_over16 = 0;
};
