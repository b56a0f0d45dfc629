#include "config/spacesearchindex.h"

#include "config/spacecatalog.h"

#include <algorithm>
#include <numeric>

namespace cms {

namespace {

constexpr char16_t kFieldSeparator = 0x1F;   // never in a folded text: control characters are dropped

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isConjoiningJamo(char16_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}

bool isCompatibilityJamo(QChar c)
{
    return c.unicode() >= 0x3131 && c.unicode() <= 0x318E;
}

// One code unit of an already case-folded, NFD text: appended as it should be searched, or dropped.
void appendFolded(QString &out, QChar c, bool *hasJamo)
{
    const char16_t u = c.unicode();
    if (c.category() == QChar::Mark_NonSpacing)   // accents, harakat, U+0670, hamza above and below
        return;
    if (c.category() == QChar::Other_Control || u == 0x0640)   // control characters, tatweel
        return;
    switch (u) {
    case 0x0671:   // alef wasla (أ إ آ lose their marks above: they decompose to ا + mark)
        out.append(QChar(0x0627));
        return;
    case 0x0649:   // alef maqsura → ya
        out.append(QChar(0x064A));
        return;
    case 0x0629:   // ta marbuta → ha
        out.append(QChar(0x0647));
        return;
    default:
        break;
    }
    if (isConjoiningJamo(u))
        *hasJamo = true;
    out.append(c);
}

} // namespace

QString SpaceSearchIndex::fold(QStringView text)
{
    if (isAscii(text)) {
        QString out;
        out.reserve(text.size());
        for (QChar c : text) {
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out.append(c.toLower());
        }
        return out;
    }
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool hasJamo = false;
    for (QChar c : decomposed)
        appendFolded(out, c, &hasJamo);
    // Hangul syllables came apart into jamo with the decomposition: put them back together.
    return hasJamo ? out.normalized(QString::NormalizationForm_C) : out;
}

QStringList SpaceSearchIndex::terms(const QString &text)
{
    QStringList result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i == start)
            break;
        const QString folded = fold(QStringView(text).sliced(start, i - start));
        // A Korean syllable still being composed: search what is already whole.
        qsizetype end = folded.size();
        while (end > 0 && isCompatibilityJamo(folded.at(end - 1)))
            --end;
        const QString term = folded.first(end);   // a term of jamo only is not searched yet
        if (!term.isEmpty() && !result.contains(term))
            result.append(term);
    }
    // A term contained in another adds nothing.
    QStringList kept;
    for (const QString &t : std::as_const(result)) {
        const bool redundant = std::any_of(result.cbegin(), result.cend(), [&t](const QString &other) {
            return other.size() > t.size() && other.contains(t);
        });
        if (!redundant)
            kept.append(t);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return kept;
}

void SpaceSearchIndex::add(int row, const SpaceRecord &record)
{
    Q_ASSERT(row >= 0 && row <= size());
    forgetLastQuery();
    const QString text = fold(record.name) + QChar(kFieldSeparator) + fold(record.uri) + QChar(kFieldSeparator)
        + fold(record.secondaryUri) + QChar(kFieldSeparator) + fold(record.callId);
    Entry entry;
    entry.start = quint32(m_text.size());
    entry.length = quint32(text.size());
    m_text.insert(m_text.end(), text.utf16(), text.utf16() + text.size());
    if (row == size()) {
        m_entries.push_back(entry);
    } else {
        m_garbage += m_entries[size_t(row)].length;
        m_entries[size_t(row)] = entry;
        m_inRowOrder = false;   // this row's text is now after the text of the rows below it
        compactIfWasteful();
    }
}

void SpaceSearchIndex::removeRows(int first, int count)
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= size());
    forgetLastQuery();
    const auto begin = m_entries.begin() + first;
    for (auto it = begin; it != begin + count; ++it)
        m_garbage += it->length;
    m_entries.erase(begin, begin + count);
    compactIfWasteful();
}

void SpaceSearchIndex::clear()
{
    forgetLastQuery();
    m_text.clear();
    m_entries.clear();
    m_garbage = 0;
    m_inRowOrder = true;
}

// Replaced and removed rows leave their text behind; once it is half of the buffer, copy the live
// text into a new one.
void SpaceSearchIndex::compactIfWasteful()
{
    if (m_garbage * 2 >= m_text.size())
        squeeze();
}

void SpaceSearchIndex::squeeze()
{
    if (m_garbage == 0 && m_inRowOrder)
        return;
    std::vector<char16_t> text;
    text.reserve(m_text.size() - m_garbage);
    for (Entry &e : m_entries) {
        const auto from = m_text.cbegin() + e.start;
        e.start = quint32(text.size());
        text.insert(text.end(), from, from + e.length);
    }
    m_text = std::move(text);
    m_garbage = 0;
    m_inRowOrder = true;
}

bool SpaceSearchIndex::matches(int row, const QStringList &terms) const
{
    const QStringView text = textOf(row);
    return std::all_of(terms.cbegin(), terms.cend(), [text](const QString &term) {
        return text.contains(term);
    });
}

// With the rows' text in row order, one search through the whole buffer finds the rows holding the
// first (longest) term far faster than a search per row: most rows are skipped without a call.
QList<int> SpaceSearchIndex::scanBuffer(const QStringList &terms) const
{
    QList<int> hits;
    const QStringView all(m_text.data(), qsizetype(m_text.size()));
    const QString &first = terms.first();
    const QStringList others = terms.mid(1);
    const int rows = size();
    qsizetype from = 0;
    int row = 0;
    while (row < rows) {
        const qsizetype at = all.indexOf(first, from);
        if (at < 0)
            break;
        while (row < rows && qsizetype(m_entries[size_t(row)].start + m_entries[size_t(row)].length) <= at)
            ++row;
        if (row == rows)
            break;
        const Entry &e = m_entries[size_t(row)];
        if (qsizetype(e.start) > at) {   // in the text a removed row left behind
            from = e.start;
            continue;
        }
        if (others.isEmpty() || matches(row, others))
            hits.append(row);
        from = qsizetype(e.start) + e.length;   // on to the next row
        ++row;
    }
    return hits;
}

QList<int> SpaceSearchIndex::query(const QString &text) const
{
    const QStringList wanted = terms(text);
    QList<int> hits;
    if (wanted.isEmpty()) {
        hits.resize(size());
        std::iota(hits.begin(), hits.end(), 0);
        return hits;
    }
    // Every previous term inside one of the new ones: the new hits are among the previous hits.
    const bool narrows = m_lastValid && !m_lastTerms.isEmpty()
        && std::all_of(m_lastTerms.cbegin(), m_lastTerms.cend(), [&wanted](const QString &previous) {
               return std::any_of(wanted.cbegin(), wanted.cend(),
                                  [&previous](const QString &term) { return term.contains(previous); });
           });
    if (narrows && m_lastHits.size() < size() / 4) {
        for (int row : std::as_const(m_lastHits)) {
            if (matches(row, wanted))
                hits.append(row);
        }
    } else if (m_inRowOrder) {
        hits = scanBuffer(wanted);
    } else {
        for (int row = 0; row < size(); ++row) {
            if (matches(row, wanted))
                hits.append(row);
        }
    }
    m_lastTerms = wanted;
    m_lastHits = hits;
    m_lastValid = true;
    return hits;
}

qsizetype SpaceSearchIndex::memoryBytes() const
{
    return qsizetype(m_text.capacity() * sizeof(char16_t) + m_entries.capacity() * sizeof(Entry));
}

} // namespace cms
