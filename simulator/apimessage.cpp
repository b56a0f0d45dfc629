#include "apimessage.h"

#include <QXmlStreamWriter>

namespace cmssim {

ApiRequest::PageRange ApiRequest::page(int cap) const
{
    PageRange p;
    bool ok = false;
    p.offset = qMax<qsizetype>(0, queryValue(QStringLiteral("offset")).toLongLong(&ok));
    const qsizetype asked = queryValue(QStringLiteral("limit")).toLongLong(&ok);
    p.limit = (ok && asked > 0) ? qMin<qsizetype>(asked, cap) : cap;
    return p;
}

ApiResponse ApiResponse::xml(QByteArray document)
{
    ApiResponse r;
    r.body = std::move(document);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml")});
    return r;
}

ApiResponse ApiResponse::created(const QString &apiPath)
{
    ApiResponse r;
    r.headers.append({QByteArrayLiteral("Location"), QByteArrayLiteral("/api/v1/") + apiPath.toUtf8()});
    return r;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Failure Failure::parameterError(const QString &parameter, const QString &error)
{
    Failure f;
    f.reason = QStringLiteral("parameterError");
    f.attributes = {{QStringLiteral("parameter"), parameter}, {QStringLiteral("error"), error}};
    return f;
}

Failure Failure::notFound(const QString &reason)
{
    Failure f;
    f.reason = reason;
    f.isNotFound = true;
    return f;
}

QByteArray Failure::toXml(const QByteArray &declaration) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("failureDetails"));
    w.writeEmptyElement(reason);
    for (const auto &a : attributes)
        w.writeAttribute(a.first, a.second);
    w.writeEndElement();
    return declaration + out;
}

} // namespace cmssim
