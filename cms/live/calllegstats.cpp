#include "live/calllegstats.h"

#include <cmath>

namespace cms {

namespace {

// A number the server wrote ("64000", "1.7", "12"); empty when absent or not a number.
std::optional<double> number(const CmsNode &block, QStringView field)
{
    const CmsNode *node = block.child(field);
    if (!node)
        return std::nullopt;
    bool ok = false;
    const double value = node->text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> milliseconds(const CmsNode &block, QStringView field)
{
    const std::optional<double> value = number(block, field);
    return value ? std::optional<int>(qRound(*value)) : std::nullopt;
}

CallLegStats::Media mediaOf(const CmsNode *block)
{
    CallLegStats::Media m;
    if (!block)
        return m;
    m.reported = true;
    m.codec = block->value(u"codec");
    if (const std::optional<double> bitRate = number(*block, u"bitRate"))
        m.bitRate = qRound64(*bitRate);
    m.jitterMs = milliseconds(*block, u"jitter");
    m.packetLossPercent = number(*block, u"packetLossPercentage");
    m.roundTripTimeMs = milliseconds(*block, u"roundTripTime");
    return m;
}

} // namespace

QString CallLegStats::elementName(Direction direction)
{
    switch (direction) {
    case AudioReceived:
        return QStringLiteral("rxAudio");
    case AudioSent:
        return QStringLiteral("txAudio");
    case VideoReceived:
        return QStringLiteral("rxVideo");
    case VideoSent:
    case DirectionCount:
        break;
    }
    return QStringLiteral("txVideo");
}

std::optional<int> CallLegStats::roundTripTimeMs() const
{
    std::optional<int> longest;
    for (const Media &m : media) {
        if (m.roundTripTimeMs && (!longest || *m.roundTripTimeMs > *longest))
            longest = m.roundTripTimeMs;
    }
    return longest;
}

bool CallLegStats::hasAlarm(QStringView alarm) const
{
    for (const QString &a : alarms) {
        if (a == alarm)
            return true;
    }
    return false;
}

CallLegStats CallLegStats::fromNode(const CmsNode &callLeg)
{
    CallLegStats leg;
    leg.id = callLeg.id();
    leg.name = callLeg.value(u"name");
    leg.remoteParty = callLeg.value(u"remoteParty");
    leg.type = callLeg.value(u"type");
    leg.state = callLeg.value(u"status/state");
    const CmsNode *status = callLeg.child(u"status");
    for (int d = 0; d < DirectionCount; ++d)
        leg.media[size_t(d)] = mediaOf(status ? status->child(elementName(Direction(d))) : nullptr);
    if (const CmsNode *alarms = callLeg.child(u"alarms")) {
        for (const CmsNode &alarm : alarms->children)
            leg.alarms.append(alarm.name);
    }
    return leg;
}

} // namespace cms
