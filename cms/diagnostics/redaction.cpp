#include "diagnostics/redaction.h"

#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace cms {

namespace {

const QByteArray marker = QByteArrayLiteral("(redacted)");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}


// Values that cannot hide a secret: nothing, or a flag.
bool isHarmlessValue(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    return trimmed.isEmpty() || trimmed.compare(u"true", Qt::CaseInsensitive) == 0
        || trimmed.compare(u"false", Qt::CaseInsensitive) == 0;
}

// A lenient scanner rather than QXmlStreamReader: it keeps every byte it does not redact, and it
// still redacts what it must in a truncated or malformed body (an error page, a reply cut short).
class XmlRedactor
{
public:
    explicit XmlRedactor(const QByteArray &in)
        : m_in(in)
    {
    }

    QByteArray run()
    {
        while (m_pos < m_in.size()) {
            if (at("<!--"))
                delimited("<!--", "-->");
            else if (at("<![CDATA["))
                delimited("<![CDATA[", "]]>");
            else if (at("<?"))
                delimited("<?", "?>");
            else if (at("<!"))
                delimited("<!", ">");
            else if (at("</"))
                endTag();
            else if (at("<") && startsName(m_pos + 1))
                startTag();
            else
                text();
        }
        return m_out;
    }

private:
    struct Open
    {
        QByteArray name;
        bool secret;
    };

    bool at(const char *literal) const { return QByteArrayView(m_in).sliced(m_pos).startsWith(literal); }
    bool insideSecret() const { return m_secretDepth > 0; }

    void emitValue(const QByteArray &value, bool secret)
    {
        m_out += secret && !isHarmlessValue(QString::fromUtf8(value)) ? marker : value;
    }

    bool startsName(qsizetype i) const
    {
        if (i >= m_in.size())
            return false;
        const char c = m_in.at(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (c & 0x80);
    }

    // Character data, or a '<' that starts no markup (malformed input): text either way.
    void text()
    {
        qsizetype end = m_in.indexOf('<', m_pos + 1);
        if (end < 0)
            end = m_in.size();
        emitValue(m_in.mid(m_pos, end - m_pos), insideSecret());
        m_pos = end;
    }

    // A comment, CDATA section, processing instruction or declaration: its content is redacted
    // inside a secret element.
    void delimited(const char *open, const char *close)
    {
        const qsizetype contentStart = m_pos + qsizetype(qstrlen(open));
        const qsizetype end = m_in.indexOf(close, contentStart);
        const qsizetype contentEnd = end < 0 ? m_in.size() : end;
        m_out += open;
        emitValue(m_in.mid(contentStart, contentEnd - contentStart), insideSecret());
        if (end >= 0)
            m_out += close;
        m_pos = end < 0 ? m_in.size() : end + qsizetype(qstrlen(close));
    }

    void endTag()
    {
        const qsizetype end = m_in.indexOf('>', m_pos);
        const qsizetype stop = end < 0 ? m_in.size() : end + 1;
        const QByteArray content = m_in.mid(m_pos + 2, (end < 0 ? m_in.size() : end) - m_pos - 2).trimmed();
        const QByteArray name
            = content.left(std::find_if(content.cbegin(), content.cend(), isSpace) - content.cbegin());
        // Whatever a malformed end tag carries after its name is dropped inside a secret element.
        if (insideSecret() && name != content)
            m_out += "</" + name + (end < 0 ? "" : ">");
        else
            m_out += m_in.mid(m_pos, stop - m_pos);
        m_pos = stop;
        // Lenient: close up to the matching element; an end tag that matches nothing is ignored.
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).name != name)
                continue;
            while (m_open.size() > i) {
                if (m_open.constLast().secret)
                    --m_secretDepth;
                m_open.removeLast();
            }
            break;
        }
    }

    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && !isSpace(m_in.at(m_pos)) && m_in.at(m_pos) != '>'
               && m_in.at(m_pos) != '/' && m_in.at(m_pos) != '=')
            ++m_pos;
        const QByteArray name = m_in.mid(start, m_pos - start);
        m_out += name;
        return name;
    }

    void copySpaces()
    {
        while (m_pos < m_in.size() && isSpace(m_in.at(m_pos)))
            m_out += m_in.at(m_pos++);
    }

    void startTag()
    {
        m_out += '<';
        ++m_pos;
        const QByteArray name = token();
        bool selfClosing = false;
        while (m_pos < m_in.size()) {
            copySpaces();
            if (m_pos >= m_in.size())
                break;
            const char c = m_in.at(m_pos);
            if (c == '>') {
                m_out += c;
                ++m_pos;
                if (!selfClosing) {
                    const bool secret = Redaction::isSecretName(QString::fromUtf8(name));
                    m_open.append({name, secret});
                    if (secret)
                        ++m_secretDepth;
                }
                return;
            }
            if (c == '/' || c == '=') {   // '=' only in malformed tags: copy and go on
                selfClosing = c == '/';
                m_out += c;
                ++m_pos;
                continue;
            }
            selfClosing = false;
            attribute();
        }
    }

    void attribute()
    {
        const QByteArray name = token();
        if (name.isEmpty()) {   // a stray character: keep it and go on
            m_out += m_in.at(m_pos++);
            return;
        }
        copySpaces();
        if (m_pos >= m_in.size() || m_in.at(m_pos) != '=')
            return;
        m_out += '=';
        ++m_pos;
        copySpaces();
        if (m_pos >= m_in.size())
            return;
        const bool secret = Redaction::isSecretName(QString::fromUtf8(name));
        const char quote = m_in.at(m_pos);
        if (quote == '"' || quote == '\'') {
            m_out += quote;
            ++m_pos;
            qsizetype end = m_in.indexOf(quote, m_pos);
            const qsizetype valueEnd = end < 0 ? m_in.size() : end;
            emitValue(m_in.mid(m_pos, valueEnd - m_pos), secret || insideSecret());
            m_pos = valueEnd;
            if (end >= 0) {
                m_out += quote;
                ++m_pos;
            }
            return;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && !isSpace(m_in.at(m_pos)) && m_in.at(m_pos) != '>')
            ++m_pos;
        emitValue(m_in.mid(start, m_pos - start), secret || insideSecret());
    }

    const QByteArray &m_in;
    QByteArray m_out;
    qsizetype m_pos = 0;
    QList<Open> m_open;
    int m_secretDepth = 0;
};

// Secret values as they may appear in free text (Qt's error strings quote the URL).
QStringList secretValues(const TraceEntry &entry)
{
    QStringList values;
    const QUrlQuery query(entry.url);
    const QList<QPair<QString, QString>> decoded = query.queryItems(QUrl::FullyDecoded);
    const QList<QPair<QString, QString>> encoded = query.queryItems(QUrl::FullyEncoded);
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        if (Redaction::isSecret(decoded.at(i).first, decoded.at(i).second))
            values << decoded.at(i).second << encoded.value(i).second;
    }
    if (!entry.url.password().isEmpty())
        values << entry.url.password() << entry.url.password(QUrl::FullyEncoded);
    for (const RawHeaders *headers : {&entry.requestHeaders, &entry.replyHeaders}) {
        for (const auto &[name, value] : *headers) {
            const QString text = QString::fromUtf8(value).trimmed();
            if (Redaction::isSecret(QString::fromLatin1(name), text))
                values << text;
            if (name.compare("authorization", Qt::CaseInsensitive) == 0
                || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0) {
                values << text << text.section(QLatin1Char(' '), 1).trimmed();
            }
        }
    }
    // Short values (a four-digit passcode) would mangle the prose and do not occur in it.
    values.removeIf([](const QString &value) { return value.size() < 6 || value == QLatin1String(marker); });
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return values;
}

} // namespace

QString Redaction::redactedMarker()
{
    return QString::fromLatin1(marker);
}

QString Redaction::formDecode(QByteArray encoded)
{
    encoded.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

bool Redaction::isSecret(QStringView name, QStringView value)
{
    return isSecretName(name) && !isHarmlessValue(value);
}

bool Redaction::looksLikeXml(const QByteArray &body)
{
    qsizetype i = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < body.size() && isSpace(body.at(i)))
        ++i;
    return i < body.size() && body.at(i) == '<';
}

bool Redaction::isSecretName(QStringView name)
{
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    const QStringView local = colon >= 0 ? name.mid(colon + 1) : name;
    for (const char16_t *word : {u"password", u"passcode", u"passphrase", u"secret", u"token"}) {
        if (local.endsWith(QStringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

TraceEntry Redaction::redactEntry(const TraceEntry &entry)
{
    TraceEntry safe = entry;
    safe.url = redactUrl(entry.url);
    safe.requestHeaders = redactHeaders(entry.requestHeaders);
    safe.replyHeaders = redactHeaders(entry.replyHeaders);
    safe.requestBody = redactBody(entry.requestBody);
    safe.replyBody = redactBody(entry.replyBody);
    const QStringList secrets = secretValues(entry);
    for (const QString &secret : secrets)
        safe.error.replace(secret, redactedMarker());
    return safe;
}

RawHeaders Redaction::redactHeaders(const RawHeaders &headers)
{
    RawHeaders safe = headers;
    for (auto &[name, value] : safe) {
        if (value.trimmed().isEmpty())
            continue;
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization") {
            const QByteArray trimmed = value.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            value = space > 0 ? trimmed.left(space) + ' ' + marker : marker;
        } else if (lower == "cookie" || lower == "set-cookie"
                   || isSecret(QString::fromLatin1(name), QString::fromUtf8(value))) {
            value = marker;
        }
    }
    return safe;
}

QUrl Redaction::redactUrl(const QUrl &url)
{
    QUrl safe = url;
    if (!safe.password().isEmpty())
        safe.setPassword(redactedMarker());
    if (safe.hasQuery()) {
        const QByteArray query = safe.query(QUrl::FullyEncoded).toUtf8();
        safe.setQuery(QString::fromUtf8(redactFormBody(query)));
    }
    return safe;
}

QByteArray Redaction::redactFormBody(const QByteArray &body)
{
    QByteArrayList pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && isSecret(formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))))
            pair = pair.left(eq + 1) + marker;
    }
    return pairs.join('&');
}

QByteArray Redaction::redactXmlBody(const QByteArray &body)
{
    return XmlRedactor(body).run();
}

QByteArray Redaction::redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    return looksLikeXml(body) ? redactXmlBody(body) : redactFormBody(body);
}

} // namespace cms
