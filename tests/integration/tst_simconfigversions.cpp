// Conformance of the simulator's configuration API across CMS versions: objects and fields appear
// (or go) with the release that added (or removed) them (cms-api.md section 4, "Since").
#include "simconfigfixture.h"

using namespace cmssim;

class TestSimConfigVersions : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ConfigFixture> running(const char *version)
    {
        ClusterOptions options = oneBridge();
        options.version = SimVersion::parse(QString::fromLatin1(version));
        return std::make_unique<ConfigFixture>(options);
    }

    static void expectUnrecognised(const HttpResult &r, std::source_location where = std::source_location::current())
    {
        if (r.status != 404 || r.failureReason() != QLatin1String("unrecognisedObject"))
            QTest::qFail(qPrintable(QStringLiteral("expected 404 unrecognisedObject, got ") + describe(r)), where.file_name(),
                         int(where.line()));
    }

private Q_SLOTS:
    void versionIsReportedAsConfigured()
    {
        auto sim = running("2.8.3");
        QCOMPARE(sim->read(QStringLiteral("system/status")).value(QStringLiteral("softwareVersion")), QStringLiteral("2.8.3"));
    }

    void templatesAreUnknownBefore29()
    {
        auto old = running("2.8");
        const QString user = old->addUser(QStringLiteral("u@example.com"), QStringLiteral("U"));
        expectUnrecognised(old->get(QStringLiteral("coSpaceTemplates")));
        expectUnrecognised(old->post(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("T")}}));
        expectUnrecognised(old->get(QStringLiteral("coSpaceTemplates/") + kUnknownId + QStringLiteral("/accessMethodTemplates")));
        expectUnrecognised(old->get(QStringLiteral("users/") + user + QStringLiteral("/userCoSpaceTemplates")));
        QCOMPARE(old->get(QStringLiteral("users/") + user).status, 200);

        auto current = running("2.9");
        const QString tmpl = current->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), QStringLiteral("T")}});
        current->create(QStringLiteral("coSpaceTemplates/") + tmpl + QStringLiteral("/accessMethodTemplates"),
                        {{QStringLiteral("uriGenerator"), QStringLiteral("$.guest")}});
        const QString other = current->addUser(QStringLiteral("u@example.com"), QStringLiteral("U"));
        current->create(QStringLiteral("users/") + other + QStringLiteral("/userCoSpaceTemplates"), {{QStringLiteral("coSpaceTemplate"), tmpl}});
    }

    void dialInSecurityProfilesAreUnknownBefore30()
    {
        auto old = running("2.9.1");
        expectUnrecognised(old->get(QStringLiteral("dialInSecurityProfiles")));
        expectUnrecognised(old->post(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("6")}}));
        // The field that refers to them is not one of this version's: ignored, never shown.
        const QString space = old->create(QStringLiteral("coSpaces"), {{QStringLiteral("dialInSecurityProfile"), kUnknownId},
                                                                      {QStringLiteral("passcode"), QStringLiteral("1")}});
        QVERIFY(!old->read(QStringLiteral("coSpaces/") + space).has(QStringLiteral("dialInSecurityProfile")));
        old->change(QStringLiteral("system/profiles"), {{QStringLiteral("dialInSecurityProfile"), kUnknownId}});
        QVERIFY(!old->read(QStringLiteral("system/profiles")).has(QStringLiteral("dialInSecurityProfile")));

        auto current = running("3.0");
        const QString profile = current->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("minPasscodeLength"), QStringLiteral("6")}});
        const QString withPolicy = current->create(QStringLiteral("coSpaces"), {{QStringLiteral("dialInSecurityProfile"), profile}});
        QCOMPARE(current->read(QStringLiteral("coSpaces/") + withPolicy).value(QStringLiteral("dialInSecurityProfile")), profile);
        QCOMPARE(current->put(QStringLiteral("coSpaces/") + withPolicy, {{QStringLiteral("passcode"), QStringLiteral("1")}}).failureReason(),
                 QStringLiteral("passcodeTooShort"));
    }

    void memberScopeIsRefusedBefore32()
    {
        auto old = running("3.1");
        const QString space = old->create(QStringLiteral("coSpaces"), {});
        const QString methods = QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods");
        const HttpResult refused = old->post(methods, {{QStringLiteral("scope"), QStringLiteral("member")}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(refused), QStringLiteral("scope"));
        const QString method = old->create(methods, {{QStringLiteral("scope"), QStringLiteral("private")}});
        QCOMPARE(old->put(methods + QLatin1Char('/') + method, {{QStringLiteral("scope"), QStringLiteral("member")}}).failureReason(),
                 QStringLiteral("parameterError"));
        QCOMPARE(old->read(methods + QLatin1Char('/') + method).value(QStringLiteral("scope")), QStringLiteral("private"));

        auto current = running("3.2");
        const QString newer = QStringLiteral("coSpaces/") + current->create(QStringLiteral("coSpaces"), {}) + QStringLiteral("/accessMethods");
        const QString memberOnly = current->create(newer, {{QStringLiteral("scope"), QStringLiteral("member")}});
        QCOMPARE(current->read(newer + QLatin1Char('/') + memberOnly).value(QStringLiteral("scope")), QStringLiteral("member"));
    }

    void messageBoardEnabledExistsOnlyBefore30()
    {
        auto old = running("2.8");
        const QString profile = old->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QStringLiteral("50")},
                                                                            {QStringLiteral("messageBoardEnabled"), QStringLiteral("false")}});
        QCOMPARE(old->read(QStringLiteral("callProfiles/") + profile).value(QStringLiteral("messageBoardEnabled")), QStringLiteral("false"));
        QCOMPARE(old->post(QStringLiteral("callProfiles"), {{QStringLiteral("messageBoardEnabled"), QStringLiteral("no")}}).failureReason(),
                 QStringLiteral("parameterError"));

        auto current = running("3.0");
        const QString newer = current->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QStringLiteral("50")},
                                                                              {QStringLiteral("messageBoardEnabled"), QStringLiteral("false")}});
        const XmlNode detail = current->read(QStringLiteral("callProfiles/") + newer);
        QVERIFY(!detail.has(QStringLiteral("messageBoardEnabled")));
        QCOMPARE(detail.value(QStringLiteral("participantLimit")), QStringLiteral("50"));
    }

    void lockModeExistsFrom29()
    {
        auto old = running("2.8");
        const QString profile = old->create(QStringLiteral("callProfiles"), {{QStringLiteral("lockMode"), QStringLiteral("all")}});
        QVERIFY(!old->read(QStringLiteral("callProfiles/") + profile).has(QStringLiteral("lockMode")));
        auto current = running("2.9");
        const QString newer = current->create(QStringLiteral("callProfiles"), {{QStringLiteral("lockMode"), QStringLiteral("all")}});
        QCOMPARE(current->read(QStringLiteral("callProfiles/") + newer).value(QStringLiteral("lockMode")), QStringLiteral("all"));
    }

    void accessMethodNameExistsFrom29()
    {
        auto old = running("2.8");
        const QString space = old->create(QStringLiteral("coSpaces"), {});
        const QString methods = QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods");
        const QString method = old->create(methods, {{QStringLiteral("name"), QStringLiteral("Host")}, {QStringLiteral("uri"), QStringLiteral("h")}});
        QVERIFY(!old->read(methods + QLatin1Char('/') + method).has(QStringLiteral("name")));
        QVERIFY(!old->read(methods).children.first().has(QStringLiteral("name")));
        QCOMPARE(old->read(methods).children.first().value(QStringLiteral("uri")), QStringLiteral("h"));

        auto current = running("2.9");
        const QString newer = QStringLiteral("coSpaces/") + current->create(QStringLiteral("coSpaces"), {}) + QStringLiteral("/accessMethods");
        const QString named = current->create(newer, {{QStringLiteral("name"), QStringLiteral("Host")}});
        QCOMPARE(current->read(newer + QLatin1Char('/') + named).value(QStringLiteral("name")), QStringLiteral("Host"));
        QCOMPARE(current->read(newer).children.first().value(QStringLiteral("name")), QStringLiteral("Host"));
    }

    void oldestVersionsStillServeTheBasics()
    {
        auto old = running("2.0(RC)");
        QCOMPARE(old->read(QStringLiteral("system/status")).value(QStringLiteral("softwareVersion")), QStringLiteral("2.0(RC)"));
        const QString space = old->create(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("old")}, {QStringLiteral("passcode"), QStringLiteral("1")}});
        QCOMPARE(old->read(QStringLiteral("coSpaces/") + space).value(QStringLiteral("uri")), QStringLiteral("old"));
        const QString set = old->create(QStringLiteral("cospaceBulkParameterSets"), {{QStringLiteral("startIndex"), QStringLiteral("1")},
                                                                                    {QStringLiteral("endIndex"), QStringLiteral("2")},
                                                                                    {QStringLiteral("coSpaceUriMapping"), QStringLiteral("b.$index$")}});
        const QString sync = old->create(QStringLiteral("cospaceBulkSyncs"), {{QStringLiteral("cospaceBulkParameterSet"), set}});
        QTRY_COMPARE_WITH_TIMEOUT(old->read(QStringLiteral("cospaceBulkSyncs/") + sync).value(QStringLiteral("status")), QStringLiteral("complete"), 5000);
        QCOMPARE(old->read(QStringLiteral("coSpaces")).attribute(QStringLiteral("total")), QStringLiteral("3"));
    }
};

QTEST_MAIN(TestSimConfigVersions)
#include "tst_simconfigversions.moc"
