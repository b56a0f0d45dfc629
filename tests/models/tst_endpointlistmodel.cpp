// The failover settings' endpoint list: display text, adding (no duplicate address), removing (never
// the primary), moving by moveEndpoint and by drag and drop with our MIME type, and passwords that
// stay with their rows. Under QAbstractItemModelTester throughout.
#include "cluster/endpointlistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using cms::CredentialMode;
using cms::EndpointProfile;
using models::EndpointListModel;

namespace {

EndpointProfile endpoint(const QString &address, const QString &name = {})
{
    EndpointProfile e;
    e.address = QUrl(address);
    e.name = name;
    e.user = QStringLiteral("admin");
    return e;
}

QList<EndpointProfile> threeEndpoints()
{
    EndpointProfile own = endpoint(QStringLiteral("https://cms3.example.com"));
    own.credentials = CredentialMode::Own;
    own.user = QStringLiteral("api3");
    own.pinnedSha256 = QByteArrayLiteral("ab12");
    return {endpoint(QStringLiteral("https://cms1.example.com:445"), QStringLiteral("CallBridge-Paris")),
            endpoint(QStringLiteral("https://cms2.example.com:445")), own};
}

QStringList hosts(const EndpointListModel &model)
{
    QStringList result;
    for (const EndpointProfile &e : model.endpoints())
        result << e.address.host();
    return result;
}

QString text(const EndpointListModel &model, int row)
{
    return model.data(model.index(row), Qt::DisplayRole).toString();
}

std::unique_ptr<QMimeData> dragRow(const EndpointListModel &model, int row)
{
    return std::unique_ptr<QMimeData>(model.mimeData({model.index(row)}));
}

} // namespace

class TestEndpointListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayAndRoles();
    void addRefusesDuplicates();
    void removeNeverThePrimary();
    void moveKeepsPasswordsWithRows();
    void dropMovesBetweenRows();
    void dropRefusesOtherDataAndItems();
};

void TestEndpointListModel::displayAndRoles()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEndpoints(threeEndpoints());

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0), QStringLiteral("CallBridge-Paris — cms1.example.com:445 (primary)"));
    QCOMPARE(text(model, 1), QStringLiteral("cms2.example.com:445"));
    QCOMPARE(text(model, 2), QStringLiteral("cms3.example.com:443"));

    const QModelIndex third = model.index(2);
    QCOMPARE(model.data(third, EndpointListModel::AddressRole).toUrl(), QUrl(QStringLiteral("https://cms3.example.com")));
    QCOMPARE(model.data(third, EndpointListModel::NameRole).toString(), QString());
    QCOMPARE(model.data(third, EndpointListModel::CredentialModeRole).toInt(), int(CredentialMode::Own));
    QCOMPARE(model.data(third, EndpointListModel::UserRole).toString(), QStringLiteral("api3"));
    QCOMPARE(model.data(third, EndpointListModel::PinnedRole).toByteArray(), QByteArrayLiteral("ab12"));
    QCOMPARE(model.data(third, EndpointListModel::IsPrimaryRole).toBool(), false);
    QCOMPARE(model.data(model.index(0), EndpointListModel::IsPrimaryRole).toBool(), true);
    QCOMPARE(model.data(third, EndpointListModel::HasNewPasswordRole).toBool(), false);
    QCOMPARE(model.indexOfAddress(QUrl(QStringLiteral("https://CMS3.example.com:443"))), 2);
    QCOMPARE(model.indexOfAddress(QUrl(QStringLiteral("https://cms3.example.com:445"))), -1);

    // Items are dragged; drops only land between rows.
    QVERIFY(model.flags(third) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(third) & Qt::ItemIsDropEnabled));
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
    QCOMPARE(model.mimeTypes(), QStringList{QString::fromLatin1(EndpointListModel::MimeType)});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EndpointProfile renamed = model.endpoint(1);
    renamed.name = QStringLiteral("CallBridge-Lyon");
    model.setEndpoint(1, renamed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(model, 1), QStringLiteral("CallBridge-Lyon — cms2.example.com:445"));
}

void TestEndpointListModel::addRefusesDuplicates()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.addEndpoint(endpoint(QStringLiteral("https://cms1.example.com:445"))), 0);
    QCOMPARE(model.addEndpoint(endpoint(QStringLiteral("https://cms2.example.com"))), 1);
    QCOMPARE(model.addEndpoint(endpoint(QStringLiteral("https://CMS2.example.com:443"))), -1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(text(model, 0).endsWith(QStringLiteral("(primary)")));
    QVERIFY(!text(model, 1).contains(QStringLiteral("primary")));

    // IPv6 literals keep their brackets.
    QCOMPARE(model.addEndpoint(endpoint(QStringLiteral("https://[::1]:8443"))), 2);
    QCOMPARE(text(model, 2), QStringLiteral("[::1]:8443"));
}

void TestEndpointListModel::removeNeverThePrimary()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEndpoints(threeEndpoints());
    model.setPassword(2, QStringLiteral("pw3"));

    QVERIFY(!model.removeEndpoint(0));
    QVERIFY(!model.removeEndpoint(3));
    QVERIFY(model.removeEndpoint(1));
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms1.example.com"), QStringLiteral("cms3.example.com")}));
    QCOMPARE(model.passwords(), (QHash<int, QString>{{1, QStringLiteral("pw3")}}));
}

void TestEndpointListModel::moveKeepsPasswordsWithRows()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEndpoints(threeEndpoints());
    QSignalSpy passwordChanged(&model, &QAbstractItemModel::dataChanged);
    model.setPassword(0, QStringLiteral("pw1"));
    model.setPassword(2, QStringLiteral("pw3"));
    QCOMPARE(passwordChanged.size(), 2);
    QCOMPARE(model.data(model.index(2), EndpointListModel::HasNewPasswordRole).toBool(), true);

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(model.moveEndpoint(2, 0));   // the third becomes primary
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 2);   // start
    QCOMPARE(moved.at(0).at(4).toInt(), 0);   // before row 0
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms3.example.com"), QStringLiteral("cms1.example.com"),
                                        QStringLiteral("cms2.example.com")}));
    QCOMPARE(model.passwords(), (QHash<int, QString>{{0, QStringLiteral("pw3")}, {1, QStringLiteral("pw1")}}));
    QCOMPARE(text(model, 0), QStringLiteral("cms3.example.com:443 (primary)"));
    QCOMPARE(text(model, 1), QStringLiteral("CallBridge-Paris — cms1.example.com:445"));

    QVERIFY(model.moveEndpoint(0, 2));
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms1.example.com"), QStringLiteral("cms2.example.com"),
                                        QStringLiteral("cms3.example.com")}));
    QCOMPARE(model.passwords(), (QHash<int, QString>{{0, QStringLiteral("pw1")}, {2, QStringLiteral("pw3")}}));

    // QListView's internal move: moveRows in beginMoveRows terms (the row it goes before).
    QVERIFY(model.moveRows({}, 0, 1, {}, 2));
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms2.example.com"), QStringLiteral("cms1.example.com"),
                                        QStringLiteral("cms3.example.com")}));
    QVERIFY(model.moveRows({}, 1, 1, {}, 0));
    QVERIFY(!model.moveRows({}, 0, 2, {}, 3));
    QCOMPARE(model.passwords(), (QHash<int, QString>{{0, QStringLiteral("pw1")}, {2, QStringLiteral("pw3")}}));
    QCOMPARE(moved.size(), 4);

    QVERIFY(!model.moveEndpoint(1, 1));
    QVERIFY(!model.moveEndpoint(-1, 1));
    QVERIFY(!model.moveEndpoint(1, 3));
    QCOMPARE(moved.size(), 4);
}

void TestEndpointListModel::dropMovesBetweenRows()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEndpoints(threeEndpoints());
    model.setPassword(0, QStringLiteral("pw1"));

    // The primary dropped in the gap before row 2 ends on row 1.
    auto data = dragRow(model, 0);
    QVERIFY(data);
    QVERIFY(data->hasFormat(QString::fromLatin1(EndpointListModel::MimeType)));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms2.example.com"), QStringLiteral("cms1.example.com"),
                                        QStringLiteral("cms3.example.com")}));
    QCOMPARE(model.passwords(), (QHash<int, QString>{{1, QStringLiteral("pw1")}}));
    QCOMPARE(text(model, 0), QStringLiteral("cms2.example.com:445 (primary)"));

    // Dropped after the last row (row -1 on the root): moves to the end.
    data = dragRow(model, 0);
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms1.example.com"), QStringLiteral("cms3.example.com"),
                                        QStringLiteral("cms2.example.com")}));

    // The last one dropped before the first.
    data = dragRow(model, 2);
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(hosts(model), QStringList({QStringLiteral("cms2.example.com"), QStringLiteral("cms1.example.com"),
                                        QStringLiteral("cms3.example.com")}));
    QCOMPARE(model.passwords(), (QHash<int, QString>{{1, QStringLiteral("pw1")}}));

    // Dropped where it already is: nothing to do.
    data = dragRow(model, 1);
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    QCOMPARE(model.endpoint(1).address.host(), QStringLiteral("cms1.example.com"));
}

void TestEndpointListModel::dropRefusesOtherDataAndItems()
{
    EndpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEndpoints(threeEndpoints());
    const QList<EndpointProfile> before = model.endpoints();

    QMimeData text;
    text.setText(QStringLiteral("1"));
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));

    auto data = dragRow(model, 2);
    // Onto an item (parent valid, row -1), or a copy instead of a move.
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0)));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0)));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));

    // A row that is not in the list, or garbage in our own type.
    QMimeData stale;
    QByteArray encoded;
    QDataStream(&encoded, QIODevice::WriteOnly) << qint32(7);
    stale.setData(QString::fromLatin1(EndpointListModel::MimeType), encoded);
    QVERIFY(!model.canDropMimeData(&stale, Qt::MoveAction, 0, 0, {}));
    QMimeData garbage;
    garbage.setData(QString::fromLatin1(EndpointListModel::MimeType), QByteArrayLiteral("x"));
    QVERIFY(!model.dropMimeData(&garbage, Qt::MoveAction, 0, 0, {}));

    QCOMPARE(model.endpoints(), before);
}

QTEST_GUILESS_MAIN(TestEndpointListModel)
#include "tst_endpointlistmodel.moc"
