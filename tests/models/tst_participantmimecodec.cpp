// The participants' drag-and-drop format: what is encoded comes back the same (ids with any
// characters, many participants, none), only our MIME type is offered, and anything malformed —
// another format, a wrong magic or version, a truncated or padded payload, an absurd count — decodes
// to nothing rather than to a wrong participant.
#include "live/participantmimecodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QtTest>

using models::ParticipantMimeCodec;
using models::ParticipantRef;

class TestParticipantMimeCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void mimeDataCarriesOnlyOurType();
    void malformedIsRefused_data();
    void malformedIsRefused();
};

void TestParticipantMimeCodec::roundTrip_data()
{
    QTest::addColumn<QList<ParticipantRef>>("participants");
    QTest::newRow("none") << QList<ParticipantRef>{};
    QTest::newRow("one") << QList<ParticipantRef>{{QStringLiteral("c1"), 0, QStringLiteral("call-a"), QStringLiteral("p-1")}};
    QTest::newRow("several bridges") << QList<ParticipantRef>{
        {QStringLiteral("3f2a"), 0, QStringLiteral("call-a"), QStringLiteral("p-1")},
        {QStringLiteral("3f2a"), 2, QStringLiteral("call-b"), QStringLiteral("p-2")},
        {QStringLiteral("3f2a"), -1, QString(), QStringLiteral("p-3")}};
    QTest::newRow("any characters") << QList<ParticipantRef>{
        {QStringLiteral("클러스터 ☎"), 7, QStringLiteral("مكالمة"), QStringLiteral("id\nwith\u0000nul")}};
    QList<ParticipantRef> many;
    for (int i = 0; i < 2000; ++i)
        many.append({QStringLiteral("c"), i % 3, QStringLiteral("call-%1").arg(i / 10), QStringLiteral("p-%1").arg(i)});
    QTest::newRow("2000") << many;
}

void TestParticipantMimeCodec::roundTrip()
{
    QFETCH(QList<ParticipantRef>, participants);
    const std::optional<QList<ParticipantRef>> decoded = ParticipantMimeCodec::decode(ParticipantMimeCodec::encode(participants));
    QVERIFY(decoded);
    QCOMPARE(*decoded, participants);
    std::unique_ptr<QMimeData> data(ParticipantMimeCodec::toMimeData(participants));
    QCOMPARE(ParticipantMimeCodec::fromMimeData(data.get()), participants);
}

void TestParticipantMimeCodec::mimeDataCarriesOnlyOurType()
{
    QCOMPARE(ParticipantMimeCodec::mimeType(), QStringLiteral("application/x-cmsconsole-participants"));
    std::unique_ptr<QMimeData> data(ParticipantMimeCodec::toMimeData({{QStringLiteral("c"), 1, QStringLiteral("k"), QStringLiteral("p")}}));
    QCOMPARE(data->formats(), QStringList{ParticipantMimeCodec::mimeType()});
    QVERIFY(!data->hasText() && !data->hasUrls() && !data->hasHtml());
    QMimeData other;
    other.setText(QStringLiteral("p"));
    QVERIFY(ParticipantMimeCodec::fromMimeData(&other).isEmpty());
    QVERIFY(ParticipantMimeCodec::fromMimeData(nullptr).isEmpty());
}

void TestParticipantMimeCodec::malformedIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = ParticipantMimeCodec::encode({{QStringLiteral("c"), 1, QStringLiteral("call"), QStringLiteral("p")}});
    const auto header = [](quint32 magic, quint16 version, qint32 count) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << magic << version << count;
        return bytes;
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArrayLiteral("c,1,call,p");
    QTest::newRow("wrong magic") << QByteArray(good).replace(0, 1, "X");
    QTest::newRow("later version") << header(0x434D5350, 2, 0);
    QTest::newRow("negative count") << header(0x434D5350, 1, -1);
    QTest::newRow("absurd count") << header(0x434D5350, 1, ParticipantMimeCodec::MaxParticipants + 1);
    QTest::newRow("count larger than the entries") << header(0x434D5350, 1, 3) + good.mid(header(0x434D5350, 1, 1).size());
    QTest::newRow("truncated") << good.left(good.size() - 3);
    QTest::newRow("trailing bytes") << good + QByteArrayLiteral("extra");
}

void TestParticipantMimeCodec::malformedIsRefused()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!ParticipantMimeCodec::decode(bytes));
    QMimeData data;
    data.setData(ParticipantMimeCodec::mimeType(), bytes);
    QVERIFY(ParticipantMimeCodec::fromMimeData(&data).isEmpty());
}

QTEST_GUILESS_MAIN(TestParticipantMimeCodec)
#include "tst_participantmimecodec.moc"
