#include "meetings/temporaryspaces.h"

#include <QLocale>

namespace cms {

QDateTime TemporarySpace::deletionTime(const QDateTime &meetingEnd)
{
    if (!meetingEnd.isValid())
        return {};
    const QDateTime due = meetingEnd.toUTC().addSecs(24 * 60 * 60);
    const QTime kJob(1, 15);
    QDateTime run(due.date(), kJob, Qt::UTC);
    if (run < due)
        run = run.addDays(1);
    return run;
}

QDateTime TemporarySpace::deletedAt(const QDateTime &now) const
{
    switch (meeting) {
    case Meeting::Running:
        return {};
    case Meeting::EndSeen:
        return deletionTime(endedAt);
    case Meeting::NotRunning:
        return deletionTime(now);
    }
    return {};
}

QString TemporarySpace::meetingText() const
{
    switch (meeting) {
    case Meeting::Running:
        return tr("Running now");
    case Meeting::EndSeen:
        return tr("Ended");
    case Meeting::NotRunning:
        return tr("Not running");
    }
    return {};
}

QString TemporarySpace::localWithGmt(const QDateTime &utc, const QLocale &locale)
{
    //: %1: a date and time in the user's time zone, %2: the same time in GMT
    return tr("%1 (%2 GMT)").arg(locale.toString(utc.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(utc.toUTC().time(), QLocale::ShortFormat));
}

QString TemporarySpace::deletionText(const QDateTime &now, const QLocale &locale) const
{
    switch (meeting) {
    case Meeting::Running:
        return tr("At the first 01:15 GMT 24 hours after its meeting ends");
    case Meeting::EndSeen:
        //: %1: a date and time, e.g. "07/12/2026 02:15 (01:15 GMT)"
        return tr("%1; its meeting ended %2").arg(localWithGmt(deletedAt(now), locale),
                                                     locale.toString(endedAt.toLocalTime(), QLocale::ShortFormat));
    case Meeting::NotRunning:
        //: %1: a date and time, e.g. "07/12/2026 02:15 (01:15 GMT)"
        return tr("At the first 01:15 GMT 24 hours after its meeting ends; if it has already ended, by %1 at the latest")
            .arg(localWithGmt(deletedAt(now), locale));
    }
    return {};
}

} // namespace cms
