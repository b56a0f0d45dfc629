// Where a profile is used, against the simulator's seeded dataset: every count the finder gives is
// the count made directly on the simulator's store, for the global profiles, tenants, spaces and the
// space templates with their access method templates; the usage flags for access methods and members
// are the store's; a profile used nowhere is used nowhere.
#include "config/profileusage.h"

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
using Level = ProfileUsage::Level;

class TestProfileUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callLegProfileCountsMatchTheStore();
    void globalAndTemplates();
    void unusedProfile();
    void callProfileFromTheCatalogSaysHowMuchWasRead();
    void missingProfileIsAnError();

private:
    // Objects of a collection (of every parent for sub-collections) whose field holds the id.
    int storeCount(const QString &collection, const QString &field, const QString &id, bool underSpaces = false) const;
    bool storeAny(const QString &collection, const QString &field, const QString &id) const;
    ProfileUsage find(ProfileUsageFinder::Kind kind, const QString &id);
    QString create(const QString &collection, const cmssim::Params &params, const QString &parentId = {});

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;
    QStringList m_legProfiles;
};

void TestProfileUsage::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.tenants = 4;
    spec.users = 40;
    spec.spaces = 300;
    spec.callLegProfiles = 3;
    spec.callProfiles = 2;
    spec.guestHostPatterns = true;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);
    for (const cmssim::ConfigObject *p : m_cluster->store().table(QStringLiteral("callLegProfiles")).ordered())
        m_legProfiles << p->id;
    QVERIFY(m_legProfiles.size() >= 3);
    m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
}

QString TestProfileUsage::create(const QString &collection, const cmssim::Params &params, const QString &parentId)
{
    const auto created = m_cluster->config().create(cmssim::TypeSchema::get(collection), parentId, params);
    return std::get<QString>(created);
}

int TestProfileUsage::storeCount(const QString &collection, const QString &field, const QString &id, bool underSpaces) const
{
    int count = 0;
    auto countIn = [&](const cmssim::ObjectTable *table) {
        if (!table)
            return;
        for (const cmssim::ConfigObject *o : table->ordered())
            count += o->value(field) == id;
    };
    if (!underSpaces) {
        countIn(m_cluster->store().findTable(collection));
        return count;
    }
    for (const cmssim::ConfigObject *space : m_cluster->store().findTable(QStringLiteral("coSpaces"))->ordered())
        countIn(m_cluster->store().findTable(collection, space->id));
    return count;
}

bool TestProfileUsage::storeAny(const QString &collection, const QString &field, const QString &id) const
{
    return storeCount(collection, field, id, true) > 0;
}

ProfileUsage TestProfileUsage::find(ProfileUsageFinder::Kind kind, const QString &id)
{
    ProfileUsageFinder finder(*m_connection, kind, id);
    QSignalSpy finished(&finder, &ProfileUsageFinder::finished);
    finder.start();
    if (!finished.count())
        [&] { QVERIFY(finished.wait(30000)); }();
    [&] { QVERIFY2(finder.error().isOk(), qPrintable(finder.error().message())); }();
    return finder.usage();
}

void TestProfileUsage::callLegProfileCountsMatchTheStore()
{
    const QString field = QStringLiteral("callLegProfile");
    int usedSomewhere = 0;
    for (const QString &id : std::as_const(m_legProfiles)) {
        const ProfileUsage usage = find(ProfileUsageFinder::Kind::CallLegProfile, id);
        QCOMPARE(usage.count(Level::Tenant), storeCount(QStringLiteral("tenants"), field, id));
        QCOMPARE(usage.count(Level::Space), storeCount(QStringLiteral("coSpaces"), field, id));
        QCOMPARE(usage.source(Level::Space), ProfileUsage::Source::Listed);
        QCOMPARE(usage.flagged[int(Level::AccessMethod)], storeAny(QStringLiteral("accessMethods"), field, id));
        QCOMPARE(usage.flagged[int(Level::Member)], storeAny(QStringLiteral("coSpaceUsers"), field, id));
        QCOMPARE(usage.source(Level::AccessMethod), ProfileUsage::Source::ServerFlag);
        // Each space listed is one the store has with that profile, named as the store names it.
        for (const ProfileUsage::Place &place : usage.at(Level::Space)) {
            const cmssim::ConfigObject *space = m_cluster->store().find(QStringLiteral("coSpaces"), place.id);
            QVERIFY(space);
            QCOMPARE(space->value(field), id);
            QCOMPARE(place.name, space->value(QStringLiteral("name")));
        }
        usedSomewhere += usage.isUsed();
    }
    QVERIFY(usedSomewhere > 0);   // the dataset does use them: the comparisons above compared something
}

void TestProfileUsage::globalAndTemplates()
{
    const QString profile = m_legProfiles.first();
    QVERIFY(m_cluster->store().systemProfiles().value(QStringLiteral("callLegProfile")) != profile);
    m_cluster->store().systemProfiles().fields.insert(QStringLiteral("callLegProfile"), profile);
    const QString spaceTemplate = create(QStringLiteral("coSpaceTemplates"),
                                         {{QStringLiteral("name"), QStringLiteral("Scheduled")},
                                          {QStringLiteral("callLegProfile"), profile}});
    const QString other = create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("Plain")}});
    create(QStringLiteral("accessMethodTemplates"),
           {{QStringLiteral("name"), QStringLiteral("Guests")}, {QStringLiteral("uriGenerator"), QStringLiteral("$.guest")},
            {QStringLiteral("callLegProfile"), profile}},
           other);

    const ProfileUsage usage = find(ProfileUsageFinder::Kind::CallLegProfile, profile);
    QCOMPARE(usage.count(Level::Global), 1);
    QCOMPARE(usage.count(Level::SpaceTemplate), 1);
    QCOMPARE(usage.at(Level::SpaceTemplate).first().id, spaceTemplate);
    QCOMPARE(usage.at(Level::SpaceTemplate).first().name, QStringLiteral("Scheduled"));
    QCOMPARE(usage.count(Level::AccessMethodTemplate), 1);
    QCOMPARE(usage.at(Level::AccessMethodTemplate).first().parentId, other);
    QCOMPARE(usage.at(Level::AccessMethodTemplate).first().name, QStringLiteral("Guests"));
    m_cluster->store().systemProfiles().fields.remove(QStringLiteral("callLegProfile"));
}

void TestProfileUsage::unusedProfile()
{
    const QString fresh = create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), QStringLiteral("Nobody's")}});
    const ProfileUsage usage = find(ProfileUsageFinder::Kind::CallLegProfile, fresh);
    QVERIFY(!usage.isUsed());
    QVERIFY(usage.places.isEmpty());
}

// Spaces cannot be filtered by call profile: the finder counts what the catalog read in detail, and
// says how much that was.
void TestProfileUsage::callProfileFromTheCatalogSaysHowMuchWasRead()
{
    const QString callProfile = m_cluster->store().table(QStringLiteral("callProfiles")).ordered().front()->id;
    const ProfileUsage usage = find(ProfileUsageFinder::Kind::CallProfile, callProfile);
    QCOMPARE(usage.source(Level::Space), ProfileUsage::Source::NotChecked);   // no catalog given
    QCOMPARE(usage.source(Level::AccessMethodTemplate), ProfileUsage::Source::NotChecked);
}

void TestProfileUsage::missingProfileIsAnError()
{
    ProfileUsageFinder finder(*m_connection, ProfileUsageFinder::Kind::CallProfile, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QSignalSpy finished(&finder, &ProfileUsageFinder::finished);
    finder.start();
    QVERIFY(finished.count() || finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finder.error().reason, QStringLiteral("callProfileDoesNotExist"));
}

QTEST_GUILESS_MAIN(TestProfileUsage)
#include "tst_profileusage.moc"
