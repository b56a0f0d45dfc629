// AccessMethodsModel against a simulated cluster: every page of a space's access methods read, the
// details of each (passcode set, call leg profile by name, scope), and rows inserted, changed and
// removed one by one after changes, never reset; all under QAbstractItemModelTester.
#include "spaces/accessmethodsmodel.h"
#include "apimessage.h"
#include "cluster/clustersession.h"
#include "configapi.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using Column = models::AccessMethodsModel::Column;

namespace {

// More than one page of the simulator (20 per page), so that the pager's work shows.
constexpr int kMethods = 27;

QString created(cmssim::SimCluster &cluster, const QString &collection, const QString &parent,
    const QString &parentId, const cmssim::Params &params)
{
    const cmssim::TypeSpec *type = cmssim::TypeSchema::find(collection, parent);
    if (!type)
        return {};
    const auto result = cluster.config().create(*type, parentId, params);
    if (const auto *failure = std::get_if<cmssim::Failure>(&result)) {
        qWarning("create %s refused: %s", qPrintable(collection), qPrintable(failure->reason));
        return {};
    }
    return std::get<QString>(result);
}

} // namespace

class TestAccessMethodsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsEveryPageWithDetails();
    void updatesRowByRow();
    void emptiesForNoSpace();

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    cms::ClusterSession *m_session = nullptr;
    QString m_spaceId;
    QString m_guestProfileId;
};

void TestAccessMethodsModel::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    m_guestProfileId = created(*m_cluster, QStringLiteral("callLegProfiles"), {}, {},
        {{QStringLiteral("name"), QStringLiteral("Guests")}});
    QVERIFY(!m_guestProfileId.isEmpty());
    m_spaceId = created(*m_cluster, QStringLiteral("coSpaces"), {}, {},
        {{QStringLiteral("name"), QStringLiteral("Model space")},
            {QStringLiteral("uri"), QStringLiteral("model.space")}});
    QVERIFY(!m_spaceId.isEmpty());
    for (int i = 0; i < kMethods; ++i) {
        cmssim::Params params = {{QStringLiteral("name"), QStringLiteral("Way in %1").arg(i)},
            {QStringLiteral("uri"), QStringLiteral("model.way%1").arg(i)},
            {QStringLiteral("callId"), QString::number(7100000 + i)},
            {QStringLiteral("scope"), i % 2 ? QStringLiteral("private") : QStringLiteral("public")}};
        if (i % 3 == 0)
            params.insert(QStringLiteral("passcode"), QString::number(4000 + i));
        if (i % 4 == 0)
            params.insert(QStringLiteral("callLegProfile"), m_guestProfileId);
        QVERIFY(!created(
            *m_cluster, QStringLiteral("accessMethods"), QStringLiteral("coSpaces"), m_spaceId, params)
                     .isEmpty());
    }

    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_session = m_test->session;
}

void TestAccessMethodsModel::cleanupTestCase()
{
    m_test.reset();
    m_cluster.reset();
}

void TestAccessMethodsModel::readsEveryPageWithDetails()
{
    models::AccessMethodsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpace(m_session, m_spaceId);
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kMethods, 10000);
    QVERIFY(!model.isLoading());

    // The details arrive after the list: the passcode and the profile are not in list items.
    const int row = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, int(Column::Name)).data().toString() == QLatin1String("Way in 12"))
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(row, int(Column::CallLegProfile)).data().toString(), QStringLiteral("Guests"), 10000);
    QCOMPARE(model.index(row, int(Column::Uri)).data().toString(), QStringLiteral("model.way12"));
    QCOMPARE(model.index(row, int(Column::CallId)).data().toString(), QStringLiteral("7100012"));
    QCOMPARE(model.index(row, int(Column::Passcode)).data(models::AccessMethodsModel::RawValueRole).toBool(),
        true);
    QVERIFY(!model.index(row, int(Column::Passcode)).data().toString().isEmpty());
    QVERIFY(!model.index(row, int(Column::Passcode)).data().toString().contains(QLatin1String("4012")));
    QCOMPARE(model.index(row, int(Column::Scope)).data(models::AccessMethodsModel::RawValueRole).toString(),
        QStringLiteral("public"));
    QCOMPARE(model.values(row).value(QStringLiteral("passcode")), QStringLiteral("4012"));
    QCOMPARE(model.callLegProfileName(m_guestProfileId), QStringLiteral("Guests"));

    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.idAt(r));
    ids.removeDuplicates();
    QCOMPARE(ids.size(), kMethods);
}

void TestAccessMethodsModel::updatesRowByRow()
{
    models::AccessMethodsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpace(m_session, m_spaceId);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kMethods, 10000);
    QTest::qWait(200); // let the detail reads settle
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QString id
        = created(*m_cluster, QStringLiteral("accessMethods"), QStringLiteral("coSpaces"), m_spaceId,
            {{QStringLiteral("name"), QStringLiteral("Late way in")},
                {QStringLiteral("uri"), QStringLiteral("model.late")}});
    QVERIFY(!id.isEmpty());
    model.refreshObject(id);
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), kMethods + 1);
    const int row = model.rowOf(id);
    QCOMPARE(row, kMethods);
    QCOMPARE(model.index(row, int(Column::Name)).data().toString(), QStringLiteral("Late way in"));

    const cmssim::TypeSpec *type
        = cmssim::TypeSchema::find(QStringLiteral("accessMethods"), QStringLiteral("coSpaces"));
    QVERIFY(!m_cluster->config().update(
        *type, m_spaceId, id, {{QStringLiteral("name"), QStringLiteral("Renamed")}}));
    changed.clear();
    model.refreshObject(id);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, int(Column::Name)).data().toString(), QStringLiteral("Renamed"));

    QVERIFY(!m_cluster->config().remove(*type, m_spaceId, id));
    model.removeObject(id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), kMethods);
    QCOMPARE(model.rowOf(id), -1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
}

void TestAccessMethodsModel::emptiesForNoSpace()
{
    models::AccessMethodsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpace(m_session, m_spaceId);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kMethods, 10000);
    model.setSpace(m_session, {});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    // A space that does not exist: an error, no rows.
    QSignalSpy failed(&model, &models::AccessMethodsModel::loadFailed);
    model.setSpace(m_session, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAccessMethodsModel)
#include "tst_accessmethodsmodel.moc"
