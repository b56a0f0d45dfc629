#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace models {

// How the models write times, durations and addresses for people: in the default QLocale, in local
// time, every unit through tr(). Shared so the panes agree on one way to say "3 d 4 h" or "+1.2 s".
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // The local time of day with seconds, in the locale's short time format ("14:05:09", "2:05:09 PM").
    static QString timeWithSeconds(const QDateTime &time);
    // The local date and time in the locale's long format, for tool tips.
    static QString dateTime(const QDateTime &time);
    // An uptime in its two largest units, each with its plural form: "3 d 4 h", "5 h 12 min", "7 min".
    static QString duration(qint64 seconds);
    // A clock difference with its sign and one decimal: "+1.2 s", "-0.4 s", "0.0 s".
    static QString clockSkew(qint64 milliseconds);
    static QString milliseconds(qint64 milliseconds);   // "120 ms"
    // Time gone by, as a clock shows it, for a value that ticks every second: "0:07", "12:05",
    // "1:02:03" (locale digits); empty when negative.
    static QString elapsed(qint64 seconds);
    // An address, id or name inside a sentence, isolated so that a URI in an Arabic sentence (or Arabic
    // in an English one) keeps its own direction.
    static QString isolated(const QString &text);
    // A line that reads in the window's direction even when it starts with Latin text.
    static QString inLayoutDirection(const QString &text);
    // A form label: the field's name and a colon, on the field's side in either direction
    // ("URI:" in an Arabic form reads right to left).
    static QString formLabel(const QString &fieldName);
    static QString number(qint64 value);                // locale digits and grouping
    // "host:port" ("[::1]:445" for IPv6), port 443 when the address has none.
    static QString hostPort(const QUrl &address);
};

} // namespace models
