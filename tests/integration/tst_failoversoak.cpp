// Failover soak: three call bridges, a stream of creates, updates and deletes of spaces from the client
// (ObjectChange, ObjectRequest over one Connection, several changes under way at once) while the
// simulator kills and restarts bridges at random. Each change is checked against the simulator's
// store when the client reports it, and everything once more at the end:
// - a change reported done is there, exactly once;
// - a change reported failed is absent (not done), unless the client reported that it may have
//   happened, with the object to check (then the test checks it, as a person would, and goes on);
// - no create is carried out twice (no two spaces of one name);
// - no change hangs: each one finishes, within a bound, even while bridges die under it.
// The counts are printed. About a minute by default; longer runs:
//   tst_failoversoak --seconds 600 [--seed N]      or   CMS_SOAK_SECONDS=600 CMS_SOAK_SEED=N
// The seed is printed at the start: the same seed gives the same choices (the timing of a shared
// machine still varies, so a failure is likely, not certain, to come back with it).
#include "clientendpoints.h"
#include "config/objectchange.h"
#include "configstore.h"
#include "net/connection.h"
#include "net/objectrequest.h"
#include "schema/schema.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace cms;

namespace {

constexpr int kDefaultSeconds = 45;   // of traffic; then the stream drains and everything is checked
constexpr quint32 kDefaultSeed = 20261206;
constexpr int kChangesUnderWay = 6;
constexpr int kMostBridgesDown = 3;   // now and then none answers: changes then fail, provably not done
constexpr int kRequestTimeoutMs = 5000;
// No change may take longer: one attempt per bridge, each bounded by the request timeout, and slack
// for a slow shared machine.
constexpr int kHangMs = 3 * kRequestTimeoutMs + 15000;

int g_seconds = kDefaultSeconds;
quint32 g_seed = kDefaultSeed;

enum class Kind { Create, Update, Delete };
enum class Result { Done, Failed, MayHaveHappened };

const char *nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return "creates";
    case Kind::Update:
        return "updates";
    case Kind::Delete:
        return "deletes";
    }
    return "";
}

struct Tally
{
    int done = 0;
    int failed = 0;
    int mayHaveHappened = 0;   // reported as such, then checked
    int mayHaveHappenedAndDid = 0;
};

// A space of the soak as the client knows it.
struct Space
{
    QString id;
    QString uri;
    bool busy = false;   // a change of it is under way: one at a time, so that each result is checkable
};

const ObjectType &spaceType()
{
    const ObjectType *type = Schema::find(u"coSpaces");
    Q_ASSERT(type);
    return *type;
}

// Sends the stream, kills and restarts bridges, and checks each outcome against the store.
class Soak : public QObject
{
public:
    Soak(cmssim::SimCluster &cluster, Connection &connection, quint32 seed)
        : m_cluster(cluster)
        , m_connection(connection)
        , m_random(seed)
    {
        m_chaos.setSingleShot(true);
        connect(&m_chaos, &QTimer::timeout, this, &Soak::fault);
    }

    void start()
    {
        m_streaming = true;
        for (int i = 0; i < kChangesUnderWay; ++i)
            next();
        scheduleFault();
    }

    // No new change, no new fault; every bridge back up.
    void stop()
    {
        m_streaming = false;
        m_chaos.stop();
        for (int b = 0; b < m_cluster.bridgeCount(); ++b) {
            m_cluster.setLatency(b, 0);
            if (!m_cluster.bridge(b).isUp()) {
                m_cluster.setDown(b, false);
                ++m_restarts;
            }
        }
    }

    int underWay() const { return int(m_started.size()); }
    qint64 oldestUnderWayMs() const
    {
        qint64 oldest = 0;
        for (const QElapsedTimer &t : m_started)
            oldest = qMax(oldest, t.elapsed());
        return oldest;
    }

    // Once nothing is under way: what the store holds must be what the client knows, exactly.
    void checkEnd()
    {
        QHash<QString, int> stored;
        for (const cmssim::ConfigObject *o : spaces()) {
            const QString name = o->value(QStringLiteral("name"));
            if (!name.startsWith(m_prefix))
                continue;
            if (++stored[name] == 2)
                m_duplicated.insert(name);
            if (!m_spaces.contains(name))
                violation(QStringLiteral("%1 is on the server, but no create of it was reported done or checked, or "
                                         "its delete was reported done")
                              .arg(name));
        }
        for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it) {
            const cmssim::ConfigObject *o = m_cluster.store().find(QStringLiteral("coSpaces"), it->id);
            if (!o || o->value(QStringLiteral("name")) != it.key())
                violation(QStringLiteral("%1 (%2) was reported created and is not on the server").arg(it.key(), it->id));
            else if (o->value(QStringLiteral("uri")) != it->uri)
                violation(QStringLiteral("%1: the server holds uri %2, the client's last update set %3")
                              .arg(it.key(), o->value(QStringLiteral("uri")), it->uri));
        }
    }

    QString counts() const
    {
        QStringList parts;
        for (const Kind kind : {Kind::Create, Kind::Update, Kind::Delete}) {
            const Tally &t = m_tally[int(kind)];
            parts.append(QStringLiteral("%1 %2 done, %3 failed, %4 may have happened (%5 had)")
                             .arg(QLatin1String(nameOf(kind)))
                             .arg(t.done)
                             .arg(t.failed)
                             .arg(t.mayHaveHappened)
                             .arg(t.mayHaveHappenedAndDid));
        }
        parts.append(QStringLiteral("%1 duplicates found, %2 other mismatches, %3 hung; %4 bridge kills, %5 restarts, "
                                    "%6 failovers; %7 spaces at the end")
                         .arg(m_duplicated.size())
                         .arg(m_violations.size())
                         .arg(m_hung)
                         .arg(m_kills)
                         .arg(m_restarts)
                         .arg(m_connection.failoverCount())
                         .arg(m_spaces.size()));
        return parts.join(QStringLiteral("; "));
    }

    int changes() const
    {
        int n = 0;
        for (const Tally &t : m_tally)
            n += t.done + t.failed + t.mayHaveHappened;
        return n;
    }
    const Tally &tally(Kind kind) const { return m_tally[int(kind)]; }
    int duplicates() const { return int(m_duplicated.size()); }
    int kills() const { return m_kills; }
    int restarts() const { return m_restarts; }
    const QStringList &violations() const { return m_violations; }
    void countHung(int n) { m_hung += n; }

private:
    const std::vector<cmssim::ConfigObject *> &spaces() const
    {
        static const std::vector<cmssim::ConfigObject *> none;
        const cmssim::ObjectTable *table = m_cluster.store().findTable(QStringLiteral("coSpaces"));
        return table ? table->ordered() : none;
    }

    QList<const cmssim::ConfigObject *> storedNamed(const QString &name) const
    {
        QList<const cmssim::ConfigObject *> found;
        for (const cmssim::ConfigObject *o : spaces()) {
            if (o->value(QStringLiteral("name")) == name)
                found.append(o);
        }
        return found;
    }

    void violation(const QString &what)
    {
        qWarning("soak: %s", qPrintable(what));
        m_violations.append(what);
    }

    int begin()
    {
        const int number = m_nextNumber++;
        m_started[number].start();
        return number;
    }

    void end(int number, Kind kind, Result result)
    {
        m_started.remove(number);
        Tally &t = m_tally[int(kind)];
        switch (result) {
        case Result::Done:
            ++t.done;
            break;
        case Result::Failed:
            ++t.failed;
            break;
        case Result::MayHaveHappened:
            ++t.mayHaveHappened;
            break;
        }
        if (m_streaming)
            next();
    }

    static Result resultOf(bool ok, bool mayHaveHappened)
    {
        return ok ? Result::Done : mayHaveHappened ? Result::MayHaveHappened : Result::Failed;
    }

    void next()
    {
        QStringList idle;
        for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it) {
            if (!it->busy)
                idle.append(it.key());
        }
        idle.sort();   // the hash's order is not the seed's to decide
        const int roll = int(m_random.bounded(100));
        if (idle.isEmpty() || roll < 40) {
            create();
            return;
        }
        const QString name = idle.at(int(m_random.bounded(int(idle.size()))));
        if (roll < 75)
            update(name);
        else
            remove(name);
    }

    void create()
    {
        const int number = begin();
        const QString name = m_prefix + QString::number(number);
        const QString uri = QStringLiteral("soak.%1.%2").arg(g_seed).arg(number);
        auto *change = new ObjectChange(m_connection, spaceType(), WriteMode::Create, 0, this);
        change->start(QStringLiteral("coSpaces"), {{QStringLiteral("name"), name}, {QStringLiteral("uri"), uri}});
        connect(change, &ObjectChange::finished, this, [this, change, number, name, uri] {
            change->deleteLater();
            const Result result = resultOf(change->isOk(), change->mayHaveHappened());
            const QList<const cmssim::ConfigObject *> found = storedNamed(name);
            if (found.size() > 1)
                m_duplicated.insert(name);
            switch (result) {
            case Result::Done:
                if (found.size() != 1 || found.first()->id != change->createdId())
                    violation(QStringLiteral("create %1 reported done with id %2; the server holds %3 of that name")
                                  .arg(name, change->createdId())
                                  .arg(found.size()));
                else
                    m_spaces.insert(name, {change->createdId(), uri});
                break;
            case Result::MayHaveHappened:
                // What a person is told to do: look for the space described by what was sent.
                if (change->path() != QLatin1String("coSpaces") || change->sentParams().value(0).second != name)
                    violation(QStringLiteral("create %1 may have happened, but the object to check is not named")
                                  .arg(name));
                if (!change->error().mayHaveTakenEffect || !change->error().message().contains(QLatin1String("may have carried out")))
                    violation(QStringLiteral("create %1 may have happened, but its error does not say so: %2")
                                  .arg(name, change->error().message()));
                if (found.size() == 1) {
                    ++m_tally[int(Kind::Create)].mayHaveHappenedAndDid;
                    m_spaces.insert(name, {found.first()->id, uri});
                }
                break;
            case Result::Failed:
                if (!found.isEmpty())
                    violation(QStringLiteral("create %1 reported failed (%2), yet the server has it")
                                  .arg(name, change->error().detail));
                break;
            }
            end(number, Kind::Create, result);
        });
    }

    void update(const QString &name)
    {
        const int number = begin();
        Space &space = m_spaces[name];
        space.busy = true;
        const QString id = space.id;
        const QString before = space.uri;   // copied: m_spaces may grow before the change finishes
        const QString uri = QStringLiteral("soak.%1.%2").arg(g_seed).arg(number);
        auto *change = new ObjectChange(m_connection, spaceType(), WriteMode::Update, 0, this);
        change->start(QStringLiteral("coSpaces/") + id, {{QStringLiteral("uri"), uri}});
        connect(change, &ObjectChange::finished, this, [this, change, number, name, id, before, uri] {
            change->deleteLater();
            const Result result = resultOf(change->isOk(), change->mayHaveHappened());
            const cmssim::ConfigObject *o = m_cluster.store().find(QStringLiteral("coSpaces"), id);
            const QString stored = o ? o->value(QStringLiteral("uri")) : QString();
            Space &changed = m_spaces[name];
            changed.busy = false;
            if (!o)
                violation(QStringLiteral("update of %1: the space is gone from the server").arg(name));
            else if (result == Result::Done && stored != uri)
                violation(QStringLiteral("update of %1 reported done; the server holds %2, not %3").arg(name, stored, uri));
            else if (result == Result::Failed && stored != before)
                violation(QStringLiteral("update of %1 reported failed (%2); the server holds %3, not %4")
                              .arg(name, change->error().detail, stored, before));
            else if (result == Result::MayHaveHappened && change->path() != QLatin1String("coSpaces/") + id)
                violation(QStringLiteral("update of %1 may have happened, but the object to check is not named").arg(name));
            if (result == Result::MayHaveHappened && stored == uri)
                ++m_tally[int(Kind::Update)].mayHaveHappenedAndDid;
            changed.uri = stored;   // after a change that may have happened, what the check found
            end(number, Kind::Update, result);
        });
    }

    void remove(const QString &name)
    {
        const int number = begin();
        Space &space = m_spaces[name];
        space.busy = true;
        const QString id = space.id;
        ObjectRequest *request = ObjectRequest::remove(m_connection, QStringLiteral("coSpaces/") + id, this);
        connect(request, &ObjectRequest::finished, this, [this, request, number, name, id] {
            request->deleteLater();
            const Result result = resultOf(request->isOk(), request->mayHaveHappened());
            const bool stored = m_cluster.store().find(QStringLiteral("coSpaces"), id) != nullptr;
            if (result == Result::Done && stored)
                violation(QStringLiteral("delete of %1 reported done; the server still has it").arg(name));
            else if (result == Result::Failed && !stored)
                violation(QStringLiteral("delete of %1 reported failed (%2); the server no longer has it")
                              .arg(name, request->error().detail));
            if (result == Result::MayHaveHappened && !stored)
                ++m_tally[int(Kind::Delete)].mayHaveHappenedAndDid;
            if (stored)
                m_spaces[name].busy = false;
            else
                m_spaces.remove(name);
            end(number, Kind::Delete, result);
        });
    }

    // A bridge dies, or one that died comes back, at a random moment. A bridge that comes back
    // answers after a random delay, so that the next kill finds requests under way on it.
    void fault()
    {
        const int bridge = int(m_random.bounded(m_cluster.bridgeCount()));
        int down = 0;
        for (int b = 0; b < m_cluster.bridgeCount(); ++b)
            down += m_cluster.bridge(b).isUp() ? 0 : 1;
        if (!m_cluster.bridge(bridge).isUp()) {
            m_cluster.setLatency(bridge, int(m_random.bounded(150)));
            m_cluster.setDown(bridge, false);
            ++m_restarts;
        } else if (down < kMostBridgesDown) {
            m_cluster.setDown(bridge, true);
            ++m_kills;
        }
        scheduleFault();
    }

    void scheduleFault() { m_chaos.start(50 + int(m_random.bounded(700))); }

    cmssim::SimCluster &m_cluster;
    Connection &m_connection;
    QRandomGenerator m_random;
    QTimer m_chaos;
    const QString m_prefix = QStringLiteral("soak-%1-").arg(g_seed);
    bool m_streaming = false;
    int m_nextNumber = 0;
    QHash<int, QElapsedTimer> m_started;   // changes under way
    QHash<QString, Space> m_spaces;        // by name
    Tally m_tally[3];
    QSet<QString> m_duplicated;   // names of the spaces created more than once
    int m_hung = 0;
    int m_kills = 0;
    int m_restarts = 0;
    QStringList m_violations;
};

} // namespace

class TestFailoverSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
        QCOMPARE(m_cluster->bridgeCount(), 3);
    }

    void soak()
    {
        qInfo("soak: seed %u, %d s of traffic (--seed N / CMS_SOAK_SEED, --seconds N / CMS_SOAK_SECONDS)", g_seed,
              g_seconds);
        Connection connection(pinnedEndpoints(*m_cluster));
        connection.transport().setTimeoutMs(kRequestTimeoutMs);
        connection.setHealthCheckIntervalMs(500);
        connection.setHealthCheckTimeoutMs(1000);
        connection.startHealthChecks();

        Soak soak(*m_cluster, connection, g_seed);
        QElapsedTimer clock;
        clock.start();
        soak.start();
        bool hung = false;
        QElapsedTimer lastReport;
        lastReport.start();
        while (clock.elapsed() < qint64(g_seconds) * 1000) {
            QTest::qWait(200);
            if (soak.oldestUnderWayMs() > kHangMs) {
                hung = true;
                break;
            }
            if (lastReport.elapsed() >= 60000) {   // long runs say how they are doing
                qInfo("soak: %llds: %s", clock.elapsed() / 1000, qPrintable(soak.counts()));
                lastReport.restart();
            }
        }
        soak.stop();
        // What is under way finishes, within the bound.
        if (!QTest::qWaitFor([&] { return soak.underWay() == 0; }, kHangMs))
            hung = true;
        if (hung)
            soak.countHung(soak.underWay());
        if (!hung)
            soak.checkEnd();
        connection.close();

        const QString counts = soak.counts();
        qInfo("soak: %d changes in %.1f s (seed %u): %s", soak.changes(), double(clock.elapsed()) / 1000, g_seed,
              qPrintable(counts));
        QVERIFY2(!hung, "a change did not finish");
        QCOMPARE(soak.duplicates(), 0);
        QVERIFY2(soak.violations().isEmpty(), qPrintable(soak.violations().join(QLatin1Char('\n'))));
        // The soak tested something: changes of every kind went through while bridges died.
        for (const Kind kind : {Kind::Create, Kind::Update, Kind::Delete})
            QVERIFY2(soak.tally(kind).done > 0, nameOf(kind));
        QVERIFY(soak.kills() > 0);
        QVERIFY(connection.failoverCount() > 0);
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

// --seconds N and --seed N are the soak's; the rest goes to Qt Test.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    if (const int seconds = qEnvironmentVariableIntValue("CMS_SOAK_SECONDS", &ok); ok && seconds > 0)
        g_seconds = seconds;
    if (const uint seed = qEnvironmentVariable("CMS_SOAK_SEED").toUInt(&ok); ok)
        g_seed = seed;
    QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--seconds") || args.at(i) == QLatin1String("--seed")) {
            const uint value = args.at(i + 1).toUInt(&ok);
            if (!ok) {
                qCritical("%s needs a number", qPrintable(args.at(i)));
                return 2;
            }
            if (args.at(i) == QLatin1String("--seconds"))
                g_seconds = int(qMax(1u, value));
            else
                g_seed = value;
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    TestFailoverSoak test;
    return QTest::qExec(&test, args);
}

#include "tst_failoversoak.moc"
