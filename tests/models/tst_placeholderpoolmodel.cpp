// The placeholder pool model under QAbstractItemModelTester: a reading shown in index order; a new
// reading turned into rows removed, inserted and changed (never a reset); the cells of each state;
// and, with the live state of a cluster, a meeting starting in a placeholder and its participant
// count followed between readings.
#include "meetings/placeholderpoolmodel.h"

#include "livefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using models::PlaceholderPoolModel;
using cms::PlaceholderState;
using Column = PlaceholderPoolModel::Column;

namespace {

cms::PlaceholderPool pool()
{
    cms::PlaceholderPool p;
    p.nameMapping = QStringLiteral("TMS_$index$");
    p.uriMapping = QStringLiteral("tms.$index$");
    return p;
}

cms::CmsNode spaceNode(const QString &id, const QString &name)
{
    cms::CmsNode node;
    node.name = QStringLiteral("coSpace");
    node.attributes = {{QStringLiteral("id"), id}};
    node.children = {cms::CmsNode{QStringLiteral("name"), name, {}, {}}};
    return node;
}

// Free placeholders for `indexes`, each with the space id "s<index>"; `renamed` ones carry another name.
QList<PlaceholderState> states(const QList<int> &indexes, const QList<int> &renamed = {})
{
    QList<PlaceholderState> out;
    for (int index : indexes) {
        const cms::CmsNode node = spaceNode(QStringLiteral("s%1").arg(index),
                                            renamed.contains(index) ? QStringLiteral("Board") : pool().nameFor(index));
        out.append(PlaceholderState::classify(pool(), index, &node, false, nullptr));
    }
    return out;
}

QList<int> shownIndexes(const PlaceholderPoolModel &model)
{
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, int(Column::Index)).data(PlaceholderPoolModel::RawValueRole).toInt());
    return out;
}

} // namespace

class TestPlaceholderPoolModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingsBecomeIncrementalChanges()
    {
        PlaceholderPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setStates(states({1, 2, 3, 4, 5, 6}));
        QCOMPARE(shownIndexes(model), (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(inserted.count(), 1);

        // 2 and 3 went, 7 and 8 came, 0 came first, 5 was renamed.
        inserted.clear();
        model.setStates(states({0, 1, 4, 5, 6, 7, 8}, {5}));
        QCOMPARE(shownIndexes(model), (QList<int>{0, 1, 4, 5, 6, 7, 8}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(3, int(Column::State)).data().toString(), PlaceholderState::kindName(PlaceholderState::Kind::Inconsistent));
        QVERIFY(model.index(3, int(Column::Problems)).data().toString().contains(QStringLiteral("“Board”")));
        QCOMPARE(model.index(3, int(Column::Name)).data().toString(), QStringLiteral("Board"));
        QCOMPARE(model.index(0, int(Column::Uri)).data().toString(), QStringLiteral("tms.0"));
        QCOMPARE(model.index(0, 0).data(PlaceholderPoolModel::SpaceIdRole).toString(), QStringLiteral("s0"));
        QCOMPARE(model.countOf(PlaceholderState::Kind::Free), 6);
        QCOMPARE(model.rowOfIndex(7), 5);
        QCOMPARE(model.rowOfIndex(3), -1);

        // The same reading again changes nothing; an empty one removes everything.
        changed.clear();
        model.setStates(states({0, 1, 4, 5, 6, 7, 8}, {5}));
        QCOMPARE(changed.count(), 0);
        model.setStates({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void followsMeetingsLive()
    {
        LiveFixture fixture;
        QString error;
        QVERIFY2(fixture.start(2, {}, &error), qPrintable(error));
        const QString spaceId = fixture.space(pool().nameFor(3), pool().uriFor(3));
        QVERIFY(!spaceId.isEmpty());

        PlaceholderPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBridgeNames({QStringLiteral("cb1"), QStringLiteral("cb2")});
        QList<PlaceholderState> reading = states({1, 2});
        const cms::CmsNode node = spaceNode(spaceId, pool().nameFor(3));
        reading.append(PlaceholderState::classify(pool(), 3, &node, false, nullptr));
        model.setStates(reading);
        model.setLiveCluster(&fixture.live());
        QCOMPARE(model.index(2, int(Column::State)).data().toString(), PlaceholderState::kindName(PlaceholderState::Kind::Free));

        const QString callId = fixture.startCall(1, spaceId);
        fixture.join(1, callId, QStringLiteral("Alice Martin"));
        fixture.join(1, callId, QStringLiteral("Bob Stone"));
        QTRY_COMPARE_WITH_TIMEOUT(model.index(2, int(Column::Participants)).data().toString(), QStringLiteral("2"), 10000);
        QCOMPARE(model.index(2, int(Column::State)).data().toString(), PlaceholderState::kindName(PlaceholderState::Kind::InMeeting));
        QCOMPARE(model.index(2, int(Column::Bridge)).data().toString(), QStringLiteral("cb2"));
        QCOMPARE(model.index(2, 0).data(PlaceholderPoolModel::CallIdRole).toString(), callId);

        fixture.cluster->live().endCall(fixture.bridge(1), callId);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(2, int(Column::State)).data().toString(),
                                  PlaceholderState::kindName(PlaceholderState::Kind::Free), 10000);
        QCOMPARE(model.index(2, int(Column::Participants)).data().toString(), QString());
    }
};

QTEST_MAIN(TestPlaceholderPoolModel)
#include "tst_placeholderpoolmodel.moc"
