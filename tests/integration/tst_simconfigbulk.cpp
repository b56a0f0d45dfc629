// Conformance of the simulator's bulk space provisioning: cospaceBulkParameterSets and the
// asynchronous cospaceBulkSyncs that create, update and remove spaces from them (cms-api.md section 4,
// and the scheduler's placeholder spaces of section 8).
#include "simconfigfixture.h"

#include <QElapsedTimer>

using namespace cmssim;

namespace {
const QString kPending = QStringLiteral("pending");
const QString kRunning = QStringLiteral("running");
const QString kComplete = QStringLiteral("complete");
// How long the simulator keeps a sync in each of pending and running (BulkSyncRunner::stepDelayMs).
constexpr qint64 kRunnerStepMs = 20;
} // namespace

class TestSimConfigBulk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConfigFixture> m_sim;

    QString parameterSet(int start, int end, Form more = {})
    {
        more.insert(QStringLiteral("startIndex"), QString::number(start));
        more.insert(QStringLiteral("endIndex"), QString::number(end));
        return m_sim->create(QStringLiteral("cospaceBulkParameterSets"), more);
    }

    QString startSync(const QString &set, bool removeAll = false)
    {
        Form form = {{QStringLiteral("cospaceBulkParameterSet"), set}};
        if (removeAll)
            form.insert(QStringLiteral("removeAll"), QStringLiteral("true"));
        return m_sim->create(QStringLiteral("cospaceBulkSyncs"), form);
    }

    QString status(const QString &sync)
    {
        return m_sim->read(QStringLiteral("cospaceBulkSyncs/") + sync).value(QStringLiteral("status"));
    }

    int spaceCount(const QString &filter = {})
    {
        const QString query = filter.isEmpty() ? QStringLiteral("coSpaces") : QStringLiteral("coSpaces?filter=") + filter;
        return m_sim->read(query).attribute(QStringLiteral("total")).toInt();
    }

    // Every space, as name -> detail.
    QHash<QString, XmlNode> spacesByName()
    {
        QHash<QString, XmlNode> out;
        for (int offset = 0;; offset += 20) {
            const XmlNode page = m_sim->read(QStringLiteral("coSpaces?offset=%1").arg(offset));
            for (const QString &id : page.ids()) {
                const XmlNode detail = m_sim->read(QStringLiteral("coSpaces/") + id);
                out.insert(detail.value(QStringLiteral("name")), detail);
            }
            if (page.children.isEmpty() || offset + 20 >= page.attribute(QStringLiteral("total")).toInt())
                return out;
        }
    }

    void addUnrelatedSpace()
    {
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Unrelated")}, {QStringLiteral("uri"), QStringLiteral("unrelated")}});
    }

    static Form tmsMappings()
    {
        return {{QStringLiteral("coSpaceUriMapping"), QStringLiteral("Tms.$index$")},
                {QStringLiteral("coSpaceNameMapping"), QStringLiteral("TMS_Scheduled_Meeting_$index$")},
                {QStringLiteral("coSpaceCallIdMapping"), QStringLiteral("88$index$")}};
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<ConfigFixture>(); }
    void cleanup() { m_sim.reset(); }

    void syncStatusGoesPendingRunningComplete()
    {
        const QString set = parameterSet(1, 3, tmsMappings());
        QElapsedTimer clock;
        clock.start();
        qint64 previousStart = 0;   // the POST's
        qint64 window = 0;          // longest span in which a state could have come and gone unseen
        const QString sync = startSync(set);
        QStringList seen;
        while (clock.elapsed() < 5000) {
            const qint64 start = clock.elapsed();
            const QString now = status(sync);
            window = qMax(window, clock.elapsed() - previousStart);
            previousStart = start;
            if (seen.isEmpty() || seen.last() != now)
                seen.append(now);
            if (now != kPending && now != kRunning)
                break;
        }
        const QStringList order = {kPending, kRunning, kComplete};
        QCOMPARE(seen.last(), kComplete);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(order.indexOf(seen.at(i - 1)) < order.indexOf(seen.at(i)), qPrintable(seen.join(QLatin1Char(','))));
        if (window < kRunnerStepMs)
            QCOMPARE(seen, order);   // looked often enough that no state can have been missed
        else
            qWarning("the machine was too slow to see every state (%lld ms between looks); only the order was checked", window);
        QCOMPARE(spaceCount(QStringLiteral("TMS_Scheduled")), 3);
    }

    void syncCreatesSpacesFromTheMappings()
    {
        const QString tenant = m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("name"), QStringLiteral("Scheduler")}});
        const QString leg = m_sim->create(QStringLiteral("callLegProfiles"), {});
        const QString call = m_sim->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QStringLiteral("10")}});
        Form form = tmsMappings();
        form.insert(QStringLiteral("tenant"), tenant);
        form.insert(QStringLiteral("callLegProfile"), leg);
        form.insert(QStringLiteral("callProfile"), call);
        form.insert(QStringLiteral("nonMemberAccess"), QStringLiteral("false"));
        const QString set = parameterSet(1, 25, form);
        const XmlNode setDetail = m_sim->read(QStringLiteral("cospaceBulkParameterSets/") + set);
        QCOMPARE(setDetail.value(QStringLiteral("coSpaceUriMapping")), QStringLiteral("Tms.$index$"));
        QCOMPARE(setDetail.value(QStringLiteral("endIndex")), QStringLiteral("25"));
        addUnrelatedSpace();

        const QString sync = startSync(set);
        QTRY_COMPARE_WITH_TIMEOUT(status(sync), kComplete, 5000);
        const XmlNode result = m_sim->read(QStringLiteral("cospaceBulkSyncs/") + sync);
        QCOMPARE(result.value(QStringLiteral("coSpacesCreated")), QStringLiteral("25"));
        QCOMPARE(result.value(QStringLiteral("coSpacesUpdated")), QStringLiteral("0"));
        QCOMPARE(result.value(QStringLiteral("coSpacesDeleted")), QStringLiteral("0"));
        QCOMPARE(spaceCount(), 26);
        QCOMPARE(m_sim->read(QStringLiteral("coSpaces?tenantFilter=") + tenant).attribute(QStringLiteral("total")), QStringLiteral("25"));

        const QHash<QString, XmlNode> spaces = spacesByName();
        for (int i = 1; i <= 25; ++i) {
            const XmlNode s = spaces.value(QStringLiteral("TMS_Scheduled_Meeting_%1").arg(i));
            QCOMPARE(s.value(QStringLiteral("uri")), QStringLiteral("tms.%1").arg(i));   // stored lower case
            QCOMPARE(s.value(QStringLiteral("callId")), QStringLiteral("88%1").arg(i));
            QCOMPARE(s.value(QStringLiteral("tenant")), tenant);
            QCOMPARE(s.value(QStringLiteral("callLegProfile")), leg);
            QCOMPARE(s.value(QStringLiteral("callProfile")), call);
            QCOMPARE(s.value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));
            QVERIFY(!s.value(QStringLiteral("secret")).isEmpty());
            for (const XmlNode &field : s.children)
                QVERIFY2(!field.name.startsWith(QLatin1Char('_')), qPrintable(field.name));   // no bookkeeping leaks out
        }
        // They are ordinary spaces: their URIs and call IDs are taken.
        const HttpResult clash = m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("TMS.7")}});
        QCOMPARE(clash.failureReason(), QStringLiteral("duplicateCoSpaceUri"));
        QCOMPARE(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("callId"), QStringLiteral("8812")}}).failureReason(),
                 QStringLiteral("duplicateCoSpaceId"));
    }

    void syncAgainUpdatesTheSameSpacesAndFollowsTheRange()
    {
        const QString set = parameterSet(1, 5, tmsMappings());
        const QString first = startSync(set);
        QTRY_COMPARE_WITH_TIMEOUT(status(first), kComplete, 5000);
        const QHash<QString, XmlNode> before = spacesByName();

        // The meeting placeholders get renamed and the range moves up by two.
        m_sim->change(QStringLiteral("cospaceBulkParameterSets/") + set,
                      {{QStringLiteral("coSpaceNameMapping"), QStringLiteral("Room $index$")},
                       {QStringLiteral("startIndex"), QStringLiteral("3")},
                       {QStringLiteral("endIndex"), QStringLiteral("7")}});
        const QString second = startSync(set);
        QTRY_COMPARE_WITH_TIMEOUT(status(second), kComplete, 5000);
        const XmlNode result = m_sim->read(QStringLiteral("cospaceBulkSyncs/") + second);
        QCOMPARE(result.value(QStringLiteral("coSpacesCreated")), QStringLiteral("2"));
        QCOMPARE(result.value(QStringLiteral("coSpacesUpdated")), QStringLiteral("3"));
        QCOMPARE(result.value(QStringLiteral("coSpacesDeleted")), QStringLiteral("2"));

        const QHash<QString, XmlNode> after = spacesByName();
        QCOMPARE(after.size(), 5);
        for (int i = 3; i <= 7; ++i) {
            const XmlNode s = after.value(QStringLiteral("Room %1").arg(i));
            QCOMPARE(s.value(QStringLiteral("uri")), QStringLiteral("tms.%1").arg(i));
            if (i <= 5)   // the same space as before, renamed
                QCOMPARE(s.attribute(QStringLiteral("id")),
                         before.value(QStringLiteral("TMS_Scheduled_Meeting_%1").arg(i)).attribute(QStringLiteral("id")));
        }
        // Indexes 1 and 2 left the range: their spaces are gone and their URIs free.
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("tms.1")}, {QStringLiteral("callId"), QStringLiteral("882")}});
    }

    void removeAllDeletesOnlyTheSetsSpaces()
    {
        const QString set = parameterSet(1, 4, tmsMappings());
        const QString other = parameterSet(1, 2, {{QStringLiteral("coSpaceNameMapping"), QStringLiteral("Other $index$")},
                                                  {QStringLiteral("coSpaceUriMapping"), QStringLiteral("other.$index$")}});
        addUnrelatedSpace();
        const QString a = startSync(set);
        const QString b = startSync(other);
        QTRY_COMPARE_WITH_TIMEOUT(status(a), kComplete, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(status(b), kComplete, 5000);
        QCOMPARE(spaceCount(), 7);

        const QString removal = startSync(set, true);
        QTRY_COMPARE_WITH_TIMEOUT(status(removal), kComplete, 5000);
        QCOMPARE(m_sim->read(QStringLiteral("cospaceBulkSyncs/") + removal).value(QStringLiteral("coSpacesDeleted")), QStringLiteral("4"));
        QCOMPARE(spaceCount(QStringLiteral("TMS_Scheduled")), 0);
        QCOMPARE(spaceCount(QStringLiteral("Other")), 2);
        QCOMPARE(spaceCount(QStringLiteral("Unrelated")), 1);
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("tms.1")}, {QStringLiteral("callId"), QStringLiteral("881")}});
    }

    void invalidIndexRangeFailsWithNothingCreated_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("start after end") << QStringLiteral("5") << QStringLiteral("4");
        QTest::newRow("no end") << QStringLiteral("1") << QString();
        QTest::newRow("no start") << QString() << QStringLiteral("3");
    }

    void invalidIndexRangeFailsWithNothingCreated()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        Form form = tmsMappings();
        form.insert(QStringLiteral("startIndex"), start);
        form.insert(QStringLiteral("endIndex"), end);
        const QString sync = startSync(m_sim->create(QStringLiteral("cospaceBulkParameterSets"), form));
        QTRY_COMPARE_WITH_TIMEOUT(status(sync), QStringLiteral("failedIndexRangeInvalid"), 5000);
        QCOMPARE(spaceCount(), 0);
    }

    void tooGreatIndexRangeFails()
    {
        // The default limit: checked before anything is made, so a huge range costs nothing.
        const QString huge = startSync(parameterSet(1, 10001, tmsMappings()));
        QTRY_COMPARE_WITH_TIMEOUT(status(huge), QStringLiteral("failedIndexRangeTooGreat"), 5000);
        QCOMPARE(spaceCount(), 0);

        ClusterOptions options = oneBridge();
        options.maxBulkRange = 5;
        m_sim = std::make_unique<ConfigFixture>(options);
        const QString six = startSync(parameterSet(10, 15, tmsMappings()));
        QTRY_COMPARE_WITH_TIMEOUT(status(six), QStringLiteral("failedIndexRangeTooGreat"), 5000);
        QCOMPARE(spaceCount(), 0);
        const QString five = startSync(parameterSet(10, 14, tmsMappings()));
        QTRY_COMPARE_WITH_TIMEOUT(status(five), kComplete, 5000);
        QCOMPARE(spaceCount(), 5);
    }

    void uriConflictFailsWithNothingCreated()
    {
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Taken")}, {QStringLiteral("uri"), QStringLiteral("tms.4")}});
        const QString set = parameterSet(1, 5, tmsMappings());
        const QString sync = startSync(set);
        QTRY_COMPARE_WITH_TIMEOUT(status(sync), QStringLiteral("failedCoSpaceUriConflict"), 5000);
        QCOMPARE(spaceCount(), 1);
        QCOMPARE(m_sim->read(QStringLiteral("cospaceBulkSyncs/") + sync).value(QStringLiteral("coSpacesCreated")), QStringLiteral("0"));

        // An access method's URI conflicts as well.
        const QString holder = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Holder")}});
        m_sim->create(QStringLiteral("coSpaces/") + holder + QStringLiteral("/accessMethods"), {{QStringLiteral("uri"), QStringLiteral("tms.12")}});
        const QString other = startSync(parameterSet(10, 12, tmsMappings()));
        QTRY_COMPARE_WITH_TIMEOUT(status(other), QStringLiteral("failedCoSpaceUriConflict"), 5000);
        QCOMPARE(spaceCount(), 2);
    }

    void callIdConflictFailsWithNothingCreated()
    {
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Taken")}, {QStringLiteral("callId"), QStringLiteral("885")}});
        const QString sync = startSync(parameterSet(1, 5, tmsMappings()));
        QTRY_COMPARE_WITH_TIMEOUT(status(sync), QStringLiteral("failedCallIdConflict"), 5000);
        QCOMPARE(spaceCount(), 1);
    }

    void unknownParameterSetFails()
    {
        const QString sync = startSync(kUnknownId);
        QTRY_COMPARE_WITH_TIMEOUT(status(sync), QStringLiteral("failedNoSuchParameterSet"), 5000);
        // A set deleted before its sync ran is just as unknown.
        const QString set = parameterSet(1, 3, tmsMappings());
        QCOMPARE(m_sim->del(QStringLiteral("cospaceBulkParameterSets/") + set).status, 200);
        const QString late = startSync(set);
        QTRY_COMPARE_WITH_TIMEOUT(status(late), QStringLiteral("failedNoSuchParameterSet"), 5000);
        QCOMPARE(spaceCount(), 0);
    }

    void syncsAreListedWithTheirStatus()
    {
        const QString sync = startSync(parameterSet(1, 2, tmsMappings()));
        QTRY_COMPARE_WITH_TIMEOUT(status(sync), kComplete, 5000);
        const XmlNode list = m_sim->read(QStringLiteral("cospaceBulkSyncs"));
        QCOMPARE(list.ids(), QStringList{sync});
        QCOMPARE(list.children.first().value(QStringLiteral("status")), kComplete);
        QCOMPARE(m_sim->get(QStringLiteral("cospaceBulkSyncs/") + kUnknownId).status, 400);
    }
};

QTEST_MAIN(TestSimConfigBulk)
#include "tst_simconfigbulk.moc"
