#include "api/cmsrequest.h"

namespace cms {

CmsRequest CmsRequest::get(const QString &path, const QUrlQuery &query)
{
    CmsRequest r;
    r.path = path;
    r.query = query;
    return r;
}

CmsRequest CmsRequest::post(const QString &path, const QList<QPair<QString, QString>> &form)
{
    CmsRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = path;
    r.form = form;
    return r;
}

CmsRequest CmsRequest::put(const QString &path, const QList<QPair<QString, QString>> &form)
{
    CmsRequest r;
    r.method = QByteArrayLiteral("PUT");
    r.path = path;
    r.form = form;
    return r;
}

CmsRequest CmsRequest::del(const QString &path)
{
    CmsRequest r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = path;
    return r;
}

} // namespace cms
