// The per-session services that panes observe (cms::SessionServices), with two Spaces panes and a
// bare model on one simulated cluster: the session makes the spaces catalog and the names on first
// use without reading anything; both panes show the same catalog, read once, and hold no network
// work themselves; a pane hidden and shown again, or switched away and back, reads nothing again; a
// refresh or a Cancel from one pane is seen in the other; closing the session lets every observer
// go (and opening it again starts afresh); destroying the session while everything observes it,
// in the middle of a load, crashes nothing and leaves every model empty and consistent.
#include "spaces/spacespane.h"

#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "config/objectnames.h"
#include "config/spacecatalog.h"
#include "configapi.h"
#include "datasetseeder.h"
#include "diagnostics/apitrace.h"
#include "net/collectionpager.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "spaces/spacesfilterproxymodel.h"
#include "spaces/spacesmodel.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace views;
using Column = models::SpacesModel::Column;

namespace {

const int kSpaces = 1500;

// The pane's status line and its Cancel button.
QLabel *progressOf(const SpacesPane &pane)
{
    return pane.findChild<QLabel *>(QStringLiteral("spacesProgress"));
}

QPushButton *cancelOf(const SpacesPane &pane)
{
    return pane.findChild<QPushButton *>(QStringLiteral("spacesCancel"));
}

} // namespace

class TestSessionServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void madeOnFirstUseWithoutReading();
    void twoPanesShareOneCatalogReadOnce();
    void shownAgainReadsNothing();
    void refreshFromOnePaneIsSeenInTheOther();
    void cancelFromOnePaneStopsTheLoadOfBoth();
    void closingLetsEveryObserverGo();
    void destroyedWithTheSessionMidLoad();

private:
    // List requests of one collection (GET …/<collection>, no id after it) in the API trace.
    int listRequests(const QString &collection) const;
    void setLatency(int ms);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    cms::ClusterSession *m_session = nullptr;
    std::unique_ptr<SpacesPane> m_first;
    std::unique_ptr<SpacesPane> m_second;
};

void TestSessionServices::initTestCase()
{
    qRegisterMetaType<cms::ClusterSession *>();
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    const cmssim::SeedSpec spec{.tenants = 3, .users = 50, .spaces = kSpaces, .callLegProfiles = 2, .callProfiles = 2};
    QVERIFY(cmssim::DatasetSeeder(*m_cluster).seed(spec).spacesCreated > 0);

    QString error;
    m_test = TestSession::open(*m_cluster, {.endpointCount = m_cluster->bridgeCount()}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_session = m_test->session;
    m_test->trace->setCapacity(100000);

    m_first = std::make_unique<SpacesPane>();
    m_first->setObjectName(QStringLiteral("firstPane"));
    m_first->resize(900, 500);
    m_second = std::make_unique<SpacesPane>();
    m_second->setObjectName(QStringLiteral("secondPane"));
    m_second->resize(900, 500);
}

void TestSessionServices::cleanupTestCase()
{
    m_first.reset();
    m_second.reset();
    m_test.reset();
    m_cluster.reset();
}

int TestSessionServices::listRequests(const QString &collection) const
{
    int count = 0;
    for (const cms::TraceEntry &entry : m_test->trace->entries()) {
        if (entry.method == "GET" && entry.url.path().endsWith(QLatin1Char('/') + collection))
            ++count;
    }
    return count;
}

void TestSessionServices::setLatency(int ms)
{
    for (int i = 0; i < m_cluster->bridgeCount(); ++i)
        m_cluster->setLatency(i, ms);
}

void TestSessionServices::madeOnFirstUseWithoutReading()
{
    cms::SessionServices *services = m_session->services();
    QVERIFY(services);
    cms::SpaceCatalog &catalog = services->spaceCatalog();
    QCOMPARE(&services->spaceCatalog(), &catalog);
    QCOMPARE(&services->objectNames(), &services->objectNames());
    QVERIFY(!catalog.wasLoadStarted());
    QVERIFY(!services->objectNames().isLoading());
    QCOMPARE(listRequests(QStringLiteral("coSpaces")), 0);
    QCOMPARE(listRequests(QStringLiteral("tenants")), 0);

    // A pane given the cluster observes the session's catalog, and reads nothing until shown.
    m_first->setCurrentCluster(m_session);
    m_second->setCurrentCluster(m_session);
    QCOMPARE(m_first->catalog(), &catalog);
    QCOMPARE(m_second->catalog(), &catalog);
    QCOMPARE(m_first->model()->catalog(), &catalog);
    QVERIFY(!catalog.wasLoadStarted());
    QCOMPARE(listRequests(QStringLiteral("coSpaces")), 0);
}

void TestSessionServices::twoPanesShareOneCatalogReadOnce()
{
    cms::SpaceCatalog *catalog = m_first->catalog();
    cms::ObjectNames *names = &m_session->services()->objectNames();
    QSignalSpy started(catalog, &cms::SpaceCatalog::loadStarted);
    QSignalSpy finished(catalog, &cms::SpaceCatalog::finished);
    QSignalSpy namesRead(names, &cms::ObjectNames::finished);
    // What both panes say at each progress report (connected after the panes' own handlers).
    QList<QPair<QString, QString>> said;
    connect(catalog, &cms::SpaceCatalog::progress, this, [this, &said] {
        said.append({progressOf(*m_first)->text(), progressOf(*m_second)->text()});
    });
    setLatency(100);   // long enough to see the load under way in both panes
    m_first->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_first.get()));
    QCOMPARE(started.size(), 1);
    QVERIFY(catalog->isLoading());
    m_second->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_second.get()));
    QCOMPARE(started.size(), 1);   // the second pane joins the load under way
    QVERIFY(catalog->isLoading());
    QVERIFY(cancelOf(*m_first)->isVisible());
    QVERIFY(cancelOf(*m_second)->isVisible());
    // The work belongs to the session, not to a pane.
    for (SpacesPane *pane : {m_first.get(), m_second.get()}) {
        QVERIFY(pane->findChildren<cms::SpaceCatalog *>().isEmpty());
        QVERIFY(pane->findChildren<cms::CollectionPager *>().isEmpty());
        QVERIFY(pane->findChildren<cms::ObjectNames *>().isEmpty());
    }
    QVERIFY(finished.wait(30000));
    setLatency(0);
    disconnect(catalog, &cms::SpaceCatalog::progress, this, nullptr);
    // Both panes said the same progress ("1,200 of 1,5xx spaces") all along.
    QVERIFY(!said.isEmpty());
    for (const auto &[first, second] : std::as_const(said)) {
        QCOMPARE(first, second);
        QVERIFY2(first.contains(QStringLiteral(" of ")), qPrintable(first));
    }
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<cms::CmsError>().isOk());
    const int total = int(m_cluster->store().findTable(QStringLiteral("coSpaces"))->size());
    QCOMPARE(catalog->count(), total);
    QCOMPARE(m_first->view()->model()->rowCount(), total);
    QCOMPARE(m_second->view()->model()->rowCount(), total);
    QVERIFY(cancelOf(*m_first)->isHidden());
    QVERIFY(cancelOf(*m_second)->isHidden());
    QCOMPARE(progressOf(*m_first)->text(), progressOf(*m_second)->text());
    QVERIFY2(progressOf(*m_first)->text().startsWith(QLocale().toString(total) + QStringLiteral(" space")),
             qPrintable(progressOf(*m_first)->text()));

    // The names of tenants and profiles: read once, shown by both.
    if (names->isLoading())
        QVERIFY(namesRead.wait(10000));
    QCOMPARE(namesRead.size(), 1);
    QCOMPARE(listRequests(QStringLiteral("tenants")), 1);
    QCOMPARE(listRequests(QStringLiteral("callLegProfiles")), 1);
    int withTenant = -1;
    for (int row = 0; row < catalog->count() && withTenant < 0; ++row) {
        if (!catalog->record(row).tenant.isEmpty())
            withTenant = row;
    }
    QVERIFY(withTenant >= 0);
    const QString tenant = catalog->record(withTenant).tenant;
    QVERIFY(!names->nameOf(tenant).isEmpty());
    QCOMPARE(m_first->model()->nameOf(tenant), names->nameOf(tenant));
    QCOMPARE(m_second->model()->nameOf(tenant), names->nameOf(tenant));
}

void TestSessionServices::shownAgainReadsNothing()
{
    cms::SpaceCatalog *catalog = m_first->catalog();
    QSignalSpy started(catalog, &cms::SpaceCatalog::loadStarted);
    const int spaceLists = listRequests(QStringLiteral("coSpaces"));
    const int tenantLists = listRequests(QStringLiteral("tenants"));

    m_first->hide();
    m_first->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_first.get()));
    m_second->setCurrentCluster(nullptr);
    QCOMPARE(m_second->catalog(), nullptr);
    QCOMPARE(m_second->view()->model()->rowCount(), 0);
    QCOMPARE(progressOf(*m_second)->text(), QStringLiteral("No cluster selected."));
    m_second->setCurrentCluster(m_session);
    QCOMPARE(m_second->catalog(), catalog);
    QCOMPARE(m_second->view()->model()->rowCount(), catalog->count());

    QCoreApplication::processEvents();   // nothing is queued either
    QCOMPARE(started.size(), 0);
    QCOMPARE(listRequests(QStringLiteral("coSpaces")), spaceLists);
    QCOMPARE(listRequests(QStringLiteral("tenants")), tenantLists);
}

void TestSessionServices::refreshFromOnePaneIsSeenInTheOther()
{
    cms::SpaceCatalog *catalog = m_first->catalog();
    const QString renamedId = catalog->record(7).id;
    const QString keptId = catalog->record(30).id;
    m_second->selectSpaces({keptId});
    QCOMPARE(m_second->selectedSpaceIds(), QStringList{keptId});
    const cmssim::TypeSpec &spaces = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
    QVERIFY(!m_cluster->config().update(spaces, {}, renamedId, {{QStringLiteral("name"), QStringLiteral("Shared refresh")}}));

    QSignalSpy started(catalog, &cms::SpaceCatalog::loadStarted);
    QSignalSpy finished(catalog, &cms::SpaceCatalog::finished);
    QSignalSpy resets(m_second->view()->model(), &QAbstractItemModel::modelReset);
    m_first->refreshAction()->trigger();
    QCOMPARE(started.size(), 1);
    QVERIFY(cancelOf(*m_second)->isVisible());   // the other pane sees the load under way
    QVERIFY(finished.wait(20000));
    QVERIFY(cancelOf(*m_second)->isHidden());
    QCOMPARE(resets.size(), 0);
    const int row = m_second->model()->rowOfSpace(renamedId);
    QCOMPARE(m_second->model()->index(row, int(Column::Name)).data().toString(), QStringLiteral("Shared refresh"));
    QCOMPARE(m_second->selectedSpaceIds(), QStringList{keptId});
}

void TestSessionServices::cancelFromOnePaneStopsTheLoadOfBoth()
{
    cms::SpaceCatalog *catalog = m_first->catalog();
    const int rows = catalog->count();
    setLatency(300);
    QSignalSpy finished(catalog, &cms::SpaceCatalog::finished);
    m_second->refreshAction()->trigger();
    QVERIFY(catalog->isLoading());
    QVERIFY(cancelOf(*m_first)->isVisible());
    QTest::mouseClick(cancelOf(*m_first), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    setLatency(0);
    QCOMPARE(finished.first().first().value<cms::CmsError>().kind, cms::CmsError::Kind::Cancelled);
    QCOMPARE(catalog->lastError().kind, cms::CmsError::Kind::Cancelled);
    QCOMPARE(catalog->count(), rows);
    for (SpacesPane *pane : {m_first.get(), m_second.get()}) {
        QVERIFY(cancelOf(*pane)->isHidden());
        QVERIFY2(progressOf(*pane)->text().contains(QStringLiteral("cancelled")), qPrintable(progressOf(*pane)->text()));
    }

    // The next refresh clears the complaint, in both.
    m_first->refreshAction()->trigger();
    QVERIFY(!progressOf(*m_second)->text().contains(QStringLiteral("cancelled")));
    QTRY_VERIFY_WITH_TIMEOUT(!catalog->isLoading(), 20000);
    QVERIFY(catalog->lastError().isOk());
    QVERIFY(!progressOf(*m_first)->text().contains(QStringLiteral("cancelled")));
}

void TestSessionServices::closingLetsEveryObserverGo()
{
    QPointer<cms::SpaceCatalog> catalog = m_first->catalog();
    QPointer<cms::ObjectNames> names = &m_session->services()->objectNames();
    QVERIFY(catalog);
    // A third observer that is not a pane.
    models::SpacesModel bare;
    QAbstractItemModelTester tester(&bare, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bare.setCatalog(catalog);
    QVERIFY(bare.rowCount() > 0);

    m_session->close();
    QCOMPARE(m_session->services(), nullptr);
    for (SpacesPane *pane : {m_first.get(), m_second.get()}) {
        QCOMPARE(pane->catalog(), nullptr);
        QCOMPARE(pane->view()->model()->rowCount(), 0);
        QVERIFY(progressOf(*pane)->text().contains(QStringLiteral("not connected")));
        QVERIFY(!pane->refreshAction()->isEnabled());
    }
    // Destroyed at the next turn of the event loop (the session may be closed from one of their
    // signals): the bare model, still showing the catalog, empties itself then.
    QTRY_VERIFY(!catalog && !names);
    QCOMPARE(bare.rowCount(), 0);
    QCOMPARE(bare.catalog(), nullptr);

    // Opened again: new services, loaded again since the first pane is shown.
    m_session->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == cms::ClusterSession::State::Open, 10000);
    cms::SpaceCatalog *fresh = m_first->catalog();
    QVERIFY(fresh);
    QCOMPARE(m_second->catalog(), fresh);
    QCOMPARE(fresh, &m_session->services()->spaceCatalog());
    QVERIFY(fresh->wasLoadStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!fresh->isLoading(), 20000);
    QCOMPARE(fresh->count(), int(m_cluster->store().findTable(QStringLiteral("coSpaces"))->size()));
    QCOMPARE(m_second->view()->model()->rowCount(), fresh->count());
}

// The session goes while open (the console quits, its registry destroyed), with a load under way,
// both panes and a bare model (with a sorting proxy and a view) observing: the services are destroyed
// with it, before its connection, and every observer ends empty, consistent, and without a crash.
void TestSessionServices::destroyedWithTheSessionMidLoad()
{
    cms::SpaceCatalog *catalog = m_first->catalog();
    QVERIFY(catalog && catalog->count() > 0);
    models::SpacesModel bare;
    QAbstractItemModelTester tester(&bare, QAbstractItemModelTester::FailureReportingMode::QtTest);
    models::SpacesFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&bare);
    proxy.sort(int(Column::Name));
    QTableView view;
    view.setModel(&proxy);
    bare.setCatalog(catalog);
    QCOMPARE(proxy.rowCount(), catalog->count());
    view.selectRow(4);

    const QString selected = catalog->record(12).id;
    m_first->selectSpaces({selected});
    QSignalSpy current(m_first.get(), &SpacesPane::currentSpaceChanged);
    QPointer<cms::SpaceCatalog> watched = catalog;
    setLatency(300);
    m_second->refreshAction()->trigger();
    QVERIFY(catalog->isLoading());

    m_test.reset();   // the registry, and with it the open session
    m_session = nullptr;
    QVERIFY(!watched);
    for (SpacesPane *pane : {m_first.get(), m_second.get()}) {
        QCOMPARE(pane->currentCluster(), nullptr);
        QCOMPARE(pane->catalog(), nullptr);
        QCOMPARE(pane->view()->model()->rowCount(), 0);
        QCOMPARE(progressOf(*pane)->text(), QStringLiteral("No cluster selected."));
        QVERIFY(cancelOf(*pane)->isHidden());
        QVERIFY(!pane->refreshAction()->isEnabled());
    }
    QCOMPARE(bare.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!view.selectionModel()->hasSelection());
    // The first pane's selection went with its rows, and no space of a dying session was reported.
    QVERIFY(m_first->selectedSpaceIds().isEmpty());
    QVERIFY(!current.isEmpty());
    QVERIFY(!current.last().at(0).value<cms::ClusterSession *>());   // not printed: it may dangle
    QCOMPARE(current.last().at(1).toString(), QString());
    setLatency(0);
}

QTEST_MAIN(TestSessionServices)
#include "tst_sessionservices.moc"
