#pragma once

#include "api/cmsnode.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cms {

// What one call bridge says about itself in GET /system/status, as the bridges pane shows it.
// Fields the server did not send stay unset (std::nullopt / -1 / empty).
struct SystemStatus
{
    QString softwareVersion;            // "3.8.1", "2.0(RC)"
    qint64 uptimeSeconds = -1;
    std::optional<bool> activated;
    std::optional<bool> clusterEnabled;
    QDateTime cdrTime;                  // the bridge's clock (UTC), invalid when absent or unreadable
    int callLegsActive = -1;
    int callLegsMaxActive = -1;
    int callLegsCompleted = -1;
    QDateTime receivedAt;               // this computer's clock (UTC) when the reply arrived
    // cdrTime minus receivedAt, in milliseconds (positive: the bridge is ahead); nullopt when
    // cdrTime is missing.
    std::optional<qint64> clockSkewMs;

    bool isValid() const { return receivedAt.isValid(); }

    // Reads the <status> element; cdrTime accepts ISO 8601 with or without "Z" / offset / fraction.
    static SystemStatus fromNode(const CmsNode &status, const QDateTime &receivedAtUtc);
};

} // namespace cms
