#include "spaces/spacessortranks.h"

#include <algorithm>
#include <numeric>

namespace models {

QCollator SpacesSortRanks::collator(const QLocale &locale)
{
    QCollator c(locale);
    c.setNumericMode(true);
    c.setCaseSensitivity(Qt::CaseInsensitive);
    return c;
}

bool SpacesSortRanks::lessThan(const QCollator &collator, const QVariant &l, const QVariant &r)
{
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();
    if (l.typeId() == QMetaType::Bool && r.typeId() == QMetaType::Bool)
        return !l.toBool() && r.toBool();
    const QString ls = l.toString();
    const QString rs = r.toString();
    if (ls.isEmpty() || rs.isEmpty())
        return ls.isEmpty() && !rs.isEmpty();
    return collator.compare(ls, rs) < 0;
}

namespace {

bool isText(const SpacesSortValue &v)
{
    return v.length >= 0 || v.value.typeId() == QMetaType::QString;
}

bool isEmptyText(const SpacesSortValue &v)
{
    return v.length >= 0 ? v.length == 0 : v.value.toString().isEmpty();
}

} // namespace

QVariant SpacesSortRanks::resolve(const SpacesSortValue &value)
{
    if (value.length < 0)
        return value.value;
    if (value.length == 0)
        return QString();
    return QStringView(value.value.toString()).sliced(value.start, value.length).toString();
}

// Collation keys computed once per row and compared as bytes: comparing through the collator is
// far slower.
std::vector<int> SpacesSortRanks::compute(const std::vector<SpacesSortValue> &values, const QLocale &locale,
                                          const std::function<bool()> &cancelled)
{
    constexpr size_t kCheckEvery = 4096;
    const QCollator coll = collator(locale);
    const size_t rows = values.size();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(rows);
    for (size_t row = 0; row < rows; ++row) {
        if (row % kCheckEvery == 0 && cancelled && cancelled())
            return {};
        const SpacesSortValue &value = values[row];
        keys.push_back(coll.sortKey(isText(value) ? resolve(value).toString() : QString()));
    }
    std::vector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const SpacesSortValue &l = values[size_t(a)];
        const SpacesSortValue &r = values[size_t(b)];
        if (isText(l) && isText(r)) {
            const bool le = isEmptyText(l);
            const bool re = isEmptyText(r);
            if (le || re)
                return le && !re;
            return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
        }
        return lessThan(coll, resolve(l), resolve(r));
    });
    if (cancelled && cancelled())
        return {};
    std::vector<int> ranks(rows, -1);
    for (size_t i = 0; i < rows; ++i)
        ranks[size_t(order[i])] = int(i);
    return ranks;
}

} // namespace models
