// ObjectChange: an edit sends only what changed (an emptied field unsets), a refusal lands on the field
// it concerns, and bad input is refused before anything is sent.
#include "net/connection.h"
#include "api/endpoint.h"
#include "config/objectchange.h"
#include "schema/schema.h"

#include <QSignalSpy>
#include <QtTest>

using cms::CmsError;
using cms::ObjectChange;

namespace {

const cms::ObjectType &spaces()
{
    const cms::ObjectType *type = cms::Schema::find(u"coSpaces");
    Q_ASSERT(type);
    return *type;
}

ObjectChange::Values loadedSpace()
{
    return {{QStringLiteral("name"), QStringLiteral("Sales weekly")},
            {QStringLiteral("uri"), QStringLiteral("sales.weekly")},
            {QStringLiteral("callId"), QStringLiteral("4000123")},
            {QStringLiteral("passcode"), QStringLiteral("2468")},
            {QStringLiteral("nonMemberAccess"), QStringLiteral("true")}};
}

} // namespace

class TestObjectChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedSendsNothing()
    {
        QVERIFY(ObjectChange::changedParams(spaces(), loadedSpace(), loadedSpace()).isEmpty());
    }

    void onlyTheChangedFieldIsSent()
    {
        ObjectChange::Values edited = loadedSpace();
        edited.insert(QStringLiteral("name"), QStringLiteral("Sales – weekly"));
        const ObjectChange::Params expected = {{QStringLiteral("name"), QStringLiteral("Sales – weekly")}};
        QCOMPARE(ObjectChange::changedParams(spaces(), loadedSpace(), edited), expected);
    }

    void anEmptiedFieldIsSentEmptyToUnset()
    {
        ObjectChange::Values edited = loadedSpace();
        edited.insert(QStringLiteral("passcode"), QString());
        const ObjectChange::Params expected = {{QStringLiteral("passcode"), QString()}};
        QCOMPARE(ObjectChange::changedParams(spaces(), loadedSpace(), edited), expected);
    }

    void aFieldSetForTheFirstTimeIsSent()
    {
        ObjectChange::Values edited = loadedSpace();
        edited.insert(QStringLiteral("secondaryUri"), QStringLiteral("sales.video"));
        edited.insert(QStringLiteral("cdrTag"), QString());   // unset before, unset now: not a change
        const ObjectChange::Params expected = {{QStringLiteral("secondaryUri"), QStringLiteral("sales.video")}};
        QCOMPARE(ObjectChange::changedParams(spaces(), loadedSpace(), edited), expected);
    }

    void fieldsLeftOutOfTheEditAreNotTouched()
    {
        const ObjectChange::Values edited = {{QStringLiteral("uri"), QStringLiteral("sales.monthly")}};
        const ObjectChange::Params expected = {{QStringLiteral("uri"), QStringLiteral("sales.monthly")}};
        QCOMPARE(ObjectChange::changedParams(spaces(), loadedSpace(), edited), expected);
    }

    void changesFollowTheSchemaOrder()
    {
        ObjectChange::Values edited = loadedSpace();
        edited.insert(QStringLiteral("passcode"), QStringLiteral("1357"));
        edited.insert(QStringLiteral("name"), QStringLiteral("Sales"));
        edited.insert(QStringLiteral("zzFuture"), QStringLiteral("x"));   // unknown to the schema: last
        const ObjectChange::Params expected = {{QStringLiteral("name"), QStringLiteral("Sales")},
                                               {QStringLiteral("passcode"), QStringLiteral("1357")},
                                               {QStringLiteral("zzFuture"), QStringLiteral("x")}};
        QCOMPARE(ObjectChange::changedParams(spaces(), loadedSpace(), edited), expected);
    }

    void refusalsMapToTheirField_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("sent");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *reason, QStringList sent, const char *field) {
            QTest::newRow(name) << QString::fromLatin1(reason) << sent << QString::fromLatin1(field);
        };
        row("duplicate uri", "duplicateCoSpaceUri", {QStringLiteral("name"), QStringLiteral("uri")}, "uri");
        row("duplicate uri, nothing sent", "duplicateCoSpaceUri", {}, "uri");
        row("duplicate secondary uri", "duplicateCoSpaceUri", {QStringLiteral("secondaryUri")}, "secondaryUri");
        row("duplicate call id", "duplicateCoSpaceId", {QStringLiteral("callId")}, "callId");
        row("duplicate uri+passcode", "duplicateCoSpaceUriPasscode", {QStringLiteral("uri")}, "uri");
        row("duplicate id+passcode", "duplicateCoSpaceIdPasscode", {QStringLiteral("passcode")}, "passcode");
        row("duplicate secret", "duplicateCoSpaceSecret", {}, "secret");
        row("passcode too short", "passcodeTooShort", {}, "passcode");
        row("call leg profile", "callLegProfileDoesNotExist", {}, "callLegProfile");
        row("call profile", "callProfileDoesNotExist", {}, "callProfile");
        row("tenant", "tenantDoesNotExist", {}, "tenant");
        row("dial-in security", "dialInSecurityProfileDoesNotExist", {}, "dialInSecurityProfile");
        row("owner", "userDoesNotExist", {QStringLiteral("ownerJid")}, "ownerJid");
        row("member already there", "duplicateCoSpaceUser", {QStringLiteral("userJid")}, "userJid");
        row("whole request", "invalidOperation", {QStringLiteral("name")}, "");
        row("unknown reason", "someFutureReason", {QStringLiteral("name")}, "");
    }

    void refusalsMapToTheirField()
    {
        QFETCH(QString, reason);
        QFETCH(QStringList, sent);
        QFETCH(QString, field);
        ObjectChange::Params params;
        for (const QString &name : sent)
            params.append({name, QStringLiteral("x")});
        QCOMPARE(ObjectChange::fieldForError(CmsError::refused(400, reason), params), field);
    }

    // A reason that fits several fields, none of them sent: the first the object type has.
    void aRefusalOfFieldsNotSentFallsOnTheTypesOwnField()
    {
        const cms::ObjectType *members = cms::Schema::find(u"coSpaceUsers");
        QVERIFY(members);
        const CmsError missingUser = CmsError::refused(400, QStringLiteral("userDoesNotExist"));
        QCOMPARE(ObjectChange::fieldForError(missingUser, {}, members), QStringLiteral("userJid"));
        QCOMPARE(ObjectChange::fieldForError(missingUser, {}, &spaces()), QStringLiteral("ownerJid"));
        QCOMPARE(ObjectChange::fieldForError(missingUser, {}), QStringLiteral("ownerJid"));
    }

    void aParameterErrorNamesItsParameter()
    {
        const CmsError error = CmsError::refused(400, QStringLiteral("parameterError"), QStringLiteral("cdrTag"),
                                                 QStringLiteral("invalidValue"));
        QCOMPARE(ObjectChange::fieldForError(error), QStringLiteral("cdrTag"));
    }

    void otherFailuresConcernNoField()
    {
        QCOMPARE(ObjectChange::fieldForError(CmsError(CmsError::Kind::Network)), QString());
        QCOMPARE(ObjectChange::fieldForError(CmsError(CmsError::Kind::Timeout)), QString());
        QCOMPARE(ObjectChange::fieldForError(CmsError::invalidInput(QStringLiteral("uri"), QStringLiteral("bad"))),
                 QStringLiteral("uri"));
    }

    // Nothing listens on the endpoint: a request sent would fail as a network error, not as these.
    void badInputIsRefusedBeforeSending()
    {
        cms::Connection connection({unreachable()});
        ObjectChange change(connection, spaces(), cms::WriteMode::Update);
        QSignalSpy finished(&change, &ObjectChange::finished);
        change.start(QStringLiteral("coSpaces/x"), {{QStringLiteral("callId"), QStringLiteral("12ab")}});
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!change.isOk());
        QVERIFY(!change.requestSent());
        QCOMPARE(change.error().kind, CmsError::Kind::InvalidInput);
        QCOMPARE(change.errorField(), QStringLiteral("callId"));
        // At the field, the reason alone: the field says which.
        QCOMPARE(change.errorFieldText(), change.error().sentence);
        QVERIFY(!change.errorFieldText().isEmpty());
    }

    void anEditWithoutChangesSucceedsWithoutARequest()
    {
        cms::Connection connection({unreachable()});
        ObjectChange change(connection, spaces(), cms::WriteMode::Update);
        QSignalSpy finished(&change, &ObjectChange::finished);
        change.start(QStringLiteral("coSpaces/x"), {});
        QVERIFY(finished.wait(2000));
        QVERIFY(change.isOk());
        QVERIFY(!change.requestSent());
    }

private:
    static cms::Endpoint unreachable()
    {
        cms::Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
        return endpoint;
    }
};

QTEST_GUILESS_MAIN(TestObjectChange)
#include "tst_objectchange.moc"
