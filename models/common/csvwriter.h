#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace models {

// Writes tables as CSV the way RFC 4180 says and spreadsheets read it: fields separated by commas,
// records by CRLF, a field holding a comma, a quote, CR or LF quoted with its quotes doubled. UTF-8
// with a byte order mark, without which Excel reads the file in the system's code page and mangles
// accents, Korean and Arabic.
class CsvWriter
{
public:
    static QString field(QStringView text);
    static QString record(const QStringList &fields);
    // The whole file: BOM, then one record per row.
    static QByteArray document(const QList<QStringList> &rows);
    // Reads back what document() wrote (tests, and anyone checking an export).
    static QList<QStringList> parse(const QByteArray &csv);
};

} // namespace models
