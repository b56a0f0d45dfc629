// Time from start to the first painted window of the real cms-console executable (issue target:
// under 1 s), plain and in demo mode, on the offscreen platform. Printed, never judged: load on the
// machine moves the figures.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

struct Run
{
    qint64 wallMs = -1;       // from QProcess::start to the "first paint" line
    qint64 internalMs = -1;   // as the console measured it, from the start of main()
    qint64 demoMs = -1;       // demo: from start to the demo cluster connected
};

Run runOnce(const QStringList &extraArguments, const QString &settingsFile)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("--startup-benchmark"), QStringLiteral("--settings"), settingsFile,
                          QStringLiteral("--lang"), QStringLiteral("en")};
    arguments += extraArguments;

    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(CMS_CONSOLE_EXECUTABLE), arguments);
    if (!process.waitForStarted(10000))
        return run;
    QByteArray output;
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("first paint after ") && run.wallMs < 0) {
                run.wallMs = clock.elapsed();
                run.internalMs = line.mid(18).split(' ').value(0).toLongLong();
            }
            if (line.startsWith("demo cluster connected after ") && run.demoMs < 0)
                run.demoMs = line.mid(29).split(' ').value(0).toLongLong();
        }
    }
    process.waitForFinished(10000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return run;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startup_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("label");
        QTest::newRow("plain") << QStringList{} << QStringLiteral("plain");
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo")} << QStringLiteral("demo");
    }

    void startup()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, label);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString settings = dir.filePath(QStringLiteral("console.ini"));

        runOnce(arguments, settings);   // warm the file cache; not counted
        constexpr int runs = 5;
        QList<qint64> wall;
        QList<qint64> internal;
        QList<qint64> demo;
        for (int i = 0; i < runs; ++i) {
            const Run run = runOnce(arguments, settings);
            QVERIFY2(run.wallMs >= 0, "the console never reported its first paint");
            wall.append(run.wallMs);
            internal.append(run.internalMs);
            if (run.demoMs >= 0)
                demo.append(run.demoMs);
        }
        QString line = QStringLiteral("startup, %1: first painted window after %2 ms (median of %3 runs, process start "
                                      "to paint; max %4 ms); %5 ms of it from main() on (target < 1000 ms)")
                           .arg(label)
                           .arg(median(wall))
                           .arg(runs)
                           .arg(*std::max_element(wall.begin(), wall.end()))
                           .arg(median(internal));
        if (!demo.isEmpty())
            line += QStringLiteral("; demo cluster started and connecting after %1 ms").arg(median(demo));
        qInfo().noquote() << line;
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
