#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

// What benchmarks measure: CPU time of this thread or the whole process, and memory figures of the
// process from /proc/self/status ("VmRSS:", "VmHWM:"), in megabytes (-1 where unavailable).
double threadCpuMs();
// CLOCK_MONOTONIC in nanoseconds: the same clock in every process of the machine.
qint64 monotonicNs();
double processCpuMs();
// CPU time of each of this process's threads whose name (/proc/self/task/*/comm, 15 characters at
// most) starts with `namePrefix`, e.g. "QNetworkAccessM" for Qt's HTTP threads, by thread id, from
// the scheduler's own nanosecond account (schedstat); empty where unavailable.
QHash<qint64, double> threadsCpuMs(const QByteArray &namePrefix);
// What those threads used between two such snapshots: threads that ended meanwhile are left out
// (their time cannot be told apart from what they used before), threads that started count whole.
double threadsCpuMsSince(const QHash<qint64, double> &before, const QHash<qint64, double> &after);
double statusMegabytes(const char *field);
