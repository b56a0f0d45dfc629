// MembersModel and UserCompletionModel against a simulated cluster: a space's members with their
// permissions summed up and their call leg profile by name, rows inserted, changed and removed one by
// one, and the cluster's users for completion, read once per session; under QAbstractItemModelTester.
#include "apimessage.h"
#include "clientendpoints.h"
#include "clusterregistry.h"
#include "clustersession.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "membersmodel.h"
#include "memorycredentialstore.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"
#include "usercompletionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using Column = models::MembersModel::Column;

namespace {

constexpr int kUsers = 30;
constexpr int kMembers = 24; // more than a page of 20

const cmssim::TypeSpec &memberType()
{
    return *cmssim::TypeSchema::find(QStringLiteral("coSpaceUsers"), QStringLiteral("coSpaces"));
}

} // namespace

class TestMembersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsMembersWithPermissions();
    void updatesRowByRow();
    void completionListsEveryUserOncePerSession();

private:
    QList<const cmssim::ConfigObject *> users() const;

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::MemoryCredentialStore> m_credentials;
    std::unique_ptr<cms::ClusterRegistry> m_registry;
    cms::ClusterSession *m_session = nullptr;
    QString m_spaceId;
    QString m_profileId;
};

QList<const cmssim::ConfigObject *> TestMembersModel::users() const
{
    QList<const cmssim::ConfigObject *> list;
    if (const cmssim::ObjectTable *table = m_cluster->store().findTable(QStringLiteral("users"))) {
        for (const cmssim::ConfigObject *user : table->ordered())
            list.append(user);
    }
    return list;
}

void TestMembersModel::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.users = kUsers;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QCOMPARE(users().size(), kUsers);

    const auto profile
        = m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("callLegProfiles")), {},
            {{QStringLiteral("name"), QStringLiteral("Hosts")}});
    QVERIFY(std::holds_alternative<QString>(profile));
    m_profileId = std::get<QString>(profile);
    const auto space = m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
        {{QStringLiteral("name"), QStringLiteral("Members space")},
            {QStringLiteral("uri"), QStringLiteral("members.space")}});
    QVERIFY(std::holds_alternative<QString>(space));
    m_spaceId = std::get<QString>(space);
    const auto all = users();
    for (int i = 0; i < kMembers; ++i) {
        cmssim::Params params = {{QStringLiteral("userJid"), all.at(i)->value(QStringLiteral("userJid"))}};
        if (i == 0) {
            params.insert(QStringLiteral("canDestroy"), QStringLiteral("true"));
            params.insert(QStringLiteral("canChangeName"), QStringLiteral("true"));
            params.insert(QStringLiteral("callLegProfile"), m_profileId);
        }
        const auto member = m_cluster->config().create(memberType(), m_spaceId, params);
        QVERIFY(std::holds_alternative<QString>(member));
    }

    m_credentials = std::make_unique<cms::MemoryCredentialStore>();
    m_registry = std::make_unique<cms::ClusterRegistry>(nullptr, *m_credentials, nullptr, nullptr);
    const QList<cms::Endpoint> endpoints = pinnedEndpoints(*m_cluster);
    cms::ClusterProfile cluster
        = cms::ClusterProfile::create(QStringLiteral("Lab"), endpoints.at(0).baseUrl, kTestUser);
    cluster.endpoints[0].pinnedSha256 = endpoints.at(0).pinnedSha256;
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    m_registry->saveCluster(cluster, {{0, kTestPassword}});
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
    m_session = m_registry->session(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), cms::ClusterSession::State::Open, 10000);
}

void TestMembersModel::cleanupTestCase()
{
    m_registry.reset();
    m_credentials.reset();
    m_cluster.reset();
}

void TestMembersModel::readsMembersWithPermissions()
{
    models::MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpace(m_session, m_spaceId);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kMembers, 10000);

    const QString firstJid = users().at(0)->value(QStringLiteral("userJid"));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, int(Column::User)).data().toString() == firstJid)
            row = r;
    }
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(row, int(Column::Permissions)).data(models::MembersModel::RawValueRole).toInt(), 2,
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(row, int(Column::CallLegProfile)).data().toString(), QStringLiteral("Hosts"), 10000);
    const QStringList permissions = model.permissionFields();
    QVERIFY(permissions.contains(QStringLiteral("canDestroy")));
    QVERIFY(permissions.contains(QStringLiteral("canAddRemoveMember")));
    QVERIFY(!permissions.contains(QStringLiteral("autoGenerated")));
    const QString summary = model.index(row, int(Column::Permissions)).data().toString();
    QVERIFY2(summary.contains(QString::number(permissions.size())), qPrintable(summary));
    QVERIFY(!model.index(row, int(Column::Permissions)).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestMembersModel::updatesRowByRow()
{
    models::MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpace(m_session, m_spaceId);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kMembers, 10000);
    QTest::qWait(200); // let the detail reads settle
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QString jid = users().at(kMembers)->value(QStringLiteral("userJid"));
    const auto member
        = m_cluster->config().create(memberType(), m_spaceId, {{QStringLiteral("userJid"), jid}});
    QVERIFY(std::holds_alternative<QString>(member));
    const QString id = std::get<QString>(member);
    model.refreshObject(id);
    QTRY_COMPARE(inserted.size(), 1);
    const int row = model.rowOf(id);
    QCOMPARE(row, kMembers);
    QCOMPARE(model.index(row, int(Column::User)).data().toString(), jid);
    QCOMPARE(model.index(row, int(Column::Permissions)).data(models::MembersModel::RawValueRole).toInt(), 0);

    QVERIFY(!m_cluster->config().update(
        memberType(), m_spaceId, id, {{QStringLiteral("canChangeUri"), QStringLiteral("true")}}));
    changed.clear();
    model.refreshObject(id);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, int(Column::Permissions)).data(models::MembersModel::RawValueRole).toInt(), 1);

    QVERIFY(!m_cluster->config().remove(memberType(), m_spaceId, id));
    model.removeObject(id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), kMembers);
    QCOMPARE(reset.size(), 0);
}

void TestMembersModel::completionListsEveryUserOncePerSession()
{
    models::UserCompletionModel *model = models::UserCompletionModel::forSession(m_session);
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), kUsers, 10000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(models::UserCompletionModel::forSession(m_session), model); // cached

    const cmssim::ConfigObject *user = users().at(3);
    const QString jid = user->value(QStringLiteral("userJid"));
    const QString name = user->value(QStringLiteral("name"));
    QModelIndexList hits
        = model->match(model->index(0, 0), models::UserCompletionModel::JidRole, jid, -1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    const QString shown = hits.first().data().toString();
    QVERIFY2(shown.contains(jid) && shown.contains(name), qPrintable(shown));
    QCOMPARE(hits.first().data(models::UserCompletionModel::NameRole).toString(), name);
    // The completer's matching: anywhere, any case.
    hits = model->match(model->index(0, 0), Qt::DisplayRole, name.mid(1, 3).toUpper(), -1, Qt::MatchContains);
    QVERIFY(!hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestMembersModel)
#include "tst_membersmodel.moc"
