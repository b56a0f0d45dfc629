#include "net/httpresponseparser.h"

#include <cstring>

namespace cms {

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "close", "keep-alive", "chunked"… in a comma-separated header value, case ignored.
bool listHas(const QByteArray &value, const char *token)
{
    for (const QByteArray &item : value.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes, bool bodiless)
    : m_maxBody(maxBodyBytes)
    , m_bodiless(bodiless)
{
}

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (auto it = m_headers.crbegin(); it != m_headers.crend(); ++it) {
        if (sameName(it->first, name))
            return it->second;
    }
    return {};
}

void HttpResponseParser::fail(State state, const char *problem)
{
    m_state = state;
    m_problem = problem;
    m_keepAlive = false;
}

// A whole line (without its CR LF) once its end is in `data`; until then the bytes wait in
// m_partialLine. Lines count towards the limit on the response's head.
bool HttpResponseParser::takeLine(const char *data, qsizetype size, qsizetype *used, QByteArray *line)
{
    const char *start = data + *used;
    const qsizetype available = size - *used;
    const void *newline = std::memchr(start, '\n', size_t(available));
    const qsizetype length = newline ? static_cast<const char *>(newline) - start + 1 : available;
    m_headerBytes += length;
    if (m_headerBytes > kMaxHeaderBytes) {
        fail(State::Malformed, "response head too long");
        return false;
    }
    m_partialLine.append(start, length);
    *used += length;
    if (!newline)
        return false;
    *line = std::exchange(m_partialLine, {});
    line->chop(line->endsWith("\r\n") ? 2 : 1);
    return true;
}

bool HttpResponseParser::onStatusLine(const QByteArray &line)
{
    // HTTP/1.1 200 OK
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    m_http10 = line.at(7) == '0';
    bool ok = false;
    m_status = line.mid(9, 3).toInt(&ok);
    return ok && m_status >= 100 && m_status <= 999 && (line.size() == 12 || line.at(12) == ' ');
}

bool HttpResponseParser::onHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t')
        return false;
    const QByteArray name = line.left(colon);
    if (name.contains(' ') || name.contains('\t'))
        return false;
    m_headers.append({name, line.mid(colon + 1).trimmed()});
    return true;
}

void HttpResponseParser::startBody()
{
    const QByteArray connection = header("Connection");
    m_keepAlive = m_http10 ? listHas(connection, "keep-alive") : !listHas(connection, "close");
    if (m_bodiless || m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return;
    }
    const QByteArray transferEncoding = header("Transfer-Encoding");
    if (!transferEncoding.isEmpty()) {
        if (!transferEncoding.trimmed().toLower().endsWith("chunked")) {
            fail(State::Malformed, "unknown transfer encoding");
            return;
        }
        m_headerBytes = 0;   // from here on, the limit is per chunk line
        m_part = Part::ChunkSize;
        return;
    }
    QByteArray length;
    for (const auto &h : std::as_const(m_headers)) {
        if (!sameName(h.first, "Content-Length"))
            continue;
        if (!length.isNull() && h.second != length) {
            fail(State::Malformed, "conflicting Content-Length");
            return;
        }
        length = h.second;
    }
    if (length.isNull()) {   // the body runs to the end of the connection
        m_keepAlive = false;
        m_part = Part::BodyToEnd;
        return;
    }
    bool ok = false;
    const qint64 bytes = length.toLongLong(&ok);
    if (!ok || bytes < 0 || length.startsWith('+')) {
        fail(State::Malformed, "bad Content-Length");
        return;
    }
    if (bytes > m_maxBody) {
        fail(State::TooLarge, "body longer than allowed");
        return;
    }
    if (bytes == 0) {
        m_state = State::Complete;
        return;
    }
    m_body.reserve(bytes);
    m_remaining = bytes;
    m_part = Part::FixedBody;
}

bool HttpResponseParser::appendBody(const char *data, qsizetype size)
{
    if (m_body.size() + size > m_maxBody) {
        fail(State::TooLarge, "body longer than allowed");
        return false;
    }
    m_body.append(data, size);
    return true;
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size)
{
    qsizetype used = 0;
    if (size > 0)
        m_started = true;
    while (used < size && m_state == State::Reading) {
        switch (m_part) {
        case Part::FixedBody:
        case Part::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, size - used));
            if (!appendBody(data + used, n))
                return used;
            used += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                if (m_part == Part::FixedBody)
                    m_state = State::Complete;
                else
                    m_part = Part::ChunkDataEnd;
            }
            break;
        }
        case Part::BodyToEnd:
            if (!appendBody(data + used, size - used))
                return used;
            used = size;
            break;
        default: {
            QByteArray line;
            if (!takeLine(data, size, &used, &line))
                break;
            switch (m_part) {
            case Part::StatusLine:
                if (!onStatusLine(line))
                    fail(State::Malformed, "not an HTTP status line");
                else
                    m_part = Part::Headers;
                break;
            case Part::Headers:
                if (!line.isEmpty()) {
                    if (!onHeaderLine(line))
                        fail(State::Malformed, "bad header line");
                } else if (m_status < 200) {   // 100 Continue and the like: the answer follows
                    m_headers.clear();
                    m_part = Part::StatusLine;
                } else {
                    startBody();
                }
                break;
            case Part::ChunkSize: {
                bool ok = false;
                const qsizetype extension = line.indexOf(';');
                const QByteArray digits = (extension < 0 ? line : line.first(extension)).trimmed();
                const qint64 chunk = digits.size() <= 15 ? digits.toLongLong(&ok, 16) : -1;
                if (!ok || chunk < 0 || digits.startsWith('+') || digits.startsWith('-')) {
                    fail(State::Malformed, "bad chunk size");
                } else if (chunk == 0) {
                    m_headerBytes = 0;
                    m_part = Part::Trailers;
                } else {
                    m_remaining = chunk;
                    m_part = Part::ChunkData;
                }
                break;
            }
            case Part::ChunkDataEnd:
                if (!line.isEmpty())
                    fail(State::Malformed, "chunk longer than its size");
                else {
                    m_headerBytes = 0;
                    m_part = Part::ChunkSize;
                }
                break;
            case Part::Trailers:
                if (line.isEmpty())
                    m_state = State::Complete;
                break;
            default:
                break;
            }
            break;
        }
        }
    }
    return used;
}

void HttpResponseParser::endOfStream()
{
    m_keepAlive = false;
    if (m_state == State::Reading && m_part == Part::BodyToEnd)
        m_state = State::Complete;
}

} // namespace cms
