#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cms {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request and its reply, as the API trace view and `cmsctl --trace` show them.
struct TraceEntry
{
    QDateTime started;
    qint64 elapsedMs = 0;
    QString endpoint;   // host:port of the call bridge
    QByteArray method;
    QUrl url;
    RawHeaders requestHeaders;
    QByteArray requestBody;
    int status = 0;     // 0: no HTTP reply (see error)
    RawHeaders replyHeaders;
    QByteArray replyBody;
    QString error;
};

} // namespace cms
