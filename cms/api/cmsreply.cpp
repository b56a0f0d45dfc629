#include "api/cmsreply.h"

#include "api/xmlcodec.h"

#include <QTimer>

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
    , m_request(request)
{
    m_outcome.endpoint = endpoint;
}

CmsReply *CmsReply::unsent(const Endpoint &endpoint, const CmsRequest &request, const CmsError &error)
{
    auto *reply = new CmsReply(endpoint, request);
    reply->m_outcome.mayHaveReachedServer = false;
    reply->finishLater(error);
    return reply;
}

QByteArray CmsReply::header(const QByteArray &name) const
{
    for (const auto &h : m_outcome.headers) {
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
    auto parsed = XmlCodec::parseCollection(m_outcome.body);
    if (problem)
        *problem = problemOf(parsed);
    return std::move(parsed.value);
}

CmsNode CmsReply::object(CmsError *problem) const
{
    auto parsed = XmlCodec::parseObject(m_outcome.body);
    if (problem)
        *problem = problemOf(parsed);
    return std::move(parsed.value);
}

bool CmsReply::mayHaveBeenCarriedOut() const
{
    const CmsError &error = m_outcome.error;
    if (!m_finished || error.isOk() || !m_outcome.mayHaveReachedServer)
        return false;
    switch (error.kind) {
    case CmsError::Kind::ServerRefused:    // the API said why it did nothing
    case CmsError::Kind::Authentication:   // refused before the API looked at it
    case CmsError::Kind::Busy:             // 503: not taken on
    case CmsError::Kind::InvalidInput:     // never sent
        return false;
    default:
        return true;
    }
}

void CmsReply::cancel()
{
    if (!m_finished)
        Q_EMIT cancelRequested();
}

void CmsReply::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = std::move(outcome);
    Q_EMIT finished();
}

void CmsReply::finish(const CmsError &error)
{
    Outcome outcome;
    outcome.error = error;
    outcome.endpoint = m_outcome.endpoint;
    outcome.attempts = m_outcome.attempts;
    outcome.mayHaveReachedServer = m_outcome.mayHaveReachedServer;
    finish(std::move(outcome));
}

void CmsReply::finishLater(const CmsError &error)
{
    QTimer::singleShot(0, this, [this, error] {
        finish(error);
        deleteLater();
    });
}

} // namespace cms
