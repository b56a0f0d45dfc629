// The effective settings loader against the simulator seeded with the four guest/host patterns of
// cms-api.md section 8: guests wait in the lobby (needsActivation true, from the space), hosts do not
// (false, from the access method, or from the member in pattern 4); pattern 3's passcodeMode comes
// from the space's call profile. A space of a tenant under global profiles shows every level, a
// deleted profile is reported as missing, an unknown space fails, and profiles are read once per loader.
#include "config/effectivesettingsloader.h"

#include "clientendpoints.h"
#include "configapi.h"
#include "configstore.h"
#include "net/connection.h"
#include "datasetseeder.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QtTest>

using namespace cms;

namespace {

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

QString create(cmssim::SimCluster &cluster, const QString &collection, const cmssim::Params &params,
               const QString &parentId = {})
{
    auto created = cluster.config().create(cmssim::TypeSchema::get(collection), parentId, params);
    if (!std::holds_alternative<QString>(created))
        qWarning("cannot create in %s: %s", qPrintable(collection),
                 qPrintable(std::get<cmssim::Failure>(created).reason));
    return std::holds_alternative<QString>(created) ? std::get<QString>(created) : QString();
}

} // namespace

class TestEffectiveSettingsLoader : public QObject
{
    Q_OBJECT

private:
    // Loads a space; the result, or an empty one with the error in *error.
    EffectiveSettings load(EffectiveSettingsLoader &loader, const QString &spaceId, CmsError *error = nullptr)
    {
        QSignalSpy loaded(&loader, &EffectiveSettingsLoader::loaded);
        QSignalSpy failed(&loader, &EffectiveSettingsLoader::failed);
        loader.load(spaceId);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 20000); }();
        if (error)
            *error = failed.isEmpty() ? CmsError() : failed.first().first().value<CmsError>();
        if (!failed.isEmpty() && !error)
            qWarning("load failed: %s", qPrintable(failed.first().first().value<CmsError>().message()));
        return loaded.isEmpty() ? EffectiveSettings() : loaded.first().first().value<EffectiveSettings>();
    }

    static void check(const JoinWay *way, const QString &field, const QString &value, SettingLevel level)
    {
        QVERIFY(way);
        const EffectiveValue v = way->value(field);
        QCOMPARE(v.value, value);
        QCOMPARE(v.level, level);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = startTestCluster({});
        QVERIFY(m_cluster);
        cmssim::SeedSpec spec;
        spec.guestHostPatterns = true;
        spec.spaces = 20;
        spec.callLegProfiles = 3;
        spec.callProfiles = 3;
        m_seed = cmssim::DatasetSeeder(*m_cluster).seed(spec);
        QCOMPARE(m_seed.guestHostSpaceIds.size(), 4);
        QVERIFY(!m_seed.guestProfileId.isEmpty());
        QVERIFY(!m_seed.hostProfileId.isEmpty());
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_cluster.reset();
    }

    void guestHostPatterns_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::newRow("1 different URI and call ID") << 1;
        QTest::newRow("2 same URI, different PINs") << 2;
        QTest::newRow("3 same URI, empty guest PIN") << 3;
        QTest::newRow("4 host is a member") << 4;
    }

    void guestHostPatterns()
    {
        QFETCH(int, pattern);
        EffectiveSettingsLoader loader(*m_connection);
        const QString spaceId = m_seed.guestHostSpaceIds.at(pattern - 1);
        const EffectiveSettings s = load(loader, spaceId);
        QCOMPARE(s.spaceId, spaceId);
        QVERIFY(!s.spaceName.isEmpty());
        QVERIFY(s.missingProfiles.isEmpty());

        const JoinWay *guests = s.guests();
        QVERIFY(guests);
        QVERIFY(!guests->uri.isEmpty());
        QVERIFY(!guests->callId.isEmpty());
        check(guests, QStringLiteral("needsActivation"), kTrue, SettingLevel::Space);
        QCOMPARE(guests->value(u"needsActivation").profileId, m_seed.guestProfileId);
        QCOMPARE(guests->value(u"needsActivation").profileName, QStringLiteral("Guest"));
        check(guests, QStringLiteral("deactivationMode"), QStringLiteral("deactivate"), SettingLevel::Space);
        QCOMPARE(guests->passcodeSet, pattern == 2);

        const JoinWay *host = nullptr;
        if (pattern == 4) {
            QCOMPARE(s.ways.size(), 2);   // guests and the member
            host = &s.ways.at(1);
            QCOMPARE(host->kind, JoinKind::Member);
            QVERIFY(host->userJid.contains(QLatin1Char('@')));
            check(host, QStringLiteral("needsActivation"), kFalse, SettingLevel::Member);
        } else {
            QCOMPARE(s.ways.size(), 2);   // guests and the host access method
            host = &s.ways.at(1);
            QCOMPARE(host->kind, JoinKind::AccessMethod);
            QVERIFY(host->passcodeSet == (pattern != 1));
            check(host, QStringLiteral("needsActivation"), kFalse, SettingLevel::AccessMethod);
            if (pattern != 1)
                QCOMPARE(host->uri, guests->uri);   // same URI, told apart by the PIN
            else
                QVERIFY(host->uri != guests->uri);
        }
        QCOMPARE(host->value(u"needsActivation").profileId, m_seed.hostProfileId);
        QCOMPARE(host->value(u"needsActivation").profileName, QStringLiteral("Host"));
        // The host profile leaves deactivationMode unset: the space's guest profile still decides.
        check(host, QStringLiteral("deactivationMode"), QStringLiteral("deactivate"), SettingLevel::Space);

        for (const JoinWay &way : s.ways) {
            if (pattern == 3) {
                check(&way, QStringLiteral("passcodeMode"), QStringLiteral("timeout"), SettingLevel::Space);
                check(&way, QStringLiteral("passcodeTimeout"), QStringLiteral("5"), SettingLevel::Space);
            } else {
                check(&way, QStringLiteral("passcodeMode"), QString(), SettingLevel::Default);
            }
        }
    }

    void everyLevelFromTheServer()
    {
        const QString global = create(*m_cluster, QStringLiteral("callLegProfiles"),
                                      {{QStringLiteral("name"), QStringLiteral("Global legs")},
                                       {QStringLiteral("defaultLayout"), QStringLiteral("speakerOnly")},
                                       {QStringLiteral("rxAudioMute"), kFalse}});
        const QString tenantLegs = create(*m_cluster, QStringLiteral("callLegProfiles"),
                                          {{QStringLiteral("name"), QStringLiteral("Tenant legs")},
                                           {QStringLiteral("defaultLayout"), QStringLiteral("allEqual")},
                                           {QStringLiteral("changeLayoutAllowed"), kFalse}});
        const QString tenantCalls = create(*m_cluster, QStringLiteral("callProfiles"),
                                           {{QStringLiteral("participantLimit"), QStringLiteral("50")}});
        const QString tenant = create(*m_cluster, QStringLiteral("tenants"),
                                      {{QStringLiteral("name"), QStringLiteral("Acme")},
                                       {QStringLiteral("callLegProfile"), tenantLegs},
                                       {QStringLiteral("callProfile"), tenantCalls}});
        QVERIFY(!global.isEmpty() && !tenant.isEmpty());
        cmssim::ConfigObject &system = m_cluster->store().systemProfiles();
        system.fields.insert(QStringLiteral("callLegProfile"), global);
        const QString space = create(*m_cluster, QStringLiteral("coSpaces"),
                                     {{QStringLiteral("name"), QStringLiteral("Acme room")},
                                      {QStringLiteral("uri"), QStringLiteral("acme.room")},
                                      {QStringLiteral("tenant"), tenant},
                                      {QStringLiteral("callLegProfile"), m_seed.guestProfileId}});
        QVERIFY(!space.isEmpty());

        EffectiveSettingsLoader loader(*m_connection);
        EffectiveSettings s = load(loader, space);
        system.fields.remove(QStringLiteral("callLegProfile"));
        QCOMPARE(s.tenantName, QStringLiteral("Acme"));
        const JoinWay *guests = s.guests();
        check(guests, QStringLiteral("needsActivation"), kTrue, SettingLevel::Space);
        check(guests, QStringLiteral("defaultLayout"), QStringLiteral("allEqual"), SettingLevel::Tenant);
        QCOMPARE(guests->value(u"defaultLayout").profileName, QStringLiteral("Tenant legs"));
        check(guests, QStringLiteral("changeLayoutAllowed"), kFalse, SettingLevel::Tenant);
        check(guests, QStringLiteral("rxAudioMute"), kFalse, SettingLevel::Global);
        QCOMPARE(guests->value(u"rxAudioMute").profileName, QStringLiteral("Global legs"));
        check(guests, QStringLiteral("participantLimit"), QStringLiteral("50"), SettingLevel::Tenant);
        QCOMPARE(guests->value(u"participantLimit").profileId, tenantCalls);
        check(guests, QStringLiteral("txVideoMute"), QString(), SettingLevel::Default);
    }

    void deletedProfileIsReportedMissing()
    {
        const QString doomed = create(*m_cluster, QStringLiteral("callLegProfiles"),
                                      {{QStringLiteral("name"), QStringLiteral("Doomed")},
                                       {QStringLiteral("needsActivation"), kFalse}});
        const QString space = create(*m_cluster, QStringLiteral("coSpaces"),
                                     {{QStringLiteral("name"), QStringLiteral("Doomed room")},
                                      {QStringLiteral("uri"), QStringLiteral("doomed.room")},
                                      {QStringLiteral("callLegProfile"), doomed}});
        QVERIFY(!space.isEmpty());
        // Gone behind the API's back, as another administrator could do between two reads.
        m_cluster->store().table(QStringLiteral("callLegProfiles")).remove(doomed);

        EffectiveSettingsLoader loader(*m_connection);
        const EffectiveSettings s = load(loader, space);
        QCOMPARE(s.missingProfiles, QStringList{doomed});
        check(s.guests(), QStringLiteral("needsActivation"), QString(), SettingLevel::Default);
    }

    void unknownSpaceFails()
    {
        EffectiveSettingsLoader loader(*m_connection);
        CmsError error;
        const EffectiveSettings s = load(loader, QStringLiteral("00000000-0000-0000-0000-000000000000"), &error);
        QVERIFY(s.isEmpty());
        QCOMPARE(error.kind, CmsError::Kind::ServerRefused);
        QCOMPARE(error.reason, QStringLiteral("coSpaceDoesNotExist"));
        QVERIFY(!loader.isLoading());
    }

    void profilesAreReadOncePerLoader()
    {
        EffectiveSettingsLoader loader(*m_connection);
        QCOMPARE(load(loader, m_seed.guestHostSpaceIds.at(0)).ways.size(), 2);
        // Change the guest profile on the server: the loader keeps what it read until clearCache().
        cmssim::ConfigObject *guest
            = m_cluster->store().table(QStringLiteral("callLegProfiles")).find(m_seed.guestProfileId);
        QVERIFY(guest);
        guest->fields.insert(QStringLiteral("deactivationMode"), QStringLiteral("disconnect"));
        check(load(loader, m_seed.guestHostSpaceIds.at(1)).guests(), QStringLiteral("deactivationMode"),
              QStringLiteral("deactivate"), SettingLevel::Space);
        loader.clearCache();
        check(load(loader, m_seed.guestHostSpaceIds.at(1)).guests(), QStringLiteral("deactivationMode"),
              QStringLiteral("disconnect"), SettingLevel::Space);
        guest->fields.insert(QStringLiteral("deactivationMode"), QStringLiteral("deactivate"));
    }

    void aNewLoadReplacesTheOneInProgress()
    {
        EffectiveSettingsLoader loader(*m_connection);
        QSignalSpy loaded(&loader, &EffectiveSettingsLoader::loaded);
        QSignalSpy failed(&loader, &EffectiveSettingsLoader::failed);
        loader.load(m_seed.guestHostSpaceIds.at(0));
        loader.load(m_seed.guestHostSpaceIds.at(3));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QTest::qWait(200);   // nothing more arrives from the first load
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loaded.first().first().value<EffectiveSettings>().spaceId, m_seed.guestHostSpaceIds.at(3));
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;
    cmssim::SeedResult m_seed;
};

QTEST_GUILESS_MAIN(TestEffectiveSettingsLoader)
#include "tst_effectivesettingsloader.moc"
