#include "api/cmsreply.h"

#include "api/xmlcodec.h"

namespace cms {

namespace {
template<typename T>
CmsError problemOf(const XmlCodec::Result<T> &r)
{
    if (r.ok())
        return {};
    const bool tooLarge = r.problem == XmlCodec::Problem::TooLarge || r.problem == XmlCodec::Problem::TooManyItems;
    return CmsError(tooLarge ? CmsError::Kind::ReplyTooLarge : CmsError::Kind::MalformedReply, r.detail);
}
} // namespace

CmsReply::CmsReply(const Endpoint &endpoint, const CmsRequest &request, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_request(request)
{
}

QByteArray CmsReply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString CmsReply::createdId() const
{
    const QString location = QString::fromLatin1(header(QByteArrayLiteral("Location")));
    return location.section(QLatin1Char('/'), -1);
}

CmsCollection CmsReply::collection(CmsError *problem) const
{
    auto parsed = XmlCodec::parseCollection(m_body);
    if (problem)
        *problem = problemOf(parsed);
    return std::move(parsed.value);
}

CmsNode CmsReply::object(CmsError *problem) const
{
    auto parsed = XmlCodec::parseObject(m_body);
    if (problem)
        *problem = problemOf(parsed);
    return std::move(parsed.value);
}

void CmsReply::cancel()
{
    if (!m_finished)
        Q_EMIT cancelRequested();
}

void CmsReply::finish(const CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace cms
