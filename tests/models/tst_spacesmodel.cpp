// SpacesModel and SpacesFilterProxyModel over a SpaceCatalog reading a simulated cluster: the model
// under QAbstractItemModelTester while it loads and refreshes; columns, yes/no/unknown cells and names
// instead of ids; a refresh forwarded as row changes, removals and insertions, never a reset; the
// details read for the rows asked for, arriving as dataChanged of those rows only; the
// proxy's search (accents, Korean, Arabic) following loads and refreshes; numeric sorting; and the
// CSV writer's quoting read back; a call profile shown with the label the console keeps for it; and a catalog destroyed before its model: the rows announced as
// removed, so that a proxy, a selection and persistent indexes follow.
#include "spaces/spacesmodel.h"

#include "clientendpoints.h"
#include "configapi.h"
#include "api/cmsreply.h"
#include "net/connection.h"
#include "common/csvwriter.h"
#include "datasetseeder.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "config/spacecatalog.h"
#include "config/spacedetailsreader.h"
#include "spaces/spacesfilterproxymodel.h"
#include "spaces/spacessortranks.h"
#include "typeschema.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include <limits>

using Column = models::SpacesModel::Column;

namespace {

const int kSpaces = 300;

const cmssim::TypeSpec &spaceType()
{
    return cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
}

} // namespace

class TestSpacesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsUnderTheModelTester();
    void showsColumnsAndNames();
    void requestedDetailsArriveAsDataChanged();
    void callProfileShowsItsLabel();
    void refreshIsForwardedWithoutReset();
    void searchMatchesAccentsKoreanAndArabic();
    void searchFollowsARefresh();
    void sortsNumericallyOnRawValues();
    void sortedSearchFollowsRenamesAndNewSpaces();
    void sortsInTheBackgroundWhileRowsChange();
    void csvQuotesAndReadsBack();
    void catalogDestroyedFirstIsAnnounced();

private:
    bool load();
    int rowNamed(const QString &name) const;
    QString sampleName(const std::function<bool(const QString &)> &accept) const;
    QString storedSpaceValue(const QString &id, const QString &field) const;

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::Connection> m_connection;
    std::unique_ptr<cms::SpaceCatalog> m_catalog;
    std::unique_ptr<models::SpacesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    cmssim::SeedResult m_seed;
};

void TestSpacesModel::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.tenants = 3;
    spec.users = 20;
    spec.spaces = kSpaces;
    spec.callLegProfiles = 2;
    spec.callProfiles = 2;
    m_seed = cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QVERIFY(m_seed.spacesCreated > 0);

    m_connection = std::make_unique<cms::Connection>(pinnedEndpoints(*m_cluster));
    m_catalog = std::make_unique<cms::SpaceCatalog>(*m_connection);
    m_model = std::make_unique<models::SpacesModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSpacesModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_catalog.reset();
    m_connection.reset();
    m_cluster.reset();
}

bool TestSpacesModel::load()
{
    QSignalSpy finished(m_catalog.get(), &cms::SpaceCatalog::finished);
    m_catalog->load();
    if (!finished.wait(20000))
        return false;
    return finished.first().first().value<cms::CmsError>().isOk();
}

int TestSpacesModel::rowNamed(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, int(Column::Name)).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestSpacesModel::sampleName(const std::function<bool(const QString &)> &accept) const
{
    for (int row = 0; row < m_catalog->count(); ++row) {
        if (accept(m_catalog->record(row).name))
            return m_catalog->record(row).name;
    }
    return {};
}

QString TestSpacesModel::storedSpaceValue(const QString &id, const QString &field) const
{
    const cmssim::ConfigObject *space = m_cluster->store().find(QStringLiteral("coSpaces"), id);
    return space ? space->value(field) : QString();
}

void TestSpacesModel::loadsUnderTheModelTester()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setCatalog(m_catalog.get());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(Column::Count));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(load());
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(resets.size(), 1);   // loading only inserts
    const qsizetype stored = m_cluster->store().findTable(QStringLiteral("coSpaces"))->size();
    QCOMPARE(m_model->rowCount(), int(stored));
    for (int column = 0; column < int(Column::Count); ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestSpacesModel::showsColumnsAndNames()
{
    QVERIFY(m_model->rowCount() > 0);
    // A personal space (auto-generated) and an ordinary one.
    int personal = -1;
    int ordinary = -1;
    int withTenant = -1;
    for (int row = 0; row < m_catalog->count(); ++row) {
        const cms::SpaceRecord &record = m_catalog->record(row);
        if (record.autoGenerated.value_or(false) && personal < 0)
            personal = row;
        if (!record.autoGenerated.value_or(false) && ordinary < 0)
            ordinary = row;
        if (!record.tenant.isEmpty() && withTenant < 0)
            withTenant = row;
    }
    QVERIFY(personal >= 0);
    QVERIFY(ordinary >= 0);
    QVERIFY(withTenant >= 0);
    const cms::SpaceRecord &record = m_catalog->record(ordinary);
    QCOMPARE(m_model->index(ordinary, int(Column::Name)).data().toString(), record.name);
    QCOMPARE(m_model->index(ordinary, int(Column::Uri)).data().toString(), record.uri);
    QCOMPARE(m_model->index(ordinary, int(Column::CallId)).data().toString(), record.callId);
    QCOMPARE(m_model->index(ordinary, int(Column::Name)).data(models::SpacesModel::SpaceIdRole).toString(), record.id);
    QCOMPARE(m_model->index(personal, int(Column::AutoGenerated)).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(m_model->index(ordinary, int(Column::AutoGenerated)).data().toString(), QStringLiteral("No"));
    QCOMPARE(m_model->index(personal, 0).data(models::SpacesModel::AutoGeneratedRole).toBool(), true);
    // A list does not say whether a passcode is set.
    QCOMPARE(m_model->index(ordinary, int(Column::PasscodeSet)).data().toString(), QStringLiteral("—"));
    QVERIFY(!m_model->index(ordinary, int(Column::PasscodeSet)).data(models::SpacesModel::RawValueRole).isValid());

    const QString tenantId = m_catalog->record(withTenant).tenant;
    QCOMPARE(m_model->index(withTenant, int(Column::Tenant)).data().toString(), tenantId);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNames({{tenantId, QStringLiteral("Équipe Lyon")}});
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->index(withTenant, int(Column::Tenant)).data().toString(), QStringLiteral("Équipe Lyon"));
    QCOMPARE(m_model->index(withTenant, int(Column::Tenant)).data(Qt::ToolTipRole).toString(), tenantId);
}

void TestSpacesModel::requestedDetailsArriveAsDataChanged()
{
    QVERIFY(m_model->rowCount() > 40);
    const auto cell = [this](int row, Column column) { return m_model->index(row, int(column)).data().toString(); };
    for (int row = 0; row < 31; ++row) {
        QCOMPARE(cell(row, Column::PasscodeSet), QStringLiteral("—"));
        QCOMPARE(cell(row, Column::NonMemberAccess), QStringLiteral("—"));
    }

    QSet<int> changedRows;
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, [&changedRows](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            changedRows.insert(row);
    });
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->requestDetails(0, 29);
    QTRY_COMPARE_WITH_TIMEOUT(changedRows.size(), 30, 20000);
    QSet<int> expected;
    for (int row = 0; row < 30; ++row)
        expected.insert(row);
    QCOMPARE(changedRows, expected);
    QCOMPARE(resets.size(), 0);

    const QString yes = QStringLiteral("Yes");
    const QString no = QStringLiteral("No");
    int withOwner = 0;
    int withPasscode = 0;
    for (int row = 0; row < 30; ++row) {
        const QString id = m_model->spaceIdAt(row);
        QCOMPARE(cell(row, Column::PasscodeSet), storedSpaceValue(id, QStringLiteral("passcode")).isEmpty() ? no : yes);
        QCOMPARE(m_model->index(row, int(Column::PasscodeSet)).data(models::SpacesModel::RawValueRole),
                 QVariant(!storedSpaceValue(id, QStringLiteral("passcode")).isEmpty()));
        QCOMPARE(cell(row, Column::Owner), storedSpaceValue(id, QStringLiteral("ownerJid")));
        const QString legProfile = storedSpaceValue(id, QStringLiteral("callLegProfile"));
        QCOMPARE(cell(row, Column::CallLegProfile), m_model->nameOf(legProfile));
        QCOMPARE(cell(row, Column::NonMemberAccess),
                 storedSpaceValue(id, QStringLiteral("nonMemberAccess")) == QStringLiteral("false") ? no : yes);
        if (!cell(row, Column::Owner).isEmpty())
            ++withOwner;
        if (cell(row, Column::PasscodeSet) == yes)
            ++withPasscode;
    }
    // The seeded data set has owned spaces and spaces with a passcode among them, and others.
    QVERIFY(withOwner > 0 && withOwner < 30);
    QVERIFY(withPasscode > 0 && withPasscode < 30);
    // Rows not asked for stay unknown.
    QCOMPARE(cell(30, Column::PasscodeSet), QStringLiteral("—"));
    QCOMPARE(cell(30, Column::NonMemberAccess), QStringLiteral("—"));

    // Known already: nothing more. Out-of-range rows are clamped.
    changedRows.clear();
    m_model->requestDetails(0, 29);
    m_model->requestDetails(-10, -1);
    m_model->requestDetails(m_model->rowCount(), m_model->rowCount() + 100);
    QCOMPARE(m_catalog->detailsReader().inFlightCount() + m_catalog->detailsReader().queuedCount(), 0);
    QVERIFY(changedRows.isEmpty());

    // Scattered rows (a sorted or filtered view's, mapped to the model): exactly those.
    m_model->requestDetails(QList<int>{40, 29, 35, -1, 33, m_model->rowCount()});
    QTRY_COMPARE(changedRows, (QSet<int>{33, 35, 40}));
    QCOMPARE(cell(34, Column::PasscodeSet), QStringLiteral("—"));
    QVERIFY(cell(35, Column::PasscodeSet) != QStringLiteral("—"));
    disconnect(m_model.get(), &QAbstractItemModel::dataChanged, this, nullptr);
}

// Call profiles have no name in the API: the column shows the label the console keeps, with the id.
void TestSpacesModel::callProfileShowsItsLabel()
{
    int row = -1;
    for (int r = 0; r < m_catalog->count() && row < 0; ++r) {
        if (!m_catalog->record(r).callProfile.isEmpty())
            row = r;
    }
    QVERIFY(row >= 0);   // among the rows whose details were read
    const QString id = m_catalog->record(row).callProfile;
    const QModelIndex cell = m_model->index(row, int(Column::CallProfile));
    QCOMPARE(cell.data().toString(), id);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCallProfileText([](const QString &profile) { return QStringLiteral("Town halls (%1)").arg(profile); });
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell.data().toString(), QStringLiteral("Town halls (%1)").arg(id));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), id);
    m_model->setCallProfileText({});
    QCOMPARE(cell.data().toString(), id);
}

void TestSpacesModel::refreshIsForwardedWithoutReset()
{
    const int before = m_model->rowCount();
    const QString renamedId = m_catalog->record(3).id;
    int removedRow = -1;
    for (int row = 10; row < m_catalog->count(); ++row) {
        if (!m_catalog->record(row).autoGenerated.value_or(false)) {
            removedRow = row;
            break;
        }
    }
    QVERIFY(removedRow > 0);
    const QString removedId = m_catalog->record(removedRow).id;
    QVERIFY(!m_cluster->config().update(spaceType(), {}, renamedId, {{QStringLiteral("name"), QStringLiteral("Renamed 42")}}));
    QVERIFY(!m_cluster->config().remove(spaceType(), {}, removedId));
    const auto added = m_cluster->config().create(spaceType(), {}, {{QStringLiteral("name"), QStringLiteral("Added 7")},
                                                                     {QStringLiteral("uri"), QStringLiteral("added.seven")}});
    QVERIFY(std::holds_alternative<QString>(added));

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(load());
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(m_model->rowOfSpace(removedId), -1);
    QCOMPARE(m_model->index(m_model->rowOfSpace(renamedId), int(Column::Name)).data().toString(),
             QStringLiteral("Renamed 42"));
    QCOMPARE(m_model->spaceIdAt(m_model->rowCount() - 1), std::get<QString>(added));
}

void TestSpacesModel::searchMatchesAccentsKoreanAndArabic()
{
    models::SpacesFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    QCOMPARE(proxy.rowCount(), m_model->rowCount());

    auto shownNames = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, int(Column::Name)).data().toString());
        return names;
    };

    // French, typed with and without its accent.
    const QString accented = sampleName([](const QString &name) { return name.contains(QChar(0xE9)); });   // é
    QVERIFY2(!accented.isEmpty(), "the seeder gives some French names with é");
    const QString word = accented.split(QLatin1Char(' ')).filter(QString(QChar(0xE9))).first();
    QString plain = word;
    plain.replace(QChar(0xE9), QLatin1Char('e'));
    proxy.setQuery(word);
    QVERIFY(shownNames().contains(accented));
    const int withAccent = proxy.rowCount();
    proxy.setQuery(plain.toUpper());
    QVERIFY(shownNames().contains(accented));
    QCOMPARE(proxy.rowCount(), withAccent);

    // Korean and Arabic.
    const QString korean = sampleName([](const QString &name) {
        return !name.isEmpty() && name.at(0).unicode() >= 0xAC00 && name.at(0).unicode() <= 0xD7A3;
    });
    QVERIFY(!korean.isEmpty());
    proxy.setQuery(korean.left(2));
    QVERIFY(shownNames().contains(korean));
    QVERIFY(proxy.rowCount() < m_model->rowCount());
    const QString arabic = sampleName([](const QString &name) {
        return !name.isEmpty() && name.at(0).unicode() >= 0x0600 && name.at(0).unicode() <= 0x06FF;
    });
    QVERIFY(!arabic.isEmpty());
    proxy.setQuery(arabic);
    QVERIFY(shownNames().contains(arabic));

    proxy.setQuery(QStringLiteral("no space is called this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuery(QString());
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
}

void TestSpacesModel::searchFollowsARefresh()
{
    models::SpacesFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setQuery(QStringLiteral("zanzibar"));
    QCOMPARE(proxy.rowCount(), 0);
    const QString id = m_catalog->record(5).id;
    QVERIFY(!m_cluster->config().update(spaceType(), {}, id, {{QStringLiteral("name"), QStringLiteral("Zanzibar room")}}));
    const auto added = m_cluster->config().create(spaceType(), {}, {{QStringLiteral("name"), QStringLiteral("Zanzibar annex")},
                                                                     {QStringLiteral("uri"), QStringLiteral("zanzibar.annex")}});
    QVERIFY(std::holds_alternative<QString>(added));
    QVERIFY(load());
    QCOMPARE(proxy.rowCount(), 2);
    // And back: renamed away, the row leaves the results.
    QVERIFY(!m_cluster->config().update(spaceType(), {}, id, {{QStringLiteral("name"), QStringLiteral("Harbour room")}}));
    QVERIFY(load());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(models::SpacesModel::SpaceIdRole).toString(), std::get<QString>(added));
}

void TestSpacesModel::sortsNumericallyOnRawValues()
{
    const QStringList numbered = {QStringLiteral("Sortable 10"), QStringLiteral("Sortable 9"), QStringLiteral("Sortable 100")};
    for (int i = 0; i < numbered.size(); ++i) {
        const auto created = m_cluster->config().create(
            spaceType(), {}, {{QStringLiteral("name"), numbered.at(i)}, {QStringLiteral("uri"), QStringLiteral("sortable.%1").arg(i)}});
        QVERIFY(std::holds_alternative<QString>(created));
    }
    QVERIFY(load());
    models::SpacesFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setCollatorLocale(QLocale(QLocale::English));
    proxy.setQuery(QStringLiteral("sortable"));
    proxy.sort(int(Column::Name), Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Sortable 9"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Sortable 10"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Sortable 100"));
    proxy.sort(int(Column::Name), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Sortable 100"));

    // Every row, by name: in collator order.
    proxy.setQuery(QString());
    proxy.sort(int(Column::Name), Qt::AscendingOrder);
    QCollator collator{QLocale(QLocale::English)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString a = proxy.index(row - 1, 0).data().toString();
        const QString b = proxy.index(row, 0).data().toString();
        QVERIFY2(a.isEmpty() || collator.compare(a, b) <= 0, qPrintable(a + QStringLiteral(" > ") + b));
    }
    // Yes/no columns: unknown, then no, then yes.
    proxy.sort(int(Column::AutoGenerated), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, int(Column::AutoGenerated)).data(models::SpacesModel::RawValueRole).toBool(), false);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, int(Column::AutoGenerated)).data(models::SpacesModel::RawValueRole).toBool(),
             true);
}

// The proxy keeps its own sort order and shown rows: a refresh that adds spaces to a sorted, searched
// table places them, a rename that moves a row moves it, and the selection and a persistent index
// follow their spaces through both.
void TestSpacesModel::sortedSearchFollowsRenamesAndNewSpaces()
{
    const QString id = m_catalog->record(7).id;
    QVERIFY(!m_cluster->config().update(spaceType(), {}, id, {{QStringLiteral("name"), QStringLiteral("Tortuga 5")}}));
    QVERIFY(load());
    models::SpacesFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setCollatorLocale(QLocale(QLocale::English));
    proxy.sort(int(Column::Name), Qt::AscendingOrder);
    proxy.setQuery(QStringLiteral("tortuga"));
    QCOMPARE(proxy.rowCount(), 1);
    QItemSelectionModel selection(&proxy);
    selection.select(proxy.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QPersistentModelIndex persistent(proxy.index(0, int(Column::Uri)));
    const auto shownNames = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, int(Column::Name)).data().toString());
        return names;
    };

    for (const QString &name : {QStringLiteral("Tortuga 12"), QStringLiteral("Tortuga 3"), QStringLiteral("Elsewhere 4")}) {
        const auto created = m_cluster->config().create(
            spaceType(), {}, {{QStringLiteral("name"), name}, {QStringLiteral("uri"), name.toLower().replace(u' ', u'.')}});
        QVERIFY(std::holds_alternative<QString>(created));
    }
    QVERIFY(load());
    QCOMPARE(shownNames(), QStringList({QStringLiteral("Tortuga 3"), QStringLiteral("Tortuga 5"), QStringLiteral("Tortuga 12")}));
    QCOMPARE(persistent.row(), 1);
    QCOMPARE(persistent.data(models::SpacesModel::SpaceIdRole).toString(), id);
    QCOMPARE(selection.selectedRows(), QModelIndexList({proxy.index(1, 0)}));

    // Renamed past the others: the row moves to the end, and the selection with it.
    QVERIFY(!m_cluster->config().update(spaceType(), {}, id, {{QStringLiteral("name"), QStringLiteral("Tortuga 50")}}));
    QVERIFY(load());
    QCOMPARE(shownNames(), QStringList({QStringLiteral("Tortuga 3"), QStringLiteral("Tortuga 12"), QStringLiteral("Tortuga 50")}));
    QCOMPARE(persistent.row(), 2);
    QCOMPARE(selection.selectedRows(), QModelIndexList({proxy.index(2, 0)}));
    proxy.sort(int(Column::Name), Qt::DescendingOrder);
    QCOMPARE(shownNames(), QStringList({QStringLiteral("Tortuga 50"), QStringLiteral("Tortuga 12"), QStringLiteral("Tortuga 3")}));
    QCOMPARE(persistent.row(), 0);

    // Renamed out of the search: it leaves the table and the selection.
    QVERIFY(!m_cluster->config().update(spaceType(), {}, id, {{QStringLiteral("name"), QStringLiteral("Harbour 7")}}));
    QVERIFY(load());
    QCOMPARE(shownNames(), QStringList({QStringLiteral("Tortuga 12"), QStringLiteral("Tortuga 3")}));
    QVERIFY(!persistent.isValid());
    QVERIFY(!selection.hasSelection());
    // A search that matches nothing keeps the column titles.
    proxy.setQuery(QStringLiteral("no space is called this"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.headerData(int(Column::Uri), Qt::Horizontal), m_model->headerData(int(Column::Uri), Qt::Horizontal));

    // Two neighbours renamed in one refresh (one dataChanged for both) both find their places.
    QStringList quokkas;
    for (int n = 1; n <= 4; ++n) {
        const auto created = m_cluster->config().create(
            spaceType(), {}, {{QStringLiteral("name"), QStringLiteral("Quokka %1").arg(n)}, {QStringLiteral("uri"), QStringLiteral("quokka.%1").arg(n)}});
        QVERIFY(std::holds_alternative<QString>(created));
        quokkas.append(std::get<QString>(created));
    }
    QVERIFY(load());
    proxy.sort(int(Column::Name), Qt::AscendingOrder);
    proxy.setQuery(QStringLiteral("quokka"));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("Quokka 1"), QStringLiteral("Quokka 2"), QStringLiteral("Quokka 3"),
                                        QStringLiteral("Quokka 4")}));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_cluster->config().update(spaceType(), {}, quokkas.at(1), {{QStringLiteral("name"), QStringLiteral("Quokka 10")}}));
    QVERIFY(!m_cluster->config().update(spaceType(), {}, quokkas.at(2), {{QStringLiteral("name"), QStringLiteral("Quokka 20")}}));
    QVERIFY(load());
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() == 1;
    }));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("Quokka 1"), QStringLiteral("Quokka 4"), QStringLiteral("Quokka 10"),
                                        QStringLiteral("Quokka 20")}));
    proxy.setQuery(QString());
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
}

// A large table is sorted on a worker thread. Until its ranks come back the table stays as it was
// (sort column included); then the order is the one a sort on the UI thread gives (locale-aware),
// also when rows were removed, added or changed their value while the worker ranked the old values:
// they are remapped, not dropped. A second sort while one runs supersedes it; the other direction of the
// column ranked is immediate. The proxy stays consistent throughout (QAbstractItemModelTester).
void TestSpacesModel::sortsInTheBackgroundWhileRowsChange()
{
    QVERIFY(load());
    const QLocale english(QLocale::English);
    models::SpacesFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setCollatorLocale(english);
    proxy.setBackgroundSortThreshold(0);   // every table is a large one
    const auto shownIds = [](const QAbstractItemModel &model) {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(models::SpacesModel::SpaceIdRole).toString());
        return ids;
    };
    // What a sort on the UI thread shows, now.
    const auto sortedNow = [&](Column column, Qt::SortOrder order) {
        models::SpacesFilterProxyModel reference;
        reference.setBackgroundSortThreshold(std::numeric_limits<int>::max());
        reference.setSourceModel(m_model.get());
        reference.setCollatorLocale(english);
        reference.sort(int(column), order);
        return shownIds(reference);
    };
    QSignalSpy applied(&proxy, &models::SpacesFilterProxyModel::sortApplied);

    const QStringList unsorted = shownIds(proxy);
    proxy.sort(int(Column::Name), Qt::AscendingOrder);
    QVERIFY(proxy.isSorting());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(shownIds(proxy), unsorted);
    proxy.sort(int(Column::Uri), Qt::DescendingOrder);   // supersedes the sort by name
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).toInt(), int(Column::Uri));
    QCOMPARE(applied.first().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    QCOMPARE(proxy.sortColumn(), int(Column::Uri));
    QCOMPARE(shownIds(proxy), sortedNow(Column::Uri, Qt::DescendingOrder));
    proxy.sort(int(Column::Uri), Qt::AscendingOrder);
    QVERIFY(!proxy.isSorting());
    QCOMPARE(applied.size(), 2);
    QCOMPARE(shownIds(proxy), sortedNow(Column::Uri, Qt::AscendingOrder));

    // A refresh that renames two spaces, removes one and adds two. The sort by name starts at its
    // renames (already in the rows); the removal and the additions come before the ranks can (they
    // need the event loop).
    const QString renamedFirst = m_catalog->record(3).id;
    const QString renamedLater = m_catalog->record(40).id;
    const QString removed = m_catalog->record(20).id;
    QVERIFY(!m_cluster->config().update(spaceType(), {}, renamedFirst, {{QStringLiteral("name"), QStringLiteral("Aardvark 10")}}));
    QVERIFY(!m_cluster->config().update(spaceType(), {}, renamedLater, {{QStringLiteral("name"), QStringLiteral("Aardvark 2")}}));
    QVERIFY(!m_cluster->config().remove(spaceType(), {}, removed));
    for (const QString &name : {QStringLiteral("Aardvark 1"), QStringLiteral("Zebu 3")}) {
        const auto created = m_cluster->config().create(
            spaceType(), {}, {{QStringLiteral("name"), name}, {QStringLiteral("uri"), name.toLower().replace(u' ', u'.')}});
        QVERIFY(std::holds_alternative<QString>(created));
    }
    QStringList meanwhile;
    bool started = false;
    QObject context;
    connect(m_catalog.get(), &cms::SpaceCatalog::rowsChanged, &context, [&] {
        if (!started) {
            started = true;
            proxy.sort(int(Column::Name), Qt::AscendingOrder);
        }
    });
    connect(m_catalog.get(), &cms::SpaceCatalog::rowsRemoved, &context, [&] {
        if (proxy.isSorting())
            meanwhile.append(QStringLiteral("removed"));
    });
    connect(m_catalog.get(), &cms::SpaceCatalog::rowsArrived, &context, [&] {
        if (proxy.isSorting())
            meanwhile.append(QStringLiteral("added"));
    });
    QVERIFY(load());
    QVERIFY(started);
    QVERIFY(applied.size() == 3 || applied.wait(20000));
    QCOMPARE(applied.size(), 3);
    // The removal and the additions came while the worker ranked.
    QCOMPARE(meanwhile, QStringList({QStringLiteral("removed"), QStringLiteral("added")}));
    QCOMPARE(proxy.sortColumn(), int(Column::Name));
    const QStringList shown = shownIds(proxy);
    QCOMPARE(shown.size(), m_catalog->count());
    QVERIFY(!shown.contains(removed));
    QCOMPARE(shown, sortedNow(Column::Name, Qt::AscendingOrder));
    QStringList aardvarks;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString name = proxy.index(row, int(Column::Name)).data().toString();
        if (name.startsWith(QStringLiteral("Aardvark")))
            aardvarks.append(name);
    }
    QCOMPARE(aardvarks, QStringList({QStringLiteral("Aardvark 1"), QStringLiteral("Aardvark 2"), QStringLiteral("Aardvark 10")}));
    // Sorted again on the UI thread from here (the ranks are whole): both directions agree.
    proxy.sort(int(Column::Name), Qt::DescendingOrder);
    QVERIFY(!proxy.isSorting());
    QCOMPARE(shownIds(proxy), sortedNow(Column::Name, Qt::DescendingOrder));

    // Every row's value changes while the worker ranks: sorted by tenant (shown as ids until named),
    // the tenants' names arrive, in the opposite order to their ids.
    QStringList tenantIds;
    QHash<QString, QString> namesBefore;
    for (int row = 0; row < m_catalog->count(); ++row) {
        const QString tenant = m_catalog->record(row).tenant;
        if (!tenant.isEmpty() && !tenantIds.contains(tenant)) {
            tenantIds.append(tenant);
            if (m_model->nameOf(tenant) != tenant)
                namesBefore.insert(tenant, m_model->nameOf(tenant));
        }
    }
    QVERIFY(tenantIds.size() >= 2);
    m_model->setNames({});
    // In the order the ids sort in (numeric collation: not their byte order), named the other way round.
    const QCollator collator = models::SpacesSortRanks::collator(english);
    std::sort(tenantIds.begin(), tenantIds.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QHash<QString, QString> names;
    for (int i = 0; i < tenantIds.size(); ++i)
        names.insert(tenantIds.at(i), QStringLiteral("Tenant %1").arg(tenantIds.size() - i));
    proxy.sort(int(Column::Tenant), Qt::AscendingOrder);
    QVERIFY(proxy.isSorting());
    m_model->setNames(names);
    QVERIFY(applied.wait(20000));
    QCOMPARE(proxy.sortColumn(), int(Column::Tenant));
    QCOMPARE(shownIds(proxy), sortedNow(Column::Tenant, Qt::AscendingOrder));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, int(Column::Tenant)).data().toString(),
             QStringLiteral("Tenant %1").arg(tenantIds.size()));
    m_model->setNames(namesBefore);
}

void TestSpacesModel::csvQuotesAndReadsBack()
{
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("URI")},
        {QStringLiteral("Salle \"Monet\", 2e étage"), QStringLiteral("salle.monet")},
        {QStringLiteral("회의실 한라"), QStringLiteral("line one\nline two")},
        {QStringLiteral("قاعة النخيل"), QString()},
    };
    const QByteArray csv = models::CsvWriter::document(rows);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\"Salle \"\"Monet\"\", 2e \xC3\xA9tage\",salle.monet\r\n"));
    QVERIFY(csv.contains("\"line one\nline two\""));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(models::CsvWriter::parse(csv), rows);
    QCOMPARE(models::CsvWriter::field(u"plain"), QStringLiteral("plain"));
}

// A cluster session owns its catalog and may destroy it before the models that show it (the session
// closes, or goes): the model must say that its rows are gone, though the catalog can no longer be read.
void TestSpacesModel::catalogDestroyedFirstIsAnnounced()
{
    auto catalog = std::make_unique<cms::SpaceCatalog>(*m_connection);
    models::SpacesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    models::SpacesFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(int(Column::Name));
    QItemSelectionModel selection(&proxy);
    model.setCatalog(catalog.get());
    {
        QSignalSpy finished(catalog.get(), &cms::SpaceCatalog::finished);
        catalog->load();
        QVERIFY(finished.wait(20000));
    }
    const int rows = model.rowCount();
    QVERIFY(rows > 10);
    QCOMPARE(proxy.rowCount(), rows);
    selection.select(QItemSelection(proxy.index(2, 0), proxy.index(5, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(proxy.index(3, 0), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex persistent(proxy.index(4, int(Column::Uri)));
    QVERIFY(persistent.isValid());

    QSignalSpy aboutToBeRemoved(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    catalog.reset();
    QCOMPARE(model.catalog(), nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(aboutToBeRemoved.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), rows - 1);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!persistent.isValid());
    QVERIFY(!selection.hasSelection());
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(!model.index(0, 0).isValid());
    QCOMPARE(model.spaceIdAt(0), QString());
    QCOMPARE(model.rowOfSpace(m_catalog->record(0).id), -1);

    // The model goes on with another catalog.
    model.setCatalog(m_catalog.get());
    QCOMPARE(model.rowCount(), m_catalog->count());
    QCOMPARE(proxy.rowCount(), m_catalog->count());
}

QTEST_GUILESS_MAIN(TestSpacesModel)
#include "tst_spacesmodel.moc"
