#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"
#include "meetings/temporaryspaces.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace cms {

class Connection;
class MeetingEndLog;
class SpaceDetailsReader;

// Lists the temporary spaces the CMS scheduler made for its meetings (TemporarySpace, with its
// [guess]): the coSpaces list, then the page of each space (the list does not carry
// meetingScheduler), then whether its meeting runs now (a call on it, from the calls of every call
// bridge, or a live call the MeetingEndLog knows), and when the console saw it end. A space once read
// without meetingScheduler is not read again by the next read(): the scheduler sets the field when it
// makes the space. finished() comes once per read, with error() set when the spaces could not be
// read; a call bridge whose calls could not be read is named in bridgeProblems().
class TemporarySpacesReader : public QObject
{
    Q_OBJECT
public:
    // `ends` may be null (no live state followed: no end is ever known).
    TemporarySpacesReader(Connection &connection, const MeetingEndLog *ends, QObject *parent = nullptr);
    ~TemporarySpacesReader() override;

    void read();
    bool isReading() const { return m_busy; }
    const CmsError &error() const { return m_error; }
    const QList<TemporarySpace> &spaces() const { return m_spaces; }
    QStringList bridgeProblems() const { return m_bridgeProblems; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void readSpaces();
    void onObjectRead(const QString &id, const CmsNode &object);
    void onReadFailed(const QString &id, const CmsError &error);
    void oneRead();
    void conclude();
    void fail(const CmsError &error);

    QPointer<Connection> m_connection;
    QPointer<const MeetingEndLog> m_ends;
    SpaceDetailsReader *m_details;   // child
    bool m_busy = false;
    CmsError m_error;
    QSet<QString> m_running;         // space ids with a call now
    QSet<QString> m_ordinary;        // read once, without meetingScheduler
    QList<TemporarySpace> m_found;
    QList<TemporarySpace> m_spaces;
    QStringList m_bridgeProblems;
    qint64 m_pending = 0;
    qint64 m_total = 0;
};

} // namespace cms
