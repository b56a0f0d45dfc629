#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QMimeData;

namespace models {

// One participant being dragged, by identity: the cluster (ClusterProfile::id), the call bridge
// that hosts it (endpoint index), its call and its own id. The drop side looks each one up again
// in the live state rather than trusting anything else the drag carried.
struct ParticipantRef
{
    QString clusterId;
    int bridge = -1;
    QString callId;
    QString participantId;

    friend bool operator==(const ParticipantRef &, const ParticipantRef &) = default;
};

// Our own drag-and-drop format for participants, MIME type application/x-cmsconsole-participants:
// a versioned QDataStream of ParticipantRef. Only this type is put in the QMimeData, so a drop on
// another application finds nothing it knows and does nothing. decode() refuses anything malformed
// (wrong magic or version, truncated, trailing bytes, more than MaxParticipants entries).
class ParticipantMimeCodec
{
public:
    static constexpr int MaxParticipants = 100000;

    static QString mimeType();

    static QByteArray encode(const QList<ParticipantRef> &participants);
    static std::optional<QList<ParticipantRef>> decode(const QByteArray &bytes);

    // A new QMimeData carrying them (the caller owns it).
    static QMimeData *toMimeData(const QList<ParticipantRef> &participants);
    // The participants `data` carries; empty when it carries none or none readable.
    static QList<ParticipantRef> fromMimeData(const QMimeData *data);
};

} // namespace models

Q_DECLARE_METATYPE(models::ParticipantRef)
