#include "api/systemstatus.h"

#include <QTimeZone>

#include <limits>

namespace cms {

namespace {

std::optional<bool> boolValue(const CmsNode &status, QStringView name)
{
    if (!status.has(name))
        return std::nullopt;
    const QString text = status.value(name).trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

qint64 numberValue(const CmsNode &status, QStringView name)
{
    bool ok = false;
    const qint64 n = status.value(name).trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

int intValue(const CmsNode &status, QStringView name)
{
    const qint64 n = numberValue(status, name);
    return n >= 0 && n <= std::numeric_limits<int>::max() ? int(n) : -1;
}

// ISO 8601, with or without a fraction and a zone. Without a zone the bridge's clock is taken as
// UTC (what CMS writes), not as this computer's local time.
QDateTime utcTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toUTC();
}

} // namespace

SystemStatus SystemStatus::fromNode(const CmsNode &status, const QDateTime &receivedAtUtc)
{
    SystemStatus s;
    s.softwareVersion = status.value(u"softwareVersion").trimmed();
    s.uptimeSeconds = numberValue(status, u"uptimeSeconds");
    s.activated = boolValue(status, u"activated");
    s.clusterEnabled = boolValue(status, u"clusterEnabled");
    s.cdrTime = utcTime(status.value(u"cdrTime"));
    s.callLegsActive = intValue(status, u"callLegsActive");
    s.callLegsMaxActive = intValue(status, u"callLegsMaxActive");
    s.callLegsCompleted = intValue(status, u"callLegsCompleted");
    s.receivedAt = receivedAtUtc.toUTC();
    if (s.cdrTime.isValid() && s.receivedAt.isValid())
        s.clockSkewMs = s.receivedAt.msecsTo(s.cdrTime);
    return s;
}

} // namespace cms
