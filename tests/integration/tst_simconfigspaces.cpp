// Conformance of the simulator's configuration API, part 2: the rules of spaces, access methods and
// members (uniqueness, generated values, PUT semantics), users, dial-in security, templates and
// profiles (cms-api.md sections 1 and 4, guest/host patterns of section 8).
#include "simconfigfixture.h"

#include <QRegularExpression>

using namespace cmssim;

class TestSimConfigSpaces : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConfigFixture> m_sim;

    QString space(const Form &form) { return m_sim->create(QStringLiteral("coSpaces"), form); }
    static QString spacePath(const QString &id) { return QStringLiteral("coSpaces/") + id; }
    static QString methodsPath(const QString &spaceId) { return spacePath(spaceId) + QStringLiteral("/accessMethods"); }
    static QString membersPath(const QString &spaceId) { return spacePath(spaceId) + QStringLiteral("/coSpaceUsers"); }

    void expectFailure(const HttpResult &r, const QString &reason, std::source_location where = std::source_location::current())
    {
        const QString message = QStringLiteral("expected %1, got %2").arg(reason, describe(r));
        if (r.status != 400 || r.failureReason() != reason)
            QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    }

    int total(const QString &collection) { return m_sim->read(collection).attribute(QStringLiteral("total")).toInt(); }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<ConfigFixture>(); }
    void cleanup() { m_sim.reset(); }

    // --- uniqueness ---------------------------------------------------------------------------

    void duplicateUriIsRefusedWhateverItsCase()
    {
        const QString first = space({{QStringLiteral("uri"), QStringLiteral("Sales.Team")}});
        QCOMPARE(m_sim->read(spacePath(first)).value(QStringLiteral("uri")), QStringLiteral("sales.team"));
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("sales.team")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("SALES.TEAM")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        const QString second = space({{QStringLiteral("uri"), QStringLiteral("other")}});
        expectFailure(m_sim->put(spacePath(second), {{QStringLiteral("uri"), QStringLiteral("Sales.team")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        QCOMPARE(m_sim->read(spacePath(second)).value(QStringLiteral("uri")), QStringLiteral("other"));
        QCOMPARE(total(QStringLiteral("coSpaces")), 2);
    }

    void secondaryUriSharesTheUriNamespace()
    {
        space({{QStringLiteral("uri"), QStringLiteral("main")}, {QStringLiteral("secondaryUri"), QStringLiteral("Alias")}});
        QCOMPARE(m_sim->read(QStringLiteral("coSpaces")).value(QStringLiteral("coSpace/secondaryUri")), QStringLiteral("alias"));
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("ALIAS")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("secondaryUri"), QStringLiteral("Main")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("secondaryUri"), QStringLiteral("alias")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        QCOMPARE(total(QStringLiteral("coSpaces")), 1);
    }

    void duplicateCallIdIsRefused()
    {
        space({{QStringLiteral("callId"), QStringLiteral("1001")}});
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("callId"), QStringLiteral("1001")}}),
                      QStringLiteral("duplicateCoSpaceId"));
        const QString other = space({{QStringLiteral("callId"), QStringLiteral("1002")}});
        expectFailure(m_sim->put(spacePath(other), {{QStringLiteral("callId"), QStringLiteral("1001")}}),
                      QStringLiteral("duplicateCoSpaceId"));
        QCOMPARE(m_sim->read(spacePath(other)).value(QStringLiteral("callId")), QStringLiteral("1002"));
    }

    void duplicateSecretIsRefused()
    {
        const QString first = space({{QStringLiteral("callId"), QStringLiteral("2001")}});
        const QString secret = m_sim->read(spacePath(first)).value(QStringLiteral("secret"));
        QVERIFY(!secret.isEmpty());
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("callId"), QStringLiteral("2002")},
                                                               {QStringLiteral("secret"), secret}}),
                      QStringLiteral("duplicateCoSpaceSecret"));
        const QString second = space({{QStringLiteral("callId"), QStringLiteral("2003")}});
        expectFailure(m_sim->put(spacePath(second), {{QStringLiteral("secret"), secret}}), QStringLiteral("duplicateCoSpaceSecret"));
        const QString method = m_sim->create(methodsPath(second), {{QStringLiteral("callId"), QStringLiteral("2004")}});
        expectFailure(m_sim->put(methodsPath(second) + QLatin1Char('/') + method, {{QStringLiteral("secret"), secret}}),
                      QStringLiteral("duplicateCoSpaceSecret"));
        // Its own secret is no clash.
        m_sim->change(spacePath(first), {{QStringLiteral("secret"), secret}, {QStringLiteral("name"), QStringLiteral("same")}});
    }

    void rewritingItsOwnValuesIsNoDuplicate()
    {
        const QString id = space({{QStringLiteral("uri"), QStringLiteral("mine")}, {QStringLiteral("secondaryUri"), QStringLiteral("mine2")},
                                  {QStringLiteral("callId"), QStringLiteral("3001")}});
        m_sim->change(spacePath(id), {{QStringLiteral("uri"), QStringLiteral("MINE")}, {QStringLiteral("secondaryUri"), QStringLiteral("mine2")},
                                      {QStringLiteral("callId"), QStringLiteral("3001")}});
        // Swapping uri and secondaryUri within one space is no clash either.
        m_sim->change(spacePath(id), {{QStringLiteral("uri"), QStringLiteral("mine2")}, {QStringLiteral("secondaryUri"), QStringLiteral("mine")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("uri")), QStringLiteral("mine2"));
    }

    void accessMethodRepeatingAWayIntoItsSpaceIsRefused()
    {
        const QString id = space({{QStringLiteral("uri"), QStringLiteral("team")}, {QStringLiteral("callId"), QStringLiteral("4001")},
                                  {QStringLiteral("passcode"), QStringLiteral("1111")}});
        expectFailure(m_sim->post(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("TEAM")}, {QStringLiteral("passcode"), QStringLiteral("1111")}}),
                      QStringLiteral("duplicateCoSpaceUriPasscode"));
        expectFailure(m_sim->post(methodsPath(id), {{QStringLiteral("callId"), QStringLiteral("4001")}, {QStringLiteral("passcode"), QStringLiteral("1111")}}),
                      QStringLiteral("duplicateCoSpaceIdPasscode"));
        // Between two access methods of the space, too.
        m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("team.host")}, {QStringLiteral("callId"), QStringLiteral("4002")}});
        expectFailure(m_sim->post(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("team.host")}}),
                      QStringLiteral("duplicateCoSpaceUriPasscode"));
        expectFailure(m_sim->post(methodsPath(id), {{QStringLiteral("callId"), QStringLiteral("4002")}}),
                      QStringLiteral("duplicateCoSpaceIdPasscode"));
        QCOMPARE(total(methodsPath(id)), 1);
        // And when an access method or the space itself is changed to repeat another way in.
        const QString second = m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("team.other")}, {QStringLiteral("passcode"), QStringLiteral("1111")}});
        expectFailure(m_sim->put(methodsPath(id) + QLatin1Char('/') + second, {{QStringLiteral("uri"), QStringLiteral("team")}}),
                      QStringLiteral("duplicateCoSpaceUriPasscode"));
        QCOMPARE(m_sim->read(methodsPath(id) + QLatin1Char('/') + second).value(QStringLiteral("uri")), QStringLiteral("team.other"));
        m_sim->change(methodsPath(id) + QLatin1Char('/') + second, {{QStringLiteral("uri"), QStringLiteral("team")}, {QStringLiteral("passcode"), QStringLiteral("2222")}});
        expectFailure(m_sim->put(spacePath(id), {{QStringLiteral("uri"), QStringLiteral("team.host")}, {QStringLiteral("passcode"), QString()}}),
                      QStringLiteral("duplicateCoSpaceUriPasscode"));
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("passcode")), QStringLiteral("1111"));
    }

    void secondaryUriIsAWayIntoItsSpaceToo()
    {
        const QString id = space({{QStringLiteral("uri"), QStringLiteral("main")}, {QStringLiteral("secondaryUri"), QStringLiteral("alias")},
                                  {QStringLiteral("passcode"), QStringLiteral("1111")}});
        expectFailure(m_sim->post(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("ALIAS")}, {QStringLiteral("passcode"), QStringLiteral("1111")}}),
                      QStringLiteral("duplicateCoSpaceUriPasscode"));
        // Another passcode tells them apart.
        m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("alias")}, {QStringLiteral("passcode"), QStringLiteral("2222")}});
        // The space cannot take, as its secondary URI, an access method's URI with the same passcode.
        m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("host")}});
        expectFailure(m_sim->put(spacePath(id), {{QStringLiteral("secondaryUri"), QStringLiteral("host")}, {QStringLiteral("passcode"), QString()}}),
                      QStringLiteral("duplicateCoSpaceUriPasscode"));
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("secondaryUri")), QStringLiteral("alias"));
    }

    void sameUriWithAnotherPasscodeIsAllowed()
    {
        // Guest and host pattern 2: one URI, the guest PIN on the space, the host PIN on an access method.
        const QString guest = m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("needsActivation"), QStringLiteral("true")}});
        const QString host = m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("needsActivation"), QStringLiteral("false")}});
        const QString id = space({{QStringLiteral("uri"), QStringLiteral("meet")}, {QStringLiteral("callId"), QStringLiteral("5001")},
                                  {QStringLiteral("passcode"), QStringLiteral("1234")}, {QStringLiteral("callLegProfile"), guest}});
        const QString method = m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("meet")}, {QStringLiteral("callId"), QStringLiteral("5002")},
                                                               {QStringLiteral("passcode"), QStringLiteral("9876")}, {QStringLiteral("callLegProfile"), host}});
        const XmlNode am = m_sim->read(methodsPath(id) + QLatin1Char('/') + method);
        QCOMPARE(am.value(QStringLiteral("uri")), QStringLiteral("meet"));
        QCOMPARE(am.value(QStringLiteral("callLegProfile")), host);
        // Same call ID with another passcode too; and an empty passcode differs from a set one (pattern 3).
        m_sim->create(methodsPath(id), {{QStringLiteral("callId"), QStringLiteral("5001")}, {QStringLiteral("passcode"), QStringLiteral("5555")}});
        m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("meet")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("numAccessMethods")), QStringLiteral("3"));
    }

    void uriOrCallIdOfAnotherSpaceIsRefusedEvenThroughAccessMethods()
    {
        const QString a = space({{QStringLiteral("uri"), QStringLiteral("alpha")}, {QStringLiteral("callId"), QStringLiteral("6001")}});
        const QString b = space({{QStringLiteral("uri"), QStringLiteral("beta")}});
        expectFailure(m_sim->post(methodsPath(b), {{QStringLiteral("uri"), QStringLiteral("Alpha")}, {QStringLiteral("passcode"), QStringLiteral("1")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        expectFailure(m_sim->post(methodsPath(b), {{QStringLiteral("callId"), QStringLiteral("6001")}, {QStringLiteral("passcode"), QStringLiteral("1")}}),
                      QStringLiteral("duplicateCoSpaceId"));
        // A space cannot take what an access method of another space has.
        m_sim->create(methodsPath(a), {{QStringLiteral("uri"), QStringLiteral("alpha.host")}, {QStringLiteral("callId"), QStringLiteral("6002")}});
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("alpha.host")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        expectFailure(m_sim->put(spacePath(b), {{QStringLiteral("secondaryUri"), QStringLiteral("ALPHA.HOST")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        expectFailure(m_sim->put(spacePath(b), {{QStringLiteral("callId"), QStringLiteral("6002")}}), QStringLiteral("duplicateCoSpaceId"));
        // Nor can an access method of another space.
        expectFailure(m_sim->post(methodsPath(b), {{QStringLiteral("uri"), QStringLiteral("alpha.host")}, {QStringLiteral("passcode"), QStringLiteral("7")}}),
                      QStringLiteral("duplicateCoSpaceUri"));
        QCOMPARE(total(methodsPath(b)), 0);
    }

    void deletingASpaceFreesItsUrisAndCallIds()
    {
        const QString a = space({{QStringLiteral("uri"), QStringLiteral("reuse")}, {QStringLiteral("secondaryUri"), QStringLiteral("reuse2")},
                                 {QStringLiteral("callId"), QStringLiteral("7001")}});
        m_sim->create(methodsPath(a), {{QStringLiteral("uri"), QStringLiteral("reuse.host")}, {QStringLiteral("callId"), QStringLiteral("7002")}});
        QCOMPARE(m_sim->del(spacePath(a)).status, 200);
        QCOMPARE(m_sim->get(spacePath(a)).failureReason(), QStringLiteral("coSpaceDoesNotExist"));
        QCOMPARE(m_sim->get(methodsPath(a)).failureReason(), QStringLiteral("coSpaceDoesNotExist"));
        const QString b = space({{QStringLiteral("uri"), QStringLiteral("reuse")}, {QStringLiteral("secondaryUri"), QStringLiteral("reuse2")},
                                 {QStringLiteral("callId"), QStringLiteral("7001")}});
        m_sim->create(methodsPath(b), {{QStringLiteral("uri"), QStringLiteral("reuse.host")}, {QStringLiteral("callId"), QStringLiteral("7002")}});
        QCOMPARE(total(QStringLiteral("coSpaces")), 1);
    }

    void deletingOrChangingAnAccessMethodFreesItsValues()
    {
        const QString a = space({{QStringLiteral("uri"), QStringLiteral("a")}});
        const QString b = space({{QStringLiteral("uri"), QStringLiteral("b")}});
        const QString method = m_sim->create(methodsPath(a), {{QStringLiteral("uri"), QStringLiteral("am")}, {QStringLiteral("callId"), QStringLiteral("8001")}});
        m_sim->change(methodsPath(a) + QLatin1Char('/') + method, {{QStringLiteral("uri"), QStringLiteral("am2")}});
        m_sim->create(methodsPath(b), {{QStringLiteral("uri"), QStringLiteral("am")}});
        QCOMPARE(m_sim->del(methodsPath(a) + QLatin1Char('/') + method).status, 200);
        m_sim->create(methodsPath(b), {{QStringLiteral("uri"), QStringLiteral("am2")}, {QStringLiteral("callId"), QStringLiteral("8001")}});
        m_sim->change(spacePath(a), {{QStringLiteral("uri"), QString()}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("a")}});
    }

    // --- generated values ---------------------------------------------------------------------

    void secretIsGeneratedOnceACallIdExists()
    {
        const QString id = space({{QStringLiteral("name"), QStringLiteral("no call id")}});
        QVERIFY(!m_sim->read(spacePath(id)).has(QStringLiteral("secret")));
        m_sim->change(spacePath(id), {{QStringLiteral("callId"), QStringLiteral("9001")}});
        const QString secret = m_sim->read(spacePath(id)).value(QStringLiteral("secret"));
        QVERIFY(!secret.isEmpty());
        m_sim->change(spacePath(id), {{QStringLiteral("name"), QStringLiteral("renamed")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("secret")), secret);

        const QString withCallId = space({{QStringLiteral("callId"), QStringLiteral("9002")}});
        const QString other = m_sim->read(spacePath(withCallId)).value(QStringLiteral("secret"));
        QVERIFY(!other.isEmpty());
        QVERIFY(other != secret);
        const QString method = m_sim->create(methodsPath(withCallId), {{QStringLiteral("callId"), QStringLiteral("9003")}});
        const QString methodSecret = m_sim->read(methodsPath(withCallId) + QLatin1Char('/') + method).value(QStringLiteral("secret"));
        QVERIFY(!methodSecret.isEmpty());
        QVERIFY(methodSecret != other);
    }

    void regenerateSecretGivesANewOne()
    {
        const QString id = space({{QStringLiteral("callId"), QStringLiteral("9101")}});
        const QString before = m_sim->read(spacePath(id)).value(QStringLiteral("secret"));
        m_sim->change(spacePath(id), {{QStringLiteral("regenerateSecret"), QStringLiteral("false")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("secret")), before);
        m_sim->change(spacePath(id), {{QStringLiteral("regenerateSecret"), QStringLiteral("true")}});
        const XmlNode after = m_sim->read(spacePath(id));
        QVERIFY(!after.value(QStringLiteral("secret")).isEmpty());
        QVERIFY(after.value(QStringLiteral("secret")) != before);
        QVERIFY(!after.has(QStringLiteral("regenerateSecret")));   // an action, never stored
        const HttpResult invalid = m_sim->put(spacePath(id), {{QStringLiteral("regenerateSecret"), QStringLiteral("please")}});
        expectFailure(invalid, QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(invalid), QStringLiteral("regenerateSecret"));

        const QString method = m_sim->create(methodsPath(id), {{QStringLiteral("callId"), QStringLiteral("9102")}});
        const QString methodPath = methodsPath(id) + QLatin1Char('/') + method;
        const QString methodBefore = m_sim->read(methodPath).value(QStringLiteral("secret"));
        m_sim->change(methodPath, {{QStringLiteral("regenerateSecret"), QStringLiteral("true")}});
        QVERIFY(m_sim->read(methodPath).value(QStringLiteral("secret")) != methodBefore);
        // The old secret is free again.
        m_sim->change(methodPath, {{QStringLiteral("secret"), before}});
    }

    void requireCallIdGeneratesANineDigitCallId()
    {
        const QString id = space({{QStringLiteral("requireCallId"), QStringLiteral("true")}});
        const XmlNode detail = m_sim->read(spacePath(id));
        static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
        QVERIFY2(nineDigits.match(detail.value(QStringLiteral("callId"))).hasMatch(), qPrintable(detail.value(QStringLiteral("callId"))));
        QVERIFY(!detail.value(QStringLiteral("secret")).isEmpty());
        QVERIFY(!detail.has(QStringLiteral("requireCallId")));
        const QString other = space({{QStringLiteral("requireCallId"), QStringLiteral("true")}});
        QVERIFY(m_sim->read(spacePath(other)).value(QStringLiteral("callId")) != detail.value(QStringLiteral("callId")));
        // A given call ID is kept; false generates nothing.
        QCOMPARE(m_sim->read(spacePath(space({{QStringLiteral("requireCallId"), QStringLiteral("true")}, {QStringLiteral("callId"), QStringLiteral("42")}})))
                     .value(QStringLiteral("callId")),
                 QStringLiteral("42"));
        QVERIFY(!m_sim->read(spacePath(space({{QStringLiteral("requireCallId"), QStringLiteral("false")}}))).has(QStringLiteral("callId")));
        // POST only: a PUT ignores it.
        const QString plain = space({});
        m_sim->change(spacePath(plain), {{QStringLiteral("requireCallId"), QStringLiteral("true")}});
        QVERIFY(!m_sim->read(spacePath(plain)).has(QStringLiteral("callId")));
    }

    // --- PUT semantics and what GET shows -----------------------------------------------------

    void putChangesOnlyTheSentParameters()
    {
        const QString profile = m_sim->create(QStringLiteral("callLegProfiles"), {});
        const QString id = space({{QStringLiteral("name"), QStringLiteral("Board")}, {QStringLiteral("uri"), QStringLiteral("board")},
                                  {QStringLiteral("passcode"), QStringLiteral("2468")}, {QStringLiteral("defaultLayout"), QStringLiteral("speakerOnly")},
                                  {QStringLiteral("callLegProfile"), profile}, {QStringLiteral("cdrTag"), QStringLiteral("tag")}});
        const XmlNode before = m_sim->read(spacePath(id));
        m_sim->change(spacePath(id), {{QStringLiteral("name"), QStringLiteral("Board room")}});
        const XmlNode after = m_sim->read(spacePath(id));
        QCOMPARE(after.value(QStringLiteral("name")), QStringLiteral("Board room"));
        QCOMPARE(after.children.size(), before.children.size());
        for (const XmlNode &field : before.children) {
            if (field.name != QLatin1String("name"))
                QCOMPARE(after.value(field.name), field.text);
        }
    }

    void emptyValueUnsetsTheField()
    {
        const QString profile = m_sim->create(QStringLiteral("callLegProfiles"), {});
        const QString id = space({{QStringLiteral("name"), QStringLiteral("Unset")}, {QStringLiteral("callLegProfile"), profile},
                                  {QStringLiteral("passcode"), QStringLiteral("1234")}, {QStringLiteral("nonMemberAccess"), QStringLiteral("false")}});
        m_sim->change(spacePath(id), {{QStringLiteral("callLegProfile"), QString()}, {QStringLiteral("passcode"), QString()},
                                      {QStringLiteral("nonMemberAccess"), QString()}});
        const XmlNode detail = m_sim->read(spacePath(id));
        QVERIFY(!detail.has(QStringLiteral("callLegProfile")));
        QVERIFY(!detail.has(QStringLiteral("passcode")));
        QCOMPARE(detail.value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));   // back to the default
        QCOMPARE(detail.value(QStringLiteral("name")), QStringLiteral("Unset"));
        QCOMPARE(m_sim->read(QStringLiteral("coSpaces?callLegProfileFilter=") + profile).attribute(QStringLiteral("total")), QStringLiteral("0"));
        // An empty value on POST sets nothing.
        const QString other = space({{QStringLiteral("callLegProfile"), QString()}, {QStringLiteral("uri"), QString()}});
        QVERIFY(!m_sim->read(spacePath(other)).has(QStringLiteral("callLegProfile")));
        QVERIFY(!m_sim->read(spacePath(other)).has(QStringLiteral("uri")));
    }

    void unknownParametersAreIgnored()
    {
        const QString id = space({{QStringLiteral("name"), QStringLiteral("Known")}, {QStringLiteral("futureField"), QStringLiteral("x")},
                                  {QStringLiteral("panePlacementHighestImportance"), QStringLiteral("1")}});
        const XmlNode detail = m_sim->read(spacePath(id));
        QCOMPARE(detail.value(QStringLiteral("name")), QStringLiteral("Known"));
        QVERIFY(!detail.has(QStringLiteral("futureField")));
        m_sim->change(spacePath(id), {{QStringLiteral("futureField"), QStringLiteral("y")}, {QStringLiteral("name"), QStringLiteral("Still")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("name")), QStringLiteral("Still"));
        // Read-only fields sent by a client are ignored too.
        m_sim->change(spacePath(id), {{QStringLiteral("numAccessMethods"), QStringLiteral("7")}, {QStringLiteral("autoGenerated"), QStringLiteral("true")}});
        const XmlNode after = m_sim->read(spacePath(id));
        QCOMPARE(after.value(QStringLiteral("numAccessMethods")), QStringLiteral("0"));
        QCOMPARE(after.value(QStringLiteral("autoGenerated")), QStringLiteral("false"));
        QCOMPARE(m_sim->del(spacePath(id)).status, 200);
    }

    void nonMemberAccessDefaultsToTrue()
    {
        const QString id = space({{QStringLiteral("name"), QStringLiteral("Default")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));
        m_sim->change(spacePath(id), {{QStringLiteral("nonMemberAccess"), QStringLiteral("false")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));
    }

    void listItemsAreSummariesAndTheDetailHasEveryField()
    {
        const QString tenant = m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("name"), QStringLiteral("T")}});
        const QString profile = m_sim->create(QStringLiteral("callLegProfiles"), {});
        const QString id = space({{QStringLiteral("name"), QStringLiteral("Full")}, {QStringLiteral("uri"), QStringLiteral("full")},
                                  {QStringLiteral("secondaryUri"), QStringLiteral("full2")}, {QStringLiteral("callId"), QStringLiteral("1234567")},
                                  {QStringLiteral("passcode"), QStringLiteral("4321")}, {QStringLiteral("defaultLayout"), QStringLiteral("onePlusN")},
                                  {QStringLiteral("tenant"), tenant}, {QStringLiteral("callLegProfile"), profile},
                                  {QStringLiteral("ownerJid"), QStringLiteral("owner@example.com")}, {QStringLiteral("streamUrl"), QStringLiteral("rtmp://s/x")}});
        m_sim->create(methodsPath(id), {{QStringLiteral("uri"), QStringLiteral("full.host")}, {QStringLiteral("passcode"), QStringLiteral("1")}});
        m_sim->create(methodsPath(id), {{QStringLiteral("callId"), QStringLiteral("7654321")}});

        const XmlNode list = m_sim->read(QStringLiteral("coSpaces"));
        QCOMPARE(list.children.size(), 1);
        const XmlNode &item = list.children.first();
        QCOMPARE(item.attribute(QStringLiteral("id")), id);
        QCOMPARE(item.value(QStringLiteral("name")), QStringLiteral("Full"));
        QCOMPARE(item.value(QStringLiteral("uri")), QStringLiteral("full"));
        QCOMPARE(item.value(QStringLiteral("secondaryUri")), QStringLiteral("full2"));
        QCOMPARE(item.value(QStringLiteral("callId")), QStringLiteral("1234567"));
        QCOMPARE(item.value(QStringLiteral("tenant")), tenant);
        for (const char *detailOnly : {"passcode", "secret", "defaultLayout", "callLegProfile", "ownerJid", "streamUrl", "numAccessMethods"})
            QVERIFY2(!item.has(QString::fromLatin1(detailOnly)), detailOnly);

        const XmlNode detail = m_sim->read(spacePath(id));
        QCOMPARE(detail.value(QStringLiteral("passcode")), QStringLiteral("4321"));
        QCOMPARE(detail.value(QStringLiteral("defaultLayout")), QStringLiteral("onePlusN"));
        QCOMPARE(detail.value(QStringLiteral("callLegProfile")), profile);
        QCOMPARE(detail.value(QStringLiteral("ownerJid")), QStringLiteral("owner@example.com"));
        QCOMPARE(detail.value(QStringLiteral("streamUrl")), QStringLiteral("rtmp://s/x"));
        QCOMPARE(detail.value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));
        QCOMPARE(detail.value(QStringLiteral("autoGenerated")), QStringLiteral("false"));
        QCOMPARE(detail.value(QStringLiteral("numAccessMethods")), QStringLiteral("2"));
        QVERIFY(!detail.value(QStringLiteral("secret")).isEmpty());
        for (const QString &summary : {QStringLiteral("name"), QStringLiteral("uri"), QStringLiteral("secondaryUri"),
                                       QStringLiteral("callId"), QStringLiteral("tenant")})
            QCOMPARE(detail.value(summary), item.value(summary));

        // Access methods: a summary without passcode, a detail with it.
        const XmlNode methods = m_sim->read(methodsPath(id));
        QCOMPARE(methods.attribute(QStringLiteral("total")), QStringLiteral("2"));
        QCOMPARE(methods.children.first().value(QStringLiteral("uri")), QStringLiteral("full.host"));
        QVERIFY(!methods.children.first().has(QStringLiteral("passcode")));
        const XmlNode method = m_sim->read(methodsPath(id) + QLatin1Char('/') + methods.ids().first());
        QCOMPARE(method.value(QStringLiteral("passcode")), QStringLiteral("1"));
        QCOMPARE(m_sim->del(methodsPath(id) + QLatin1Char('/') + methods.ids().first()).status, 200);
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("numAccessMethods")), QStringLiteral("1"));
    }

    // --- members and users --------------------------------------------------------------------

    void memberIsTheUserFoundByJid()
    {
        const QString user = m_sim->addUser(QStringLiteral("anna@example.com"), QStringLiteral("Anna"));
        const QString host = m_sim->create(QStringLiteral("callLegProfiles"), {});
        const QString id = space({{QStringLiteral("name"), QStringLiteral("Members")}});
        const HttpResult added = m_sim->post(membersPath(id), {{QStringLiteral("userJid"), QStringLiteral("Anna@Example.com")},
                                                               {QStringLiteral("callLegProfile"), host},
                                                               {QStringLiteral("canDestroy"), QStringLiteral("true")}});
        QCOMPARE(added.status, 200);
        QCOMPARE(added.createdId(), user);
        QCOMPARE(added.location(), QStringLiteral("/api/v1/coSpaces/") + id + QStringLiteral("/coSpaceUsers/") + user);
        const XmlNode member = m_sim->read(membersPath(id) + QLatin1Char('/') + user);
        QCOMPARE(member.attribute(QStringLiteral("id")), user);
        QCOMPARE(member.value(QStringLiteral("userJid")), QStringLiteral("anna@example.com"));
        QCOMPARE(member.value(QStringLiteral("userId")), user);
        QCOMPARE(member.value(QStringLiteral("callLegProfile")), host);
        QCOMPARE(member.value(QStringLiteral("canDestroy")), QStringLiteral("true"));
        const XmlNode list = m_sim->read(membersPath(id));
        QCOMPARE(list.ids(), QStringList{user});
        QCOMPARE(list.children.first().value(QStringLiteral("userJid")), QStringLiteral("anna@example.com"));

        // userJid is POST only; the rest changes with PUT; DELETE removes the member, not the user.
        m_sim->change(membersPath(id) + QLatin1Char('/') + user, {{QStringLiteral("userJid"), QStringLiteral("other@example.com")},
                                                                   {QStringLiteral("canDestroy"), QStringLiteral("false")}});
        const XmlNode changed = m_sim->read(membersPath(id) + QLatin1Char('/') + user);
        QCOMPARE(changed.value(QStringLiteral("userJid")), QStringLiteral("anna@example.com"));
        QCOMPARE(changed.value(QStringLiteral("canDestroy")), QStringLiteral("false"));
        QCOMPARE(m_sim->del(membersPath(id) + QLatin1Char('/') + user).status, 200);
        QCOMPARE(total(membersPath(id)), 0);
        QCOMPARE(m_sim->read(QStringLiteral("users/") + user).value(QStringLiteral("userJid")), QStringLiteral("anna@example.com"));
    }

    void unknownJidIsUserDoesNotExist()
    {
        m_sim->addUser(QStringLiteral("known@example.com"), QStringLiteral("Known"));
        const QString id = space({});
        expectFailure(m_sim->post(membersPath(id), {{QStringLiteral("userJid"), QStringLiteral("nobody@example.com")}}),
                      QStringLiteral("userDoesNotExist"));
        QCOMPARE(total(membersPath(id)), 0);
    }

    void sameUserTwiceIsAParameterError()
    {
        m_sim->addUser(QStringLiteral("twice@example.com"), QStringLiteral("Twice"));
        const QString id = space({});
        m_sim->create(membersPath(id), {{QStringLiteral("userJid"), QStringLiteral("twice@example.com")}});
        const HttpResult again = m_sim->post(membersPath(id), {{QStringLiteral("userJid"), QStringLiteral("TWICE@example.com")}});
        expectFailure(again, QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(again), QStringLiteral("userJid"));
        QCOMPARE(total(membersPath(id)), 1);
        // The same user may be a member of another space.
        m_sim->create(membersPath(space({})), {{QStringLiteral("userJid"), QStringLiteral("twice@example.com")}});
    }

    void usersAreReadOnly()
    {
        const QString user = m_sim->addUser(QStringLiteral("ro@example.com"), QStringLiteral("Read Only"));
        QCOMPARE(m_sim->post(QStringLiteral("users"), {{QStringLiteral("userJid"), QStringLiteral("new@example.com")}}).status, 405);
        QCOMPARE(m_sim->put(QStringLiteral("users/") + user, {{QStringLiteral("name"), QStringLiteral("Changed")}}).status, 405);
        QCOMPARE(m_sim->del(QStringLiteral("users/") + user).status, 405);
        const XmlNode detail = m_sim->read(QStringLiteral("users/") + user);
        QCOMPARE(detail.value(QStringLiteral("name")), QStringLiteral("Read Only"));
        QCOMPARE(m_sim->read(QStringLiteral("users")).attribute(QStringLiteral("total")), QStringLiteral("1"));
    }

    void callBridgeNamesAreUnique()
    {
        const XmlNode bridges = m_sim->read(QStringLiteral("callBridges"));
        QCOMPARE(bridges.attribute(QStringLiteral("total")), QStringLiteral("1"));
        const QString existing = bridges.children.first().value(QStringLiteral("name"));
        QVERIFY(!existing.isEmpty());
        expectFailure(m_sim->post(QStringLiteral("callBridges"), {{QStringLiteral("name"), existing}}), QStringLiteral("duplicateCallBridgeName"));
        const QString added = m_sim->create(QStringLiteral("callBridges"), {{QStringLiteral("name"), QStringLiteral("CallBridge-Extra")}});
        expectFailure(m_sim->put(QStringLiteral("callBridges/") + added, {{QStringLiteral("name"), existing}}),
                      QStringLiteral("duplicateCallBridgeName"));
        m_sim->change(QStringLiteral("callBridges/") + added, {{QStringLiteral("name"), QStringLiteral("CallBridge-Extra")}});
        QCOMPARE(m_sim->read(QStringLiteral("callBridges")).attribute(QStringLiteral("total")), QStringLiteral("2"));
    }

    // --- dial-in security ---------------------------------------------------------------------

    void passcodeShorterThanThePolicyIsRefused()
    {
        const QString strict = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("name"), QStringLiteral("Six")},
                                                                                        {QStringLiteral("minPasscodeLength"), QStringLiteral("6")}});
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("dialInSecurityProfile"), strict}, {QStringLiteral("passcode"), QStringLiteral("12345")}}),
                      QStringLiteral("passcodeTooShort"));
        const QString id = space({{QStringLiteral("dialInSecurityProfile"), strict}, {QStringLiteral("passcode"), QStringLiteral("123456")}});
        expectFailure(m_sim->put(spacePath(id), {{QStringLiteral("passcode"), QStringLiteral("123")}}), QStringLiteral("passcodeTooShort"));
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("passcode")), QStringLiteral("123456"));
        // No passcode at all is not a short one.
        m_sim->change(spacePath(id), {{QStringLiteral("passcode"), QString()}});
        // An access method follows its own profile, else its space's.
        expectFailure(m_sim->post(methodsPath(id), {{QStringLiteral("passcode"), QStringLiteral("99")}}), QStringLiteral("passcodeTooShort"));
        const QString lax = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("2")}});
        m_sim->create(methodsPath(id), {{QStringLiteral("passcode"), QStringLiteral("99")}, {QStringLiteral("dialInSecurityProfile"), lax}});
    }

    void allowOutOfPolicyAcceptsShortPasscodes()
    {
        const QString profile = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("8")},
                                                                                         {QStringLiteral("allowOutOfPolicy"), QStringLiteral("true")}});
        const QString id = space({{QStringLiteral("dialInSecurityProfile"), profile}, {QStringLiteral("passcode"), QStringLiteral("1")}});
        QCOMPARE(m_sim->read(spacePath(id)).value(QStringLiteral("passcode")), QStringLiteral("1"));
        m_sim->change(QStringLiteral("dialInSecurityProfiles/") + profile, {{QStringLiteral("allowOutOfPolicy"), QStringLiteral("false")}});
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("dialInSecurityProfile"), profile}, {QStringLiteral("passcode"), QStringLiteral("1")}}),
                      QStringLiteral("passcodeTooShort"));
    }

    void passcodePolicyIsInheritedFromTenantAndSystem()
    {
        const QString tenantPolicy = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("5")}});
        const QString systemPolicy = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("3")}});
        const QString tenant = m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("dialInSecurityProfile"), tenantPolicy}});

        // No policy anywhere: anything goes.
        space({{QStringLiteral("passcode"), QStringLiteral("1")}});
        // The tenant's policy applies to its spaces and their access methods.
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("tenant"), tenant}, {QStringLiteral("passcode"), QStringLiteral("1234")}}),
                      QStringLiteral("passcodeTooShort"));
        const QString inTenant = space({{QStringLiteral("tenant"), tenant}, {QStringLiteral("passcode"), QStringLiteral("12345")}});
        expectFailure(m_sim->post(methodsPath(inTenant), {{QStringLiteral("passcode"), QStringLiteral("1234")}}), QStringLiteral("passcodeTooShort"));
        // The system policy applies where nothing closer is set.
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("dialInSecurityProfile"), systemPolicy}});
        QCOMPARE(m_sim->read(QStringLiteral("system/profiles")).value(QStringLiteral("dialInSecurityProfile")), systemPolicy);
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("passcode"), QStringLiteral("12")}}), QStringLiteral("passcodeTooShort"));
        const QString outside = space({{QStringLiteral("passcode"), QStringLiteral("123")}});
        expectFailure(m_sim->post(methodsPath(outside), {{QStringLiteral("passcode"), QStringLiteral("12")}}), QStringLiteral("passcodeTooShort"));
        // The tenant's policy, being closer, still wins over the system's.
        expectFailure(m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("tenant"), tenant}, {QStringLiteral("passcode"), QStringLiteral("1234")}}),
                      QStringLiteral("passcodeTooShort"));
        // The space's own policy wins over both.
        const QString lax = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("1")}});
        space({{QStringLiteral("tenant"), tenant}, {QStringLiteral("dialInSecurityProfile"), lax}, {QStringLiteral("passcode"), QStringLiteral("1")}});
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("dialInSecurityProfile"), QString()}});
        space({{QStringLiteral("passcode"), QStringLiteral("12")}});
    }

    // --- profiles -----------------------------------------------------------------------------

    void systemProfilesAreReadAndWritten()
    {
        const QString call = m_sim->create(QStringLiteral("callProfiles"), {});
        const QString leg = m_sim->create(QStringLiteral("callLegProfiles"), {});
        XmlNode profiles = m_sim->read(QStringLiteral("system/profiles"));
        QCOMPARE(profiles.name, QStringLiteral("profiles"));
        QVERIFY(!profiles.has(QStringLiteral("callProfile")));
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("callProfile"), call}, {QStringLiteral("callLegProfile"), leg}});
        profiles = m_sim->read(QStringLiteral("system/profiles"));
        QCOMPARE(profiles.value(QStringLiteral("callProfile")), call);
        QCOMPARE(profiles.value(QStringLiteral("callLegProfile")), leg);
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("callProfile"), QString()}});
        profiles = m_sim->read(QStringLiteral("system/profiles"));
        QVERIFY(!profiles.has(QStringLiteral("callProfile")));
        QCOMPARE(profiles.value(QStringLiteral("callLegProfile")), leg);
        QCOMPARE(m_sim->post(QStringLiteral("system/profiles"), {}).status, 405);
        QCOMPARE(m_sim->del(QStringLiteral("system/profiles")).status, 405);
    }

    void callLegProfileUsageSaysWhereItIsUsed()
    {
        const QString leg = m_sim->create(QStringLiteral("callLegProfiles"), {});
        const QString usage = QStringLiteral("callLegProfiles/") + leg + QStringLiteral("/usage");
        const QStringList places = {QStringLiteral("referencedBySystemProfile"), QStringLiteral("referencedByTenants"),
                                    QStringLiteral("referencedByCoSpaces"), QStringLiteral("referencedByAccessMethods"),
                                    QStringLiteral("referencedByCoSpaceUsers"), QStringLiteral("referencedByCoSpaceTemplates")};
        auto usedIn = [&] {
            const XmlNode root = m_sim->read(usage);
            QStringList where;
            for (const QString &place : places) {
                if (root.value(place) == QLatin1String("true"))
                    where.append(place);
                else if (root.value(place) != QLatin1String("false"))
                    where.append(QStringLiteral("missing ") + place);
            }
            return where;
        };
        QCOMPARE(m_sim->read(usage).name, QStringLiteral("callLegProfileUsage"));
        QCOMPARE(usedIn(), QStringList());

        const QString spaceId = space({{QStringLiteral("callLegProfile"), leg}});
        QCOMPARE(usedIn(), QStringList{QStringLiteral("referencedByCoSpaces")});
        const QString other = space({});
        m_sim->create(methodsPath(other), {{QStringLiteral("callLegProfile"), leg}});
        m_sim->addUser(QStringLiteral("u@example.com"), QStringLiteral("U"));
        m_sim->create(membersPath(other), {{QStringLiteral("userJid"), QStringLiteral("u@example.com")}, {QStringLiteral("callLegProfile"), leg}});
        m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("callLegProfile"), leg}});
        m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("callLegProfile"), leg}});
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("callLegProfile"), leg}});
        QCOMPARE(usedIn(), places);

        m_sim->change(spacePath(spaceId), {{QStringLiteral("callLegProfile"), QString()}});
        QCOMPARE(m_sim->del(spacePath(other)).status, 200);
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("callLegProfile"), QString()}});
        QCOMPARE(usedIn(), (QStringList{QStringLiteral("referencedByTenants"), QStringLiteral("referencedByCoSpaceTemplates")}));
    }

    void callProfileFieldsRoundTrip()
    {
        const QString id = m_sim->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QStringLiteral("25")},
                                                                          {QStringLiteral("lockMode"), QStringLiteral("needsActivation")},
                                                                          {QStringLiteral("passcodeMode"), QStringLiteral("timeout")},
                                                                          {QStringLiteral("passcodeTimeout"), QStringLiteral("10")},
                                                                          {QStringLiteral("streamingMode"), QStringLiteral("manual")}});
        const XmlNode detail = m_sim->read(QStringLiteral("callProfiles/") + id);
        QCOMPARE(detail.value(QStringLiteral("participantLimit")), QStringLiteral("25"));
        QCOMPARE(detail.value(QStringLiteral("lockMode")), QStringLiteral("needsActivation"));
        QCOMPARE(detail.value(QStringLiteral("passcodeMode")), QStringLiteral("timeout"));
        QCOMPARE(detail.value(QStringLiteral("passcodeTimeout")), QStringLiteral("10"));
        QCOMPARE(detail.value(QStringLiteral("streamingMode")), QStringLiteral("manual"));
        QCOMPARE(m_sim->read(QStringLiteral("callProfiles")).children.first().value(QStringLiteral("participantLimit")), QStringLiteral("25"));
    }

    // --- templates ----------------------------------------------------------------------------

    void spaceTemplateCountsItsAccessMethodTemplates()
    {
        const QString tmpl = m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("Meeting")},
                                                                                {QStringLiteral("description"), QStringLiteral("Scheduled")}});
        const QString path = QStringLiteral("coSpaceTemplates/") + tmpl;
        QCOMPARE(m_sim->read(path).value(QStringLiteral("numAccessMethodTemplates")), QStringLiteral("0"));
        const QString guest = m_sim->create(path + QStringLiteral("/accessMethodTemplates"),
                                            {{QStringLiteral("name"), QStringLiteral("Guest")}, {QStringLiteral("uriGenerator"), QStringLiteral("$.guest")}});
        m_sim->create(path + QStringLiteral("/accessMethodTemplates"),
                      {{QStringLiteral("name"), QStringLiteral("Host")}, {QStringLiteral("uriGenerator"), QStringLiteral("$.host")},
                       {QStringLiteral("generateUniqueCallId"), QStringLiteral("true")}});
        const XmlNode detail = m_sim->read(path);
        QCOMPARE(detail.value(QStringLiteral("numAccessMethodTemplates")), QStringLiteral("2"));
        QCOMPARE(detail.value(QStringLiteral("description")), QStringLiteral("Scheduled"));
        const XmlNode list = m_sim->read(path + QStringLiteral("/accessMethodTemplates"));
        QCOMPARE(namesOf(list), (QStringList{QStringLiteral("Guest"), QStringLiteral("Host")}));
        QCOMPARE(list.children.first().value(QStringLiteral("uriGenerator")), QStringLiteral("$.guest"));
        QCOMPARE(m_sim->del(path + QStringLiteral("/accessMethodTemplates/") + guest).status, 200);
        QCOMPARE(m_sim->read(path).value(QStringLiteral("numAccessMethodTemplates")), QStringLiteral("1"));
        // Deleting the template takes its access method templates with it.
        QCOMPARE(m_sim->del(path).status, 200);
        QCOMPARE(m_sim->get(path + QStringLiteral("/accessMethodTemplates")).failureReason(), QStringLiteral("coSpaceTemplateDoesNotExist"));
    }

    void uriGeneratorNeedsExactlyOneDollar_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<bool>("valid");
        QTest::newRow("suffix") << QStringLiteral("$.guest") << true;
        QTest::newRow("prefix") << QStringLiteral("host.$") << true;
        QTest::newRow("middle, digits, dash, underscore") << QStringLiteral("a-1_$.B9") << true;
        QTest::newRow("dollar alone") << QStringLiteral("$") << true;
        QTest::newRow("no dollar") << QStringLiteral("guest") << false;
        QTest::newRow("two dollars") << QStringLiteral("$.$") << false;
        QTest::newRow("space") << QStringLiteral("$ guest") << false;
        QTest::newRow("at sign") << QStringLiteral("$@example.com") << false;
        QTest::newRow("other punctuation") << QStringLiteral("$+guest") << false;
    }

    void uriGeneratorNeedsExactlyOneDollar()
    {
        QFETCH(QString, generator);
        QFETCH(bool, valid);
        const QString methods = QStringLiteral("coSpaceTemplates/") + m_sim->create(QStringLiteral("coSpaceTemplates"), {})
                                + QStringLiteral("/accessMethodTemplates");
        const HttpResult created = m_sim->post(methods, {{QStringLiteral("uriGenerator"), generator}});
        if (valid) {
            QCOMPARE(created.status, 200);
            QCOMPARE(m_sim->read(methods + QLatin1Char('/') + created.createdId()).value(QStringLiteral("uriGenerator")), generator);
            return;
        }
        expectFailure(created, QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(created), QStringLiteral("uriGenerator"));
        const QString id = m_sim->create(methods, {{QStringLiteral("uriGenerator"), QStringLiteral("$.ok")}});
        const HttpResult changed = m_sim->put(methods + QLatin1Char('/') + id, {{QStringLiteral("uriGenerator"), generator}});
        expectFailure(changed, QStringLiteral("parameterError"));
        QCOMPARE(m_sim->read(methods + QLatin1Char('/') + id).value(QStringLiteral("uriGenerator")), QStringLiteral("$.ok"));
    }

    void userCoSpaceTemplatesAssignATemplateToAUser()
    {
        const QString user = m_sim->addUser(QStringLiteral("sched@example.com"), QStringLiteral("Scheduler"));
        const QString tmpl = m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("Meeting")}});
        const QString path = QStringLiteral("users/") + user + QStringLiteral("/userCoSpaceTemplates");
        QCOMPARE(m_sim->read(path).attribute(QStringLiteral("total")), QStringLiteral("0"));
        const QString assigned = m_sim->create(path, {{QStringLiteral("coSpaceTemplate"), tmpl}});
        const XmlNode list = m_sim->read(path);
        QCOMPARE(list.ids(), QStringList{assigned});
        QCOMPARE(list.children.first().value(QStringLiteral("coSpaceTemplate")), tmpl);
        expectFailure(m_sim->post(path, {{QStringLiteral("coSpaceTemplate"), kUnknownId}}), QStringLiteral("coSpaceTemplateDoesNotExist"));
        expectFailure(m_sim->post(QStringLiteral("users/") + kUnknownId + QStringLiteral("/userCoSpaceTemplates"), {{QStringLiteral("coSpaceTemplate"), tmpl}}),
                      QStringLiteral("userDoesNotExist"));
        QCOMPARE(m_sim->del(path + QLatin1Char('/') + assigned).status, 200);
        QCOMPARE(m_sim->read(path).attribute(QStringLiteral("total")), QStringLiteral("0"));
    }

    // A guess (cms-api.md is silent): deleting a template drops the users' assignments of it, and
    // only those.
    void deletedTemplateLeavesNoAssignments()
    {
        const QString user = m_sim->addUser(QStringLiteral("planner@example.com"), QStringLiteral("Planner"));
        const QString gone = m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("Old")}});
        const QString kept = m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("New")}});
        const QString path = QStringLiteral("users/") + user + QStringLiteral("/userCoSpaceTemplates");
        m_sim->create(path, {{QStringLiteral("coSpaceTemplate"), gone}});
        const QString stays = m_sim->create(path, {{QStringLiteral("coSpaceTemplate"), kept}});
        QCOMPARE(m_sim->read(path).attribute(QStringLiteral("total")), QStringLiteral("2"));
        QCOMPARE(m_sim->del(QStringLiteral("coSpaceTemplates/") + gone).status, 200);
        QCOMPARE(m_sim->read(path).ids(), QStringList{stays});
    }
};

QTEST_MAIN(TestSimConfigSpaces)
#include "tst_simconfigspaces.moc"
