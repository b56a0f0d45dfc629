#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QBitArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <deque>
#include <vector>

namespace cms {

class CmsReply;
class Connection;

// Reads a whole collection fast. The server caps every page at its own maximum and does not say
// so: the pager learns the cap from the first page, then fetches the other pages in parallel over
// the cluster's healthy bridges, advancing by what each page really held (a short page leaves a gap
// that is fetched too). Lists change while they are read: when the total moves during a pass, the
// pager reads again, and returns a pass that saw no change, or else the union of its passes, so that
// nothing present throughout is missed and nothing is listed twice.
//
// A long list need not be held twice: with setKeepItems(false) the pager keeps only each position's
// id (for its checks) and hands the objects out through itemsArrived() alone; items() is then empty.
// Whoever shows the arrivals must then look at driftDetected(): when it is set, the arrivals may
// hold objects that went away meanwhile (and, after several passes, each object more than once),
// so they are not an exact picture of the list.
//
// The connection is held weakly: once it is closed or gone, the read ends as Cancelled.
class CollectionPager : public QObject
{
    Q_OBJECT
public:
    CollectionPager(Connection &connection, const QString &path, const QUrlQuery &filters = {},
                    QObject *parent = nullptr);

    void setMaxItems(qint64 max) { m_maxItems = max; }      // 0: all
    void setMaxPasses(int passes) { m_maxPasses = qMax(1, passes); }
    void setFirstPageLimit(int limit) { m_askLimit = limit; }
    // Live collections belong to one call bridge: read them from that one only.
    void setEndpoint(int endpointIndex) { m_endpoint = endpointIndex; }
    // Default true: items() holds the answer at the end. False: see above; set before start().
    void setKeepItems(bool keep) { m_keepItems = keep; }
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const CmsError &error() const { return m_error; }
    const QList<CmsNode> &items() const { return m_result; }   // empty without keepItems
    qint64 total() const { return m_total; }
    int pageCap() const { return m_cap; }
    int pagesFetched() const { return m_pagesFetched; }
    int passes() const { return m_pass; }
    bool driftDetected() const { return m_everDrifted; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    // The objects of a page as it lands, at positions this pass had not read yet: for showing a
    // long list while it loads. The list may still change (see above): items() is the answer, or
    // without keepItems, these arrivals and driftDetected().
    void itemsArrived(const QList<cms::CmsNode> &items);
    void finished();

private:
    struct PageRequest
    {
        qint64 offset = 0;
        int limit = 0;
        int retries = 0;
    };
    void startPass();
    void request(const PageRequest &page);
    void onPage(const PageRequest &page, CmsReply *reply);
    void pump();
    void planUpTo(qint64 end);
    void finishPass();
    void fail(const CmsError &error);
    void done();
    int parallelism() const;
    qint64 wanted() const { return m_maxItems > 0 ? qMin(m_total, m_maxItems) : m_total; }

    QPointer<Connection> m_connection;
    QString m_path;
    QUrlQuery m_filters;
    qint64 m_maxItems = 0;
    int m_maxPasses = 3;
    int m_askLimit = 100;
    int m_endpoint = -1;   // -1: any healthy bridge (shared configuration)
    bool m_keepItems = true;

    int m_pass = 0;
    int m_cap = 0;
    qint64 m_total = -1;
    qint64 m_plannedEnd = 0;
    qint64 m_received = 0;
    QBitArray m_covered;   // positions read in this pass
    std::vector<QString> m_coveredIds;      // this pass: the id read at each covered position
    bool m_drift = false;
    bool m_everDrifted = false;
    int m_pagesFetched = 0;
    std::deque<PageRequest> m_queue;
    QList<QPointer<CmsReply>> m_inFlight;
    std::vector<CmsNode> m_positions;       // this pass, by position in the list (keepItems only)
    QList<CmsNode> m_union;                 // earlier passes, deduplicated
    QSet<QString> m_unionIds;
    QList<CmsNode> m_result;
    CmsError m_error;
    bool m_finished = false;
};

} // namespace cms
