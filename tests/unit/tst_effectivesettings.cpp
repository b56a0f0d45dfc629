// The resolution of effective settings on hand-made inputs: each level (global, tenant, space, access
// method, member) overrides the one above, a value the chosen profile leaves unset falls back up the
// chain, the server's default comes last, call profile values are the same for every way of joining,
// the space's own defaultLayout, unknown profiles and fields the server version lacks.
#include "config/effectivesettings.h"

#include <QtTest>

using namespace cms;

namespace {

ProfileValues profile(const QString &id, const QString &name, const QHash<QString, QString> &fields)
{
    return {id, name, fields};
}

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

// A space of the tenant "Acme" with every level referencing a profile of its own.
EffectiveSettingsInput fullChain()
{
    EffectiveSettingsInput in;
    in.callLegProfiles.insert(QStringLiteral("g"), profile(QStringLiteral("g"), QStringLiteral("Global legs"),
        {{QStringLiteral("needsActivation"), kFalse}, {QStringLiteral("defaultLayout"), QStringLiteral("allEqual")},
         {QStringLiteral("muteSelfAllowed"), kTrue}, {QStringLiteral("deactivationModeTime"), QStringLiteral("30")}}));
    in.callLegProfiles.insert(QStringLiteral("t"), profile(QStringLiteral("t"), QStringLiteral("Tenant legs"),
        {{QStringLiteral("defaultLayout"), QStringLiteral("speakerOnly")}, {QStringLiteral("changeLayoutAllowed"), kFalse}}));
    in.callLegProfiles.insert(QStringLiteral("guest"), profile(QStringLiteral("guest"), QStringLiteral("Guest"),
        {{QStringLiteral("needsActivation"), kTrue}, {QStringLiteral("deactivationMode"), QStringLiteral("deactivate")},
         {QStringLiteral("muteOthersAllowed"), kFalse}}));
    in.callLegProfiles.insert(QStringLiteral("host"), profile(QStringLiteral("host"), QStringLiteral("Host"),
        {{QStringLiteral("needsActivation"), kFalse}, {QStringLiteral("muteOthersAllowed"), kTrue}}));
    in.callLegProfiles.insert(QStringLiteral("chair"), profile(QStringLiteral("chair"), QStringLiteral("Chair"),
        {{QStringLiteral("needsActivation"), kFalse}, {QStringLiteral("changeLayoutAllowed"), kTrue}}));
    in.callProfiles.insert(QStringLiteral("gc"), profile(QStringLiteral("gc"), {},
        {{QStringLiteral("participantLimit"), QStringLiteral("200")}, {QStringLiteral("locked"), kFalse}}));
    in.callProfiles.insert(QStringLiteral("tc"), profile(QStringLiteral("tc"), {},
        {{QStringLiteral("participantLimit"), QStringLiteral("50")}}));
    in.callProfiles.insert(QStringLiteral("sc"), profile(QStringLiteral("sc"), {},
        {{QStringLiteral("passcodeMode"), QStringLiteral("timeout")}, {QStringLiteral("passcodeTimeout"), QStringLiteral("5")}}));
    in.globalCallLegProfile = QStringLiteral("g");
    in.globalCallProfile = QStringLiteral("gc");
    in.tenantName = QStringLiteral("Acme");
    in.tenantCallLegProfile = QStringLiteral("t");
    in.tenantCallProfile = QStringLiteral("tc");
    in.space.id = QStringLiteral("space-1");
    in.space.name = QStringLiteral("Town Hall");
    in.space.uri = QStringLiteral("townhall");
    in.space.callId = QStringLiteral("100200300");
    in.space.passcodeSet = true;
    in.space.tenant = QStringLiteral("tenant-1");
    in.space.callLegProfile = QStringLiteral("guest");
    in.space.callProfile = QStringLiteral("sc");
    in.accessMethods.append({QStringLiteral("am-1"), QStringLiteral("Hosts"), QStringLiteral("townhall.host"),
                             QStringLiteral("100200301"), true, QStringLiteral("private"), QStringLiteral("host")});
    in.accessMethods.append({QStringLiteral("am-2"), QStringLiteral("Plain"), QStringLiteral("townhall.plain"),
                             {}, false, {}, {}});
    in.members.append({QStringLiteral("user-1"), QStringLiteral("amina@example.com"), QStringLiteral("chair")});
    in.members.append({QStringLiteral("user-2"), QStringLiteral("bo@example.com"), {}});
    return in;
}

} // namespace

class TestEffectiveSettings : public QObject
{
    Q_OBJECT

private:
    static void check(const JoinWay *way, const QString &field, const QString &value, SettingLevel level,
                      const QString &profileId)
    {
        QVERIFY(way);
        const EffectiveValue v = way->value(field);
        QCOMPARE(v.field, field);
        QCOMPARE(v.value, value);
        QCOMPARE(v.level, level);
        QCOMPARE(v.profileId, profileId);
    }

private Q_SLOTS:
    void waysInOrder()
    {
        const EffectiveSettings s = EffectiveSettings::resolve(fullChain());
        QCOMPARE(s.ways.size(), 5);
        QCOMPARE(s.ways.at(0).kind, JoinKind::Guests);
        QCOMPARE(s.ways.at(0).uri, QStringLiteral("townhall"));
        QCOMPARE(s.ways.at(0).callId, QStringLiteral("100200300"));
        QVERIFY(s.ways.at(0).passcodeSet);
        QCOMPARE(s.ways.at(1).kind, JoinKind::AccessMethod);
        QCOMPARE(s.ways.at(1).name, QStringLiteral("Hosts"));
        QVERIFY(s.ways.at(1).passcodeSet);
        QCOMPARE(s.ways.at(2).id, QStringLiteral("am-2"));
        QVERIFY(!s.ways.at(2).passcodeSet);
        QCOMPARE(s.ways.at(3).kind, JoinKind::Member);
        QCOMPARE(s.ways.at(3).userJid, QStringLiteral("amina@example.com"));
        QCOMPARE(s.ways.at(4).userJid, QStringLiteral("bo@example.com"));
        QCOMPARE(s.spaceName, QStringLiteral("Town Hall"));
        QCOMPARE(s.tenantName, QStringLiteral("Acme"));
        QVERIFY(s.missingProfiles.isEmpty());
        // Every way lists every field, in schema order.
        for (const JoinWay &way : s.ways) {
            QCOMPARE(way.callLegValues.size(), EffectiveSettings::callLegFields().size());
            QCOMPARE(way.callValues.size(), EffectiveSettings::callFields().size());
            QCOMPARE(way.callLegValues.first().field, QStringLiteral("needsActivation"));
        }
        QVERIFY(!EffectiveSettings::callLegFields().contains(QStringLiteral("name")));
    }

    void guestsFollowSpaceTenantGlobal()
    {
        const EffectiveSettings s = EffectiveSettings::resolve(fullChain());
        const JoinWay *guests = s.guests();
        check(guests, QStringLiteral("needsActivation"), kTrue, SettingLevel::Space, QStringLiteral("guest"));
        QCOMPARE(guests->value(u"needsActivation").profileName, QStringLiteral("Guest"));
        check(guests, QStringLiteral("deactivationMode"), QStringLiteral("deactivate"), SettingLevel::Space,
              QStringLiteral("guest"));
        // Unset in the space's profile: the tenant's, then the global one.
        check(guests, QStringLiteral("changeLayoutAllowed"), kFalse, SettingLevel::Tenant, QStringLiteral("t"));
        check(guests, QStringLiteral("defaultLayout"), QStringLiteral("speakerOnly"), SettingLevel::Tenant,
              QStringLiteral("t"));
        check(guests, QStringLiteral("muteSelfAllowed"), kTrue, SettingLevel::Global, QStringLiteral("g"));
        check(guests, QStringLiteral("deactivationModeTime"), QStringLiteral("30"), SettingLevel::Global,
              QStringLiteral("g"));
        // Set nowhere: the server's default (the schema knows none here).
        check(guests, QStringLiteral("rxAudioMute"), QString(), SettingLevel::Default, QString());
    }

    void accessMethodOverridesTheSpace()
    {
        const EffectiveSettings s = EffectiveSettings::resolve(fullChain());
        const JoinWay *hosts = s.accessMethod(QStringLiteral("am-1"));
        check(hosts, QStringLiteral("needsActivation"), kFalse, SettingLevel::AccessMethod, QStringLiteral("host"));
        check(hosts, QStringLiteral("muteOthersAllowed"), kTrue, SettingLevel::AccessMethod, QStringLiteral("host"));
        // The host profile leaves deactivationMode unset: the space's guest profile still applies.
        check(hosts, QStringLiteral("deactivationMode"), QStringLiteral("deactivate"), SettingLevel::Space,
              QStringLiteral("guest"));
        check(hosts, QStringLiteral("changeLayoutAllowed"), kFalse, SettingLevel::Tenant, QStringLiteral("t"));

        // An access method without a profile of its own is joined like the space.
        const JoinWay *plain = s.accessMethod(QStringLiteral("am-2"));
        check(plain, QStringLiteral("needsActivation"), kTrue, SettingLevel::Space, QStringLiteral("guest"));
    }

    void memberOverridesTheSpace()
    {
        const EffectiveSettings s = EffectiveSettings::resolve(fullChain());
        const JoinWay *chair = s.member(QStringLiteral("user-1"));
        check(chair, QStringLiteral("needsActivation"), kFalse, SettingLevel::Member, QStringLiteral("chair"));
        check(chair, QStringLiteral("changeLayoutAllowed"), kTrue, SettingLevel::Member, QStringLiteral("chair"));
        check(chair, QStringLiteral("muteOthersAllowed"), kFalse, SettingLevel::Space, QStringLiteral("guest"));
        const JoinWay *plain = s.member(QStringLiteral("user-2"));
        check(plain, QStringLiteral("needsActivation"), kTrue, SettingLevel::Space, QStringLiteral("guest"));
    }

    void callProfileValuesAreTheSameForEveryWay()
    {
        const EffectiveSettings s = EffectiveSettings::resolve(fullChain());
        for (const JoinWay &way : s.ways) {
            check(&way, QStringLiteral("passcodeMode"), QStringLiteral("timeout"), SettingLevel::Space,
                  QStringLiteral("sc"));
            check(&way, QStringLiteral("passcodeTimeout"), QStringLiteral("5"), SettingLevel::Space,
                  QStringLiteral("sc"));
            check(&way, QStringLiteral("participantLimit"), QStringLiteral("50"), SettingLevel::Tenant,
                  QStringLiteral("tc"));
            check(&way, QStringLiteral("locked"), kFalse, SettingLevel::Global, QStringLiteral("gc"));
            check(&way, QStringLiteral("recordingMode"), QString(), SettingLevel::Default, QString());
            QCOMPARE(way.value(u"passcodeMode").kind, ProfileKind::Call);
            QVERIFY(way.value(u"passcodeMode").profileName.isEmpty());   // call profiles have no name
        }
    }

    void unsetLevelsAreSkipped()
    {
        EffectiveSettingsInput in = fullChain();
        in.space.callLegProfile.clear();
        in.tenantCallLegProfile.clear();
        in.space.callProfile.clear();
        const EffectiveSettings s = EffectiveSettings::resolve(in);
        check(s.guests(), QStringLiteral("needsActivation"), kFalse, SettingLevel::Global, QStringLiteral("g"));
        check(s.guests(), QStringLiteral("defaultLayout"), QStringLiteral("allEqual"), SettingLevel::Global,
              QStringLiteral("g"));
        check(s.accessMethod(QStringLiteral("am-1")), QStringLiteral("needsActivation"), kFalse,
              SettingLevel::AccessMethod, QStringLiteral("host"));
        check(s.guests(), QStringLiteral("passcodeMode"), QString(), SettingLevel::Default, QString());

        // No profile anywhere: every value is the server's default.
        EffectiveSettingsInput bare;
        bare.space.id = QStringLiteral("s");
        const EffectiveSettings b = EffectiveSettings::resolve(bare);
        QCOMPARE(b.ways.size(), 1);
        for (const EffectiveValue &v : b.guests()->callLegValues + b.guests()->callValues)
            QCOMPARE(v.level, SettingLevel::Default);
    }

    void spaceDefaultLayoutField()
    {
        EffectiveSettingsInput in = fullChain();
        in.space.defaultLayout = QStringLiteral("telepresence");
        in.callLegProfiles[QStringLiteral("host")].fields.insert(QStringLiteral("defaultLayout"),
                                                                 QStringLiteral("stacked"));
        const EffectiveSettings s = EffectiveSettings::resolve(in);
        // Before the space's profile and the tenant's…
        check(s.guests(), QStringLiteral("defaultLayout"), QStringLiteral("telepresence"), SettingLevel::Space, QString());
        check(s.member(QStringLiteral("user-1")), QStringLiteral("defaultLayout"), QStringLiteral("telepresence"),
              SettingLevel::Space, QString());
        // …after an access method's profile that sets it.
        check(s.accessMethod(QStringLiteral("am-1")), QStringLiteral("defaultLayout"), QStringLiteral("stacked"),
              SettingLevel::AccessMethod, QStringLiteral("host"));

        // Also when no profile is referenced at all.
        EffectiveSettingsInput bare;
        bare.space.id = QStringLiteral("s");
        bare.space.defaultLayout = QStringLiteral("allEqualQuarters");
        check(EffectiveSettings::resolve(bare).guests(), QStringLiteral("defaultLayout"),
              QStringLiteral("allEqualQuarters"), SettingLevel::Space, QString());
    }

    void unknownProfilesSetNothing()
    {
        EffectiveSettingsInput in = fullChain();
        in.callLegProfiles.remove(QStringLiteral("host"));
        const EffectiveSettings s = EffectiveSettings::resolve(in);
        QCOMPARE(s.missingProfiles, QStringList{QStringLiteral("host")});
        check(s.accessMethod(QStringLiteral("am-1")), QStringLiteral("needsActivation"), kTrue, SettingLevel::Space,
              QStringLiteral("guest"));
    }

    void fieldsFollowTheServerVersion()
    {
        QVERIFY(EffectiveSettings::callFields().contains(QStringLiteral("messageBoardEnabled")));
        QVERIFY(EffectiveSettings::callFields(208).contains(QStringLiteral("messageBoardEnabled")));
        QVERIFY(!EffectiveSettings::callFields(208).contains(QStringLiteral("lockMode")));
        QVERIFY(!EffectiveSettings::callFields(308).contains(QStringLiteral("messageBoardEnabled")));
        QVERIFY(EffectiveSettings::callFields(308).contains(QStringLiteral("lockMode")));
        QVERIFY(!EffectiveSettings::callLegFields(201).contains(QStringLiteral("qualityMain")));

        EffectiveSettingsInput in = fullChain();
        in.serverVersion = 308;
        const EffectiveSettings s = EffectiveSettings::resolve(in);
        QVERIFY(s.guests()->value(u"messageBoardEnabled").field.isEmpty());
        QCOMPARE(s.guests()->callValues.size(), EffectiveSettings::callFields(308).size());
    }

    void levelNames()
    {
        QCOMPARE(EffectiveSettings::levelName(SettingLevel::Global), QStringLiteral("Global"));
        QCOMPARE(EffectiveSettings::levelName(SettingLevel::Tenant), QStringLiteral("Tenant"));
        QCOMPARE(EffectiveSettings::levelName(SettingLevel::Space), QStringLiteral("Space"));
        QCOMPARE(EffectiveSettings::levelName(SettingLevel::AccessMethod), QStringLiteral("Access method"));
        QCOMPARE(EffectiveSettings::levelName(SettingLevel::Member), QStringLiteral("Member"));
        QCOMPARE(EffectiveSettings::levelName(SettingLevel::Default), QStringLiteral("Default"));
    }
};

QTEST_GUILESS_MAIN(TestEffectiveSettings)
#include "tst_effectivesettings.moc"
