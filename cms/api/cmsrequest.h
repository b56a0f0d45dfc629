#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cms {

// One API request, relative to /api/v1/ of whichever call bridge serves it.
struct CmsRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;                               // "coSpaces", "coSpaces/<id>/accessMethods"
    QUrlQuery query;                            // filters, offset, limit
    QList<QPair<QString, QString>> form;        // POST and PUT parameters, in order

    static CmsRequest get(const QString &path, const QUrlQuery &query = {});
    static CmsRequest post(const QString &path, const QList<QPair<QString, QString>> &form);
    static CmsRequest put(const QString &path, const QList<QPair<QString, QString>> &form);
    static CmsRequest del(const QString &path);

    // A POST creates something: retrying it elsewhere could create it twice.
    bool isIdempotent() const { return method != "POST"; }
};

} // namespace cms
