// The schema of CMS object types: lookups, paths, versions, validation and the table's own consistency.
#include "schema/schema.h"

#include <QSet>
#include <QtTest>

using namespace cms;
using namespace Qt::StringLiterals;

namespace {

const QString guid = u"6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f"_s;
const QString guid2 = u"0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;

const ObjectType &typeOf(const QString &collection)
{
    const ObjectType *type = Schema::find(collection);
    if (!type)
        qFatal("no type %s", qPrintable(collection));
    return *type;
}

QStringList fieldsAtFault(const QList<ValidationIssue> &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

QString messages(const QList<ValidationIssue> &issues)
{
    QStringList all;
    for (const ValidationIssue &issue : issues)
        all.append(issue.field + u": "_s + issue.message);
    return all.join(u" | ");
}

QList<ValidationIssue> update(
    const QString &collection, const QString &name, const QString &value, int version = 0)
{
    return Schema::validate(typeOf(collection), {{name, value}}, WriteMode::Update, version);
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findIsCaseInsensitive_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("collection");
        QTest::newRow("documented") << u"coSpaces"_s << u"coSpaces"_s;
        QTest::newRow("lower") << u"cospaces"_s << u"coSpaces"_s;
        QTest::newRow("upper") << u"CALLLEGS"_s << u"callLegs"_s;
        QTest::newRow("singleton") << u"System/Status"_s << u"system/status"_s;
        QTest::newRow("api prefix") << u"/api/v1/callLegProfiles/"_s << u"callLegProfiles"_s;
        QTest::newRow("child by name") << u"accessmethods"_s << u"accessMethods"_s;
        QTest::newRow("nested") << u"coSpaces/%1/accessMethods"_s.arg(guid) << u"accessMethods"_s;
        QTest::newRow("nested upper")
            << u"COSPACES/%1/ACCESSMETHODS"_s.arg(guid.toUpper()) << u"accessMethods"_s;
        QTest::newRow("members") << u"coSpaces/%1/coSpaceUsers"_s.arg(guid) << u"coSpaceUsers"_s;
        QTest::newRow("call's participants") << u"calls/%1/participants"_s.arg(guid) << u"participants"_s;
        QTest::newRow("user's templates")
            << u"users/%1/userCoSpaceTemplates"_s.arg(guid) << u"userCoSpaceTemplates"_s;
        QTest::newRow("object") << u"calls/%1"_s.arg(guid) << u"calls"_s;
        QTest::newRow("bulk, as documented") << u"cospaceBulkSyncs"_s << u"cospaceBulkSyncs"_s;
        QTest::newRow("unknown") << u"spaces"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void findIsCaseInsensitive()
    {
        QFETCH(QString, query);
        QFETCH(QString, collection);
        const ObjectType *type = Schema::find(query);
        QCOMPARE(type ? type->collection : QString(), collection);
    }

    // A translated UI never shows an API value such as "remainActivated" as text: every value of every
    // enumerated field has a phrase of its own.
    void everyEnumValueHasAPhrase()
    {
        int checked = 0;
        for (const ObjectType &type : Schema::all()) {
            for (const FieldDef &field : type.fields) {
                if (field.type != FieldType::Enum)
                    continue;
                for (const QString &value : field.enumValues) {
                    QVERIFY2(field.hasValueText(value) && field.valueText(value) != value,
                             qPrintable(type.collection + QLatin1Char('.') + field.name + QLatin1Char('=') + value));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 40);
        const FieldDef *mode = Schema::find(u"callProfiles")->field(u"passcodeMode");
        const FieldDef *encryption = Schema::find(u"callLegProfiles")->field(u"sipMediaEncryption");
        QVERIFY(mode && encryption);
        QCOMPARE(mode->valueText(QStringLiteral("required")), QStringLiteral("Must be entered"));   // by field
        QCOMPARE(encryption->valueText(QStringLiteral("required")), QStringLiteral("Required"));
    }

    void findByElement()
    {
        QCOMPARE(Schema::findByElement(u"coSpace")->collection, u"coSpaces"_s);
        QCOMPARE(Schema::findByElement(u"callleg")->collection, u"callLegs"_s);
        QCOMPARE(Schema::findByElement(u"status")->collection, u"system/status"_s);
        QVERIFY(!Schema::findByElement(u"space"));
    }

    void resolvePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("parentId");
        QTest::addColumn<QString>("objectId");
        QTest::addColumn<QString>("apiPath");
        const QString none;
        QTest::newRow("collection") << u"cospaces"_s << u"coSpaces"_s << none << none << u"coSpaces"_s;
        QTest::newRow("object") << u"/api/v1/coSpaces/%1"_s.arg(guid) << u"coSpaces"_s << none << guid
                                << u"coSpaces/%1"_s.arg(guid);
        QTest::newRow("children") << u"cospaces/%1/accessmethods"_s.arg(guid) << u"accessMethods"_s << guid
                                  << none << u"coSpaces/%1/accessMethods"_s.arg(guid);
        QTest::newRow("child") << u"coSpaces/%1/coSpaceUsers/%2/"_s.arg(guid, guid2) << u"coSpaceUsers"_s
                               << guid << guid2 << u"coSpaces/%1/coSpaceUsers/%2"_s.arg(guid, guid2);
        QTest::newRow("templates") << u"coSpaceTemplates/%1/accessMethodTemplates"_s.arg(guid)
                                   << u"accessMethodTemplates"_s << guid << none
                                   << u"coSpaceTemplates/%1/accessMethodTemplates"_s.arg(guid);
        QTest::newRow("live, top level") << u"participants/%1"_s.arg(guid) << u"participants"_s << none
                                         << guid << u"participants/%1"_s.arg(guid);
        QTest::newRow("live, under a call") << u"calls/%1/callLegs"_s.arg(guid) << u"callLegs"_s << guid
                                            << none << u"calls/%1/callLegs"_s.arg(guid);
        QTest::newRow("all participants") << u"calls/%1/participants/*"_s.arg(guid) << u"participants"_s
                                          << guid << u"*"_s << u"calls/%1/participants/*"_s.arg(guid);
        QTest::newRow("singleton") << u"system/profiles"_s << u"system/profiles"_s << none << none
                                   << u"system/profiles"_s;
        QTest::newRow("child needs its parent") << u"accessMethods"_s << none << none << none << none;
        QTest::newRow("id is not a GUID") << u"coSpaces/nmae"_s << none << none << none << none;
        QTest::newRow("not a child") << u"coSpaces/%1/participants"_s.arg(guid) << none << none << none
                                     << none;
        QTest::newRow("unknown child") << u"coSpaces/%1/members"_s.arg(guid) << none << none << none << none;
        QTest::newRow("empty segment") << u"coSpaces//accessMethods"_s << none << none << none << none;
        QTest::newRow("too deep") << u"coSpaces/%1/accessMethods/%1/x"_s.arg(guid) << none << none << none
                                  << none;
        QTest::newRow("star needs a call") << u"participants/*"_s << none << none << none << none;
        QTest::newRow("star only for participants")
            << u"coSpaces/%1/accessMethods/*"_s.arg(guid) << none << none << none << none;
        QTest::newRow("singleton has no id")
            << u"system/status/%1"_s.arg(guid) << none << none << none << none;
        QTest::newRow("system alone") << u"system"_s << none << none << none << none;
        QTest::newRow("empty") << QString() << none << none << none << none;
    }

    void resolvePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, collection);
        QFETCH(QString, parentId);
        QFETCH(QString, objectId);
        QFETCH(QString, apiPath);
        const ResolvedPath resolved = Schema::resolvePath(path);
        QCOMPARE(resolved.isValid(), !collection.isEmpty());
        QCOMPARE(resolved.type ? resolved.type->collection : QString(), collection);
        QCOMPARE(resolved.parentId, parentId);
        QCOMPARE(resolved.objectId, objectId);
        QCOMPARE(resolved.apiPath(), apiPath);
    }

    void versionNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::newRow("patch") << u"3.8.1"_s << 308;
        QTest::newRow("release candidate") << u"2.0(RC)"_s << 200;
        QTest::newRow("two digits") << u"3.10"_s << 310;
        QTest::newRow("minor") << u"2.9"_s << 209;
        QTest::newRow("spaces") << u" 3.2 "_s << 302;
        QTest::newRow("major only") << u"3"_s << 300;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("words") << u"unknown"_s << 0;
        QTest::newRow("no minor") << u"3.x"_s << 0;
        QTest::newRow("minor too big") << u"3.100"_s << 0;
    }

    void versionNumber()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QCOMPARE(Schema::versionNumber(text), number);
    }

    void versionString()
    {
        QCOMPARE(Schema::versionString(302), u"3.2"_s);
        QCOMPARE(Schema::versionString(310), u"3.10"_s);
        QCOMPARE(Schema::versionString(200), u"2.0"_s);
    }

    void values_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto row
            = [](const char *tag, const QString &collection, const QString &name, const QString &value,
                  bool valid) { QTest::newRow(tag) << collection << name << value << valid; };
        const QString spaces = u"coSpaces"_s;
        const QString callProfiles = u"callProfiles"_s;
        const QString legProfiles = u"callLegProfiles"_s;
        const QString bulk = u"cospaceBulkParameterSets"_s;

        row("call ID", spaces, u"callId"_s, u"1234567"_s, true);
        row("call ID, letter", spaces, u"callId"_s, u"12a4"_s, false);
        row("call ID, sign", spaces, u"callId"_s, u"-12"_s, false);
        row("call ID, longest", spaces, u"callId"_s, QString(20, u'9'), true);
        row("call ID, too long", spaces, u"callId"_s, QString(21, u'9'), false);
        row("call ID, unset", spaces, u"callId"_s, QString(), true);
        row("passcode", spaces, u"passcode"_s, u"0042"_s, true);
        row("passcode, space", spaces, u"passcode"_s, u"12 34"_s, false);
        row("passcode, too long", spaces, u"passcode"_s, QString(33, u'1'), false);
        row("access method passcode", u"accessMethods"_s, u"passcode"_s, u"12#"_s, false);

        row("bool true", spaces, u"nonMemberAccess"_s, u"true"_s, true);
        row("bool false", spaces, u"nonMemberAccess"_s, u"false"_s, true);
        row("bool capital", spaces, u"nonMemberAccess"_s, u"True"_s, false);
        row("bool digit", spaces, u"nonMemberAccess"_s, u"1"_s, false);
        row("bool yes", legProfiles, u"needsActivation"_s, u"yes"_s, false);

        row("participant limit", callProfiles, u"participantLimit"_s, u"1000"_s, true);
        row("participant limit zero", callProfiles, u"participantLimit"_s, u"0"_s, false);
        row("participant limit negative", callProfiles, u"participantLimit"_s, u"-1"_s, false);
        row("participant limit fraction", callProfiles, u"participantLimit"_s, u"1.5"_s, false);
        row("participant limit above 32 bits", callProfiles, u"participantLimit"_s, u"2147483648"_s, false);
        row("participant limit huge", callProfiles, u"participantLimit"_s, u"99999999999999999999"_s, false);
        row("tenant participant limit", u"tenants"_s, u"participantLimit"_s, u"0"_s, false);
        row("passcode timeout", callProfiles, u"passcodeTimeout"_s, u"10"_s, true);
        row("passcode timeout zero", callProfiles, u"passcodeTimeout"_s, u"0"_s, false);
        row("passcode timeout words", callProfiles, u"passcodeTimeout"_s, u"ten"_s, false);
        row("deactivation time zero", legProfiles, u"deactivationModeTime"_s, u"0"_s, true);
        row("deactivation time", legProfiles, u"deactivationModeTime"_s, u"30"_s, true);
        row("deactivation time negative", legProfiles, u"deactivationModeTime"_s, u"-5"_s, false);
        row("deactivation time unit", legProfiles, u"deactivationModeTime"_s, u"30s"_s, false);
        row("min passcode length", u"dialInSecurityProfiles"_s, u"minPasscodeLength"_s, u"6"_s, true);
        row("min passcode length above max", u"dialInSecurityProfiles"_s, u"minPasscodeLength"_s, u"33"_s,
            false);
        row("join tone threshold", legProfiles, u"joinToneParticipantThreshold"_s, u"0"_s, true);

        row("layout", legProfiles, u"defaultLayout"_s, u"allEqual"_s, true);
        row("layout onePlusN", legProfiles, u"defaultLayout"_s, u"onePlusN"_s, true);
        row("layout wrong case", legProfiles, u"defaultLayout"_s, u"allequal"_s, false);
        row("layout unknown", spaces, u"defaultLayout"_s, u"grid"_s, false);
        row("space layout", spaces, u"defaultLayout"_s, u"speakerOnly"_s, true);
        row("deactivation mode", legProfiles, u"deactivationMode"_s, u"remainActivated"_s, true);
        row("deactivation mode unknown", legProfiles, u"deactivationMode"_s, u"stay"_s, false);
        row("lock mode", callProfiles, u"lockMode"_s, u"needsActivation"_s, true);
        row("lock mode unknown", callProfiles, u"lockMode"_s, u"none"_s, false);
        row("recording mode", callProfiles, u"recordingMode"_s, u"automatic"_s, true);
        row("recording mode unknown", callProfiles, u"recordingMode"_s, u"auto"_s, false);
        row("streaming mode", callProfiles, u"streamingMode"_s, u"manual"_s, true);
        row("passcode mode", callProfiles, u"passcodeMode"_s, u"timeout"_s, true);
        row("passcode mode unknown", callProfiles, u"passcodeMode"_s, u"optional"_s, false);
        row("scope", u"accessMethods"_s, u"scope"_s, u"private"_s, true);
        row("scope member", u"accessMethods"_s, u"scope"_s, u"member"_s, true);
        row("scope unknown", u"accessMethods"_s, u"scope"_s, u"secret"_s, false);
        row("quality main", legProfiles, u"qualityMain"_s, u"max720p30"_s, true);
        row("quality main unknown", legProfiles, u"qualityMain"_s, u"max720p5"_s, false);
        row("quality presentation", legProfiles, u"qualityPresentation"_s, u"max720p5"_s, true);
        row("participant counter", legProfiles, u"participantCounter"_s, u"auto"_s, true);
        row("participant counter unknown", legProfiles, u"participantCounter"_s, u"sometimes"_s, false);
        row("media encryption", legProfiles, u"sipMediaEncryption"_s, u"prohibited"_s, true);
        row("media encryption unknown", legProfiles, u"sipMediaEncryption"_s, u"none"_s, false);
        row("leg layout", u"callLegs"_s, u"chosenLayout"_s, u"stacked"_s, true);
        row("leg layout unknown", u"callLegs"_s, u"chosenLayout"_s, u"tiled"_s, false);

        row("uri", spaces, u"uri"_s, u"meeting.room-1"_s, true);
        row("uri underscore", spaces, u"uri"_s, u"team_alpha"_s, true);
        row("uri escape", spaces, u"uri"_s, u"a%20b"_s, true);
        row("uri with domain", spaces, u"uri"_s, u"room@example.com"_s, false);
        row("uri with space", spaces, u"uri"_s, u"my room"_s, false);
        row("uri with hash", spaces, u"uri"_s, u"room#1"_s, false);
        row("uri with accent", spaces, u"uri"_s, u"réunion"_s, false);
        row("uri short escape", spaces, u"uri"_s, u"a%2"_s, false);
        row("uri bad escape", spaces, u"uri"_s, u"a%zz"_s, false);
        row("uri too long", spaces, u"uri"_s, QString(255, u'a'), false);
        row("secondary uri", spaces, u"secondaryUri"_s, u"sales"_s, true);
        row("secondary uri with domain", spaces, u"secondaryUri"_s, u"sales@x"_s, false);
        row("access method uri", u"accessMethods"_s, u"uri"_s, u"host room"_s, false);

        row("generator", u"accessMethodTemplates"_s, u"uriGenerator"_s, u"$.guest"_s, true);
        row("generator suffix", u"accessMethodTemplates"_s, u"uriGenerator"_s, u"host-$_1"_s, true);
        row("generator without $", u"accessMethodTemplates"_s, u"uriGenerator"_s, u"guest"_s, false);
        row("generator with two $", u"accessMethodTemplates"_s, u"uriGenerator"_s, u"$.$"_s, false);
        row("generator with space", u"accessMethodTemplates"_s, u"uriGenerator"_s, u"$ guest"_s, false);
        row("generator with @", u"accessMethodTemplates"_s, u"uriGenerator"_s, u"$@guest"_s, false);

        row("name mapping", bulk, u"coSpaceNameMapping"_s, u"TMS_Scheduled_Meeting_$index$"_s, true);
        row("name mapping without index", bulk, u"coSpaceNameMapping"_s, u"Meeting"_s, false);
        row("name mapping with two", bulk, u"coSpaceNameMapping"_s, u"$index$-$index$"_s, false);
        row("name mapping unset", bulk, u"coSpaceNameMapping"_s, QString(), true);
        row("uri mapping", bulk, u"coSpaceUriMapping"_s, u"meeting.$index$"_s, true);
        row("uri mapping with space", bulk, u"coSpaceUriMapping"_s, u"meeting $index$"_s, false);
        row("call ID mapping", bulk, u"coSpaceCallIdMapping"_s, u"8800$index$"_s, true);
        row("call ID mapping with letter", bulk, u"coSpaceCallIdMapping"_s, u"88x$index$"_s, false);
        row("index", bulk, u"startIndex"_s, u"1"_s, true);

        row("reference", spaces, u"tenant"_s, guid, true);
        row("reference upper case", spaces, u"callLegProfile"_s, guid.toUpper(), true);
        row("reference name", spaces, u"callLegProfile"_s, u"guests"_s, false);
        row("reference short", spaces, u"callProfile"_s, guid.left(35), false);
        row("reference unset", spaces, u"callLegProfile"_s, QString(), true);
        row("jid", spaces, u"ownerJid"_s, u"alice@example.com"_s, true);
        row("jid without domain", spaces, u"ownerJid"_s, u"alice"_s, false);
        row("jid empty domain", spaces, u"ownerJid"_s, u"alice@"_s, false);
        row("jid with space", spaces, u"ownerJid"_s, u"a b@example.com"_s, false);
        row("stream url", spaces, u"streamUrl"_s, u"rtmp://stream.example.com/live/key"_s, true);
        row("stream url without scheme", spaces, u"streamUrl"_s, u"stream.example.com/live"_s, false);
        row("bridge address", u"callBridges"_s, u"address"_s, u"https://10.0.0.31:445"_s, true);
        row("bridge address without scheme", u"callBridges"_s, u"address"_s, u"10.0.0.31:445"_s, false);
        row("cdr tag", spaces, u"cdrTag"_s, QString(100, u'x'), true);
        row("cdr tag too long", spaces, u"cdrTag"_s, QString(101, u'x'), false);
        row("name, any text", spaces, u"name"_s, u"Réunion d’équipe #3 @ Paris"_s, true);

        row("leg mute", u"callLegs"_s, u"rxAudioMute"_s, u"true"_s, true);
        row("leg importance", u"callLegs"_s, u"importance"_s, u"5"_s, true);
        row("call lock", u"calls"_s, u"locked"_s, u"true"_s, true);
        row("call recording", u"calls"_s, u"recording"_s, u"maybe"_s, false);
        row("participant admitted", u"participants"_s, u"deactivated"_s, u"false"_s, true);
        row("system call leg profile", u"system/profiles"_s, u"callLegProfile"_s, guid, true);
    }

    void values()
    {
        QFETCH(QString, collection);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QList<ValidationIssue> issues = update(collection, name, value);
        if (valid) {
            QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
        } else {
            QCOMPARE(fieldsAtFault(issues), QStringList {name});
            QVERIFY(!issues.first().message.isEmpty());
        }
        QCOMPARE(Schema::checkValue(*typeOf(collection).field(name), value).isEmpty(), valid);
    }

    void messagesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uri names the character") << u"coSpaces"_s << u"uri"_s << u"room#1"_s << u"“#”"_s;
        QTest::newRow("uri says user part") << u"coSpaces"_s << u"uri"_s << u"a@b"_s << u"@"_s;
        QTest::newRow("uri says spaces") << u"coSpaces"_s << u"uri"_s << u"a b"_s << u"spaces"_s;
        QTest::newRow("digits name the character") << u"coSpaces"_s << u"callId"_s << u"12a"_s << u"“a”"_s;
        QTest::newRow("digits give the limit")
            << u"coSpaces"_s << u"passcode"_s << QString(40, u'1') << u"32"_s;
        QTest::newRow("enum lists values")
            << u"callLegProfiles"_s << u"deactivationMode"_s << u"x"_s << u"“remainActivated”"_s;
        QTest::newRow("range") << u"dialInSecurityProfiles"_s << u"minPasscodeLength"_s << u"40"_s
                               << u"between 0 and 32"_s;
        QTest::newRow("minimum") << u"callProfiles"_s << u"participantLimit"_s << u"0"_s << u"1 or more"_s;
        QTest::newRow("label, not name") << u"coSpaces"_s << u"callId"_s << u"x"_s << u"Call ID"_s;
        QTest::newRow("generator") << u"accessMethodTemplates"_s << u"uriGenerator"_s << u"guest"_s << u"$"_s;
        QTest::newRow("mapping") << u"cospaceBulkParameterSets"_s << u"coSpaceUriMapping"_s << u"x"_s
                                 << u"$index$"_s;
        QTest::newRow("bool") << u"coSpaces"_s << u"nonMemberAccess"_s << u"yes"_s << u"“yes”"_s;
    }

    void messagesSayWhatIsWrong()
    {
        QFETCH(QString, collection);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QList<ValidationIssue> issues = update(collection, name, value);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(expected), qPrintable(issues.first().message));
        QVERIFY2(!issues.first().message.contains(u"%1"), qPrintable(issues.first().message));
    }

    void unknownParametersAreCaught_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("swapped letters") << u"nmae"_s << u"name"_s;
        QTest::newRow("wrong case") << u"callid"_s << u"callId"_s;
        QTest::newRow("missing letter") << u"pascode"_s << u"passcode"_s;
        QTest::newRow("two slips, long name") << u"defautLayot"_s << u"defaultLayout"_s;
        QTest::newRow("nothing close") << u"frobnicate"_s << QString();
        QTest::newRow("short and far") << u"id"_s << QString();
    }

    void unknownParametersAreCaught()
    {
        QFETCH(QString, name);
        QFETCH(QString, suggestion);
        const QList<ValidationIssue> issues = update(u"coSpaces"_s, name, u"x"_s);
        QCOMPARE(fieldsAtFault(issues), QStringList {name});
        const QString message = issues.first().message;
        QVERIFY2(message.contains(u"“%1”"_s.arg(name)), qPrintable(message));
        if (suggestion.isEmpty())
            QVERIFY2(!message.contains(u"mean"), qPrintable(message));
        else
            QVERIFY2(message.contains(u"“%1”?"_s.arg(suggestion)), qPrintable(message));
    }

    void accessRules_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fault"); // "-" when the request is fine; "" for the whole request
        QTest::newRow("read-only") << u"coSpaces"_s << false << u"autoGenerated"_s << u"true"_s
                                   << u"autoGenerated"_s;
        QTest::newRow("read-only count")
            << u"coSpaces"_s << true << u"numAccessMethods"_s << u"1"_s << u"numAccessMethods"_s;
        QTest::newRow("read-only live")
            << u"calls"_s << false << u"callCorrelator"_s << guid << u"callCorrelator"_s;
        QTest::newRow("read-only state")
            << u"callLegs"_s << false << u"status/state"_s << u"connected"_s << u"status/state"_s;
        QTest::newRow("create-only on update")
            << u"coSpaceUsers"_s << false << u"userJid"_s << u"a@b.c"_s << u"userJid"_s;
        QTest::newRow("create-only on create")
            << u"coSpaceUsers"_s << true << u"userJid"_s << u"a@b.c"_s << u"-"_s;
        QTest::newRow("requireCallId on update")
            << u"coSpaces"_s << false << u"requireCallId"_s << u"true"_s << u"requireCallId"_s;
        QTest::newRow("requireCallId on create")
            << u"coSpaces"_s << true << u"requireCallId"_s << u"true"_s << u"-"_s;
        QTest::newRow("regenerateSecret on create")
            << u"coSpaces"_s << true << u"regenerateSecret"_s << u"true"_s << u"regenerateSecret"_s;
        QTest::newRow("regenerateSecret on update")
            << u"accessMethods"_s << false << u"regenerateSecret"_s << u"true"_s << u"-"_s;
        QTest::newRow("start a call") << u"calls"_s << true << u"coSpace"_s << guid << u"-"_s;
        QTest::newRow("call's space is fixed") << u"calls"_s << false << u"coSpace"_s << guid << u"coSpace"_s;
        QTest::newRow("dial out") << u"callLegs"_s << true << u"remoteParty"_s << u"desk@example.com"_s
                                  << u"-"_s;
        QTest::newRow("admit from lobby on create")
            << u"participants"_s << true << u"deactivated"_s << u"false"_s << u"deactivated"_s;
        QTest::newRow("users are read-only") << u"users"_s << false << u"name"_s << u"x"_s << QString();
        QTest::newRow("users cannot be created") << u"users"_s << true << u"name"_s << u"x"_s << QString();
        QTest::newRow("status is read-only")
            << u"system/status"_s << false << u"activated"_s << u"true"_s << QString();
        QTest::newRow("system profiles are not created")
            << u"system/profiles"_s << true << u"callProfile"_s << guid << QString();
        QTest::newRow("syncs are not changed")
            << u"cospaceBulkSyncs"_s << false << u"removeAll"_s << u"true"_s << QString();
    }

    void accessRules()
    {
        QFETCH(QString, collection);
        QFETCH(bool, create);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, fault);
        const QList<ValidationIssue> issues = Schema::validate(
            typeOf(collection), {{name, value}}, create ? WriteMode::Create : WriteMode::Update);
        if (fault == u"-") {
            QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
        } else {
            QCOMPARE(fieldsAtFault(issues), QStringList {fault});
            QVERIFY(!issues.first().message.isEmpty());
        }
    }

    void requiredFieldsOnCreate()
    {
        const ObjectType &members = typeOf(u"coSpaceUsers"_s);
        QCOMPARE(fieldsAtFault(Schema::validate(members, {{u"canDestroy"_s, u"true"_s}}, WriteMode::Create)),
            QStringList {u"userJid"_s});
        QCOMPARE(fieldsAtFault(Schema::validate(members, {{u"userJid"_s, QString()}}, WriteMode::Create)),
            QStringList {u"userJid"_s});
        QVERIFY(Schema::validate(members, {{u"canDestroy"_s, u"true"_s}}, WriteMode::Update).isEmpty());

        const ObjectType &syncs = typeOf(u"cospaceBulkSyncs"_s);
        QCOMPARE(fieldsAtFault(Schema::validate(syncs, {}, WriteMode::Create)),
            QStringList {u"cospaceBulkParameterSet"_s});
        QVERIFY(Schema::validate(
            syncs, {{u"cospaceBulkParameterSet"_s, guid}, {u"removeAll"_s, u"true"_s}}, WriteMode::Create)
                    .isEmpty());
        QVERIFY(!Schema::checkValue(*syncs.field(u"cospaceBulkParameterSet"), QString()).isEmpty());
    }

    void emptyValueUnsetsOnUpdate()
    {
        const Schema::Params unset = {{u"callLegProfile"_s, QString()}, {u"passcode"_s, QString()},
            {u"defaultLayout"_s, QString()}, {u"nonMemberAccess"_s, QString()}, {u"uri"_s, QString()}};
        const QList<ValidationIssue> issues
            = Schema::validate(typeOf(u"coSpaces"_s), unset, WriteMode::Update);
        QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
    }

    void seedBulkCreateIsAccepted()
    {
        // The parameter set TMS creates in the source notes: empty URI and call ID mappings are sent as such.
        const Schema::Params params
            = {{u"startIndex"_s, u"1"_s}, {u"endIndex"_s, u"5"_s}, {u"coSpaceUriMapping"_s, QString()},
                {u"coSpaceNameMapping"_s, u"TMS_Scheduled_Meeting_$index$"_s},
                {u"coSpaceCallIdMapping"_s, QString()}, {u"callProfile"_s, guid},
                {u"nonMemberAccess"_s, u"false"_s}};
        const QList<ValidationIssue> issues
            = Schema::validate(typeOf(u"cospaceBulkParameterSets"_s), params, WriteMode::Create, 200);
        QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
    }

    void indexRangeIsChecked()
    {
        const ObjectType &sets = typeOf(u"cospaceBulkParameterSets"_s);
        const QList<ValidationIssue> issues = Schema::validate(
            sets, {{u"startIndex"_s, u"10"_s}, {u"endIndex"_s, u"5"_s}}, WriteMode::Create);
        QCOMPARE(fieldsAtFault(issues), QStringList {u"endIndex"_s});
        QVERIFY(
            Schema::validate(sets, {{u"startIndex"_s, u"5"_s}, {u"endIndex"_s, u"5"_s}}, WriteMode::Create)
                .isEmpty());
        QCOMPARE(fieldsAtFault(Schema::validate(sets, {{u"startIndex"_s, u"1"_s}}, WriteMode::Create)),
            QStringList {u"endIndex"_s});
    }

    void duplicateParameters()
    {
        const QList<ValidationIssue> issues = Schema::validate(
            typeOf(u"coSpaces"_s), {{u"name"_s, u"a"_s}, {u"name"_s, u"b"_s}}, WriteMode::Update);
        QCOMPARE(fieldsAtFault(issues), QStringList {u"name"_s});
    }

    void versionGating_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("mentioned"); // empty when accepted
        QTest::newRow("lock mode before 2.9")
            << u"callProfiles"_s << u"lockMode"_s << u"all"_s << 208 << u"2.9"_s;
        QTest::newRow("lock mode at 2.9")
            << u"callProfiles"_s << u"lockMode"_s << u"all"_s << 209 << QString();
        QTest::newRow("lock mode, version unknown")
            << u"callProfiles"_s << u"lockMode"_s << u"all"_s << 0 << QString();
        QTest::newRow("member scope at 3.1")
            << u"accessMethods"_s << u"scope"_s << u"member"_s << 301 << u"3.2"_s;
        QTest::newRow("member scope at 3.2")
            << u"accessMethods"_s << u"scope"_s << u"member"_s << 302 << QString();
        QTest::newRow("private scope at 3.1")
            << u"accessMethods"_s << u"scope"_s << u"private"_s << 301 << QString();
        QTest::newRow("access method name at 2.8")
            << u"accessMethods"_s << u"name"_s << u"Host"_s << 208 << u"2.9"_s;
        QTest::newRow("message board at 3.0")
            << u"callProfiles"_s << u"messageBoardEnabled"_s << u"false"_s << 300 << u"3.0"_s;
        QTest::newRow("message board at 2.9")
            << u"callProfiles"_s << u"messageBoardEnabled"_s << u"false"_s << 209 << QString();
        QTest::newRow("dial-in security at 2.9")
            << u"coSpaces"_s << u"dialInSecurityProfile"_s << guid << 209 << u"3.0"_s;
        QTest::newRow("passcode mode at 2.0")
            << u"callProfiles"_s << u"passcodeMode"_s << u"timeout"_s << 200 << u"2.1"_s;
        QTest::newRow("quality at 2.1")
            << u"callLegProfiles"_s << u"qualityMain"_s << u"max720p30"_s << 201 << u"2.2"_s;
        QTest::newRow("admit at 2.8")
            << u"participants"_s << u"deactivated"_s << u"false"_s << 208 << u"2.9"_s;
        QTest::newRow("admit at 3.8")
            << u"participants"_s << u"deactivated"_s << u"false"_s << 308 << QString();
    }

    void versionGating()
    {
        QFETCH(QString, collection);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, version);
        QFETCH(QString, mentioned);
        const QList<ValidationIssue> issues = update(collection, name, value, version);
        if (mentioned.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
        } else {
            QCOMPARE(fieldsAtFault(issues), QStringList {name});
            QVERIFY2(issues.first().message.contains(mentioned), qPrintable(issues.first().message));
        }
    }

    void typesGatedByVersion()
    {
        const ObjectType &profiles = typeOf(u"dialInSecurityProfiles"_s);
        const QList<ValidationIssue> issues
            = Schema::validate(profiles, {{u"name"_s, u"PIN"_s}}, WriteMode::Create, 209);
        QCOMPARE(fieldsAtFault(issues), QStringList {QString()});
        QVERIFY2(issues.first().message.contains(u"3.0"), qPrintable(issues.first().message));
        QVERIFY(Schema::validate(profiles, {{u"name"_s, u"PIN"_s}}, WriteMode::Create, 300).isEmpty());
        QVERIFY(!typeOf(u"coSpaceTemplates"_s).existsIn(208));
        QVERIFY(typeOf(u"coSpaceTemplates"_s).existsIn(209));
    }

    void enumValuesFollowTheVersion()
    {
        const FieldDef *scope = typeOf(u"accessMethods"_s).field(u"scope");
        QVERIFY(scope);
        QCOMPARE(scope->enumValuesFor(301), (QStringList {u"public"_s, u"private"_s}));
        QCOMPARE(scope->enumValuesFor(302), (QStringList {u"public"_s, u"private"_s, u"member"_s}));
        QCOMPARE(scope->enumValuesFor(0), scope->enumValues);
    }

    void fieldDescriptions()
    {
        const ObjectType &spaces = typeOf(u"coSpaces"_s);
        QCOMPARE(spaces.label(), u"Spaces"_s);
        QCOMPARE(spaces.field(u"callId")->label(), u"Call ID"_s);
        QVERIFY(spaces.field(u"passcode")->secret);
        QVERIFY(spaces.field(u"secret")->secret);
        QVERIFY(!spaces.field(u"name")->secret);
        QCOMPARE(spaces.field(u"nonMemberAccess")->defaultValue, u"true"_s);
        QVERIFY(spaces.field(u"regenerateSecret")->action);
        QVERIFY(!spaces.field(u"callid")); // parameter names are exact

        QStringList summary;
        for (const FieldDef *field : spaces.summaryFields())
            summary.append(field->name);
        QVERIFY(summary.contains(u"name"_s) && summary.contains(u"uri"_s) && summary.contains(u"callId"_s));
        QVERIFY(!summary.contains(u"passcode"_s));

        const ObjectType &legs = typeOf(u"callLegs"_s);
        QCOMPARE(legs.field(u"rxAudioMute")->readPath(), u"configuration/rxAudioMute"_s);
        QCOMPARE(legs.field(u"remoteParty")->readPath(), u"remoteParty"_s);
        QVERIFY(legs.live && typeOf(u"participants"_s).live && typeOf(u"calls"_s).live);
        QVERIFY(!spaces.live);
        QCOMPARE(typeOf(u"accessMethods"_s).parentCollection, u"coSpaces"_s);
    }

    void everyTypeOfTheApiIsDescribed()
    {
        const QStringList expected = {u"system/status"_s, u"system/profiles"_s, u"tenants"_s,
            u"callBridges"_s, u"callBridgeGroups"_s, u"coSpaces"_s, u"accessMethods"_s, u"coSpaceUsers"_s,
            u"users"_s, u"userCoSpaceTemplates"_s, u"callProfiles"_s, u"callLegProfiles"_s,
            u"dialInSecurityProfiles"_s, u"coSpaceTemplates"_s, u"accessMethodTemplates"_s,
            u"cospaceBulkParameterSets"_s, u"cospaceBulkSyncs"_s, u"calls"_s, u"callLegs"_s,
            u"participants"_s};
        QStringList collections;
        for (const ObjectType &type : Schema::all())
            collections.append(type.collection);
        QCOMPARE(collections, expected);

        const QStringList legFields = {u"name"_s, u"needsActivation"_s, u"deactivationMode"_s,
            u"deactivationModeTime"_s, u"defaultLayout"_s, u"changeLayoutAllowed"_s, u"participantLabels"_s,
            u"presentationContributionAllowed"_s, u"presentationViewingAllowed"_s, u"endCallAllowed"_s,
            u"muteOthersAllowed"_s, u"videoMuteOthersAllowed"_s, u"muteSelfAllowed"_s,
            u"videoMuteSelfAllowed"_s, u"disconnectOthersAllowed"_s, u"addParticipantAllowed"_s,
            u"rxAudioMute"_s, u"txAudioMute"_s, u"rxVideoMute"_s, u"txVideoMute"_s,
            u"joinToneParticipantThreshold"_s, u"leaveToneParticipantThreshold"_s, u"maxCallDurationTime"_s,
            u"qualityMain"_s, u"qualityPresentation"_s, u"participantCounter"_s, u"sipMediaEncryption"_s};
        for (const QString &name : legFields)
            QVERIFY2(typeOf(u"callLegProfiles"_s).field(name), qPrintable(name));
    }

    void tableIsConsistent()
    {
        QSet<QString> collections;
        QSet<QString> elements;
        for (const ObjectType &type : Schema::all()) {
            const QByteArray bytes = type.collection.toUtf8();
            const char *where = bytes.constData();
            QVERIFY2(!type.collection.isEmpty() && !type.element.isEmpty(), where);
            QVERIFY2(type.labelSource && !type.label().isEmpty(), where);
            QVERIFY2(!collections.contains(type.collection.toLower()), where);
            QVERIFY2(!elements.contains(type.element.toLower()), where);
            collections.insert(type.collection.toLower());
            elements.insert(type.element.toLower());
            QVERIFY2(type.singleton || type.missingReason.endsWith(u"DoesNotExist"), where);
            QVERIFY2(type.parentCollection.isEmpty() || Schema::find(type.parentCollection), where);
            QVERIFY2(type.topLevel || !type.parentCollection.isEmpty(), where);
            QVERIFY2(!type.fields.isEmpty(), where);
            checkFields(type);
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    void checkFields(const ObjectType &type)
    {
        QSet<QString> names;
        for (const FieldDef &field : type.fields) {
            const QByteArray bytes = (type.collection + u'.' + field.name).toUtf8();
            const char *where = bytes.constData();
            QVERIFY2(!field.name.isEmpty() && !names.contains(field.name), where);
            names.insert(field.name);
            QVERIFY2(field.labelSource && !field.label().isEmpty(), where);
            QCOMPARE(field.type == FieldType::Enum, !field.enumValues.isEmpty());
            QCOMPARE(field.type == FieldType::Reference, !field.referencedCollection.isEmpty());
            if (field.type == FieldType::Reference)
                QVERIFY2(Schema::find(field.referencedCollection), where);
            for (auto it = field.enumValueSince.cbegin(); it != field.enumValueSince.cend(); ++it)
                QVERIFY2(field.enumValues.contains(it.key()) && it.value() > field.since, where);
            QVERIFY2(
                field.type != FieldType::IndexMapping || field.mappedType != FieldType::IndexMapping, where);
            QVERIFY2(field.minimum <= field.maximum, where);
            // Length messages are written in the plural in English ("at most %n digits").
            QVERIFY2(field.maxLength == 0 || field.maxLength > 1, where);
            QVERIFY2(field.until == 0 || field.until > field.since, where);
            QVERIFY2(field.since == 0 || field.since >= type.since, where);
            QVERIFY2(field.defaultValue.isEmpty() || Schema::checkValue(field, field.defaultValue).isEmpty(),
                where);
            // Read-only fields can be neither required nor actions, and nothing is writable in a read-only
            // type.
            QVERIFY2(field.access != Access::ReadOnly || (!field.required && !field.action), where);
            QVERIFY2(type.writable() || field.access == Access::ReadOnly, where);
            QVERIFY2(!field.name.contains(u'/') || field.access == Access::ReadOnly, where);
            QVERIFY2(!field.required || field.isWritable(WriteMode::Create), where);
            QVERIFY2(!field.inListSummary || !field.action, where);
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
