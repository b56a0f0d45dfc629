#include "live/participantmimecodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace models {

namespace {
constexpr quint32 kMagic = 0x434D5350;   // "CMSP"
constexpr quint16 kVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
} // namespace

QString ParticipantMimeCodec::mimeType()
{
    return QStringLiteral("application/x-cmsconsole-participants");
}

QByteArray ParticipantMimeCodec::encode(const QList<ParticipantRef> &participants)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kVersion << qint32(participants.size());
    for (const ParticipantRef &p : participants)
        out << p.clusterId << qint32(p.bridge) << p.callId << p.participantId;
    return bytes;
}

std::optional<QList<ParticipantRef>> ParticipantMimeCodec::decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 count = -1;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count < 0 || count > MaxParticipants)
        return std::nullopt;
    QList<ParticipantRef> participants;
    for (qint32 i = 0; i < count; ++i) {
        ParticipantRef p;
        qint32 bridge = -1;
        in >> p.clusterId >> bridge >> p.callId >> p.participantId;
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        p.bridge = bridge;
        participants.append(p);
    }
    if (!in.atEnd())
        return std::nullopt;
    return participants;
}

QMimeData *ParticipantMimeCodec::toMimeData(const QList<ParticipantRef> &participants)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), encode(participants));
    return data;
}

QList<ParticipantRef> ParticipantMimeCodec::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return decode(data->data(mimeType())).value_or(QList<ParticipantRef>{});
}

} // namespace models
