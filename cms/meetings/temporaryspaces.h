#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cms {

// A space the CMS scheduler (3.3+) made for a scheduled meeting, and when the server will delete it.
//
// The server deletes such spaces in a job that runs every day at 01:15 GMT: a space whose meeting
// ended 24 hours or more before the job runs goes (source notes 001 and 003). So a meeting that
// ended at E is deleted at the first 01:15 UTC at or after E + 24 h: deletionTime(E).
//
// [guess] A space is the scheduler's when its `meetingScheduler` field is set: the API carries the
// field (cms-api.md section 4), the notes do not say what sets it (cms-api.md section 8).
struct TemporarySpace
{
    Q_DECLARE_TR_FUNCTIONS(cms::TemporarySpace)

public:
    enum class Meeting {
        Running,      // a call on the space now
        EndSeen,      // the console saw its last call go: endedAt is known, deletedAt exact
        NotRunning,   // no call now, end not seen: it may have ended, or not have begun
    };

    QString id;
    QString name;
    QString uri;
    QString scheduler;   // the meetingScheduler field as read
    Meeting meeting = Meeting::NotRunning;
    QDateTime endedAt;   // UTC, EndSeen only

    // The first 01:15 UTC at or after `meetingEnd` + 24 h (any time zone in, UTC out).
    static QDateTime deletionTime(const QDateTime &meetingEnd);
    // When the space goes at the latest, seen at `now`: exact once the end was seen; for a meeting
    // that is not running, the latest its end can have been is now; none while it runs.
    QDateTime deletedAt(const QDateTime &now) const;

    // Translated, for the table: the meeting's state, and when the space is deleted, in `locale`'s
    // local time with the GMT time beside.
    QString meetingText() const;
    QString deletionText(const QDateTime &now, const QLocale &locale) const;
    // `utc` in local time, then in GMT: "6 Dec 2026 02:15 (01:15 GMT)".
    static QString localWithGmt(const QDateTime &utc, const QLocale &locale);
};

} // namespace cms
