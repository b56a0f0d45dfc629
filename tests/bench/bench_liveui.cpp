// The Live section on its real widgets (views::LivePane, and views::SpacesPane for the spaces) over a
// cms::ClusterSession, on the offscreen platform, against a simulated cluster of 3 call bridges with
// 200 meetings and 2,000 participants (spread over the bridges; one meeting in ten runs on all three,
// one in ten on two) and 100,000 spaces, while the simulator's activity generator makes 50 changes a
// second. Measures:
//  - the time from setSession (the session opening at the same moment) to the full Calls and
//    Participants lists, and to every call's and participant's details read;
//  - the time from a change made in the simulator (a participant muted in its store) to the changed
//    row holding the new value in the participants view's model, p50 and p95 (target p95 < 100 ms);
//  - the longest stall of the UI thread during that storm (a 1 ms timer; target < 50 ms);
//  - the search time per keystroke over the 2,000 participants, typed into the pane's search box;
//  - the console's memory once the Spaces section has loaded the 100,000 spaces as well (target
//    < 250 MB);
//  - the time to move 20 selected participants into another meeting until every move is verified.
// Prints the figures; never fails on time.
//
// The simulator runs in a process of its own: this same executable started again with --simulator.
// So this process's resident memory is the console's side alone (Qt, the widgets, the connection,
// the live state, the spaces catalog and the models; the test harness adds next to nothing), and the
// simulator's is read from its own /proc entry and reported apart; a simulator in a thread would
// share the heap and leave only guesses. It also keeps the simulator's work off the UI thread's
// event loop, as with a real cluster. Both processes read the same CLOCK_MONOTONIC, so a change's
// time stamped by the simulator and the moment the view's model shows it can be subtracted.
// The simulator takes one command a line on stdin and answers on stdout (see SimulatorProcess).
// Every wait here runs an event loop without sleeping (QTest::qWait and qWaitFor sleep between
// polls, which would show as stalls and add to the latencies).
// BENCH_STORM_S changes the length of the latency and stall measurement (default 20 s).
#include "cluster/clusterprofile.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "config/spacecatalog.h"
#include "credentials/memorycredentialstore.h"
#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "live/callsmodel.h"
#include "live/livecluster.h"
#include "live/livedetailsreader.h"
#include "live/livepane.h"
#include "live/participantsmodel.h"
#include "spaces/spacesfilterproxymodel.h"
#include "spaces/spacespane.h"

#include "activitygenerator.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "demonames.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include "benchclock.h"
#include "uistallmonitor.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

#include <malloc.h>
#include <unistd.h>

namespace {

const int kBridges = 3;
const int kMeetings = 200;
const int kPerMeeting = 10;
const int kSpaces = 100000;
const double kActionsPerSecond = 50;
const int kMovers = 20;
const int kStormMs
    = (qEnvironmentVariableIntValue("BENCH_STORM_S") > 0 ? qEnvironmentVariableIntValue("BENCH_STORM_S") : 20) * 1000;

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}


// A figure of /proc/<pid>/status ("VmRSS:", "VmHWM:") in megabytes; -1 where unavailable.
double statusMegabytesOf(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

QString medianAndMax(std::vector<double> samples)
{
    if (samples.empty())
        return QStringLiteral("no samples");
    std::sort(samples.begin(), samples.end());
    return QStringLiteral("median %1 ms, max %2 ms")
        .arg(samples[samples.size() / 2], 0, 'f', 2)
        .arg(samples.back(), 0, 'f', 2);
}

double percentile(std::vector<double> samples, double q)
{
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(size_t(q * double(samples.size())), samples.size() - 1)];
}

// Runs the event loop until `done` holds or the time is up, checking every millisecond; never sleeps
// outside the event loop. Returns whether `done` holds.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// The simulator's side, in its own process.

// The cluster, seeded, and the commands the benchmark sends (one a line; one answer a line):
//   activity RATE             the generator on at RATE actions a second (0: off) -> "ok"
//   mute PARTICIPANT          its audio mute toggled in the store -> "muted ID NS 0|1" (NS: the
//                             monotonic time of the change; 1: now muted), or "gone ID"
//   inmeeting CORRELATOR ID…  how many of these (or participants moved from them) are in that
//                             meeting now -> "inmeeting N"
//   stats                     -> "stats ACTIONS" (generator actions so far)
//   quit
// At start it prints "bridge URL FINGERPRINT" per bridge, "reserved SOURCE1 SOURCE2 TARGET" (the
// correlators of the meetings kept for the moves, which the generator leaves alone), then "ready …".
class SimulatorProcess : public QObject
{
    Q_OBJECT
public:
    int run()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = kBridges;
        m_cluster = startTestCluster(options);
        QElapsedTimer clock;
        clock.start();
        cmssim::SeedSpec spec;
        spec.tenants = 12;
        spec.users = 2000;
        spec.spaces = kSpaces;
        const cmssim::SeedResult seeded = cmssim::DatasetSeeder(*m_cluster).seed(spec);
        const QStringList reserved = startMeetings();
        int instances = 0;
        int participants = 0;
        for (int b = 0; b < kBridges; ++b) {
            instances += int(m_cluster->bridge(b).live().callOrder().size());
            participants += int(m_cluster->bridge(b).live().legCount());
        }
        m_activity = std::make_unique<cmssim::ActivityGenerator>(*m_cluster, 7);
        // Around the seeded numbers: calls start and end, people come and go, the totals stay.
        cmssim::ActivityLimits limits;
        limits.maxCalls = instances + 20;
        limits.minCalls = instances - 20;
        limits.maxParticipantsPerCall = kPerMeeting + 4;
        m_activity->setLimits(limits);
        connect(m_activity.get(), &cmssim::ActivityGenerator::acted, this, [this] { ++m_actions; });

        for (int b = 0; b < kBridges; ++b) {
            cmssim::SimBridge &bridge = m_cluster->bridge(b);
            say(QStringLiteral("bridge %1 %2").arg(bridge.baseUrl().toString(), bridge.certificate().fingerprint()));
        }
        say(QStringLiteral("reserved %1").arg(reserved.join(QLatin1Char(' '))));
        say(QStringLiteral("ready spaces=%1 meetings=%2 instances=%3 participants=%4 ms=%5")
                .arg(seeded.spacesCreated).arg(kMeetings).arg(instances).arg(participants).arg(clock.elapsed()));

        QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
        connect(&input, &QSocketNotifier::activated, this, [this, &input] {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {   // the benchmark went away
                input.setEnabled(false);
                QCoreApplication::quit();
                return;
            }
            m_input.append(buffer, n);
            qsizetype end;
            while ((end = m_input.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(m_input.left(end)).trimmed();
                m_input.remove(0, end + 1);
                execute(line);
            }
        });
        return QCoreApplication::exec();
    }

private:
    // The meetings, each in a space of the dataset, hosted on bridge (n mod 3): one in ten with its
    // participants on all three bridges, one in ten on two, the others on one. The first three are
    // kept for the moves (two sources, one target): the generator leaves them as seeded.
    QStringList startMeetings()
    {
        QRandomGenerator rng(11);
        const cmssim::ObjectTable *spaces = m_cluster->store().findTable(QStringLiteral("coSpaces"));
        const qsizetype step = spaces->size() / kMeetings;
        QStringList reserved;
        int n = 0;
        for (int m = 0; m < kMeetings; ++m) {
            cmssim::SimBridge &host = m_cluster->bridge(m % kBridges);
            const QString spaceId = spaces->ordered()[size_t(m * step)]->id;
            const auto started = m_cluster->live().startCall(host, spaceId, {});
            const QString callId = std::get<QString>(started);
            cmssim::LiveCall *call = host.live().call(callId);
            if (m < 3) {
                call->showcase = true;   // before anyone joins: distributed instances copy it
                reserved.append(call->correlator);
            }
            const int spread = m % 10 == 0 ? 3 : m % 10 == 5 ? 2 : 1;
            for (int k = 0; k < kPerMeeting; ++k, ++n) {
                cmssim::SimBridge &placed = m_cluster->bridge((m + k % spread) % kBridges);
                m_cluster->live().joinOn(placed, host, callId, person(rng, n));
            }
        }
        return reserved;
    }

    // People of the four languages; one in four on the web app, signed in.
    static cmssim::JoinSpec person(QRandomGenerator &rng, int n)
    {
        const cmssim::demo::Person who = cmssim::demo::randomPerson(rng);
        cmssim::JoinSpec spec;
        spec.name = who.name;
        const QString address = QStringLiteral("%1.%2@example.com").arg(who.jidLocal).arg(n);
        if (n % 4 == 3) {
            spec.kind = cmssim::EndpointKind::WebApp;
            spec.userJid = address;
            spec.remoteParty = address;
        } else {
            spec.remoteParty = QStringLiteral("sip:") + address;
        }
        return spec;
    }

    void execute(const QString &line)
    {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        if (command == QLatin1String("activity")) {
            const double rate = words.value(1).toDouble();
            if (rate > 0)
                m_activity->start(rate);
            else
                m_activity->stop();
            say(QStringLiteral("ok"));
        } else if (command == QLatin1String("mute")) {
            const QString id = words.value(1);
            const cmssim::Located where = m_cluster->live().find(id);
            if (!where) {
                say(QStringLiteral("gone %1").arg(id));
                return;
            }
            const qint64 at = monotonicNs();
            where.participant->rxAudioMute = !where.participant->rxAudioMute;
            where.bridge->live().touchParticipant(id, {QStringLiteral("audioMuted")});
            say(QStringLiteral("muted %1 %2 %3").arg(id).arg(at).arg(where.participant->rxAudioMute ? 1 : 0));
        } else if (command == QLatin1String("inmeeting")) {
            const QString correlator = words.value(1);
            const QStringList ids = words.mid(2);
            int found = 0;
            for (int b = 0; b < kBridges; ++b) {
                cmssim::LiveState &live = m_cluster->bridge(b).live();
                const cmssim::LiveCall *call = live.callByCorrelator(correlator);
                for (const QString &pid : call ? call->participantIds : QStringList()) {
                    const cmssim::LiveParticipant *p = live.participant(pid);
                    found += p && (ids.contains(p->id) || ids.contains(p->movedParticipant));
                }
            }
            say(QStringLiteral("inmeeting %1").arg(found));
        } else if (command == QLatin1String("stats")) {
            say(QStringLiteral("stats %1").arg(m_actions));
        } else if (command == QLatin1String("quit")) {
            QCoreApplication::quit();
        }
    }

    static void say(const QString &line)
    {
        std::printf("%s\n", line.toUtf8().constData());
        std::fflush(stdout);
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cmssim::ActivityGenerator> m_activity;
    QByteArray m_input;
    qint64 m_actions = 0;
};

// ---------------------------------------------------------------------------------------------------
// The console's side.

class BenchLiveUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullLists();
    void changeLatencyAndStalls();
    void searchPerKeystroke();
    void memoryWithSpaces();
    void moveTwenty();

private:
    // One line from the simulator, waited for (its first word given), without sleeping.
    QString ask(const QString &command, const QString &answerWord, int timeoutMs = 10000);
    qint64 generatorActions() { return ask(QStringLiteral("stats"), QStringLiteral("stats")).section(QLatin1Char(' '), 1).toLongLong(); }
    void onSimulatorOutput();

    QAbstractItemModel *participantsView() const { return m_live->participantsView()->model(); }
    QAbstractItemModel *callsView() const { return m_live->callsView()->model(); }
    models::ParticipantsModel *participantsModel() const
    {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(participantsView());
        return qobject_cast<models::ParticipantsModel *>(proxy->sourceModel());
    }
    int instancesShown() const;

    QProcess m_simulator;
    QByteArray m_simulatorOutput;
    std::function<void(const QString &)> m_onLine;
    QList<cms::Endpoint> m_endpoints;
    QStringList m_reserved;   // correlators: two move sources, the move target
    int m_expectedInstances = 0;
    int m_expectedParticipants = 0;

    std::unique_ptr<cms::ApiTrace> m_trace;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<cms::MemoryCredentialStore> m_credentials;
    std::unique_ptr<cms::ClusterRegistry> m_registry;
    cms::ClusterSession *m_session = nullptr;
    std::unique_ptr<QStackedWidget> m_window;   // the sections, as the main window stacks them
    views::LivePane *m_live = nullptr;
    views::SpacesPane *m_spaces = nullptr;
    std::unique_ptr<UiStallMonitor> m_stalls;
    double m_rssEmpty = 0;
};

void BenchLiveUi::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    m_simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_simulator.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--simulator")});
    QVERIFY2(m_simulator.waitForStarted(10000), qPrintable(m_simulator.errorString()));
    QString ready;
    while (ready.isEmpty() && m_simulator.state() == QProcess::Running && clock.elapsed() < 120000) {
        m_simulator.waitForReadyRead(1000);
        m_simulatorOutput += m_simulator.readAllStandardOutput();
        qsizetype end;
        while ((end = m_simulatorOutput.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_simulatorOutput.left(end));
            m_simulatorOutput.remove(0, end + 1);
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.first() == QLatin1String("bridge") && words.size() == 3) {
                cms::Endpoint e;
                e.baseUrl = QUrl(words.at(1));
                e.pinnedSha256 = cms::Endpoint::normalizeFingerprint(words.at(2));
                m_endpoints.append(e);
            } else if (words.first() == QLatin1String("reserved")) {
                m_reserved = words.mid(1);
            } else if (words.first() == QLatin1String("ready")) {
                ready = line;
            }
        }
    }
    QVERIFY2(!ready.isEmpty(), "the simulator did not come up");
    QCOMPARE(m_endpoints.size(), kBridges);
    QCOMPARE(m_reserved.size(), 3);
    const QRegularExpression numbers(QStringLiteral("instances=(\\d+) participants=(\\d+)"));
    const QRegularExpressionMatch match = numbers.match(ready);
    QVERIFY(match.hasMatch());
    m_expectedInstances = match.captured(1).toInt();
    m_expectedParticipants = match.captured(2).toInt();
    QCOMPARE(m_expectedParticipants, kMeetings * kPerMeeting);
    connect(&m_simulator, &QProcess::readyReadStandardOutput, this, &BenchLiveUi::onSimulatorOutput);
    print(QStringLiteral("live UI benchmark: %1 bridges, %2 meetings in %3 calls (distributed ones have a call on each "
                         "bridge), %4 participants, %5 spaces; the simulator is this executable in its own process, "
                         "up after %6 ms (%7); machine load average %8")
              .arg(kBridges).arg(kMeetings).arg(m_expectedInstances).arg(m_expectedParticipants).arg(kSpaces)
              .arg(clock.elapsed()).arg(ready.mid(6)).arg(loadAverage()));

    // The console's objects, as the console makes them: a trace of the API calls (its default
    // capacity), the activity log, the sections stacked in one window.
    m_trace = std::make_unique<cms::ApiTrace>();
    m_log = std::make_unique<cms::ActivityLog>();
    m_credentials = std::make_unique<cms::MemoryCredentialStore>();
    m_registry = std::make_unique<cms::ClusterRegistry>(nullptr, *m_credentials, m_trace.get(), m_log.get());
    m_window = std::make_unique<QStackedWidget>();
    m_live = new views::LivePane(m_window.get());
    m_live->setActivityLog(m_log.get());
    m_spaces = new views::SpacesPane(m_window.get());
    m_spaces->setActivityLog(m_log.get());
    m_window->addWidget(m_live);
    m_window->addWidget(m_spaces);
    m_window->setCurrentWidget(m_live);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_stalls = std::make_unique<UiStallMonitor>();
    malloc_trim(0);
    m_rssEmpty = statusMegabytes("VmRSS:");
}

void BenchLiveUi::cleanupTestCase()
{
    if (m_simulator.state() == QProcess::Running) {
        m_simulator.write("quit\n");
        if (!m_simulator.waitForFinished(10000)) {
            m_simulator.kill();
            m_simulator.waitForFinished();
        }
    }
    m_stalls.reset();
    m_window.reset();
    m_registry.reset();
}

void BenchLiveUi::onSimulatorOutput()
{
    m_simulatorOutput += m_simulator.readAllStandardOutput();
    qsizetype end;
    while ((end = m_simulatorOutput.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_simulatorOutput.left(end));
        m_simulatorOutput.remove(0, end + 1);
        if (m_onLine)
            m_onLine(line);
    }
}

QString BenchLiveUi::ask(const QString &command, const QString &answerWord, int timeoutMs)
{
    QString answer;
    m_onLine = [&](const QString &line) {
        if (answer.isEmpty() && line.section(QLatin1Char(' '), 0, 0) == answerWord)
            answer = line;
    };
    m_simulator.write((command + QLatin1Char('\n')).toUtf8());
    waitUntil([&] { return !answer.isEmpty(); }, timeoutMs);
    m_onLine = nullptr;
    return answer;
}

int BenchLiveUi::instancesShown() const
{
    int instances = 0;
    for (int row = 0; row < callsView()->rowCount(); ++row)
        instances += callsView()->index(row, 0).data(models::CallsModel::InstanceCountRole).toInt();
    return instances;
}

// From setSession, at the moment the session starts opening (reading its password, connecting, then
// following each bridge's live state), to both lists full; then to every detail read (kind, user,
// time in call, each call's space), three requests a participant.
void BenchLiveUi::fullLists()
{
    cms::ClusterProfile profile
        = cms::ClusterProfile::create(QStringLiteral("Bench"), m_endpoints.first().baseUrl, kTestUser);
    for (int i = 0; i < kBridges; ++i) {
        if (i > 0) {
            cms::EndpointProfile endpoint;
            endpoint.address = m_endpoints.at(i).baseUrl;
            profile.endpoints.append(endpoint);
        }
        profile.endpoints[i].pinnedSha256 = m_endpoints.at(i).pinnedSha256;
    }
    // The pane gets the session as soon as it exists, while it starts opening (the registry opens
    // a cluster it has just saved), as the main window gives it the cluster chosen.
    QElapsedTimer clock;
    double openMs = -1;
    QObject scope;   // what is connected here goes with this function
    connect(m_registry.get(), &cms::ClusterRegistry::clusterAdded, &scope, [&](int index) {
        m_session = m_registry->session(index);
        connect(m_session, &cms::ClusterSession::stateChanged, &scope, [&](cms::ClusterSession::State state) {
            if (state == cms::ClusterSession::State::Open && openMs < 0)
                openMs = double(clock.nsecsElapsed()) / 1e6;
        });
        m_stalls->reset();
        clock.start();
        m_live->setSession(m_session);
        m_spaces->setCurrentCluster(m_session);   // hidden: it loads nothing until shown
    }, Qt::SingleShotConnection);
    bool saved = false;
    bool savedOk = false;
    connect(m_registry.get(), &cms::ClusterRegistry::saveFinished, &scope, [&](const QString &, bool ok) {
        saved = true;
        savedOk = ok;
    }, Qt::SingleShotConnection);
    m_registry->saveCluster(profile, {{0, kTestPassword}});
    QVERIFY(waitUntil([&] { return saved; }, 10000));
    QVERIFY(savedOk);
    QVERIFY(m_session);
    QVERIFY(m_session->state() != cms::ClusterSession::State::Open || openMs >= 0);

    double callsMs = -1;
    double participantsMs = -1;
    const bool full = waitUntil([&] {
        if (callsMs < 0 && callsView()->rowCount() == kMeetings && instancesShown() == m_expectedInstances)
            callsMs = double(clock.nsecsElapsed()) / 1e6;
        if (participantsMs < 0 && participantsView()->rowCount() == m_expectedParticipants)
            participantsMs = double(clock.nsecsElapsed()) / 1e6;
        return callsMs >= 0 && participantsMs >= 0;
    }, 60000);
    const QString loadStalls = m_stalls->summary();
    QVERIFY2(full, qPrintable(QStringLiteral("%1 meetings, %2 calls, %3 participants shown")
                                  .arg(callsView()->rowCount()).arg(instancesShown()).arg(participantsView()->rowCount())));
    const bool events = [&] {
        for (int i = 0; i < kBridges; ++i) {
            if (m_session->liveMode(i) != cms::BridgeMode::Events)
                return false;
        }
        return true;
    }();
    print(QStringLiteral("  time to the full Calls list (%1 meetings, %2 calls): %3 ms; to the full Participants list "
                         "(%4): %5 ms, from setSession (session open after %6 ms; every bridge followed by %7; no target "
                         "set); UI thread meanwhile: %8")
              .arg(kMeetings).arg(m_expectedInstances).arg(callsMs, 0, 'f', 0).arg(m_expectedParticipants)
              .arg(participantsMs, 0, 'f', 0).arg(openMs, 0, 'f', 0)
              .arg(events ? QStringLiteral("events") : QStringLiteral("polling on some")).arg(loadStalls));

    cms::LiveDetailsReader &details = m_session->live()->detailsReader();
    m_stalls->reset();
    const bool read = waitUntil([&] { return details.pendingCount() == 0; }, 60000);
    print(QStringLiteral("  time to every call's and participant's details read (kind, user, time in call, space): %1 "
                         "(%2 still pending); UI thread meanwhile: %3")
              .arg(read ? QStringLiteral("%1 ms").arg(double(clock.nsecsElapsed()) / 1e6, 0, 'f', 0)
                        : QStringLiteral("not within 60 s"))
              .arg(details.pendingCount()).arg(m_stalls->summary()));

    // For comparison with the storm: the UI thread with no activity (the durations ticking, the
    // monitor's own timer).
    m_stalls->reset();
    const double cpuBefore = threadCpuMs();
    spin(2000);
    print(QStringLiteral("  no activity, for comparison: the UI thread busy %1% of 2 s (the 1 ms timer included); %2")
              .arg((threadCpuMs() - cpuBefore) / 20.0, 0, 'f', 1).arg(m_stalls->summary()));
}

// The storm on, a participant muted in the simulator's store every 100-300 ms: from the change to the
// row in the participants view's model (the pane's sorting proxy) holding the new value. The
// participant is picked at random among the rows; one who left in the meantime is skipped.
void BenchLiveUi::changeLatencyAndStalls()
{
    QVERIFY(m_session);
    QVERIFY(!ask(QStringLiteral("activity %1").arg(kActionsPerSecond), QStringLiteral("ok")).isEmpty());
    spin(2000);   // the storm under way
    const qint64 actionsBefore = generatorActions();

    QAbstractItemModel *view = participantsView();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view);
    models::ParticipantsModel *source = participantsModel();
    QVERIFY(proxy && source);
    const int mutedColumn = int(models::ParticipantsModel::Column::AudioMuted);

    QString target;
    bool expected = false;
    qint64 seenAt = 0;
    auto check = [&] {
        if (target.isEmpty() || seenAt != 0)
            return;
        const QModelIndex row = proxy->mapFromSource(source->indexOfParticipant(target, mutedColumn));
        if (row.isValid() && row.data(models::ParticipantsModel::RawValueRole).toBool() == expected)
            seenAt = monotonicNs();
    };
    // Whatever way the proxy shows the change (dataChanged, or the row moved when the sort column changed).
    QObject watch;
    connect(view, &QAbstractItemModel::dataChanged, &watch, check);
    connect(view, &QAbstractItemModel::layoutChanged, &watch, check);
    connect(view, &QAbstractItemModel::rowsInserted, &watch, check);
    connect(view, &QAbstractItemModel::rowsMoved, &watch, check);

    std::vector<double> samples;
    int skipped = 0;
    int lost = 0;
    QRandomGenerator rng(5);
    QElapsedTimer storm;
    m_stalls->reset();
    const double cpuBefore = threadCpuMs();
    storm.start();
    while (storm.elapsed() < kStormMs) {
        const int row = rng.bounded(source->rowCount());
        target = source->participantIdAt(row);
        expected = !source->index(row, mutedColumn).data(models::ParticipantsModel::RawValueRole).toBool();
        seenAt = 0;
        // The answer and the change travel apart (stdout, the events WebSocket): wait for both.
        QString reply;
        m_onLine = [&](const QString &line) {
            if (line.section(QLatin1Char(' '), 1, 1) == target)
                reply = line;
        };
        m_simulator.write(QStringLiteral("mute %1\n").arg(target).toUtf8());
        waitUntil([&] { return !reply.isEmpty(); }, 5000);
        const bool mutedNow = reply.section(QLatin1Char(' '), 3, 3) == QLatin1String("1");
        if (!reply.startsWith(QLatin1String("muted")) || mutedNow != expected) {
            ++skipped;   // gone, or muted by the generator in between
        } else {
            const qint64 changedAt = reply.section(QLatin1Char(' '), 2, 2).toLongLong();
            if (waitUntil([&] { return seenAt != 0; }, 3000))
                samples.push_back(double(seenAt - changedAt) / 1e6);
            else
                ++lost;   // left before it showed, or never showed
        }
        m_onLine = nullptr;
        target.clear();
        spin(100 + rng.bounded(200));
    }
    const QString stormStalls = m_stalls->summary();
    const double stallMs = m_stalls->maxMs();
    const double busy = (threadCpuMs() - cpuBefore) / double(storm.elapsed());
    const qint64 actions = generatorActions() - actionsBefore;
    const double p95 = percentile(samples, 0.95);
    print(QStringLiteral("  change in the simulator to the changed row in the view's model, during %1 s of storm "
                         "(%2 generator actions a second measured, plus the measured mutes): p50 %3 ms, p95 %4 ms "
                         "(target p95 < 100 ms), max %5 ms (%6 samples; %7 skipped: the participant left or was muted "
                         "by the generator first; %8 never shown within 3 s)")
              .arg(kStormMs / 1000).arg(double(actions) * 1000.0 / double(storm.elapsed()), 0, 'f', 1)
              .arg(percentile(samples, 0.5), 0, 'f', 1).arg(p95, 0, 'f', 1)
              .arg(samples.empty() ? -1.0 : *std::max_element(samples.begin(), samples.end()), 0, 'f', 1)
              .arg(samples.size()).arg(skipped).arg(lost));
    print(QStringLiteral("  longest stall of the UI thread during the storm: %1 ms (target < 50 ms): %2; the UI thread "
                         "busy %3% of the time (the 1 ms timer included); machine load average %4")
              .arg(stallMs, 0, 'f', 1).arg(stormStalls).arg(busy * 100, 0, 'f', 1).arg(loadAverage()));
    QVERIFY(!samples.empty());
}

// Names of the participants typed into the pane's search box one key at a time, the storm going on.
// Per keystroke: the filtering (both proxies, synchronous in the key press), then with the views
// laid out and painted again (the events that follow, which may include live changes arriving).
void BenchLiveUi::searchPerKeystroke()
{
    auto *search = m_live->findChild<QLineEdit *>(QStringLiteral("liveSearch"));
    QVERIFY(search);
    models::ParticipantsModel *source = participantsModel();
    // One name of each script, and an address up to its @.
    auto find = [&](const std::function<bool(const QString &)> &wanted) {
        for (int row = 0; row < source->rowCount(); ++row) {
            const QString name = source->index(row, 0).data().toString();
            if (wanted(name))
                return name;
        }
        return QString();
    };
    auto hasScript = [](const QString &text, QChar::Script script) {
        return std::any_of(text.begin(), text.end(), [script](QChar c) { return c.script() == script; });
    };
    auto accented = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 127; });
    };
    const QModelIndex address = source->index(source->rowCount() / 2, int(models::ParticipantsModel::Column::Address));
    QStringList queries = {
        find([&](const QString &n) { return hasScript(n, QChar::Script_Latin) && accented(n); }),
        find([&](const QString &n) { return hasScript(n, QChar::Script_Hangul); }),
        find([&](const QString &n) { return hasScript(n, QChar::Script_Arabic); }),
        address.data().toString().section(QLatin1Char('@'), 0, 0),
    };
    queries.removeAll(QString());
    QVERIFY(queries.size() >= 3);

    std::vector<double> filtering;
    std::vector<double> painted;
    std::vector<double> clearing;
    QStringList hits;
    m_stalls->reset();
    for (const QString &query : std::as_const(queries)) {
        QStringList counts;
        for (const QChar c : query) {
            const qint64 start = monotonicNs();
            // One key that types the character (keyClicks() takes Latin-1 only).
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
            const qint64 filtered = monotonicNs();
            QCoreApplication::processEvents();
            filtering.push_back(double(filtered - start) / 1e6);
            painted.push_back(double(monotonicNs() - start) / 1e6);
            counts.append(QString::number(participantsView()->rowCount()));
        }
        QCOMPARE(search->text(), query);
        hits.append(QStringLiteral("\"%1\": %2").arg(query, counts.join(QLatin1Char(','))));
        search->selectAll();
        const qint64 start = monotonicNs();
        QTest::keyClick(search, Qt::Key_Backspace);
        clearing.push_back(double(monotonicNs() - start) / 1e6);
        QCOMPARE(participantsView()->rowCount(), source->rowCount());
    }
    print(QStringLiteral("  search per keystroke over %1 participants and %2 meetings, %3 keystrokes typed into the search "
                         "box: filtering %4; with the views laid out and painted %5 (no target set; the Spaces search "
                         "aims at < 30 ms); clearing the box %6")
              .arg(source->rowCount()).arg(callsView()->rowCount()).arg(filtering.size()).arg(medianAndMax(filtering))
              .arg(medianAndMax(painted)).arg(medianAndMax(clearing)));
    print(QStringLiteral("    participants shown after each keystroke: %1; UI thread meanwhile: %2")
              .arg(hits.join(QStringLiteral("; ")), m_stalls->summary()));
}

// The Spaces section shown (as Ctrl+2 does), loading the 100,000 spaces of the session's catalog while
// the storm goes on in the Live section; then the console's memory.
void BenchLiveUi::memoryWithSpaces()
{
    QVERIFY(m_session);
    m_stalls->reset();
    QElapsedTimer clock;
    clock.start();
    m_window->setCurrentWidget(m_spaces);
    cms::SpaceCatalog *catalog = m_spaces->catalog();
    QVERIFY(catalog);
    QVERIFY(waitUntil([&] { return !catalog->isLoading() && catalog->count() == kSpaces; }, 120000));
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    const QString loadStalls = m_stalls->summary();
    QCOMPARE(m_spaces->proxy()->rowCount(), kSpaces);
    spin(1000);   // the details of the rows on screen, the finished pager deleted
    const double rss = statusMegabytes("VmRSS:");
    const double hwm = statusMegabytes("VmHWM:");
    malloc_trim(0);
    const double rssTrimmed = statusMegabytes("VmRSS:");
    const double simulatorRss = statusMegabytesOf(m_simulator.processId(), "VmRSS:");
    print(QStringLiteral("  the Spaces section shown: %1 spaces loaded in %2 ms, the storm going on; UI thread meanwhile: %3")
              .arg(catalog->count()).arg(loadMs, 0, 'f', 0).arg(loadStalls));
    print(QStringLiteral("  console memory with the live state (%1 calls, %2 participants, both lists) and %3 spaces loaded: "
                         "resident %4 MB (target < 250 MB), peak %5 MB; %6 MB with the freed heap handed back "
                         "(malloc_trim); %7 MB before the session (Qt, the widgets, the test harness). The simulator, in "
                         "its own process: resident %8 MB")
              .arg(instancesShown()).arg(participantsView()->rowCount()).arg(catalog->count())
              .arg(rss, 0, 'f', 0).arg(hwm, 0, 'f', 0).arg(rssTrimmed, 0, 'f', 0).arg(m_rssEmpty, 0, 'f', 0)
              .arg(simulatorRss, 0, 'f', 0));
    m_window->setCurrentWidget(m_live);
}

// The 20 participants of the two meetings kept for it (one on all three bridges, one on one) selected
// in the participants view and moved into the third: from the confirmation accepted to movesFinished,
// each move sent to the target's bridge and verified by reading back, one after the other.
void BenchLiveUi::moveTwenty()
{
    QVERIFY(m_session);
    QAbstractItemModel *view = participantsView();
    QItemSelectionModel *selection = m_live->participantsView()->selectionModel();
    selection->clearSelection();
    QList<models::ParticipantRef> refs;
    QStringList ids;
    for (int row = 0; row < view->rowCount(); ++row) {
        const QModelIndex index = view->index(row, 0);
        if (!m_reserved.mid(0, 2).contains(index.data(models::ParticipantsModel::CorrelatorRole).toString()))
            continue;
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // As the pane reads its selection.
        refs.append({m_session->profile().id, index.data(models::ParticipantsModel::BridgeIndexRole).toInt(),
                     index.data(models::ParticipantsModel::CallIdRole).toString(),
                     index.data(models::ParticipantsModel::ParticipantIdRole).toString()});
        ids.append(refs.last().participantId);
    }
    QCOMPARE(refs.size(), kMovers);
    QString targetCall;
    for (int row = 0; row < callsView()->rowCount(); ++row) {
        const QModelIndex meeting = callsView()->index(row, 0);
        if (meeting.data(models::CallsModel::CorrelatorRole).toString() == m_reserved.at(2))
            targetCall = meeting.data(models::CallsModel::CallIdRole).toString();
    }
    QVERIFY(!targetCall.isEmpty());

    QElapsedTimer clock;
    bool confirmed = false;
    QObject scope;   // what is connected here goes with this function
    connect(m_live, &views::LivePane::dialogOpened, &scope, [&](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QTimer::singleShot(0, box, [&, box] {
            confirmed = true;
            clock.start();
            box->button(QMessageBox::Ok)->click();
        });
    }, Qt::SingleShotConnection);
    int moved = -1;
    int failed = -1;
    double doneMs = -1;
    connect(m_live, &views::LivePane::movesFinished, &scope, [&](int m, int f) {
        doneMs = double(clock.nsecsElapsed()) / 1e6;
        moved = m;
        failed = f;
    }, Qt::SingleShotConnection);
    m_stalls->reset();
    m_live->requestMove(refs, targetCall);
    QVERIFY(waitUntil([&] { return moved >= 0; }, 60000));
    QVERIFY(confirmed);
    const QString stalls = m_stalls->summary();
    const QString inTarget = ask(QStringLiteral("inmeeting %1 %2").arg(m_reserved.at(2), ids.join(QLatin1Char(' '))),
                                 QStringLiteral("inmeeting"));
    print(QStringLiteral("  moving %1 selected participants (from a meeting on 3 bridges and one on 1) into another "
                         "meeting: %2 ms from the confirmation to every move verified, %3 ms a move (%4 moved, %5 failed; "
                         "the simulator has %6 of them in the target meeting; no target set); UI thread meanwhile: %7")
              .arg(kMovers).arg(doneMs, 0, 'f', 0).arg(doneMs / kMovers, 0, 'f', 0).arg(moved).arg(failed)
              .arg(inTarget.section(QLatin1Char(' '), 1)).arg(stalls));
    QCOMPARE(moved, kMovers);
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--simulator") == 0) {
        QCoreApplication app(argc, argv);
        SimulatorProcess simulator;
        return simulator.run();
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchLiveUi bench;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_liveui.moc"
