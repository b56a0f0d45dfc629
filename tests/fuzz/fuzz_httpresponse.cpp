// libFuzzer target for HttpResponseParser: whatever a server, a proxy or something in their place
// sends back on a connection reads as a response, a refusal or "not yet", never a crash, a hang or a
// leak. The first byte chooses how the rest is cut into pieces, as the network would; the answer must
// not depend on the cut.
#include "net/httpresponseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using cms::HttpResponseParser;

namespace {

#define require(condition) \
    ((condition) ? void() : (std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #condition), std::abort()))

constexpr qint64 kMaxBody = 4096;

HttpResponseParser parse(const char *bytes, qsizetype size, qsizetype step, qsizetype *used)
{
    HttpResponseParser parser(kMaxBody);
    *used = 0;
    for (qsizetype at = 0; at < size && parser.state() == HttpResponseParser::State::Reading; at += step) {
        const qsizetype n = step < size - at ? step : size - at;
        const qsizetype took = parser.feed(bytes + at, n);
        require(took >= 0 && took <= n);
        *used += took;
        if (took < n)
            require(parser.state() != HttpResponseParser::State::Reading);
    }
    parser.endOfStream();
    return parser;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);

    qsizetype usedWhole = 0;
    qsizetype usedCut = 0;
    const HttpResponseParser whole = parse(bytes, length, length > 0 ? length : 1, &usedWhole);
    const HttpResponseParser cut = parse(bytes, length, step, &usedCut);
    require(whole.state() == cut.state());
    require(whole.body().size() <= kMaxBody);
    if (whole.isComplete()) {
        require(usedWhole == usedCut);
        require(whole.status() >= 200 && whole.status() <= 999);
        require(whole.status() == cut.status());
        require(whole.body() == cut.body());
        require(whole.headers() == cut.headers());
    }
    require(!whole.keepsConnection());   // the stream ended
    return 0;
}
