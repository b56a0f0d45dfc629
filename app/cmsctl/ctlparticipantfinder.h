#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cms {
class Connection;
}

// Finds people anywhere in the cluster: every call bridge's participants (a participant belongs to
// the bridge that hosts it; the others list it with <callBridge> and are skipped), each read in
// detail for its address and user, then kept when every word of the filter is in its name, address
// (URI) or user JID, compared as the Spaces search compares (any case, any accents, Arabic and Korean
// forms folded). Emits found() or failed() once.
class CtlParticipantFinder : public QObject
{
    Q_OBJECT
public:
    CtlParticipantFinder(cms::Connection &connection, const QString &filter, QObject *parent = nullptr);

    void start();
    // Whether a participant (in detail) matches every folded term (SpaceSearchIndex::terms).
    static bool matches(const cms::CmsNode &participant, const QStringList &terms);

Q_SIGNALS:
    // The matching participants in detail, bridge by bridge, each with a first field "bridge".
    void found(const QList<cms::CmsNode> &participants);
    void failed(const cms::CmsError &error);

private:
    void readDetails(int endpoint, const QList<cms::CmsNode> &hosted);
    void bridgeDone();
    void fail(const cms::CmsError &error);

    cms::Connection &m_connection;
    QStringList m_terms;
    QList<QList<cms::CmsNode>> m_perBridge;   // matches, by endpoint, in listing order
    int m_pendingBridges = 0;
    bool m_done = false;
};
