#pragma once

#include <QCollator>
#include <QLocale>
#include <QVariant>

#include <functional>
#include <vector>

namespace models {

// A row's value to sort by, as the UI thread can take it for every row without copying text: the
// value, or, for a text kept inside a longer string (a SpaceStore row), that string (shared) and
// where the text is in it.
struct SpacesSortValue
{
    QVariant value;
    qsizetype start = 0;
    qsizetype length = -1;   // -1: `value` as it is; otherwise the text at [start, start + length) of it
};

// The sort order of the spaces table for one column, as the rank of every row: what
// SpacesFilterProxyModel sorts by. Made to run on a worker thread as well as on the UI thread: it
// reads only the values it is given and makes its own collator.
//
// Order: strings with QCollator in numeric mode for the locale, case-insensitive ("Room 9" before
// "Room 10"); booleans false before true; empty and unknown (invalid) values first. Equal values keep
// their row order (a stable sort).
class SpacesSortRanks
{
public:
    // The collator the table sorts with in this locale.
    static QCollator collator(const QLocale &locale);
    // Whether value l sorts before value r (the order above), with that collator.
    static bool lessThan(const QCollator &collator, const QVariant &l, const QVariant &r);
    // ranks[row] is the place of values[row] in the ascending order: a permutation of 0..n-1. Empty
    // when `cancelled` said so (asked every few thousand rows; may be empty).
    // Texts are cut out of their strings one at a time, for their collation key: a table's worth of
    // text copies is never held at once.
    static std::vector<int> compute(const std::vector<SpacesSortValue> &values, const QLocale &locale,
                                    const std::function<bool()> &cancelled = {});
    // The value itself (the text cut out of its string).
    static QVariant resolve(const SpacesSortValue &value);
};

} // namespace models
