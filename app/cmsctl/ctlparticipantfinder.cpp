#include "ctlparticipantfinder.h"

#include "api/cmsreply.h"
#include "config/spacesearchindex.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <memory>

CtlParticipantFinder::CtlParticipantFinder(cms::Connection &connection, const QString &filter, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_terms(cms::SpaceSearchIndex::terms(filter))
{
}

bool CtlParticipantFinder::matches(const cms::CmsNode &participant, const QStringList &terms)
{
    if (terms.isEmpty())
        return true;
    // Fields apart, so that no term matches across two of them.
    const QString text = cms::SpaceSearchIndex::fold(participant.value(u"name")) + QChar(0x1F)
        + cms::SpaceSearchIndex::fold(participant.value(u"uri")) + QChar(0x1F)
        + cms::SpaceSearchIndex::fold(participant.value(u"userJid"));
    for (const QString &term : terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

void CtlParticipantFinder::start()
{
    const int bridges = m_connection.endpointCount();
    m_perBridge.resize(bridges);
    m_pendingBridges = bridges;
    for (int i = 0; i < bridges; ++i) {
        auto *pager = new cms::CollectionPager(m_connection, QStringLiteral("participants"), {}, this);
        pager->setEndpoint(i);
        connect(pager, &cms::CollectionPager::finished, this, [this, pager, i] {
            pager->deleteLater();
            if (!pager->error().isOk()) {
                fail(pager->error());
                return;
            }
            QList<cms::CmsNode> hosted;
            for (const cms::CmsNode &item : pager->items()) {
                if (!item.has(u"callBridge"))
                    hosted.append(item);
            }
            readDetails(i, hosted);
        });
        pager->start();
    }
}

// The list gives names only: the address and user come with each participant's own object.
void CtlParticipantFinder::readDetails(int endpoint, const QList<cms::CmsNode> &hosted)
{
    if (hosted.isEmpty()) {
        bridgeDone();
        return;
    }
    auto details = std::make_shared<QList<cms::CmsNode>>(hosted.size());
    auto remaining = std::make_shared<int>(int(hosted.size()));
    for (qsizetype k = 0; k < hosted.size(); ++k) {
        cms::CmsReply *reply =
            m_connection.send(endpoint, cms::CmsRequest::get(QStringLiteral("participants/") + hosted.at(k).id()));
        connect(reply, &cms::CmsReply::finished, this, [this, reply, details, remaining, endpoint, k] {
            if (m_done)
                return;
            cms::CmsError problem = reply->error();
            const cms::CmsNode node = problem.isOk() ? reply->object(&problem) : cms::CmsNode();
            // Someone who left between the list and this read is simply not there any more.
            if (!problem.isOk() && !problem.reason.endsWith(QLatin1String("DoesNotExist"))) {
                fail(problem);
                return;
            }
            (*details)[k] = node;
            if (--*remaining > 0)
                return;
            cms::CmsNode bridge;
            bridge.name = QStringLiteral("bridge");
            bridge.text = m_connection.endpoints().at(endpoint).key();
            for (cms::CmsNode participant : std::as_const(*details)) {
                if (participant.id().isEmpty() || !matches(participant, m_terms))
                    continue;
                participant.children.prepend(bridge);
                m_perBridge[endpoint].append(participant);
            }
            bridgeDone();
        });
    }
}

void CtlParticipantFinder::bridgeDone()
{
    if (m_done || --m_pendingBridges > 0)
        return;
    m_done = true;
    QList<cms::CmsNode> all;
    for (const QList<cms::CmsNode> &bridge : std::as_const(m_perBridge))
        all += bridge;
    Q_EMIT found(all);
}

void CtlParticipantFinder::fail(const cms::CmsError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}
