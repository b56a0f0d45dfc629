#include "meetings/bulksyncstatus.h"

#include <QStringList>

namespace cms {

QStringList BulkSyncStatus::failureStatuses()
{
    return {QStringLiteral("failedCoSpaceUriConflict"), QStringLiteral("failedCallIdConflict"),
            QStringLiteral("failedIndexRangeInvalid"),  QStringLiteral("failedIndexRangeTooGreat"),
            QStringLiteral("failedNoSuchParameterSet"), QStringLiteral("failed")};
}

QString BulkSyncStatus::describe(const QString &status, int start, int end, const QString &uriMapping,
                                 const QString &callIdMapping)
{
    if (status == u"pending")
        return tr("The bulk sync is waiting to start on the server.");
    if (status == u"running")
        return tr("The server is creating, updating or removing the placeholder spaces.");
    if (status == u"complete")
        return tr("The bulk sync is complete.");
    if (status == u"failedCoSpaceUriConflict")
        //: %1: the URI pattern, %2–%3: the index range
        return tr("The bulk sync stopped: one of the URIs that “%1” makes for indexes %2–%3 is already used by another "
                  "space or access method. Choose another URI pattern or another range.")
            .arg(uriMapping).arg(start).arg(end);
    if (status == u"failedCallIdConflict")
        //: %1: the call ID pattern, %2–%3: the index range
        return tr("The bulk sync stopped: one of the call IDs that “%1” makes for indexes %2–%3 is already used by "
                  "another space or access method. Choose another call ID pattern or another range.")
            .arg(callIdMapping).arg(start).arg(end);
    if (status == u"failedIndexRangeInvalid")
        return tr("The bulk sync stopped: the server finds the index range %1–%2 invalid (the first index must not "
                  "come after the last).")
            .arg(start).arg(end);
    if (status == u"failedIndexRangeTooGreat")
        return tr("The bulk sync stopped: the range %1–%2 holds more spaces than the server makes in one bulk sync. "
                  "Create the pool in smaller ranges (grow it range by range).")
            .arg(start).arg(end);
    if (status == u"failedNoSuchParameterSet")
        return tr("The bulk sync stopped: its bulk parameter set no longer exists on the server (someone deleted it "
                  "meanwhile).");
    if (status == u"failed")
        return tr("The bulk sync failed on the server, which gives no reason: some placeholder spaces of the range "
                  "%1–%2 may have been made or changed before it stopped.")
            .arg(start).arg(end);
    return tr("The bulk sync ended with a status this console does not know: “%1”.").arg(status);
}

} // namespace cms
