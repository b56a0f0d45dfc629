#include "benchclock.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <ctime>

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

qint64 monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QHash<qint64, double> threadsCpuMs(const QByteArray &namePrefix)
{
    QHash<qint64, double> ms;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith(namePrefix))
            continue;
        QFile schedstat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (schedstat.open(QIODevice::ReadOnly))
            ms.insert(tid.toLongLong(), schedstat.readAll().split(' ').value(0).toDouble() / 1e6);   // ns on a CPU
    }
    return ms;
}

double threadsCpuMsSince(const QHash<qint64, double> &before, const QHash<qint64, double> &after)
{
    double ms = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        ms += it.value() - before.value(it.key(), 0.0);
    return ms;
}
