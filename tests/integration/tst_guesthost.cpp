// Guest and host access (issue 14) against the simulator: each of the four patterns applied to a new
// and to an existing space, checked in the simulator's store and through the effective settings
// (guests need activation, the host does not); a second run plans nothing and changes nothing; a
// write failing at each step in turn leaves the store exactly as it was; the plan reuses a call leg
// profile that is exactly right, masks PINs and refuses a URI another space has. The check finds each
// of eight misconfigurations made on a space set up right, and its fix (where it has one) repairs it.
#include "config/effectivesettingsloader.h"
#include "config/guesthostcheck.h"
#include "operations/guesthostoperation.h"

#include "clientendpoints.h"
#include "configapi.h"
#include "configstore.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QtTest>

using namespace cms;
using Pattern = GuestHostSettings::Pattern;
using Outcome = OperationResult::Outcome;

namespace {

const QString kHostJid = QStringLiteral("host.user@example.com");

QString create(cmssim::SimCluster &cluster, const QString &collection, const cmssim::Params &params,
               const QString &parentId = {})
{
    auto created = cluster.config().create(cmssim::TypeSchema::get(collection), parentId, params);
    if (!std::holds_alternative<QString>(created))
        qWarning("cannot create in %s: %s", qPrintable(collection), qPrintable(std::get<cmssim::Failure>(created).reason));
    return std::holds_alternative<QString>(created) ? std::get<QString>(created) : QString();
}

void addUser(cmssim::SimCluster &cluster, const QString &jid)
{
    auto user = std::make_unique<cmssim::ConfigObject>();
    user->id = cluster.ids().guid();
    user->fields.insert(QStringLiteral("userJid"), jid);
    user->fields.insert(QStringLiteral("name"), QStringLiteral("Host User"));
    cluster.store().table(QStringLiteral("users")).insert(std::move(user));
}

// The settings of a pattern; `tag` keeps the URIs and call IDs of different rows apart.
GuestHostSettings settingsFor(Pattern pattern, int tag)
{
    GuestHostSettings s;
    s.pattern = pattern;
    s.spaceName = QStringLiteral("Space %1").arg(tag);
    s.spaceUri = QStringLiteral("space%1").arg(tag);
    s.spaceCallId = QStringLiteral("%1000").arg(tag);
    switch (pattern) {
    case Pattern::DifferentUri:
        s.hostUri = QStringLiteral("space%1.host").arg(tag);
        s.hostCallId = QStringLiteral("%1001").arg(tag);
        break;
    case Pattern::SamePinDiffers:
        s.hostCallId = QStringLiteral("%1001").arg(tag);
        s.guestPin = QStringLiteral("789");
        s.hostPin = QStringLiteral("1234");
        break;
    case Pattern::EmptyGuestPin:
        s.hostCallId = QStringLiteral("%1001").arg(tag);
        s.hostPin = QStringLiteral("1234");
        s.passcodeMode = QStringLiteral("timeout");
        s.passcodeTimeout = 4;
        break;
    case Pattern::HostIsMember:
        s.hostJid = kHostJid;
        s.hostPin = QStringLiteral("12345");
        break;
    }
    s.deactivationMode = QStringLiteral("disconnect");
    return s;
}

bool run(Operation &operation)
{
    operation.execute();
    return QTest::qWaitFor([&] { return operation.isFinished(); }, 20000);
}

bool plan(Operation &operation)
{
    operation.plan();
    return QTest::qWaitFor([&] { return operation.state() == Operation::State::Planned || operation.isFinished(); }, 20000);
}

} // namespace

class TestGuestHost : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;
    int m_tag = 10;

    cmssim::ConfigStore &store() { return m_cluster->store(); }
    const cmssim::ConfigObject *object(const QString &collection, const QString &id, const QString &parent = {})
    {
        return store().find(collection, id, parent);
    }

    // The space to work on: a new one (settings.spaceId empty) or one created here first.
    GuestHostSettings prepare(Pattern pattern, bool existing)
    {
        GuestHostSettings s = settingsFor(pattern, ++m_tag);
        if (existing) {
            // An ordinary space: a URI and call ID of its own, a passcode, no profiles.
            s.spaceId = create(*m_cluster, QStringLiteral("coSpaces"),
                               {{QStringLiteral("name"), s.spaceName}, {QStringLiteral("uri"), s.spaceUri},
                                {QStringLiteral("callId"), s.spaceCallId}, {QStringLiteral("passcode"), QStringLiteral("555")}});
            s.spaceName.clear();
            s.spaceUri.clear();   // kept as the space has it
            s.spaceCallId.clear();
        }
        return s;
    }

    EffectiveSettings effective(const QString &spaceId)
    {
        EffectiveSettingsLoader loader(*m_connection);
        QSignalSpy loaded(&loader, &EffectiveSettingsLoader::loaded);
        QSignalSpy failed(&loader, &EffectiveSettingsLoader::failed);
        loader.load(spaceId);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 20000); }();
        return loaded.isEmpty() ? EffectiveSettings() : loaded.first().first().value<EffectiveSettings>();
    }

    GuestHostState readState(const QString &spaceId)
    {
        GuestHostReader reader(*m_connection);
        QSignalSpy finished(&reader, &GuestHostReader::finished);
        reader.read(spaceId);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000); }();
        if (!reader.error().isOk())
            qWarning("read failed: %s", qPrintable(reader.error().message()));
        return reader.state();
    }

    // Applies a pattern to a new space; its id.
    QString setUp(Pattern pattern)
    {
        GuestHostOperation apply(*m_connection, settingsFor(pattern, ++m_tag));
        if (!run(apply) || !apply.result().succeeded())
            qWarning("apply failed: %s", qPrintable(apply.result().message));
        return apply.spaceId();
    }

    static void addPatternRows()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<bool>("existing");
        for (int p = 1; p <= 4; ++p) {
            QTest::addRow("pattern %d, new space", p) << p << false;
            QTest::addRow("pattern %d, existing space", p) << p << true;
        }
    }

private Q_SLOTS:
    // A fresh cluster for every test and row: no profile left by an earlier one is reused.
    void init()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;   // one bridge: every write goes to the one that fails it
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
        addUser(*m_cluster, kHostJid);
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        m_connection->transport().setBusyRetries(0, 0);
    }

    void cleanup()
    {
        m_connection.reset();
        m_cluster.reset();
    }

    void appliesEachPattern_data() { addPatternRows(); }
    void appliesEachPattern()
    {
        QFETCH(int, pattern);
        QFETCH(bool, existing);
        const GuestHostSettings s = prepare(Pattern(pattern), existing);

        GuestHostOperation apply(*m_connection, s);
        QVERIFY(plan(apply));
        QVERIFY2(!apply.isFinished(), qPrintable(apply.result().message));
        const QStringList preview = apply.preview();
        QVERIFY(!preview.isEmpty());
        for (const QString &line : preview) {
            QVERIFY2(!line.contains(QStringLiteral("1234")) && !line.contains(QStringLiteral("789")), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("(POST /")) || line.contains(QStringLiteral("(PUT /")), qPrintable(line));
        }
        if (!s.hostPin.isEmpty())
            QVERIFY(preview.join(QLatin1Char('\n')).contains(QStringLiteral("passcode=•••")));
        QVERIFY(run(apply));
        QVERIFY2(apply.result().succeeded(), qPrintable(apply.result().message));

        // The simulator's side.
        const QString spaceId = apply.spaceId();
        QVERIFY(!spaceId.isEmpty());
        const cmssim::ConfigObject *space = object(QStringLiteral("coSpaces"), spaceId);
        QVERIFY(space);
        const cmssim::ConfigObject *guestProfile = object(QStringLiteral("callLegProfiles"), space->value(QStringLiteral("callLegProfile")));
        QVERIFY(guestProfile);
        QCOMPARE(guestProfile->value(QStringLiteral("needsActivation")), QStringLiteral("true"));
        QCOMPARE(guestProfile->value(QStringLiteral("deactivationMode")), QStringLiteral("disconnect"));
        const QString spaceUri = space->value(QStringLiteral("uri"));
        QCOMPARE(spaceUri, QStringLiteral("space%1").arg(m_tag));
        const cmssim::ObjectTable *methods = store().findTable(QStringLiteral("accessMethods"), spaceId);
        const cmssim::ConfigObject *host = methods && !methods->ordered().empty() ? methods->ordered().front() : nullptr;
        if (s.usesHostAccessMethod()) {
            QVERIFY(host);
            QCOMPARE(methods->size(), 1);
            const cmssim::ConfigObject *hostProfile = object(QStringLiteral("callLegProfiles"), host->value(QStringLiteral("callLegProfile")));
            QVERIFY(hostProfile);
            QCOMPARE(hostProfile->value(QStringLiteral("needsActivation")), QStringLiteral("false"));
            QCOMPARE(host->value(QStringLiteral("passcode")), s.hostPin);
            QCOMPARE(host->value(QStringLiteral("uri")), Pattern(pattern) == Pattern::DifferentUri ? s.hostUri : spaceUri);
        }
        switch (Pattern(pattern)) {
        case Pattern::DifferentUri:
            QCOMPARE(host->value(QStringLiteral("callId")), s.hostCallId);
            QCOMPARE(space->value(QStringLiteral("passcode")), existing ? QStringLiteral("555") : QString());
            break;
        case Pattern::SamePinDiffers:
            QCOMPARE(space->value(QStringLiteral("passcode")), s.guestPin);
            break;
        case Pattern::EmptyGuestPin: {
            QVERIFY(!space->has(QStringLiteral("passcode")) || space->value(QStringLiteral("passcode")).isEmpty());
            const cmssim::ConfigObject *callProfile = object(QStringLiteral("callProfiles"), space->value(QStringLiteral("callProfile")));
            QVERIFY(callProfile);
            QCOMPARE(callProfile->value(QStringLiteral("passcodeMode")), QStringLiteral("timeout"));
            QCOMPARE(callProfile->value(QStringLiteral("passcodeTimeout")), QStringLiteral("4"));
            break;
        }
        case Pattern::HostIsMember: {
            QCOMPARE(space->value(QStringLiteral("ownerJid")), kHostJid);
            QCOMPARE(host->value(QStringLiteral("callId")), space->value(QStringLiteral("callId")));
            const cmssim::ObjectTable *members = store().findTable(QStringLiteral("coSpaceUsers"), spaceId);
            QVERIFY(members);
            QCOMPARE(members->size(), 1);
            QCOMPARE(members->ordered().front()->value(QStringLiteral("callLegProfile")), host->value(QStringLiteral("callLegProfile")));
            break;
        }
        }

        // The effective settings: guests wait for a host, the host does not.
        const EffectiveSettings settings = effective(spaceId);
        QVERIFY(settings.guests());
        QCOMPARE(settings.guests()->value(u"needsActivation").value, QStringLiteral("true"));
        QCOMPARE(settings.guests()->value(u"deactivationMode").value, QStringLiteral("disconnect"));
        if (host) {
            QVERIFY(settings.accessMethod(host->id));
            QCOMPARE(settings.accessMethod(host->id)->value(u"needsActivation").value, QStringLiteral("false"));
        }
        if (Pattern(pattern) == Pattern::HostIsMember) {
            QCOMPARE(settings.ways.last().kind, JoinKind::Member);
            QCOMPARE(settings.ways.last().value(u"needsActivation").value, QStringLiteral("false"));
        }
        if (Pattern(pattern) == Pattern::EmptyGuestPin)
            QCOMPARE(settings.guests()->value(u"passcodeMode").value, QStringLiteral("timeout"));

        // A second run on the same space plans nothing and changes nothing.
        GuestHostSettings again = s;
        again.spaceId = spaceId;
        const QStringList before = store().dump();
        GuestHostOperation rerun(*m_connection, again);
        QVERIFY(plan(rerun));
        QVERIFY2(!rerun.isFinished(), qPrintable(rerun.result().message));
        QCOMPARE(rerun.preview(), QStringList());
        QVERIFY(!rerun.planResult().notes.isEmpty());
        QVERIFY(run(rerun));
        QVERIFY(rerun.result().succeeded());
        QCOMPARE(store().dump(), before);
    }

    void failureAtEachStepLeavesNothingBehind_data() { addPatternRows(); }
    void failureAtEachStepLeavesNothingBehind()
    {
        QFETCH(int, pattern);
        QFETCH(bool, existing);
        const GuestHostSettings s = prepare(Pattern(pattern), existing);
        int steps = 0;
        {
            GuestHostOperation probe(*m_connection, s);
            QVERIFY(plan(probe));
            steps = probe.stepCount();
        }
        QVERIFY(steps >= 4);   // both profiles, the space and the host's way in
        for (int failing = 0; failing < steps; ++failing) {
            const QStringList before = store().dump();
            m_cluster->bridge(0).faults().writesBeforeFailure = failing;
            GuestHostOperation apply(*m_connection, s);
            QVERIFY(run(apply));
            QCOMPARE(apply.result().outcome, Outcome::RolledBack);
            QCOMPARE(apply.result().failedStep, failing);
            QVERIFY2(apply.result().message.contains(apply.preview().at(failing)), qPrintable(apply.result().message));
            QVERIFY2(apply.result().message.contains(QStringLiteral("nothing is left behind")), qPrintable(apply.result().message));
            QCOMPARE(m_cluster->bridge(0).faults().writesBeforeFailure, -1);
            QCOMPARE(store().dump(), before);
        }
    }

    // A failure whose undo fails too: the result says exactly what is left, and that is all that is.
    void anUndoThatFailsSaysWhatIsLeft()
    {
        const GuestHostSettings s = prepare(Pattern::DifferentUri, false);
        const QStringList before = store().dump();
        // Step 1 (the guest profile) succeeds, step 2 fails, and so does undoing step 1.
        m_cluster->bridge(0).faults().writesBeforeFailure = 1;
        m_cluster->bridge(0).faults().failingWrites = 2;
        GuestHostOperation apply(*m_connection, s);
        QVERIFY(run(apply));
        QCOMPARE(apply.result().outcome, Outcome::RollbackIncomplete);
        QCOMPARE(apply.result().failedStep, 1);
        QCOMPARE(apply.result().undoProblems.size(), 1);
        const QString left = apply.result().undoProblems.first();
        const QStringList after = store().dump();
        QCOMPARE(after.size(), before.size() + 1);
        QString extra;
        for (const QString &line : after) {
            if (!before.contains(line))
                extra = line;
        }
        QVERIFY2(extra.startsWith(QStringLiteral("callLegProfiles ")), qPrintable(extra));
        const QString profileId = extra.section(QLatin1Char(' '), 1, 1);
        QVERIFY2(left.contains(QStringLiteral("/callLegProfiles/") + profileId), qPrintable(left));
        QVERIFY2(apply.result().message.contains(left), qPrintable(apply.result().message));
    }

    void reusesAProfileThatIsExactlyRight()
    {
        const QString guests = create(*m_cluster, QStringLiteral("callLegProfiles"),
                                      {{QStringLiteral("name"), QStringLiteral("Lobby until host")},
                                       {QStringLiteral("needsActivation"), QStringLiteral("true")},
                                       {QStringLiteral("deactivationMode"), QStringLiteral("remainActivated")}});
        // Almost right: one more field set, so not reused.
        create(*m_cluster, QStringLiteral("callLegProfiles"),
               {{QStringLiteral("name"), QStringLiteral("Hosts muted")}, {QStringLiteral("needsActivation"), QStringLiteral("false")},
                {QStringLiteral("rxAudioMute"), QStringLiteral("true")}});
        GuestHostSettings s = settingsFor(Pattern::DifferentUri, ++m_tag);
        s.deactivationMode = QStringLiteral("remainActivated");
        GuestHostOperation apply(*m_connection, s);
        QVERIFY(run(apply));
        QVERIFY2(apply.result().succeeded(), qPrintable(apply.result().message));
        const QString notes = apply.planResult().notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Lobby until host")) && notes.contains(guests), qPrintable(notes));
        const QString preview = apply.preview().join(QLatin1Char('\n'));
        QVERIFY2(!preview.contains(QStringLiteral("guest call leg profile:")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Create the host call leg profile")), qPrintable(preview));
        QCOMPARE(object(QStringLiteral("coSpaces"), apply.spaceId())->value(QStringLiteral("callLegProfile")), guests);
    }

    void refusesAUriAnotherSpaceHas()
    {
        GuestHostSettings s = settingsFor(Pattern::DifferentUri, ++m_tag);
        create(*m_cluster, QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Taken")}, {QStringLiteral("uri"), s.hostUri}});
        const QStringList before = store().dump();
        GuestHostOperation apply(*m_connection, s);
        QVERIFY(run(apply));
        QCOMPARE(apply.result().outcome, Outcome::Refused);
        QVERIFY2(apply.result().message.contains(QStringLiteral("“Taken”")), qPrintable(apply.result().message));
        QCOMPARE(apply.planResult().refusals.first().field, GuestHostField::hostUri.toString());
        QCOMPARE(store().dump(), before);
    }

    void refusesAnUnknownHostUser()
    {
        GuestHostSettings s = settingsFor(Pattern::HostIsMember, ++m_tag);
        s.hostJid = QStringLiteral("nobody@example.com");
        GuestHostOperation apply(*m_connection, s);
        QVERIFY(run(apply));
        QCOMPARE(apply.result().outcome, Outcome::Refused);
        QVERIFY2(apply.result().message.contains(s.hostJid), qPrintable(apply.result().message));
    }
    void checkFindsEachMisconfigurationAndItsFixRepairsIt_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<QString>("breaking");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("fixable");
        using K = GuestHostProblem::Kind;
        QTest::newRow("guest profile without needsActivation") << 1 << "guestProfileActivates" << int(K::GuestsNotHeld) << true;
        QTest::newRow("space without guest profile") << 2 << "spaceWithoutProfile" << int(K::GuestsNotHeld) << true;
        QTest::newRow("non-members shut out") << 1 << "nonMembersShutOut" << int(K::NonMembersShutOut) << true;
        QTest::newRow("host access method with the guest profile") << 1 << "hostMethodGuestProfile" << int(K::HostMethodCarriesGuestProfile) << true;
        QTest::newRow("host access method without profile") << 2 << "hostMethodNoProfile" << int(K::HostMethodCarriesGuestProfile) << true;
        QTest::newRow("no host access method") << 1 << "hostMethodGone" << int(K::NoWayInForHosts) << false;
        QTest::newRow("guests and hosts share a call ID") << 2 << "sharedCallId" << int(K::SharedCallId) << true;
        QTest::newRow("pattern 3 without passcodeMode") << 3 << "noPasscodeMode" << int(K::NoPasscodeMode) << true;
        QTest::newRow("pattern 4 host not a member") << 4 << "memberGone" << int(K::HostNotMember) << true;
        QTest::newRow("pattern 4 member without host profile") << 4 << "memberNoProfile" << int(K::MemberWithoutHostProfile) << true;
    }

    void checkFindsEachMisconfigurationAndItsFixRepairsIt()
    {
        QFETCH(int, pattern);
        QFETCH(QString, breaking);
        QFETCH(int, kind);
        QFETCH(bool, fixable);
        const QString spaceId = setUp(Pattern(pattern));
        QVERIFY(!spaceId.isEmpty());
        GuestHostDiagnosis fine = GuestHostCheck::diagnose(readState(spaceId));
        QVERIFY(fine.isFine());
        QCOMPARE(fine.pattern, std::optional<Pattern>(Pattern(pattern)));

        SimTestClient client(*m_cluster, kTestUser, kTestPassword);
        const GuestHostState state = readState(spaceId);
        const QString spacePath = QStringLiteral("coSpaces/") + spaceId;
        const QString methodPath = state.accessMethods.isEmpty() ? QString()
            : spacePath + QStringLiteral("/accessMethods/") + state.accessMethods.first().id;
        const QString memberPath = state.members.isEmpty() ? QString()
            : spacePath + QStringLiteral("/coSpaceUsers/") + state.members.first().id;
        const QString guestProfile = state.space.value(QStringLiteral("callLegProfile"));
        auto put = [&](const QString &path, const QMap<QString, QString> &form) {
            const HttpResult r = client.put(0, path, form);
            QVERIFY2(r.status == 200, qPrintable(QString::fromUtf8(r.body)));
        };
        if (breaking == u"guestProfileActivates")
            put(QStringLiteral("callLegProfiles/") + guestProfile, {{QStringLiteral("needsActivation"), QStringLiteral("false")}});
        else if (breaking == u"spaceWithoutProfile")
            put(spacePath, {{QStringLiteral("callLegProfile"), QString()}});
        else if (breaking == u"nonMembersShutOut")
            put(spacePath, {{QStringLiteral("nonMemberAccess"), QStringLiteral("false")}});
        else if (breaking == u"hostMethodGuestProfile")
            put(methodPath, {{QStringLiteral("callLegProfile"), guestProfile}});
        else if (breaking == u"hostMethodNoProfile")
            put(methodPath, {{QStringLiteral("callLegProfile"), QString()}});
        else if (breaking == u"hostMethodGone")
            QCOMPARE(client.del(0, methodPath).status, 200);
        else if (breaking == u"sharedCallId")
            put(methodPath, {{QStringLiteral("callId"), state.space.value(QStringLiteral("callId"))}});
        else if (breaking == u"noPasscodeMode")
            put(QStringLiteral("callProfiles/") + state.space.value(QStringLiteral("callProfile")), {{QStringLiteral("passcodeMode"), QString()}, {QStringLiteral("passcodeTimeout"), QString()}});
        else if (breaking == u"memberGone")
            QCOMPARE(client.del(0, memberPath).status, 200);
        else if (breaking == u"memberNoProfile")
            put(memberPath, {{QStringLiteral("callLegProfile"), QString()}});
        if (QTest::currentTestFailed())
            return;

        const GuestHostDiagnosis broken = GuestHostCheck::diagnose(readState(spaceId));
        QCOMPARE(broken.problems.size(), 1);
        const GuestHostProblem problem = broken.problems.first();
        QCOMPARE(int(problem.kind), kind);
        QVERIFY(!problem.message.isEmpty());
        QVERIFY(!problem.fixSummary.isEmpty());
        QCOMPARE(problem.fix.isEmpty(), !fixable);
        if (!fixable)
            return;

        ConfigStepsOperation fix(*m_connection, problem.fix);
        QVERIFY(plan(fix));
        QCOMPARE(fix.preview().size(), problem.fix.size());
        QVERIFY(run(fix));
        QVERIFY2(fix.result().succeeded(), qPrintable(fix.result().message));
        const GuestHostDiagnosis repaired = GuestHostCheck::diagnose(readState(spaceId));
        QStringList left;
        for (const GuestHostProblem &p : repaired.problems)
            left.append(p.message);
        QVERIFY2(repaired.isFine(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(repaired.pattern, std::optional<Pattern>(Pattern(pattern)));
        // Repaired means guests wait and the host does not, as the effective settings show.
        const EffectiveSettings settings = effective(spaceId);
        QCOMPARE(settings.guests()->value(u"needsActivation").value, QStringLiteral("true"));
        if (Pattern(pattern) == Pattern::HostIsMember)
            QCOMPARE(settings.ways.last().value(u"needsActivation").value, QStringLiteral("false"));
        else
            QCOMPARE(settings.accessMethod(state.accessMethods.first().id)->value(u"needsActivation").value, QStringLiteral("false"));
    }

    // A space set up for pattern 2 but meant to follow pattern 3: the difference is a problem of its
    // own, and pattern 3's checks apply (its call profile sets no passcodeMode); meant to follow the
    // pattern it does follow, it is fine.
    void theIntendedPatternIsChecked()
    {
        const QString spaceId = setUp(Pattern::SamePinDiffers);
        QVERIFY(!spaceId.isEmpty());
        const GuestHostState state = readState(spaceId);
        QVERIFY(GuestHostCheck::diagnose(state, Pattern::SamePinDiffers).isFine());

        const GuestHostDiagnosis meant3 = GuestHostCheck::diagnose(state, Pattern::EmptyGuestPin);
        QCOMPARE(meant3.pattern, std::optional<Pattern>(Pattern::SamePinDiffers));
        QCOMPARE(meant3.intended, std::optional<Pattern>(Pattern::EmptyGuestPin));
        QList<GuestHostProblem::Kind> kinds;
        for (const GuestHostProblem &p : meant3.problems)
            kinds.append(p.kind);
        QCOMPARE(kinds, (QList<GuestHostProblem::Kind>{GuestHostProblem::Kind::NotTheIntendedPattern,
                                                        GuestHostProblem::Kind::NoPasscodeMode}));
        const GuestHostProblem &other = meant3.problems.first();
        QVERIFY2(other.message.contains(GuestHostInputs::patternName(Pattern::SamePinDiffers))
                     && other.message.contains(GuestHostInputs::patternName(Pattern::EmptyGuestPin)),
                 qPrintable(other.message));
        QVERIFY(other.fix.isEmpty());   // applying a pattern needs its URIs and PINs: the wizard's work

        const GuestHostDiagnosis meant4 = GuestHostCheck::diagnose(state, Pattern::HostIsMember);
        QCOMPARE(meant4.problems.first().kind, GuestHostProblem::Kind::NotTheIntendedPattern);
    }

    void aSpaceWithoutGuestAccessFollowsNoPattern()
    {
        const QString id = create(*m_cluster, QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Plain")}});
        const GuestHostDiagnosis d = GuestHostCheck::diagnose(readState(id));
        QVERIFY(!d.pattern);
        QCOMPARE(d.problems.size(), 1);
        QCOMPARE(d.problems.first().kind, GuestHostProblem::Kind::GuestsNotHeld);
    }
};

QTEST_GUILESS_MAIN(TestGuestHost)
#include "tst_guesthost.moc"
