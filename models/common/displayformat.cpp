#include "common/displayformat.h"

#include <QLocale>

namespace models {

QString DisplayFormat::timeWithSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    // The short format is what people read in their locale; the long one adds a time zone name. Add
    // the seconds after the minutes, with the separator the locale puts before the minutes.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s'))) {
        const qsizetype minutes = format.indexOf(QLatin1String("mm"));
        if (minutes > 0)
            format.insert(minutes + 2, format.at(minutes - 1) + QLatin1String("ss"));
    }
    return locale.toString(time.toLocalTime().time(), format);
}

QString DisplayFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        //: Uptime: days and hours, "3 d 4 h"
        return tr("%1 d %2 h").arg(number(days), number(hours));
    if (hours > 0)
        //: Uptime: hours and minutes, "5 h 12 min"
        return tr("%1 h %2 min").arg(number(hours), number(minutes));
    if (minutes > 0)
        //: Uptime: minutes, "7 min"
        return tr("%1 min").arg(number(minutes));
    //: Uptime: seconds, "42 s"
    return tr("%1 s", "uptime").arg(number(seconds));
}

QString DisplayFormat::clockSkew(qint64 milliseconds)
{
    const QLocale locale;
    // Rounded to tenths first, so that a skew that shows as 0.0 carries no sign.
    const qint64 tenths = milliseconds >= 0 ? (milliseconds + 50) / 100 : -((-milliseconds + 50) / 100);
    QString value = locale.toString(double(tenths) / 10.0, 'f', 1);
    if (tenths > 0)
        value.prepend(locale.positiveSign());
    //: Clock difference in seconds, "+1.2 s"
    return tr("%1 s", "clock skew").arg(value);
}

QString DisplayFormat::milliseconds(qint64 milliseconds)
{
    //: Duration in milliseconds, "120 ms"
    return tr("%1 ms").arg(number(milliseconds));
}

QString DisplayFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::hostPort(const QUrl &address)
{
    const QString host = address.host();
    const QString port = QString::number(address.port(443));
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QLatin1String("]:") + port;
    return host + QLatin1Char(':') + port;
}

} // namespace models
