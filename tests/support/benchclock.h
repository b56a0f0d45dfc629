#pragma once

#include <QByteArray>

// What benchmarks measure: CPU time of this thread or the whole process, and memory figures of the
// process from /proc/self/status ("VmRSS:", "VmHWM:"), in megabytes (-1 where unavailable).
double threadCpuMs();
double processCpuMs();
double statusMegabytes(const char *field);
