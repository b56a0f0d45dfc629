#pragma once

#include "api/cmsnode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cms {

// A pool of placeholder spaces as a scheduler (TMS) keeps them (cms-api.md sections 4 "Bulk spaces"
// and 8): spaces made in bulk from a name, URI and call ID pattern each holding `$index$`, with the
// profiles they share and non-members not allowed. On the server a pool is one or more bulk parameter
// sets with the same patterns, each covering one index range (a pool grows by a new range).
struct PlaceholderPool
{
    Q_DECLARE_TR_FUNCTIONS(cms::PlaceholderPool)

public:
    struct Range
    {
        QString parameterSetId;   // empty until created
        int start = 0;
        int end = -1;             // inclusive
        int size() const { return end >= start ? end - start + 1 : 0; }
        bool contains(int index) const { return index >= start && index <= end; }
    };

    static QString indexToken() { return QStringLiteral("$index$"); }

    QString nameMapping;    // "TMS_Scheduled_Meeting_$index$"
    QString uriMapping;     // "tms.meeting.$index$"
    QString callIdMapping;  // "88$index$" (optional)
    QString callProfile;    // ids, optional
    QString callLegProfile;
    QString tenant;
    QList<Range> ranges;

    QString nameFor(int index) const { return expand(nameMapping, index); }
    QString uriFor(int index) const { return expand(uriMapping, index); }
    QString callIdFor(int index) const { return expand(callIdMapping, index); }
    // The index whose URI is `uri` (any case), or -1 when `uri` is not one of this pool's patterns.
    int indexOfUri(const QString &uri) const;
    bool containsIndex(int index) const;
    int size() const;
    int lastIndex() const;   // -1 when empty
    // Text that every placeholder's URI holds, for a server-side filter (`filter=`).
    QString uriFilter() const;
    // Same patterns: the same pool, whatever its ranges.
    bool samePatterns(const PlaceholderPool &other) const;

    // Each mistake in the patterns or in a range, translated; empty when the pool can be created.
    QStringList problems(const Range &range) const;
    // The parameters of POST /cospaceBulkParameterSets for one range (non-members never allowed).
    QList<QPair<QString, QString>> parameterSetParams(const Range &range) const;

    // The pools that the server's bulk parameter sets describe, sets with the same patterns together,
    // ranges in index order.
    static QList<PlaceholderPool> fromParameterSets(const QList<CmsNode> &sets);

private:
    static QString expand(const QString &mapping, int index);
};

} // namespace cms
