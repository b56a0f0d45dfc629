#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace cms {

class CmsReply;
struct CmsRequest;
class Connection;

// One request about one object of the cluster's shared configuration, for a caller that has no
// business building requests (a view): read the object, or delete it. Any healthy call bridge answers
// (see Connection::sendShared). Finishes exactly once, never before the call that made it returned;
// cancel() makes it finish as Cancelled. Dropped unfinished, it cancels nothing: a deletion may
// already be under way on the server. (Creating and changing objects: ObjectChange.)
class ObjectRequest : public QObject
{
    Q_OBJECT
public:
    // GET `path` ("coSpaces/<id>"); object() holds the object once finished.
    static ObjectRequest *read(Connection &connection, const QString &path, QObject *parent);
    // DELETE `path` ("coSpaces/<id>/accessMethods/<id>").
    static ObjectRequest *remove(Connection &connection, const QString &path, QObject *parent);
    ~ObjectRequest() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.isOk(); }
    const CmsError &error() const { return m_error; }
    // A deletion that failed, yet may have been carried out (see CmsReply::mayHaveBeenCarriedOut):
    // the object must be looked at before deleting it again. Always false for a read.
    bool mayHaveHappened() const { return m_mayHaveHappened; }
    // What a read found; empty for a deletion and after a failure.
    const CmsNode &object() const { return m_object; }

Q_SIGNALS:
    void finished();

private:
    ObjectRequest(Connection &connection, const CmsRequest &request, QObject *parent);
    void onReplyFinished();

    QPointer<CmsReply> m_reply;
    bool m_read = false;
    bool m_finished = false;
    bool m_mayHaveHappened = false;
    CmsError m_error;
    CmsNode m_object;
};

} // namespace cms
