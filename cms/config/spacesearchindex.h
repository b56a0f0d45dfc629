#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace cms {

struct SpaceRecord;

// Finds spaces as the user types, from memory: a row matches when every whitespace-separated term
// of the query is a substring of its folded name, URI, secondary URI or call ID.
//
// Folding makes text compare the way people read it: case-folded; accents and other combining marks
// removed (é→e, ç→c; œ stays œ); Arabic without its harakat (U+064B–U+0652, U+0670) and tatweel
// (U+0640), with the alef variants (أ إ آ ٱ) read as ا, alef maqsura (ى) as ya (ي) and ta marbuta
// (ة) as ha (ه); Korean in precomposed syllables (NFC), so decomposed and precomposed text match.
// While a Korean word is being typed, a term ending in compatibility jamo (회의ㄹ) is searched
// without them (회의), and a term of jamo only (ㅎ) not yet, so the list does not empty between
// keystrokes.
//
// Memory: the folded text of every row lives in one contiguous buffer; a row costs its text plus
// eight bytes. Speed: when a query only narrows the previous one (a key typed at the end), only the
// previous hits are searched again.
class SpaceSearchIndex
{
public:
    // Appends the row (row == size()) or replaces its text (row < size()).
    void add(int row, const SpaceRecord &record);
    // Removes rows [first, first + count); later rows move up by count, as in the catalog.
    void removeRows(int first, int count);
    void clear();
    // Puts the text back in row order and drops what replaced and removed rows left behind, after a
    // batch of changes: a search through text in row order is the fast one.
    void squeeze();
    int size() const { return int(m_entries.size()); }

    // The rows matching every term of `text`, in ascending order; every row for an empty query.
    QList<int> query(const QString &text) const;
    // Whether one row holds every term (as terms() makes them): for rows added or changed under a query.
    bool matches(int row, const QStringList &terms) const;

    // The folded form of a text, as stored and as searched.
    static QString fold(QStringView text);
    // The terms of a query, folded, without duplicates, longest first (the most selective).
    static QStringList terms(const QString &text);

    // What the index holds, in bytes (text buffer and row table, as allocated).
    qsizetype memoryBytes() const;

private:
    struct Entry
    {
        quint32 start = 0;
        quint32 length = 0;
    };
    QStringView textOf(int row) const
    {
        const Entry &e = m_entries[size_t(row)];
        return QStringView(m_text.data() + e.start, qsizetype(e.length));
    }
    QList<int> scanBuffer(const QStringList &terms) const;
    void forgetLastQuery() { m_lastValid = false; }
    void compactIfWasteful();

    std::vector<char16_t> m_text;   // folded text of every row, fields separated by U+001F
    std::vector<Entry> m_entries;   // by row
    size_t m_garbage = 0;           // characters of replaced or removed rows still in m_text
    bool m_inRowOrder = true;       // every row's text after the previous row's

    // The previous query, to narrow from it.
    mutable QStringList m_lastTerms;
    mutable QList<int> m_lastHits;
    mutable bool m_lastValid = false;
};

} // namespace cms
