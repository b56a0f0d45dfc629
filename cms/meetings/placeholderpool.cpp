#include "meetings/placeholderpool.h"

#include <algorithm>

namespace cms {

QString PlaceholderPool::expand(const QString &mapping, int index)
{
    QString out = mapping;
    return out.replace(indexToken(), QString::number(index));
}

int PlaceholderPool::indexOfUri(const QString &uri) const
{
    const qsizetype at = uriMapping.indexOf(indexToken());
    if (at < 0)
        return -1;
    const QString prefix = uriMapping.left(at);
    const QString suffix = uriMapping.mid(at + indexToken().size());
    if (uri.size() <= prefix.size() + suffix.size() || !uri.startsWith(prefix, Qt::CaseInsensitive)
        || !uri.endsWith(suffix, Qt::CaseInsensitive))
        return -1;
    const QString digits = uri.mid(prefix.size(), uri.size() - prefix.size() - suffix.size());
    bool ok = false;
    const int index = digits.toInt(&ok);
    // "007" is not what `$index$` makes of 7.
    if (!ok || index < 0 || QString::number(index) != digits)
        return -1;
    return index;
}

bool PlaceholderPool::containsIndex(int index) const
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [index](const Range &r) { return r.contains(index); });
}

int PlaceholderPool::size() const
{
    int total = 0;
    for (const Range &r : ranges)
        total += r.size();
    return total;
}

int PlaceholderPool::lastIndex() const
{
    int last = -1;
    for (const Range &r : ranges)
        last = qMax(last, r.end);
    return last;
}

QString PlaceholderPool::uriFilter() const
{
    const QString prefix = uriMapping.section(indexToken(), 0, 0);
    const QString suffix = uriMapping.section(indexToken(), 1);
    return prefix.size() >= suffix.size() ? prefix : suffix;
}

bool PlaceholderPool::samePatterns(const PlaceholderPool &other) const
{
    return nameMapping == other.nameMapping && uriMapping.compare(other.uriMapping, Qt::CaseInsensitive) == 0
        && callIdMapping == other.callIdMapping;
}

QStringList PlaceholderPool::problems(const Range &range) const
{
    QStringList out;
    auto checkMapping = [&](const QString &mapping, const QString &what, bool required) {
        if (mapping.isEmpty()) {
            if (required)
                //: %1: which pattern (the name, the URI)
                out.append(tr("The %1 pattern is missing.").arg(what));
            return;
        }
        if (mapping.count(indexToken()) != 1)
            //: %1: which pattern, %2: the pattern as typed
            out.append(tr("The %1 pattern “%2” must hold $index$ exactly once.").arg(what, mapping));
    };
    checkMapping(nameMapping, tr("name"), true);
    checkMapping(uriMapping, tr("URI"), true);
    checkMapping(callIdMapping, tr("call ID"), false);
    if (!callIdMapping.isEmpty()) {
        QString digits = callIdMapping;
        digits.remove(indexToken());
        if (std::any_of(digits.cbegin(), digits.cend(), [](QChar c) { return !c.isDigit(); }))
            out.append(tr("A call ID holds digits only: the call ID pattern may hold nothing but digits around $index$."));
    }
    if (range.start < 0 || range.end < range.start)
        out.append(tr("The range %1–%2 is not valid: the first index must be 0 or more, and not after the last.")
                       .arg(range.start).arg(range.end));
    for (const Range &existing : ranges) {
        if (existing.parameterSetId != range.parameterSetId && range.start <= existing.end && existing.start <= range.end)
            //: %1–%2: the range asked for, %3–%4: a range the pool already has
            out.append(tr("The range %1–%2 overlaps the pool's range %3–%4.")
                           .arg(range.start).arg(range.end).arg(existing.start).arg(existing.end));
    }
    return out;
}

QList<QPair<QString, QString>> PlaceholderPool::parameterSetParams(const Range &range) const
{
    QList<QPair<QString, QString>> params = {{QStringLiteral("startIndex"), QString::number(range.start)},
                                             {QStringLiteral("endIndex"), QString::number(range.end)},
                                             {QStringLiteral("coSpaceNameMapping"), nameMapping},
                                             {QStringLiteral("coSpaceUriMapping"), uriMapping}};
    if (!callIdMapping.isEmpty())
        params.append({QStringLiteral("coSpaceCallIdMapping"), callIdMapping});
    if (!tenant.isEmpty())
        params.append({QStringLiteral("tenant"), tenant});
    if (!callProfile.isEmpty())
        params.append({QStringLiteral("callProfile"), callProfile});
    if (!callLegProfile.isEmpty())
        params.append({QStringLiteral("callLegProfile"), callLegProfile});
    params.append({QStringLiteral("nonMemberAccess"), QStringLiteral("false")});
    return params;
}

QList<PlaceholderPool> PlaceholderPool::fromParameterSets(const QList<CmsNode> &sets)
{
    QList<PlaceholderPool> pools;
    for (const CmsNode &set : sets) {
        PlaceholderPool found;
        found.nameMapping = set.value(u"coSpaceNameMapping");
        found.uriMapping = set.value(u"coSpaceUriMapping");
        found.callIdMapping = set.value(u"coSpaceCallIdMapping");
        found.tenant = set.value(u"tenant");
        found.callProfile = set.value(u"callProfile");
        found.callLegProfile = set.value(u"callLegProfile");
        Range range;
        range.parameterSetId = set.id();
        range.start = set.value(u"startIndex").toInt();
        range.end = set.value(u"endIndex").toInt();
        auto pool = std::find_if(pools.begin(), pools.end(), [&](const PlaceholderPool &p) { return p.samePatterns(found); });
        if (pool == pools.end()) {
            pools.append(found);
            pool = pools.end() - 1;
        }
        pool->ranges.append(range);
    }
    for (PlaceholderPool &pool : pools)
        std::sort(pool.ranges.begin(), pool.ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    return pools;
}

} // namespace cms
