#pragma once

#include <QCoreApplication>
#include <QString>

namespace cms {

// The status of a bulk sync (GET /cospaceBulkSyncs/<id>, cms-api.md section 4 "Bulk spaces"), each
// one said in words.
class BulkSyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(cms::BulkSyncStatus)

public:
    static bool isFinal(const QString &status) { return status != u"pending" && status != u"running"; }
    static bool isSuccess(const QString &status) { return status == u"complete"; }
    // A translated sentence for `status`; the range and the patterns make failures precise.
    static QString describe(const QString &status, int start, int end, const QString &uriMapping,
                            const QString &callIdMapping);
    static QStringList failureStatuses();
};

} // namespace cms
