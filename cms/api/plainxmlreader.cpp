#include "api/plainxmlreader.h"

#include "api/xmlcodec.h"

#include <QStringDecoder>

#include <cstring>

namespace cms {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool startsWith(const char *at, const char *end, const char *prefix)
{
    const size_t n = std::strlen(prefix);
    return size_t(end - at) >= n && std::memcmp(at, prefix, n) == 0;
}

} // namespace

bool PlainXmlReader::read(const QByteArray &xml, const XmlLimits &limits, CmsNode *root)
{
    PlainXmlReader reader(xml, limits);
    CmsNode node;
    if (!reader.document(&node))
        return false;
    *root = std::move(node);
    return true;
}

PlainXmlReader::PlainXmlReader(const QByteArray &xml, const XmlLimits &limits)
    : m_at(xml.constData())
    , m_end(xml.constData() + xml.size())
    , m_limits(limits)
{
}

bool PlainXmlReader::atSpace() const
{
    return m_at < m_end && isSpace(*m_at);
}

void PlainXmlReader::skipSpace()
{
    while (atSpace())
        ++m_at;
}

bool PlainXmlReader::document(CmsNode *root)
{
    if (startsWith(m_at, m_end, "<?xml") && m_end - m_at > 5 && isSpace(m_at[5])) {
        m_at += 5;
        if (!declaration())
            return false;
    }
    skipSpace();
    if (!startsWith(m_at, m_end, "<") || m_end - m_at < 2 || !isNameStart(m_at[1]))
        return false;
    if (!element(1, root))
        return false;
    skipSpace();
    return m_at == m_end;
}

// version="1.0", then optionally encoding="UTF-8" and standalone="yes|no", then ?>.
bool PlainXmlReader::declaration()
{
    static const char *const kNames[] = {"version", "encoding", "standalone"};
    int next = 0;
    for (;;) {
        const bool spaced = atSpace();
        skipSpace();
        if (startsWith(m_at, m_end, "?>")) {
            m_at += 2;
            return next > 0;
        }
        if (!spaced)
            return false;
        if (next == 0 && !startsWith(m_at, m_end, "version"))
            return false;   // the version comes first
        while (next < 3 && !startsWith(m_at, m_end, kNames[next]))
            ++next;
        if (next == 3)
            return false;
        const char *which = kNames[next];
        m_at += std::strlen(which);
        skipSpace();
        if (m_at == m_end || *m_at != '=')
            return false;
        ++m_at;
        skipSpace();
        const char *valueEnd = quotedValueEnd();
        if (!valueEnd)
            return false;
        // Only the encoding's name is read whatever its case; XML spells the other two exactly.
        const QByteArrayView value(m_at, valueEnd - m_at);
        const bool fine = next == 0   ? value == "1.0"
                          : next == 1 ? value.compare("utf-8", Qt::CaseInsensitive) == 0
                                      : (value == "yes" || value == "no");
        if (!fine)
            return false;
        m_at = valueEnd + 1;
        ++next;
    }
}

// At the opening quote of a value: steps past it and returns where the closing one is (null if none).
const char *PlainXmlReader::quotedValueEnd()
{
    if (m_at == m_end || (*m_at != '"' && *m_at != '\''))
        return nullptr;
    const char quote = *m_at++;
    return static_cast<const char *>(std::memchr(m_at, quote, size_t(m_end - m_at)));
}

bool PlainXmlReader::name(QString *out)
{
    const char *start = m_at;
    if (m_at == m_end || !isNameStart(*m_at))
        return false;
    while (m_at < m_end && isNameChar(*m_at))
        ++m_at;
    const QByteArrayView view(start, m_at - start);
    const auto found = m_names.constFind(view);
    if (found != m_names.cend()) {
        *out = *found;
    } else {
        *out = QString::fromLatin1(view);
        m_names.insert(view, *out);
    }
    return true;
}

// Character data from..to with its entity references resolved: false for anything the full reader
// must judge (a character reference, an unknown entity, a control character, a carriage return,
// which XML turns into a line feed, "]]>", or bytes that are not UTF-8).
bool PlainXmlReader::text(const char *from, const char *to, QString *out)
{
    bool ascii = true;
    bool entities = false;
    for (const char *c = from; c < to; ++c) {
        const uchar u = uchar(*c);
        if (u >= 0x80)
            ascii = false;
        else if (u < 0x20 && u != '\t' && u != '\n')
            return false;
        else if (u == '&')
            entities = true;
        else if (u == '>' && c - from >= 2 && c[-1] == ']' && c[-2] == ']')
            return false;
    }
    QString decoded;
    if (ascii) {
        decoded = QString::fromLatin1(from, to - from);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        decoded = utf8.decode(QByteArrayView(from, to - from));
        if (utf8.hasError())
            return false;
        for (const QChar ch : std::as_const(decoded)) {
            if (ch.unicode() >= 0xFFFE)
                return false;
        }
    }
    if (entities) {
        QString resolved;
        resolved.reserve(decoded.size());
        for (qsizetype i = 0; i < decoded.size(); ++i) {
            if (decoded.at(i) != u'&') {
                resolved.append(decoded.at(i));
                continue;
            }
            const QStringView rest = QStringView(decoded).sliced(i);
            static const struct { const char16_t *name; qsizetype length; char16_t character; } kEntities[] = {
                {u"&lt;", 4, u'<'}, {u"&gt;", 4, u'>'}, {u"&amp;", 5, u'&'}, {u"&quot;", 6, u'"'}, {u"&apos;", 6, u'\''}};
            bool known = false;
            for (const auto &e : kEntities) {
                if (rest.startsWith(QStringView(e.name, e.length))) {
                    resolved.append(QChar(e.character));
                    i += e.length - 1;
                    known = true;
                    break;
                }
            }
            if (!known)
                return false;
        }
        decoded = resolved;
    }
    if (out->isEmpty())
        *out = decoded;
    else
        out->append(decoded);
    return true;
}

bool PlainXmlReader::attributes(CmsNode *node)
{
    for (;;) {
        const bool spaced = atSpace();
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == '>' || *m_at == '/')
            return true;
        QString attributeName;
        if (!spaced || !name(&attributeName) || attributeName == QLatin1String("xmlns"))
            return false;
        for (const auto &existing : std::as_const(node->attributes)) {
            if (existing.first == attributeName)
                return false;
        }
        skipSpace();
        if (m_at == m_end || *m_at != '=')
            return false;
        ++m_at;
        skipSpace();
        const char *valueEnd = quotedValueEnd();
        if (!valueEnd)
            return false;
        for (const char *c = m_at; c < valueEnd; ++c) {
            // '<' is not allowed; white space other than a space is normalized by XML: the full reader's.
            if (*c == '<' || *c == '\t' || *c == '\n' || *c == '\r')
                return false;
        }
        QString value;
        if (!text(m_at, valueEnd, &value))
            return false;
        node->attributes.append({attributeName, value});
        m_at = valueEnd + 1;
    }
}

// At the '<' of a start tag: reads the element with everything inside it.
bool PlainXmlReader::element(int depth, CmsNode *node)
{
    if (depth > m_limits.maxDepth)
        return false;
    ++m_at;
    if (!name(&node->name) || !attributes(node))
        return false;
    if (*m_at == '/') {
        if (m_end - m_at < 2 || m_at[1] != '>')
            return false;
        m_at += 2;
        return true;
    }
    ++m_at;   // '>'
    for (;;) {
        const char *lt = static_cast<const char *>(std::memchr(m_at, '<', size_t(m_end - m_at)));
        if (!lt)
            return false;
        if (lt > m_at) {
            if (node->children.isEmpty()) {
                if (!text(m_at, lt, &node->text))
                    return false;
            } else {
                // After child elements only indentation is read here; other text is the full reader's.
                for (const char *c = m_at; c < lt; ++c) {
                    if (!isSpace(*c) || *c == '\r')
                        return false;
                }
            }
        }
        m_at = lt;
        if (m_end - m_at < 2)
            return false;
        if (m_at[1] == '/') {
            m_at += 2;
            const char *start = m_at;
            while (m_at < m_end && isNameChar(*m_at))
                ++m_at;
            if (QLatin1StringView(start, m_at - start) != node->name)
                return false;
            skipSpace();
            if (m_at == m_end || *m_at != '>')
                return false;
            ++m_at;
            break;
        }
        if (!isNameStart(m_at[1]))
            return false;   // a comment, CDATA, a processing instruction, or not XML
        if (depth == 1 && node->children.size() >= m_limits.maxItems)
            return false;
        CmsNode child;
        if (!element(depth + 1, &child))
            return false;
        node->children.append(std::move(child));
    }
    if (!node->children.isEmpty())
        node->text = node->text.trimmed();
    return true;
}

} // namespace cms
