// Conformance of the simulator's configuration API, part 1: paging, filters, failure replies and the
// shape of XML documents (cms-api.md sections 1 to 3).
#include "simconfigfixture.h"

#include <QRegularExpression>

using namespace cmssim;

class TestSimConfig : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConfigFixture> m_sim;

    // n spaces named `<prefix> <i>`, in creation order.
    QStringList makeSpaces(int n, const QString &prefix = QStringLiteral("Space"))
    {
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids.append(m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), prefix + QLatin1Char(' ') + QString::number(i)}}));
        return ids;
    }

    // The total and the item count of one page.
    QPair<QString, int> pageOf(const QString &pathAndQuery)
    {
        const XmlNode page = m_sim->read(pathAndQuery);
        return {page.attribute(QStringLiteral("total")), int(page.children.size())};
    }

    static QPair<QString, int> page(int total, int items) { return {QString::number(total), items}; }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<ConfigFixture>(); }
    void cleanup() { m_sim.reset(); }

    // --- paging -------------------------------------------------------------------------------

    void configurationPagesAreCappedAt20EvenWhenMoreIsAsked()
    {
        makeSpaces(45);
        QCOMPARE(pageOf(QStringLiteral("coSpaces?limit=50")), page(45, 20));
        QCOMPARE(pageOf(QStringLiteral("coSpaces")), page(45, 20));
        for (int i = 0; i < 25; ++i)
            m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), QString::number(i)}});
        QCOMPARE(pageOf(QStringLiteral("callLegProfiles?limit=50")), page(25, 20));
    }

    void smallerLimitIsHonoured()
    {
        makeSpaces(12);
        QCOMPARE(pageOf(QStringLiteral("coSpaces?limit=7")), page(12, 7));
    }

    void offsetAdvancesAndTheLastPageIsShort()
    {
        const QStringList ids = makeSpaces(45);
        QStringList seen;
        for (int offset : {0, 20, 40}) {
            const XmlNode page = m_sim->read(QStringLiteral("coSpaces?offset=%1&limit=50").arg(offset));
            QCOMPARE(page.attribute(QStringLiteral("total")), QStringLiteral("45"));
            QCOMPARE(int(page.children.size()), offset == 40 ? 5 : 20);
            seen += page.ids();
        }
        QCOMPARE(seen, ids);   // every object once, in creation order
        const XmlNode middle = m_sim->read(QStringLiteral("coSpaces?offset=13&limit=3"));
        QCOMPARE(middle.ids(), ids.mid(13, 3));
    }

    void offsetBeyondTheEndGivesAnEmptyPageWithTheTotal()
    {
        makeSpaces(5);
        QCOMPARE(pageOf(QStringLiteral("coSpaces?offset=5")), page(5, 0));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?offset=500&limit=10")), page(5, 0));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?filter=space&offset=500")), page(5, 0));
    }

    void pageCapsAreConfigurable()
    {
        ClusterOptions options = oneBridge();
        options.caps.configuration = 7;
        options.caps.perCollection.insert(QStringLiteral("calllegprofiles"), 3);
        m_sim = std::make_unique<ConfigFixture>(options);
        makeSpaces(10);
        for (int i = 0; i < 10; ++i)
            m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), QString::number(i)}});
        for (int i = 0; i < 10; ++i)
            m_sim->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QString::number(i)}});
        QCOMPARE(pageOf(QStringLiteral("coSpaces?limit=50")), page(10, 7));
        QCOMPARE(pageOf(QStringLiteral("callProfiles?limit=50")), page(10, 7));
        QCOMPARE(pageOf(QStringLiteral("callLegProfiles?limit=50")), page(10, 3));
        QCOMPARE(pageOf(QStringLiteral("callLegProfiles?offset=9&limit=50")), page(10, 1));
    }

    void nestedCollectionsArePagedToo()
    {
        const QString space = m_sim->create(QStringLiteral("coSpaces"), {});
        const QString methods = QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods");
        for (int i = 0; i < 23; ++i)
            m_sim->create(methods, {{QStringLiteral("callId"), QString::number(1000 + i)}});
        QCOMPARE(pageOf(methods + QStringLiteral("?limit=50")), page(23, 20));
        QCOMPARE(pageOf(methods + QStringLiteral("?offset=20&limit=50")), page(23, 3));
    }

    // --- filters ------------------------------------------------------------------------------

    void spaceFilterMatchesNameUriSecondaryUriAndCallId_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name and uri, any case") << QStringLiteral("ALPHA") << QStringList{QStringLiteral("Alpha Room")};
        QTest::newRow("uri only") << QStringLiteral("team.b") << QStringList{QStringLiteral("Beta")};
        QTest::newRow("secondaryUri") << QStringLiteral("SecondAry") << QStringList{QStringLiteral("Beta")};
        QTest::newRow("callId") << QStringLiteral("5512") << QStringList{QStringLiteral("Gamma")};
        QTest::newRow("substring in several") << QStringLiteral("ta")
                                              << QStringList{QStringLiteral("Beta"), QStringLiteral("Delta")};
        QTest::newRow("passcode is not matched") << QStringLiteral("9876") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
    }

    void spaceFilterMatchesNameUriSecondaryUriAndCallId()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Alpha Room")},
                                                   {QStringLiteral("uri"), QStringLiteral("alpha.room")}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Beta")},
                                                   {QStringLiteral("uri"), QStringLiteral("team.b")},
                                                   {QStringLiteral("secondaryUri"), QStringLiteral("BetaSecondary")}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Gamma")},
                                                   {QStringLiteral("callId"), QStringLiteral("5512001")},
                                                   {QStringLiteral("passcode"), QStringLiteral("9876")}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Delta")}});
        const XmlNode page = m_sim->read(QStringLiteral("coSpaces?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        QCOMPARE(namesOf(page), names);
        QCOMPARE(page.attribute(QStringLiteral("total")), QString::number(names.size()));
    }

    void filteredTotalCountsEveryMatchAcrossPages()
    {
        makeSpaces(25, QStringLiteral("Match"));
        makeSpaces(4, QStringLiteral("Other"));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?filter=match&limit=50")), page(25, 20));
        const XmlNode second = m_sim->read(QStringLiteral("coSpaces?filter=MATCH&offset=20&limit=50"));
        QCOMPARE(second.attribute(QStringLiteral("total")), QStringLiteral("25"));
        QCOMPARE(namesOf(second), (QStringList{QStringLiteral("Match 20"), QStringLiteral("Match 21"), QStringLiteral("Match 22"),
                                               QStringLiteral("Match 23"), QStringLiteral("Match 24")}));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?filter=other")), page(4, 4));
        QCOMPARE(pageOf(QStringLiteral("coSpaces")), page(29, 20));
    }

    void userFilterMatchesJidAndName()
    {
        m_sim->addUser(QStringLiteral("alice@example.com"), QStringLiteral("Alice Martin"));
        m_sim->addUser(QStringLiteral("bob@example.com"), QStringLiteral("Robert Alison"));
        m_sim->addUser(QStringLiteral("carol@corp.example"), QStringLiteral("Carol"));
        QCOMPARE(pageOf(QStringLiteral("users")), page(3, 3));
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("users?filter=ALI"))),
                 (QStringList{QStringLiteral("Alice Martin"), QStringLiteral("Robert Alison")}));
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("users?filter=corp"))), QStringList{QStringLiteral("Carol")});
        QCOMPARE(pageOf(QStringLiteral("users?filter=example")), page(3, 3));
        QCOMPARE(pageOf(QStringLiteral("users?filter=nobody")), page(0, 0));
    }

    void tenantFilterKeepsTheTenantsSpaces()
    {
        const QString t1 = m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("name"), QStringLiteral("T1")}});
        const QString t2 = m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("name"), QStringLiteral("T2")}});
        for (int i = 0; i < 23; ++i)
            m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("a%1").arg(i)}, {QStringLiteral("tenant"), t1}});
        for (int i = 0; i < 2; ++i)
            m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("b%1").arg(i)}, {QStringLiteral("tenant"), t2}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("none")}});
        QCOMPARE(pageOf(QStringLiteral("coSpaces?tenantFilter=") + t1), page(23, 20));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?tenantFilter=") + t1 + QStringLiteral("&offset=20")), page(23, 3));
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("coSpaces?tenantFilter=") + t2)), (QStringList{QStringLiteral("b0"), QStringLiteral("b1")}));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?tenantFilter=") + t1 + QStringLiteral("&filter=a1")), page(11, 11));   // a1, a10..a19
        QCOMPARE(pageOf(QStringLiteral("coSpaces?tenantFilter=") + kUnknownId), page(0, 0));
    }

    void callLegProfileFilterWorksOnSpacesAccessMethodsAndMembers()
    {
        const QString p = m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), QStringLiteral("P")}});
        const QString q = m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), QStringLiteral("Q")}});
        const QString s1 = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("s1")}, {QStringLiteral("callLegProfile"), p}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("s2")}, {QStringLiteral("callLegProfile"), q}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("s3")}, {QStringLiteral("callLegProfile"), p}});
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("s4")}});
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("coSpaces?callLegProfileFilter=") + p)), (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?callLegProfileFilter=") + q), page(1, 1));
        // The filter follows changes: a space moved to another profile, unset, deleted, and back.
        const QString s5 = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("s5")}, {QStringLiteral("callLegProfile"), p}});
        m_sim->change(QStringLiteral("coSpaces/") + s5, {{QStringLiteral("callLegProfile"), q}});
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("coSpaces?callLegProfileFilter=") + q)), (QStringList{QStringLiteral("s2"), QStringLiteral("s5")}));
        QCOMPARE(pageOf(QStringLiteral("coSpaces?callLegProfileFilter=") + p), page(2, 2));
        m_sim->change(QStringLiteral("coSpaces/") + s5, {{QStringLiteral("callLegProfile"), QString()}});
        QCOMPARE(pageOf(QStringLiteral("coSpaces?callLegProfileFilter=") + q), page(1, 1));
        m_sim->change(QStringLiteral("coSpaces/") + s5, {{QStringLiteral("callLegProfile"), p}});
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("coSpaces?callLegProfileFilter=") + p)),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s5")}));
        QCOMPARE(m_sim->del(QStringLiteral("coSpaces/") + s5).status, 200);
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("coSpaces?callLegProfileFilter=") + p)), (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));

        const QString methods = QStringLiteral("coSpaces/") + s1 + QStringLiteral("/accessMethods");
        m_sim->create(methods, {{QStringLiteral("uri"), QStringLiteral("am1")}, {QStringLiteral("callLegProfile"), p}});
        m_sim->create(methods, {{QStringLiteral("uri"), QStringLiteral("am2")}, {QStringLiteral("callLegProfile"), q}});
        m_sim->create(methods, {{QStringLiteral("uri"), QStringLiteral("am3")}, {QStringLiteral("callLegProfile"), p}});
        m_sim->create(methods, {{QStringLiteral("uri"), QStringLiteral("am4")}});
        QCOMPARE(pageOf(methods), page(4, 4));
        QCOMPARE(namesOf(m_sim->read(methods + QStringLiteral("?callLegProfileFilter=") + p), QStringLiteral("uri")),
                 (QStringList{QStringLiteral("am1"), QStringLiteral("am3")}));
        QCOMPARE(pageOf(methods + QStringLiteral("?callLegProfileFilter=") + q), page(1, 1));

        m_sim->addUser(QStringLiteral("u1@example.com"), QStringLiteral("U1"));
        m_sim->addUser(QStringLiteral("u2@example.com"), QStringLiteral("U2"));
        m_sim->addUser(QStringLiteral("u3@example.com"), QStringLiteral("U3"));
        const QString members = QStringLiteral("coSpaces/") + s1 + QStringLiteral("/coSpaceUsers");
        m_sim->create(members, {{QStringLiteral("userJid"), QStringLiteral("u1@example.com")}, {QStringLiteral("callLegProfile"), q}});
        m_sim->create(members, {{QStringLiteral("userJid"), QStringLiteral("u2@example.com")}});
        m_sim->create(members, {{QStringLiteral("userJid"), QStringLiteral("u3@example.com")}, {QStringLiteral("callLegProfile"), q}});
        QCOMPARE(pageOf(members), page(3, 3));
        QCOMPARE(namesOf(m_sim->read(members + QStringLiteral("?callLegProfileFilter=") + q), QStringLiteral("userJid")),
                 (QStringList{QStringLiteral("u1@example.com"), QStringLiteral("u3@example.com")}));
        QCOMPARE(pageOf(members + QStringLiteral("?callLegProfileFilter=") + p), page(0, 0));
    }

    void filterIsIgnoredByCollectionsThatHaveNone()
    {
        // Call profiles have no text to match: a server ignores the parameter, it does not empty the list.
        for (int i = 0; i < 3; ++i)
            m_sim->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QString::number(i)}});
        QCOMPARE(pageOf(QStringLiteral("callProfiles?filter=zzz")), page(3, 3));
        QCOMPARE(pageOf(QStringLiteral("callProfiles?filter=zzz&usageFilter=unreferenced")), page(3, 3));
    }

    void usageFilterSplitsReferencedAndUnreferencedCallLegProfiles()
    {
        auto profile = [this](const QString &name) {
            return m_sim->create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), name}});
        };
        const QString bySpace = profile(QStringLiteral("bySpace"));
        const QString byMethod = profile(QStringLiteral("byMethod"));
        const QString byMember = profile(QStringLiteral("byMember"));
        const QString byTenant = profile(QStringLiteral("byTenant"));
        const QString byTemplate = profile(QStringLiteral("byTemplate"));
        const QString byMethodTemplate = profile(QStringLiteral("byMethodTemplate"));
        const QString bySystem = profile(QStringLiteral("bySystem"));
        profile(QStringLiteral("unused1"));
        profile(QStringLiteral("unused2"));

        const QString space = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("callLegProfile"), bySpace}});
        const QString other = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("other")}});
        m_sim->create(QStringLiteral("coSpaces/") + other + QStringLiteral("/accessMethods"), {{QStringLiteral("callLegProfile"), byMethod}});
        m_sim->addUser(QStringLiteral("m@example.com"), QStringLiteral("M"));
        m_sim->create(QStringLiteral("coSpaces/") + other + QStringLiteral("/coSpaceUsers"),
                      {{QStringLiteral("userJid"), QStringLiteral("m@example.com")}, {QStringLiteral("callLegProfile"), byMember}});
        m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("callLegProfile"), byTenant}});
        const QString tmpl = m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("callLegProfile"), byTemplate}});
        m_sim->create(QStringLiteral("coSpaceTemplates/") + tmpl + QStringLiteral("/accessMethodTemplates"),
                      {{QStringLiteral("uriGenerator"), QStringLiteral("$.host")}, {QStringLiteral("callLegProfile"), byMethodTemplate}});
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("callLegProfile"), bySystem}});

        QCOMPARE(namesOf(m_sim->read(QStringLiteral("callLegProfiles?usageFilter=referenced"))),
                 (QStringList{QStringLiteral("bySpace"), QStringLiteral("byMethod"), QStringLiteral("byMember"),
                              QStringLiteral("byTenant"), QStringLiteral("byTemplate"), QStringLiteral("byMethodTemplate"),
                              QStringLiteral("bySystem")}));
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("callLegProfiles?usageFilter=unreferenced"))),
                 (QStringList{QStringLiteral("unused1"), QStringLiteral("unused2")}));
        QCOMPARE(pageOf(QStringLiteral("callLegProfiles")), page(9, 9));

        // References go away with what held them.
        QCOMPARE(m_sim->del(QStringLiteral("coSpaces/") + space).status, 200);
        QCOMPARE(m_sim->del(QStringLiteral("coSpaces/") + other).status, 200);
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("callLegProfile"), QString()}});
        QCOMPARE(pageOf(QStringLiteral("callLegProfiles?usageFilter=unreferenced")), page(6, 6));
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("callLegProfiles?usageFilter=referenced"))),
                 (QStringList{QStringLiteral("byTenant"), QStringLiteral("byTemplate"), QStringLiteral("byMethodTemplate")}));
    }

    void usageFilterSplitsReferencedAndUnreferencedCallProfiles()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(m_sim->create(QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QString::number(i)}}));
        m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("callProfile"), ids.at(0)}});
        m_sim->create(QStringLiteral("tenants"), {{QStringLiteral("callProfile"), ids.at(2)}});
        m_sim->create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("callProfile"), ids.at(4)}});
        const XmlNode used = m_sim->read(QStringLiteral("callProfiles?usageFilter=referenced"));
        QCOMPARE(used.ids(), (QStringList{ids.at(0), ids.at(2), ids.at(4)}));
        QCOMPARE(used.attribute(QStringLiteral("total")), QStringLiteral("3"));
        const XmlNode unused = m_sim->read(QStringLiteral("callProfiles?usageFilter=unreferenced"));
        QCOMPARE(unused.ids(), (QStringList{ids.at(1), ids.at(3)}));
        QCOMPARE(unused.attribute(QStringLiteral("total")), QStringLiteral("2"));
    }

    void usageFilterCoversDialInSecurityProfiles()
    {
        const QString bySpace = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("name"), QStringLiteral("bySpace")}});
        const QString byMethod = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("name"), QStringLiteral("byMethod")}});
        const QString bySystem = m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("name"), QStringLiteral("bySystem")}});
        m_sim->create(QStringLiteral("dialInSecurityProfiles"), {{QStringLiteral("name"), QStringLiteral("unused")}});
        const QString space = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("dialInSecurityProfile"), bySpace}});
        m_sim->create(QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods"), {{QStringLiteral("dialInSecurityProfile"), byMethod}});
        m_sim->change(QStringLiteral("system/profiles"), {{QStringLiteral("dialInSecurityProfile"), bySystem}});
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("dialInSecurityProfiles?usageFilter=referenced"))),
                 (QStringList{QStringLiteral("bySpace"), QStringLiteral("byMethod"), QStringLiteral("bySystem")}));
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("dialInSecurityProfiles?usageFilter=unreferenced"))), QStringList{QStringLiteral("unused")});
    }

    void invalidUsageFilterIsAParameterError_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::newRow("callLegProfiles") << QStringLiteral("callLegProfiles");
        QTest::newRow("callProfiles") << QStringLiteral("callProfiles");
    }

    void invalidUsageFilterIsAParameterError()
    {
        QFETCH(QString, collection);
        const HttpResult r = m_sim->get(collection + QStringLiteral("?usageFilter=sometimes"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(r), QStringLiteral("usageFilter"));
        QCOMPARE(errorOf(r), QStringLiteral("invalidValue"));
    }

    void filterFindsWhatTheFormCarried()
    {
        // Form and query encodings: '+', '&', '%', '=' and non-Latin text arrive intact.
        const QStringList names = {QStringLiteral("R\u00e9union & <Board> 50% + more = fun"), QStringLiteral("\ud68c\uc758\uc2e4 A"),
                                   QStringLiteral("\u063a\u0631\u0641\u0629 \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639\u0627\u062a")};
        QStringList ids;
        for (const QString &name : names)
            ids.append(m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), name}}));
        for (qsizetype i = 0; i < names.size(); ++i)
            QCOMPARE(m_sim->read(QStringLiteral("coSpaces/") + ids.at(i)).value(QStringLiteral("name")), names.at(i));
        auto found = [this](const QString &filter) {
            return namesOf(m_sim->read(QStringLiteral("coSpaces?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter))));
        };
        QCOMPARE(found(QStringLiteral("% + m")), QStringList{names.at(0)});
        QCOMPARE(found(QStringLiteral("& <b")), QStringList{names.at(0)});
        QCOMPARE(found(QStringLiteral("\ud68c\uc758\uc2e4 a")), QStringList{names.at(1)});
        QCOMPARE(found(QStringLiteral("\u0627\u0644\u0627")), QStringList{names.at(2)});
        // A '+' in a query is a space, as in any form encoding.
        QCOMPARE(namesOf(m_sim->read(QStringLiteral("coSpaces?filter=50%25+%2B"))), QStringList{names.at(0)});
    }

    // --- failure replies ----------------------------------------------------------------------

    void failureBodyIsFailureDetailsWithOneReasonElement()
    {
        const HttpResult r = m_sim->get(QStringLiteral("coSpaces/") + kUnknownId);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        QVERIFY2(r.body.startsWith("<?xml version=\"1.0\"?>"), r.body.constData());
        const XmlNode root = r.xml();
        QCOMPARE(root.name, QStringLiteral("failureDetails"));
        QCOMPARE(root.children.size(), 1);
        const XmlNode &reason = root.children.first();
        QCOMPARE(reason.name, QStringLiteral("coSpaceDoesNotExist"));
        QVERIFY(reason.children.isEmpty());
        QVERIFY(reason.text.isEmpty());
        QVERIFY(reason.attributes.isEmpty());
    }

    void unknownIdsGiveTheCollectionsReason_data()
    {
        // {space} and {template} stand for existing parents; {x} for an id nothing has.
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("writable");
        auto row = [](const char *name, const char *path, const char *reason, bool writable = true) {
            QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(reason) << writable;
        };
        row("coSpace", "coSpaces/{x}", "coSpaceDoesNotExist");
        row("accessMethod", "coSpaces/{space}/accessMethods/{x}", "accessMethodDoesNotExist");
        row("accessMethod of unknown space", "coSpaces/{x}/accessMethods/{x}", "coSpaceDoesNotExist");
        row("coSpaceUser", "coSpaces/{space}/coSpaceUsers/{x}", "coSpaceUserDoesNotExist");
        row("callProfile", "callProfiles/{x}", "callProfileDoesNotExist");
        row("callLegProfile", "callLegProfiles/{x}", "callLegProfileDoesNotExist");
        row("coSpaceTemplate", "coSpaceTemplates/{x}", "coSpaceTemplateDoesNotExist");
        row("accessMethodTemplate", "coSpaceTemplates/{template}/accessMethodTemplates/{x}",
            "coSpaceAccessMethodTemplateDoesNotExist");
        row("tenant", "tenants/{x}", "tenantDoesNotExist");
        row("callBridge", "callBridges/{x}", "callBridgeDoesNotExist");
        row("dialInSecurityProfile", "dialInSecurityProfiles/{x}", "dialInSecurityProfileDoesNotExist");
        row("user", "users/{x}", "userDoesNotExist", false);
        row("callLegProfile usage", "callLegProfiles/{x}/usage", "callLegProfileDoesNotExist", false);
    }

    void unknownIdsGiveTheCollectionsReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QFETCH(bool, writable);
        path.replace(QStringLiteral("{space}"), m_sim->create(QStringLiteral("coSpaces"), {}));
        path.replace(QStringLiteral("{template}"), m_sim->create(QStringLiteral("coSpaceTemplates"), {}));
        path.replace(QStringLiteral("{x}"), kUnknownId);
        QList<HttpResult> replies = {m_sim->get(path)};
        if (writable)
            replies += {m_sim->put(path, {{QStringLiteral("name"), QStringLiteral("x")}}), m_sim->del(path)};
        for (const HttpResult &r : std::as_const(replies)) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.failureReason(), reason);
        }
    }

    void unknownParentOfANestedCollectionIsReported()
    {
        const HttpResult list = m_sim->get(QStringLiteral("coSpaces/") + kUnknownId + QStringLiteral("/accessMethods"));
        QCOMPARE(list.failureReason(), QStringLiteral("coSpaceDoesNotExist"));
        const HttpResult add = m_sim->post(QStringLiteral("coSpaces/") + kUnknownId + QStringLiteral("/coSpaceUsers"),
                                           {{QStringLiteral("userJid"), QStringLiteral("a@b")}});
        QCOMPARE(add.failureReason(), QStringLiteral("coSpaceDoesNotExist"));
        const HttpResult templates = m_sim->get(QStringLiteral("users/") + kUnknownId + QStringLiteral("/userCoSpaceTemplates"));
        QCOMPARE(templates.failureReason(), QStringLiteral("userDoesNotExist"));
    }

    void unknownIdsAre404OnlyWhenConfigured()
    {
        ClusterOptions options = oneBridge();
        options.notFoundAs404 = true;
        m_sim = std::make_unique<ConfigFixture>(options);
        const QString space = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("taken")}});
        const QStringList paths = {QStringLiteral("coSpaces/") + kUnknownId, QStringLiteral("callLegProfiles/") + kUnknownId,
                                   QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods/") + kUnknownId};
        for (const QString &path : paths) {
            for (const HttpResult &r : {m_sim->get(path), m_sim->put(path, {}), m_sim->del(path)}) {
                QCOMPARE(r.status, 404);
                QVERIFY(r.failureReason().endsWith(QLatin1String("DoesNotExist")));
            }
        }
        // What is not about an unknown id stays 400.
        const HttpResult duplicate = m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("uri"), QStringLiteral("taken")}});
        QCOMPARE(duplicate.status, 400);
        QCOMPARE(duplicate.failureReason(), QStringLiteral("duplicateCoSpaceUri"));
        const HttpResult invalid = m_sim->post(QStringLiteral("coSpaces"), {{QStringLiteral("nonMemberAccess"), QStringLiteral("yes")}});
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.failureReason(), QStringLiteral("parameterError"));
    }

    void invalidValuesAreParameterErrors_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        auto row = [](const char *name, const char *collection, const char *parameter, const char *value) {
            QTest::newRow(name) << QString::fromLatin1(collection) << QString::fromLatin1(parameter) << QString::fromLatin1(value);
        };
        row("bool", "coSpaces", "nonMemberAccess", "yes");
        row("bool in capitals", "coSpaces", "nonMemberAccess", "TRUE");
        row("layout", "coSpaces", "defaultLayout", "grid");
        row("callId with letters", "coSpaces", "callId", "12ab");
        row("negative callId", "coSpaces", "callId", "-12");
        row("passcode with a space", "coSpaces", "passcode", "12 34");
        row("uri with @", "coSpaces", "uri", "room@example.com");
        row("uri with a space", "coSpaces", "uri", "my room");
        row("secondaryUri with @", "coSpaces", "secondaryUri", "a@b");
        row("access method callId", "coSpaces/{space}/accessMethods", "callId", "1x");
        row("access method scope", "coSpaces/{space}/accessMethods", "scope", "everyone");
        row("access method uri", "coSpaces/{space}/accessMethods", "uri", "a b");
        row("member bool", "coSpaces/{space}/coSpaceUsers", "canDestroy", "1");
        row("leg profile layout", "callLegProfiles", "defaultLayout", "big");
        row("leg profile deactivationMode", "callLegProfiles", "deactivationMode", "later");
        row("leg profile seconds", "callLegProfiles", "deactivationModeTime", "soon");
        row("participantLimit", "callProfiles", "participantLimit", "ten");
        row("streamingMode", "callProfiles", "streamingMode", "sometimes");
        row("passcodeMode", "callProfiles", "passcodeMode", "never");
        row("tenant participantLimit", "tenants", "participantLimit", "-1");
        row("minPasscodeLength", "dialInSecurityProfiles", "minPasscodeLength", "four");
        row("generateUniqueCallId", "coSpaceTemplates/{template}/accessMethodTemplates", "generateUniqueCallId", "maybe");
    }

    void invalidValuesAreParameterErrors()
    {
        QFETCH(QString, collection);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        const QString space = m_sim->create(QStringLiteral("coSpaces"), {});
        const QString tmpl = m_sim->create(QStringLiteral("coSpaceTemplates"), {});
        collection.replace(QStringLiteral("{space}"), space).replace(QStringLiteral("{template}"), tmpl);
        Form base;
        if (collection.endsWith(QLatin1String("coSpaceUsers"))) {
            m_sim->addUser(QStringLiteral("p@example.com"), QStringLiteral("P"));
            base.insert(QStringLiteral("userJid"), QStringLiteral("p@example.com"));
        }
        Form bad = base;
        bad.insert(parameter, value);
        const int before = m_sim->read(collection).attribute(QStringLiteral("total")).toInt();

        const HttpResult created = m_sim->post(collection, bad);
        QCOMPARE(created.status, 400);
        QCOMPARE(created.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(created), parameter);
        QCOMPARE(errorOf(created), QStringLiteral("invalidValue"));
        QCOMPARE(m_sim->read(collection).attribute(QStringLiteral("total")).toInt(), before);

        // The same value is refused by PUT, which then changes nothing.
        const QString id = m_sim->create(collection, base);
        const QString object = collection + QLatin1Char('/') + id;
        const QByteArray original = m_sim->get(object).body;
        const HttpResult changed = m_sim->put(object, {{parameter, value}});
        QCOMPARE(changed.status, 400);
        QCOMPARE(changed.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(parameterOf(changed), parameter);
        QCOMPARE(m_sim->get(object).body, original);
    }

    void referencesToUnknownObjectsAreRefused_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const char *collection, const char *parameter, const char *reason) {
            QTest::newRow(name) << QString::fromLatin1(collection) << QString::fromLatin1(parameter) << QString::fromLatin1(reason);
        };
        row("space callLegProfile", "coSpaces", "callLegProfile", "callLegProfileDoesNotExist");
        row("space callProfile", "coSpaces", "callProfile", "callProfileDoesNotExist");
        row("space tenant", "coSpaces", "tenant", "tenantDoesNotExist");
        row("space dialInSecurityProfile", "coSpaces", "dialInSecurityProfile", "dialInSecurityProfileDoesNotExist");
        row("access method callLegProfile", "coSpaces/{space}/accessMethods", "callLegProfile", "callLegProfileDoesNotExist");
        row("access method dialInSecurityProfile", "coSpaces/{space}/accessMethods", "dialInSecurityProfile",
            "dialInSecurityProfileDoesNotExist");
        row("tenant callProfile", "tenants", "callProfile", "callProfileDoesNotExist");
        row("tenant callLegProfile", "tenants", "callLegProfile", "callLegProfileDoesNotExist");
        row("tenant dialInSecurityProfile", "tenants", "dialInSecurityProfile", "dialInSecurityProfileDoesNotExist");
        row("template callLegProfile", "coSpaceTemplates", "callLegProfile", "callLegProfileDoesNotExist");
        row("template callProfile", "coSpaceTemplates", "callProfile", "callProfileDoesNotExist");
        row("bulk set tenant", "cospaceBulkParameterSets", "tenant", "tenantDoesNotExist");
        row("bulk set callProfile", "cospaceBulkParameterSets", "callProfile", "callProfileDoesNotExist");
    }

    void referencesToUnknownObjectsAreRefused()
    {
        QFETCH(QString, collection);
        QFETCH(QString, parameter);
        QFETCH(QString, reason);
        collection.replace(QStringLiteral("{space}"), m_sim->create(QStringLiteral("coSpaces"), {}));
        const HttpResult created = m_sim->post(collection, {{parameter, kUnknownId}});
        QCOMPARE(created.status, 400);
        QCOMPARE(created.failureReason(), reason);
        const QString id = m_sim->create(collection, {});
        const HttpResult changed = m_sim->put(collection + QLatin1Char('/') + id, {{parameter, kUnknownId}});
        QCOMPARE(changed.status, 400);
        QCOMPARE(changed.failureReason(), reason);
        QVERIFY(!m_sim->read(collection + QLatin1Char('/') + id).has(parameter));
    }

    void systemProfilesRefuseUnknownProfiles()
    {
        const HttpResult r = m_sim->put(QStringLiteral("system/profiles"), {{QStringLiteral("callProfile"), kUnknownId}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("callProfileDoesNotExist"));
        QVERIFY(!m_sim->read(QStringLiteral("system/profiles")).has(QStringLiteral("callProfile")));
    }

    // --- document shapes ----------------------------------------------------------------------

    void emptyCollectionHasTotalZeroAndNoItems()
    {
        const HttpResult r = m_sim->get(QStringLiteral("coSpaces"));
        QCOMPARE(r.status, 200);
        static const QRegularExpression shape(
            QStringLiteral("^<\\?xml version=\"1.0\"\\?>\\s*<coSpaces total=\"0\"\\s*(/>|></coSpaces>)\\s*$"));
        QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
        const QString space = m_sim->create(QStringLiteral("coSpaces"), {});
        const XmlNode methods = m_sim->read(QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods"));
        QCOMPARE(methods.name, QStringLiteral("accessMethods"));
        QCOMPARE(methods.attribute(QStringLiteral("total")), QStringLiteral("0"));
        QVERIFY(methods.children.isEmpty());
    }

    void collectionItemsCarryTheirIdAsAnAttribute()
    {
        const QString id = m_sim->create(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("One")}});
        const XmlNode list = m_sim->read(QStringLiteral("coSpaces"));
        QCOMPARE(list.name, QStringLiteral("coSpaces"));
        QCOMPARE(list.children.size(), 1);
        QCOMPARE(list.children.first().name, QStringLiteral("coSpace"));
        QCOMPARE(list.ids(), QStringList{id});
        const XmlNode detail = m_sim->read(QStringLiteral("coSpaces/") + id);
        QCOMPARE(detail.name, QStringLiteral("coSpace"));
        QCOMPARE(detail.attribute(QStringLiteral("id")), id);
    }

    void spacedXmlDeclarationIsWrittenWhenConfigured()
    {
        ClusterOptions options = oneBridge();
        options.spacedXmlDeclaration = true;
        m_sim = std::make_unique<ConfigFixture>(options);
        const HttpResult list = m_sim->get(QStringLiteral("coSpaces"));
        QVERIFY2(list.body.startsWith("<?xml version=\"1.0\" ?>"), list.body.constData());
        QCOMPARE(list.xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        const HttpResult failure = m_sim->get(QStringLiteral("coSpaces/") + kUnknownId);
        QVERIFY2(failure.body.startsWith("<?xml version=\"1.0\" ?>"), failure.body.constData());
        QCOMPARE(failure.failureReason(), QStringLiteral("coSpaceDoesNotExist"));
        const HttpResult profiles = m_sim->get(QStringLiteral("system/profiles"));
        QVERIFY2(profiles.body.startsWith("<?xml version=\"1.0\" ?>"), profiles.body.constData());
    }
};

QTEST_MAIN(TestSimConfig)
#include "tst_simconfig.moc"
