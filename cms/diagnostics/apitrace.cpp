#include "diagnostics/apitrace.h"

#include "diagnostics/redaction.h"

#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace cms {

namespace {

QString shellQuote(const QString &text)
{
    const auto isSafe = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringView(u"@%+=:,./_-").contains(c);
    };
    if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isSafe))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') % quoted % QLatin1Char('\'');
}

// One shell word made of literal text and secrets taken from variables. Adjacent quoted strings
// form one word in a POSIX shell: 'passcode='"${CMS_PASSCODE:?}".
class ShellWord
{
public:
    void literal(const QString &text) { m_literal += text; }

    // ":?" makes the shell stop with a message instead of running the command without the value.
    void variable(const QString &field)
    {
        QString name = QStringLiteral("CMS_") % field.toUpper();
        for (QChar &c : name) {
            if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                c = QLatin1Char('_');
        }
        flush();
        m_word += QStringLiteral("\"${%1:?}\"").arg(name);
    }

    QString toString()
    {
        flush();
        return m_word.isEmpty() ? QStringLiteral("''") : m_word;
    }

private:
    void flush()
    {
        if (!m_literal.isEmpty())
            m_word += shellQuote(m_literal);
        m_literal.clear();
    }

    QString m_literal;
    QString m_word;
};

// The text with each marker replaced by the variable for the field.
QString shellWordWithVariable(const QString &text, const QString &field)
{
    const QString placeholder = Redaction::redactedMarker();
    ShellWord word;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, from)) {
        word.literal(text.mid(from, at - from));
        word.variable(field);
        from = at + placeholder.size();
    }
    word.literal(text.mid(from));
    return word.toString();
}

// The URL in one word, each redacted query item's value from its variable.
QString shellUrl(const QUrl &url)
{
    ShellWord word;
    word.literal(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
                     .toString(QUrl::FullyEncoded));
    if (url.hasQuery()) {
        word.literal(QStringLiteral("?"));
        const QStringList items = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &item = items.at(i);
            if (i > 0)
                word.literal(QStringLiteral("&"));
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq > 0 && Redaction::formDecode(item.mid(eq + 1).toUtf8()) == Redaction::redactedMarker()) {
                word.literal(item.left(eq + 1));
                word.variable(Redaction::formDecode(item.left(eq).toUtf8()));
            } else {
                word.literal(item);
            }
        }
    }
    return word.toString();
}

void appendBody(QStringList &words, const QByteArray &body)
{
    if (Redaction::looksLikeXml(body) || !body.contains('=')) {
        words << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(body));
        return;
    }
    // Redacted fields are sent with --data-urlencode from their variable; curl joins all the data
    // arguments with '&' in order.
    QByteArrayList plain;
    const auto flushPlain = [&] {
        if (!plain.isEmpty())
            words << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(plain.join('&')));
        plain.clear();
    };
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && Redaction::formDecode(pair.mid(eq + 1)) == Redaction::redactedMarker()) {
            flushPlain();
            const QString name = Redaction::formDecode(pair.left(eq));
            ShellWord word;
            word.literal(name % QLatin1Char('='));
            word.variable(name);
            words << QStringLiteral("--data-urlencode") << word.toString();
        } else {
            plain << pair;
        }
    }
    flushPlain();
}

QStringList prefixedLines(const QByteArray &body, QLatin1String prefix)
{
    QStringList lines;
    const QStringList bodyLines = QString::fromUtf8(body).split(QLatin1Char('\n'));
    for (const QString &line : bodyLines)
        lines << prefix % line.chopped(line.endsWith(QLatin1Char('\r')) ? 1 : 0);
    return lines;
}

} // namespace

ApiTrace::ApiTrace(QObject *parent)
    : QObject(parent)
{
}

void ApiTrace::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(0, capacity);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
}

void ApiTrace::record(const TraceEntry &entry)
{
    const TraceEntry safe = Redaction::redactEntry(entry);
    if (m_capacity > 0) {
        if (m_entries.size() >= m_capacity)
            m_entries.remove(0, m_entries.size() - m_capacity + 1);
        m_entries.append(safe);
    }
    Q_EMIT entryAdded(safe);
}

void ApiTrace::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

QString ApiTrace::format(const TraceEntry &entry)
{
    const TraceEntry e = Redaction::redactEntry(entry);
    QStringList lines;
    //: Trace heading: start time, call bridge (host:port), duration in milliseconds
    lines << tr("%1  %2  %3 ms")
                 .arg(e.started.toString(Qt::ISODateWithMs), e.endpoint, QString::number(e.elapsedMs));
    lines << QStringLiteral("> %1 %2").arg(QString::fromLatin1(e.method), e.url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : e.requestHeaders)
        lines << QStringLiteral("> %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!e.requestBody.isEmpty())
        lines << QStringLiteral(">") << prefixedLines(e.requestBody, QLatin1String("> "));
    if (e.status > 0)
        lines << QStringLiteral("< %1").arg(e.status);
    else
        lines << QStringLiteral("< ") + tr("(no reply)");
    for (const auto &[name, value] : e.replyHeaders)
        lines << QStringLiteral("< %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!e.replyBody.isEmpty())
        lines << QStringLiteral("<") << prefixedLines(e.replyBody, QLatin1String("< "));
    if (!e.error.isEmpty())
        lines << QStringLiteral("! ") + e.error;
    return lines.join(QLatin1Char('\n'));
}

QString ApiTrace::toCurl(const TraceEntry &entry)
{
    const TraceEntry e = Redaction::redactEntry(entry);
    QStringList words{QStringLiteral("curl")};
    const QString method = QString::fromLatin1(e.method).toUpper();
    if (method == QLatin1String("HEAD"))
        words << QStringLiteral("--head");
    else if (!method.isEmpty() && method != QLatin1String("GET"))
        words << QStringLiteral("--request") << shellQuote(method);

    const QString credentials = QStringLiteral("\"${CMS_USER:?}:${CMS_PASSWORD:?}\"");
    bool hasUser = false;
    for (const auto &[name, value] : e.requestHeaders) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "connection"
            || lower == "accept-encoding")
            continue;
        if (lower == "authorization" && value.startsWith("Basic ")) {
            words << QStringLiteral("--user") << credentials;
            hasUser = true;
            continue;
        }
        const QString header = QString::fromLatin1(name) % QLatin1String(": ") % QString::fromUtf8(value);
        words << QStringLiteral("--header") << shellWordWithVariable(header, QString::fromLatin1(name));
    }
    if (!hasUser && !e.url.userName().isEmpty())
        words << QStringLiteral("--user") << credentials;
    if (!e.requestBody.isEmpty())
        appendBody(words, e.requestBody);
    words << shellUrl(e.url);

    const QString command = words.join(QLatin1Char(' '));
    if (!command.contains(Redaction::redactedMarker()))
        return command;
    //: A shell comment above a curl command; %1 is the "(redacted)" placeholder
    return tr("# %1 marks a secret the trace does not keep: put the real value in its place before running.")
               .arg(Redaction::redactedMarker())
        % QLatin1Char('\n') % command;
}

} // namespace cms
