#pragma once

#include <QByteArray>
#include <QtGlobal>

// What benchmarks measure: CPU time of this thread or the whole process, and memory figures of the
// process from /proc/self/status ("VmRSS:", "VmHWM:"), in megabytes (-1 where unavailable).
double threadCpuMs();
// CLOCK_MONOTONIC in nanoseconds: the same clock in every process of the machine.
qint64 monotonicNs();
double processCpuMs();
double statusMegabytes(const char *field);
