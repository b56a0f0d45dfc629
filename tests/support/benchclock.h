#pragma once

#include <QByteArray>

// What benchmarks measure: CPU time of this thread or the whole process, and memory figures of the
// process from /proc/self/status ("VmRSS:", "VmHWM:"), in megabytes (-1 where unavailable).
double threadCpuMs();
double processCpuMs();
// CPU time of this process's threads whose name (/proc/self/task/*/comm, 15 characters at most)
// starts with `namePrefix`, e.g. "QNetworkAccessM" for Qt's HTTP threads; from the scheduler's
// own nanosecond account (schedstat), -1 where unavailable.
double threadsCpuMs(const QByteArray &namePrefix);
double statusMegabytes(const char *field);
