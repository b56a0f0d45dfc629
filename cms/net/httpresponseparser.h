#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace cms {

// Reads one HTTP/1.1 response from the bytes of a connection as they arrive: the status line, the
// headers, then a body framed by Content-Length, by chunks, or by the end of the connection.
// Informational answers (1xx) are skipped. Nothing here touches a socket: HttpConnection feeds it,
// and the fuzzer and the unit test feed it whatever they like.
class HttpResponseParser
{
public:
    enum class State { Reading, Complete, Malformed, TooLarge };

    // `maxBodyBytes`: a longer body stops the parse as TooLarge. `bodiless`: the answer to a HEAD,
    // which has headers only.
    explicit HttpResponseParser(qint64 maxBodyBytes, bool bodiless = false);

    // Takes the next bytes; returns how many it used (the rest belongs to whatever follows the
    // response on the connection). Stops using bytes once the state leaves Reading.
    qsizetype feed(const char *data, qsizetype size);
    // The connection ended: a body that runs to the end is complete now; anything else unfinished
    // is not (see hasStarted() for whether any of it came).
    void endOfStream();

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasStarted() const { return m_started; }
    int status() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;   // the last one of that name, case ignored
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::move(m_body); }
    // May the connection carry another exchange once this one is complete?
    bool keepsConnection() const { return m_keepAlive; }
    const char *problem() const { return m_problem; }   // for the trace, untranslated

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

private:
    enum class Part { StatusLine, Headers, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, BodyToEnd };
    bool takeLine(const char *data, qsizetype size, qsizetype *used, QByteArray *line);
    bool onStatusLine(const QByteArray &line);
    bool onHeaderLine(const QByteArray &line);
    void startBody();
    bool appendBody(const char *data, qsizetype size);
    void fail(State state, const char *problem);

    qint64 m_maxBody;
    bool m_bodiless;
    State m_state = State::Reading;
    Part m_part = Part::StatusLine;
    bool m_started = false;
    bool m_http10 = false;
    bool m_keepAlive = true;
    int m_status = 0;
    qint64 m_remaining = 0;     // of the fixed body or the current chunk
    qsizetype m_headerBytes = 0;
    QByteArray m_partialLine;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    const char *m_problem = "";
};

} // namespace cms
