#include "common/displayformat.h"

#include "api/bidi.h"

#include <QGuiApplication>
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
    const int days = int(seconds / 86400);
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    // Each unit agrees with its number (plural forms), in the locale's digits; the two largest units
    // are joined the way the language joins them.
    //: Uptime in days, short: "3 d"
    const QString d = tr("%Ln d", "uptime", days);
    //: Uptime in hours, short: "4 h"
    const QString h = tr("%Ln h", "uptime", hours);
    //: Uptime in minutes, short: "12 min"
    const QString m = tr("%Ln min", "uptime", minutes);
    if (days > 0)
        //: Two units of an uptime, the larger first: "3 d 4 h"
        return tr("%1 %2", "uptime: two units").arg(d, h);
    if (hours > 0)
        //: Two units of an uptime, the larger first: "5 h 12 min"
        return tr("%1 %2", "uptime: two units").arg(h, m);
    if (minutes > 0)
        return m;
    //: Uptime in seconds, short: "42 s"
    return tr("%Ln s", "uptime", int(seconds));
}

QString DisplayFormat::isolated(const QString &text)
{
    return cms::Bidi::isolated(text);
}

QString DisplayFormat::inLayoutDirection(const QString &text)
{
    // A line whose first strong character is Latin (a URI, "URI:") would otherwise be laid out left to
    // right in an Arabic window; the mark gives it the paragraph direction of the window.
    const QChar mark = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    return mark + text;
}

QString DisplayFormat::formLabel(const QString &fieldName)
{
    //: Form label: a field name followed by a colon.
    return inLayoutDirection(tr("%1:").arg(fieldName));
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

QString DisplayFormat::elapsed(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 value) {
        const QString digits = locale.toString(value);
        return value < 10 ? locale.zeroDigit() + digits : digits;
    };
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (hours > 0)
        //: Time gone by in hours, minutes and seconds, as a clock shows it: "1:02:03"
        return tr("%1:%2:%3", "elapsed").arg(locale.toString(hours), twoDigits(minutes), twoDigits(seconds % 60));
    //: Time gone by in minutes and seconds, as a clock shows it: "12:05"
    return tr("%1:%2", "elapsed").arg(locale.toString(minutes), twoDigits(seconds % 60));
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
