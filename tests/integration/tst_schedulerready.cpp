// The "Scheduler ready" check and the set-up that creates what it lacks (issue 13 item 5), against
// the simulator: the seeded dataset is not ready (it has the guest and host call leg profiles but no
// space template), the set-up creates the template and its $.guest and $.host access method
// templates reusing those profiles, and the check then says ready; each checked on the simulator's
// store. An empty cluster gets the profiles too; a template with only the guest access is completed;
// a fault in the middle of the set-up leaves the store as it was; a server before 3.3 is refused.
#include "config/schedulerreadiness.h"
#include "operations/schedulersetup.h"

#include "clientendpoints.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "net/connection.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cms;
using Requirement = SchedulerReadiness::Requirement;
using Outcome = OperationResult::Outcome;

namespace {

const QString kProfiles = QStringLiteral("callLegProfiles");
const QString kTemplates = QStringLiteral("coSpaceTemplates");
const QString kMethods = QStringLiteral("accessMethodTemplates");

std::unique_ptr<cmssim::SimCluster> cluster(const char *version = "3.8.1", int bridges = 2)
{
    cmssim::ClusterOptions options;
    options.bridgeCount = bridges;
    options.version = cmssim::SimVersion::parse(QString::fromLatin1(version));
    return startTestCluster(options);
}

QString create(cmssim::SimCluster &sim, const QString &collection, const cmssim::Params &params, const QString &parent = {})
{
    return std::get<QString>(sim.config().create(cmssim::TypeSchema::get(collection), parent, params));
}

// Every call leg profile, space template and access method template of the store, with its fields.
QStringList snapshot(cmssim::SimCluster &sim)
{
    QStringList out;
    auto add = [&out](const QString &collection, const cmssim::ObjectTable *table) {
        if (!table)
            return;
        for (const cmssim::ConfigObject *o : table->ordered()) {
            QStringList fields;
            for (const auto &[key, value] : o->fields)
                fields << key + QLatin1Char('=') + value;
            fields.sort();
            out << collection + QLatin1Char('/') + o->id + QLatin1Char(' ') + fields.join(QLatin1Char(','));
        }
    };
    add(kProfiles, sim.store().findTable(kProfiles));
    if (const cmssim::ObjectTable *templates = sim.store().findTable(kTemplates)) {
        add(kTemplates, templates);
        for (const cmssim::ConfigObject *t : templates->ordered())
            add(kMethods, sim.store().findTable(kMethods, t->id));
    }
    return out;
}

const cmssim::ConfigObject *methodWith(cmssim::SimCluster &sim, const QString &templateId, const QString &generator)
{
    const cmssim::ObjectTable *methods = sim.store().findTable(kMethods, templateId);
    if (!methods)
        return nullptr;
    for (const cmssim::ConfigObject *m : methods->ordered()) {
        if (m->value(QStringLiteral("uriGenerator")) == generator)
            return m;
    }
    return nullptr;
}

QString needsActivationOf(cmssim::SimCluster &sim, const QString &profileId)
{
    const cmssim::ConfigObject *p = sim.store().find(kProfiles, profileId);
    return p ? p->value(QStringLiteral("needsActivation")) : QStringLiteral("(no such profile)");
}

} // namespace

class TestSchedulerReady : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seededDatasetIsMadeReady();
    void emptyClusterGetsEverything();
    void templateWithGuestAccessIsCompleted();
    void faultMidwayLeavesTheStoreAsBefore();
    void before33IsRefused();
    void invalidGeneratorDoesNotCount();

private:
    SchedulerReadiness check(Connection &connection, int version = 308);
    bool run(Operation &operation) { operation.execute(); return QTest::qWaitFor([&] { return operation.isFinished(); }, 20000); }
};

SchedulerReadiness TestSchedulerReady::check(Connection &connection, int version)
{
    SchedulerReadinessCheck check(connection, version);
    QSignalSpy finished(&check, &SchedulerReadinessCheck::finished);
    check.start();
    if (!finished.wait(20000) || !check.error().isOk()) {
        qWarning() << "check failed:" << check.error().message();
        return {};
    }
    return check.readiness();
}

void TestSchedulerReady::seededDatasetIsMadeReady()
{
    auto sim = cluster();
    QVERIFY(sim);
    cmssim::SeedSpec spec;
    spec.users = 10;
    spec.spaces = 40;
    spec.callLegProfiles = 8;
    spec.guestHostPatterns = true;
    const cmssim::SeedResult seeded = cmssim::DatasetSeeder(*sim).seed(spec);
    Connection connection(pinnedEndpoints(*sim));

    const SchedulerReadiness before = check(connection);
    QCOMPARE(before.items.size(), 6);
    QVERIFY(!before.isReady());
    QVERIFY(before.isMet(Requirement::Version));
    QVERIFY(before.isMet(Requirement::GuestProfile));
    QVERIFY(before.isMet(Requirement::HostProfile));
    QCOMPARE(needsActivationOf(*sim, before.guestProfile.id), QStringLiteral("true"));
    QCOMPARE(needsActivationOf(*sim, before.hostProfile.id), QStringLiteral("false"));
    QVERIFY(!sim->store().findTable(kTemplates) || sim->store().findTable(kTemplates)->size() == 0);
    QVERIFY(!before.isMet(Requirement::SpaceTemplate));
    QVERIFY(!before.isMet(Requirement::GuestMethod));
    QVERIFY(!before.isMet(Requirement::HostMethod));
    for (const SchedulerReadiness::Item &item : before.items)
        QVERIFY(!item.reason.isEmpty());

    const qsizetype profilesBefore = sim->store().table(kProfiles).size();
    SchedulerSetupOperation setup(connection, 308);
    QSignalSpy planned(&setup, &Operation::planned);
    setup.plan();
    QVERIFY(planned.wait(20000));
    QCOMPARE(setup.preview().size(), 3);   // the template and its two access method templates
    QVERIFY(run(setup));
    QVERIFY2(setup.result().succeeded(), qPrintable(setup.result().message));

    QCOMPARE(sim->store().table(kProfiles).size(), profilesBefore);   // the existing profiles were reused
    QCOMPARE(sim->store().table(kTemplates).size(), 1);
    const QString templateId = setup.spaceTemplateId();
    const cmssim::ConfigObject *created = sim->store().find(kTemplates, templateId);
    QVERIFY(created);
    QCOMPARE(created->value(QStringLiteral("name")), SchedulerSetupOperation::spaceTemplateName());
    const cmssim::ConfigObject *guest = methodWith(*sim, templateId, QStringLiteral("$.guest"));
    const cmssim::ConfigObject *host = methodWith(*sim, templateId, QStringLiteral("$.host"));
    QVERIFY(guest && host);
    QCOMPARE(needsActivationOf(*sim, guest->value(QStringLiteral("callLegProfile"))), QStringLiteral("true"));
    QCOMPARE(needsActivationOf(*sim, host->value(QStringLiteral("callLegProfile"))), QStringLiteral("false"));
    QCOMPARE(guest->value(QStringLiteral("generateUniqueCallId")), QStringLiteral("true"));

    const SchedulerReadiness after = check(connection);
    QVERIFY(after.isReady());
    QCOMPARE(after.spaceTemplate.id, templateId);
    QCOMPARE(after.guestMethod.id, guest->id);
    QCOMPARE(after.hostMethod.id, host->id);
    Q_UNUSED(seeded)
}

void TestSchedulerReady::emptyClusterGetsEverything()
{
    auto sim = cluster();
    QVERIFY(sim);
    Connection connection(pinnedEndpoints(*sim));
    const SchedulerReadiness before = check(connection);
    QVERIFY(!before.isMet(Requirement::GuestProfile));
    QVERIFY(!before.isMet(Requirement::HostProfile));

    SchedulerSetupOperation setup(connection, 308);
    QSignalSpy planned(&setup, &Operation::planned);
    setup.plan();
    QVERIFY(planned.wait(20000));
    QCOMPARE(setup.preview().size(), 5);
    QVERIFY(run(setup));
    QVERIFY2(setup.result().succeeded(), qPrintable(setup.result().message));
    const cmssim::ConfigObject *guest = sim->store().find(kProfiles, setup.guestProfileId());
    const cmssim::ConfigObject *host = sim->store().find(kProfiles, setup.hostProfileId());
    QVERIFY(guest && host);
    QCOMPARE(guest->value(QStringLiteral("needsActivation")), QStringLiteral("true"));
    QCOMPARE(guest->value(QStringLiteral("deactivationMode")), QStringLiteral("deactivate"));
    QCOMPARE(host->value(QStringLiteral("needsActivation")), QStringLiteral("false"));
    QCOMPARE(sim->store().find(kTemplates, setup.spaceTemplateId())->value(QStringLiteral("callLegProfile")), guest->id);
    QVERIFY(check(connection).isReady());

    // Ready: a second set-up has nothing to do and changes nothing.
    const QStringList store = snapshot(*sim);
    SchedulerSetupOperation again(connection, 308);
    QVERIFY(run(again));
    QCOMPARE(again.result().outcome, Outcome::Refused);
    QVERIFY(!again.result().message.isEmpty());
    QCOMPARE(snapshot(*sim), store);
}

void TestSchedulerReady::templateWithGuestAccessIsCompleted()
{
    auto sim = cluster();
    QVERIFY(sim);
    const QString lobby = create(*sim, kProfiles, {{QStringLiteral("name"), QStringLiteral("Lobby")},
                                                   {QStringLiteral("needsActivation"), QStringLiteral("true")}});
    const QString other = create(*sim, kTemplates, {{QStringLiteral("name"), QStringLiteral("Another")}});
    const QString tmpl = create(*sim, kTemplates, {{QStringLiteral("name"), QStringLiteral("Board")}});
    // A generator that is taken already: the host's must be another one.
    create(*sim, kMethods, {{QStringLiteral("uriGenerator"), QStringLiteral("$.host")}}, tmpl);
    create(*sim, kMethods, {{QStringLiteral("uriGenerator"), QStringLiteral("$.visitor")},
                            {QStringLiteral("callLegProfile"), lobby}}, tmpl);
    Connection connection(pinnedEndpoints(*sim));

    const SchedulerReadiness before = check(connection);
    QVERIFY(before.isMet(Requirement::SpaceTemplate));
    QCOMPARE(before.spaceTemplate.id, tmpl);
    QVERIFY(before.isMet(Requirement::GuestMethod));
    QCOMPARE(before.guestProfile.id, lobby);
    QVERIFY(!before.isMet(Requirement::HostMethod));
    QVERIFY(before.item(Requirement::HostMethod)->reason.contains(QStringLiteral("Board")));

    SchedulerSetupOperation setup(connection, 308);
    QVERIFY(run(setup));
    QVERIFY2(setup.result().succeeded(), qPrintable(setup.result().message));
    QCOMPARE(setup.stepCount(), 2);   // the host profile, and the host access in "Board"
    QCOMPARE(sim->store().table(kTemplates).size(), 2);
    QVERIFY(!sim->store().findTable(kMethods, other) || sim->store().findTable(kMethods, other)->size() == 0);
    const cmssim::ConfigObject *host = methodWith(*sim, tmpl, QStringLiteral("$.host2"));
    QVERIFY(host);
    QCOMPARE(host->value(QStringLiteral("callLegProfile")), setup.hostProfileId());
    QVERIFY(check(connection).isReady());
}

void TestSchedulerReady::faultMidwayLeavesTheStoreAsBefore()
{
    auto sim = cluster("3.8.1", 1);   // one bridge: the fault cannot be avoided by failing over
    QVERIFY(sim);
    create(*sim, kProfiles, {{QStringLiteral("name"), QStringLiteral("Plain")}});
    Connection connection(pinnedEndpoints(*sim));
    connection.transport().setBusyRetries(0, 0);
    const QStringList before = snapshot(*sim);

    SchedulerSetupOperation setup(connection, 308);
    // After the profiles and the template, the bridge turns busy: the guest access is refused. It
    // comes back for the undo.
    connect(&setup, &Operation::progress, this, [&sim](int done) {
        if (done == 3)
            sim->setBusy(0, true);
    });
    connect(&setup, &Operation::undoStarted, this, [&sim] { sim->setBusy(0, false); });
    QVERIFY(run(setup));
    QCOMPARE(setup.result().outcome, Outcome::RolledBack);
    QCOMPARE(setup.result().failedStep, 3);
    QCOMPARE(setup.result().error.kind, CmsError::Kind::Busy);
    QVERIFY(setup.result().undoProblems.isEmpty());
    QCOMPARE(snapshot(*sim), before);
}

void TestSchedulerReady::before33IsRefused()
{
    auto sim = cluster("3.2");
    QVERIFY(sim);
    Connection connection(pinnedEndpoints(*sim));
    const SchedulerReadiness readiness = check(connection, 302);
    QVERIFY(!readiness.isMet(Requirement::Version));
    QVERIFY(readiness.item(Requirement::Version)->reason.contains(QStringLiteral("3.2")));
    const QStringList before = snapshot(*sim);
    SchedulerSetupOperation setup(connection, 302);
    QVERIFY(run(setup));
    QCOMPARE(setup.result().outcome, Outcome::Refused);
    QCOMPARE(snapshot(*sim), before);
}

void TestSchedulerReady::invalidGeneratorDoesNotCount()
{
    QVERIFY(SchedulerReadinessCheck::isValidUriGenerator(QStringLiteral("$.guest")));
    QVERIFY(SchedulerReadinessCheck::isValidUriGenerator(QStringLiteral("meet-$_host")));
    QVERIFY(!SchedulerReadinessCheck::isValidUriGenerator(QStringLiteral("guest")));
    QVERIFY(!SchedulerReadinessCheck::isValidUriGenerator(QStringLiteral("$.$")));
    QVERIFY(!SchedulerReadinessCheck::isValidUriGenerator(QStringLiteral("$ guest")));
    QVERIFY(!SchedulerReadinessCheck::isValidUriGenerator(QString::fromUtf8("$.invité")));
}

QTEST_GUILESS_MAIN(TestSchedulerReady)
#include "tst_schedulerready.moc"
