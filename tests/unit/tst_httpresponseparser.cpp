// HttpResponseParser: every framing a server may use, fed whole and byte by byte, and what it must
// refuse (a head that never ends, a body over the limit, broken chunks, something not HTTP).
#include "net/httpresponseparser.h"

#include <QtTest>

using cms::HttpResponseParser;
using State = HttpResponseParser::State;

namespace {

// Feeds `bytes` in pieces of `step` (0: all at once); returns how many bytes the parser used.
qsizetype feedInSteps(HttpResponseParser &parser, const QByteArray &bytes, qsizetype step)
{
    qsizetype used = 0;
    if (step == 0)
        return parser.feed(bytes.constData(), bytes.size());
    for (qsizetype at = 0; at < bytes.size() && parser.state() == State::Reading; at += step) {
        const qsizetype n = qMin(step, bytes.size() - at);
        used += parser.feed(bytes.constData() + at, n);
    }
    return used;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepsConnection");
        QTest::addColumn<bool>("needsEnd");   // complete only once the connection ends

        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 5\r\n\r\n<a/>\n")
                                        << 200 << QByteArray("<a/>\n") << true << false;
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\n<a>x\r\n"
                                               "5\r\n</a>\n\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                 << 200 << QByteArray("<a>x</a>\n") << true << false;
        QTest::newRow("to the end") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<a/>")
                                    << 200 << QByteArray("<a/>") << false << true;
        QTest::newRow("close") << QByteArray("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                               << 404 << QByteArray() << false << false;
        QTest::newRow("1.0 without keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
                                                << 200 << QByteArray("ok") << false << false;
        QTest::newRow("1.0 with keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok")
                                             << 200 << QByteArray("ok") << true << false;
        QTest::newRow("100 continue first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nLocation: /x/1\r\nContent-Length: 0\r\n\r\n")
                                            << 201 << QByteArray() << true << false;
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray() << true << false;
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << 200 << QByteArray("ok") << true << false;
    }

    void framings()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepsConnection);
        QFETCH(bool, needsEnd);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7)}) {
            HttpResponseParser parser(1024);
            const qsizetype used = feedInSteps(parser, response, step);
            QCOMPARE(used, response.size());
            QVERIFY(parser.hasStarted());
            if (needsEnd) {
                QCOMPARE(parser.state(), State::Reading);
                parser.endOfStream();
            }
            QCOMPARE(parser.state(), State::Complete);
            QCOMPARE(parser.status(), status);
            QCOMPARE(parser.body(), body);
            QCOMPARE(parser.keepsConnection(), keepsConnection);
        }
    }

    // A kept-alive connection may carry the next answer right behind: it is left for the next parser.
    void stopsAtTheEndOfTheResponse()
    {
        const QByteArray two("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");
        HttpResponseParser parser(1024);
        QCOMPARE(parser.feed(two.constData(), two.size()), two.indexOf("okHTTP") + 2);
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.header("content-length"), QByteArray("2"));
    }

    void headOfAHeadRequestHasNoBody()
    {
        const QByteArray head("HTTP/1.1 200 OK\r\nContent-Length: 300\r\n\r\n");
        HttpResponseParser parser(1024, true);
        parser.feed(head.constData(), head.size());
        QCOMPARE(parser.state(), State::Complete);
        QVERIFY(parser.body().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("state");

        QTest::newRow("not http") << QByteArray("<html><body>hello</body></html>\r\n") << int(State::Malformed);
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n") << int(State::Malformed);
        QTest::newRow("bad header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n") << int(State::Malformed);
        QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n") << int(State::Malformed);
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n") << int(State::Malformed);
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << int(State::Malformed);
        QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << int(State::Malformed);
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << int(State::Malformed);
        QTest::newRow("chunk overrun") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n") << int(State::Malformed);
        QTest::newRow("gzip only") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n") << int(State::Malformed);
        QTest::newRow("declared too long") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n") << int(State::TooLarge);
        QTest::newRow("chunks too long") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n") + QByteArray(1024, 'a')
                + QByteArray("\r\n1\r\nb\r\n") << int(State::TooLarge);
        QTest::newRow("to the end, too long") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(1025, 'a') << int(State::TooLarge);
    }

    void refusals()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, state);
        for (const qsizetype step : {qsizetype(0), qsizetype(1)}) {
            HttpResponseParser parser(1024);
            feedInSteps(parser, response, step);
            QCOMPARE(int(parser.state()), state);
            QVERIFY(!parser.keepsConnection());
            QVERIFY(*parser.problem() != '\0');
        }
    }

    void headThatNeverEnds()
    {
        HttpResponseParser parser(1024);
        const QByteArray start("HTTP/1.1 200 OK\r\n");
        parser.feed(start.constData(), start.size());
        const QByteArray header("X-Padding: " + QByteArray(1000, 'p') + "\r\n");
        for (int i = 0; i < 100 && parser.state() == State::Reading; ++i)
            parser.feed(header.constData(), header.size());
        QCOMPARE(parser.state(), State::Malformed);
    }

    // A long chunked body is fine: the limit on lines is per chunk line, not on all of them.
    void manySmallChunks()
    {
        QByteArray response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 20000; ++i)
            response += "1\r\nx\r\n";
        response += "0\r\n\r\n";
        HttpResponseParser parser(1 << 20);
        parser.feed(response.constData(), response.size());
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.body().size(), 20000);
    }

    void endBeforeTheBodyIsWhole()
    {
        const QByteArray cut("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        HttpResponseParser parser(1024);
        parser.feed(cut.constData(), cut.size());
        parser.endOfStream();
        QCOMPARE(parser.state(), State::Reading);
        QVERIFY(parser.hasStarted());
        QVERIFY(!parser.keepsConnection());
        HttpResponseParser silent(1024);
        silent.endOfStream();
        QVERIFY(!silent.hasStarted());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
