// Re-pointing the references to a profile and deleting it, against the simulator: every reference the
// usage lists (global, a tenant, spaces, a space template, an access method template) is moved to the
// replacement, or unset, and the profile is gone from the store; a fault injected at a middle step
// leaves the store exactly as it was; a profile the server says members use, without naming them, is
// neither touched nor deleted, and the refusal says why.
#include "operations/profilerepoint.h"

#include "clientendpoints.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cms;
using Outcome = OperationResult::Outcome;

namespace {
const QString kField = QStringLiteral("callLegProfile");
}

class TestProfileRepoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repointThenDelete();
    void unsetThenDelete();
    void faultAtAMiddleStepLeavesTheStoreAsItWas();
    void membersTheServerCannotListRefuseThePlan();

private:
    QString create(const QString &collection, const cmssim::Params &params, const QString &parentId = {});
    void setProfile(const QString &collection, const QString &id, const QString &profile, const QString &parentId = {});
    // A fresh call leg profile referenced at every level the usage lists; returns its id.
    QString profileUsedEverywhere(const QString &name);
    // Every object (and the global profiles) whose field names the id, as "collection/id".
    QStringList referencesTo(const QString &id) const;
    // Every field of the objects a re-pointing can touch, and the call leg profiles that exist.
    QMap<QString, QString> snapshot() const;
    OperationResult run(ProfileRepoint &operation, const std::function<void()> &whilePlanned = {});

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;
    QString m_replacement;
    QStringList m_spaces;
    QStringList m_tenants;
};

void TestProfileRepoint::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.tenants = 2;
    spec.users = 10;
    spec.spaces = 40;
    spec.callLegProfiles = 2;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);
    for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered())
        m_spaces << space->id;
    for (const cmssim::ConfigObject *tenant : m_cluster->store().table(QStringLiteral("tenants")).ordered())
        m_tenants << tenant->id;
    QVERIFY(m_spaces.size() >= 6 && !m_tenants.isEmpty());
    m_replacement = create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), QStringLiteral("Replacement")}});
    m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
}

QString TestProfileRepoint::create(const QString &collection, const cmssim::Params &params, const QString &parentId)
{
    const auto created = m_cluster->config().create(cmssim::TypeSchema::get(collection), parentId, params);
    return std::get<QString>(created);
}

void TestProfileRepoint::setProfile(const QString &collection, const QString &id, const QString &profile, const QString &parentId)
{
    const auto failure = m_cluster->config().update(cmssim::TypeSchema::get(collection), parentId, id, {{kField, profile}});
    QVERIFY(!failure);
}

QString TestProfileRepoint::profileUsedEverywhere(const QString &name)
{
    static int used = 0;
    const QString id = create(QStringLiteral("callLegProfiles"), {{QStringLiteral("name"), name}});
    m_cluster->store().systemProfiles().fields.insert(kField, id);
    setProfile(QStringLiteral("tenants"), m_tenants.first(), id);
    for (int i = 0; i < 3; ++i)
        setProfile(QStringLiteral("coSpaces"), m_spaces.at(used++ % m_spaces.size()), id);
    const QString spaceTemplate = create(QStringLiteral("coSpaceTemplates"), {{QStringLiteral("name"), name + QStringLiteral(" template")},
                                                                              {kField, id}});
    create(QStringLiteral("accessMethodTemplates"),
           {{QStringLiteral("name"), name + QStringLiteral(" guests")}, {QStringLiteral("uriGenerator"), QStringLiteral("$.guest")},
            {kField, id}},
           spaceTemplate);
    return id;
}

QStringList TestProfileRepoint::referencesTo(const QString &id) const
{
    QStringList found;
    if (m_cluster->store().systemProfiles().value(kField) == id)
        found << QStringLiteral("system/profiles");
    const QMap<QString, QString> all = snapshot();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().endsWith(QLatin1Char('/') + kField) && it.value() == id && !it.key().startsWith(QLatin1String("system/")))
            found << it.key().chopped(kField.size() + 1);
    }
    return found;
}

QMap<QString, QString> TestProfileRepoint::snapshot() const
{
    QMap<QString, QString> out;
    auto add = [&out](const QString &prefix, const cmssim::ConfigObject &object) {
        for (const auto &[key, value] : object.fields)
            out.insert(prefix + object.id + QLatin1Char('/') + key, value);
        out.insert(prefix + object.id, QStringLiteral("exists"));
    };
    auto addTable = [&](const QString &collection, const QString &parentId = {}) {
        if (const cmssim::ObjectTable *table = m_cluster->store().findTable(collection, parentId)) {
            for (const cmssim::ConfigObject *object : table->ordered())
                add(collection + QLatin1Char('/') + (parentId.isEmpty() ? QString() : parentId + QLatin1Char('/')), *object);
        }
    };
    add(QStringLiteral("system/profiles"), m_cluster->store().systemProfiles());
    for (const QString &collection : {QStringLiteral("tenants"), QStringLiteral("coSpaces"), QStringLiteral("callLegProfiles"),
                                      QStringLiteral("coSpaceTemplates")})
        addTable(collection);
    for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
        addTable(QStringLiteral("accessMethods"), space->id);
        addTable(QStringLiteral("coSpaceUsers"), space->id);
    }
    if (const cmssim::ObjectTable *templates = m_cluster->store().findTable(QStringLiteral("coSpaceTemplates"))) {
        for (const cmssim::ConfigObject *spaceTemplate : templates->ordered())
            addTable(QStringLiteral("accessMethodTemplates"), spaceTemplate->id);
    }
    return out;
}

OperationResult TestProfileRepoint::run(ProfileRepoint &operation, const std::function<void()> &whilePlanned)
{
    QSignalSpy planned(&operation, &Operation::planned);
    QSignalSpy finished(&operation, &Operation::finished);
    operation.plan();
    [&] { QVERIFY(QTest::qWaitFor([&] { return planned.count() || finished.count(); }, 30000)); }();
    if (planned.count()) {
        if (whilePlanned)
            whilePlanned();
        operation.execute();
    }
    [&] { QVERIFY(finished.count() || finished.wait(30000)); }();
    return operation.result();
}

void TestProfileRepoint::repointThenDelete()
{
    const QString profile = profileUsedEverywhere(QStringLiteral("Retired"));
    const QStringList before = referencesTo(profile);
    QCOMPARE(before.size(), 1 + 1 + 3 + 1 + 1);

    ProfileRepoint operation(*m_connection, ProfileRepoint::Kind::CallLegProfile, profile, m_replacement);
    operation.setDisplayNames(QStringLiteral("Retired"), QStringLiteral("Replacement"));
    const OperationResult result = run(operation, [&] {
        // The preview names every place, then the check and the delete.
        const QStringList preview = operation.preview();
        QCOMPARE(preview.size(), before.size() + 2);
        QVERIFY(preview.first().contains(QLatin1String("PUT /system/profiles callLegProfile=") + m_replacement));
        QVERIFY(preview.last().contains(QLatin1String("DELETE /callLegProfiles/") + profile));
        QVERIFY(operation.notCovered().isEmpty());
    });
    QVERIFY2(result.succeeded(), qPrintable(result.message));

    QVERIFY(!m_cluster->store().find(QStringLiteral("callLegProfiles"), profile));
    QVERIFY(referencesTo(profile).isEmpty());
    // Every place that named the profile names the replacement now.
    const QStringList now = referencesTo(m_replacement);
    for (const QString &place : before)
        QVERIFY2(now.contains(place), qPrintable(place));
}

void TestProfileRepoint::unsetThenDelete()
{
    const QString profile = profileUsedEverywhere(QStringLiteral("Unset"));
    const QMap<QString, QString> before = snapshot();
    const QStringList places = referencesTo(profile);
    ProfileRepoint operation(*m_connection, ProfileRepoint::Kind::CallLegProfile, profile, QString());
    const OperationResult result = run(operation);
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    QVERIFY(!m_cluster->store().find(QStringLiteral("callLegProfiles"), profile));
    const QMap<QString, QString> after = snapshot();
    for (const QString &place : places) {
        const QString key = place + QLatin1Char('/') + kField;
        QCOMPARE(before.value(key), profile);
        QVERIFY2(!after.contains(key), qPrintable(key));   // unset: the level above applies
    }
}

void TestProfileRepoint::faultAtAMiddleStepLeavesTheStoreAsItWas()
{
    const QString profile = profileUsedEverywhere(QStringLiteral("Kept"));
    const QMap<QString, QString> before = snapshot();

    ProfileRepoint operation(*m_connection, ProfileRepoint::Kind::CallLegProfile, profile, m_replacement);
    int faultyStep = -1;
    QStringList undone;
    auto setErrors = [this](double rate) {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->bridge(i).faults().errorRate = rate;
    };
    // Every bridge answers 500 from the middle step on, until the rollback starts.
    connect(&operation, &Operation::stepStarted, this, [&](int index) {
        if (index == faultyStep)
            setErrors(1.0);
    });
    connect(&operation, &Operation::undoStarted, this, [&](int index, const QString &description) {
        setErrors(0);
        undone << QString::number(index) + QLatin1Char(' ') + description;
    });
    const OperationResult result = run(operation, [&] { faultyStep = operation.stepCount() / 2; });
    setErrors(0);

    QCOMPARE(result.outcome, Outcome::RolledBack);
    QCOMPARE(result.failedStep, faultyStep);
    QVERIFY(faultyStep > 1 && faultyStep < operation.stepCount() - 2);   // a PUT with PUTs done before it
    QCOMPARE(undone.size(), faultyStep);   // every step done, in reverse order
    QVERIFY(undone.first().startsWith(QString::number(faultyStep - 1) + QLatin1Char(' ')));
    QVERIFY(undone.last().startsWith(QStringLiteral("0 ")));
    QVERIFY(m_cluster->store().find(QStringLiteral("callLegProfiles"), profile));
    const QMap<QString, QString> after = snapshot();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(after, before);
}

void TestProfileRepoint::membersTheServerCannotListRefuseThePlan()
{
    const QString profile = profileUsedEverywhere(QStringLiteral("Members"));
    const QString jid = m_cluster->store().table(QStringLiteral("users")).ordered().front()->value(QStringLiteral("userJid"));
    create(QStringLiteral("coSpaceUsers"), {{QStringLiteral("userJid"), jid}, {kField, profile}}, m_spaces.last());
    const QMap<QString, QString> before = snapshot();

    ProfileRepoint operation(*m_connection, ProfileRepoint::Kind::CallLegProfile, profile, m_replacement);
    const OperationResult result = run(operation);
    QCOMPARE(result.outcome, Outcome::Refused);
    QCOMPARE(operation.stepCount(), 0);
    QCOMPARE(operation.notCovered().size(), 1);
    QVERIFY(result.message.contains(operation.notCovered().first()));
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestProfileRepoint)
#include "tst_profilerepoint.moc"
