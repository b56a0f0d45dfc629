#pragma once

#include "api/cmsnode.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cms {

// What a help desk reads to answer "my video is bad": one call leg as GET /callLegs/<id> describes
// it (cms-api.md section 4): who is at the far end, and under status the media of each direction
// (rxAudio, txAudio, rxVideo, txVideo: codec, bitRate, jitter, packetLossPercentage, and on the
// directions the bridge sends, roundTripTime), then the alarms the server raises (the names of the
// children of <alarms>: packetLoss, excessiveJitter, highRoundTripTime, or newer ones).
//
// "Received" and "sent" are said from the call bridge's side, as the API does: rxAudio is the audio
// the bridge receives from the participant. A figure the server did not send stays empty (unset
// fields are absent from GET output; a leg without video has no video blocks).
struct CallLegStats
{
    enum Direction { AudioReceived, AudioSent, VideoReceived, VideoSent, DirectionCount };

    // One direction of the leg's media.
    struct Media
    {
        bool reported = false;                     // the block was in the reply
        QString codec;
        std::optional<qint64> bitRate;             // bits per second
        std::optional<int> jitterMs;
        std::optional<double> packetLossPercent;
        std::optional<int> roundTripTimeMs;        // sent directions only

        bool operator==(const Media &) const = default;
    };

    QString id;
    QString name;          // the participant's name as the leg gives it
    QString remoteParty;   // the far end's address
    QString type;          // sip, acano (web app), lync, … as the API says it
    QString state;         // status/state: initial, ringing, connected, onHold
    std::array<Media, DirectionCount> media;
    QStringList alarms;    // API names, in the server's order

    const Media &at(Direction direction) const { return media.at(size_t(direction)); }
    // The leg's round-trip time: the longer of the sent directions' (empty when neither says).
    std::optional<int> roundTripTimeMs() const;
    bool hasAlarm(QStringView alarm) const;

    // The element under status that carries a direction: "rxAudio", "txAudio", "rxVideo", "txVideo".
    static QString elementName(Direction direction);
    // From the <callLeg> of a GET /callLegs/<id> reply.
    static CallLegStats fromNode(const CmsNode &callLeg);

    bool operator==(const CallLegStats &) const = default;
};

} // namespace cms
