// libFuzzer target for the addresses people type: a call bridge's address (Endpoint::parseAddress, the
// cluster dialog and cmsctl --url), a certificate fingerprint (--pin, the trust dialog) and an address to
// dial out to (DialAddress::check). Any text gives an answer or a sentence saying what is wrong, never a
// crash or a hang; an accepted address is well formed and reads back as itself.
#include "api/endpoint.h"
#include "live/dialaddress.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace cms;

namespace {

// A broken property stops the run with the property named, for whoever replays the input.
#define require(condition) \
    ((condition) ? void() : (std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #condition), std::abort()))

void checkBridgeAddress(const QString &text)
{
    QString error = QStringLiteral("not cleared");
    const QUrl url = Endpoint::parseAddress(text, &error);
    require(url.isValid() == error.isEmpty());
    if (!url.isValid())
        return;
    require(url.scheme() == QLatin1String("https"));
    require(!url.host().isEmpty());
    require(url.path().isEmpty() && !url.hasQuery() && !url.hasFragment() && url.userInfo().isEmpty());
    require(url.port() == -1 || (url.port() >= 1 && url.port() <= 65535 && url.port() != 443));
    Endpoint endpoint;
    endpoint.baseUrl = url;
    require(!endpoint.key().isEmpty());

    // What the console saves and shows (the URL) reads back as the same address.
    QString again;
    require(Endpoint::parseAddress(url.toString(), &again) == url);
    require(again.isEmpty());
}

void checkFingerprint(const QString &text)
{
    const QByteArray hex = Endpoint::normalizeFingerprint(text);
    if (hex.isEmpty())
        return;
    require(hex.size() == 64);
    for (const char c : hex)
        require((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    require(Endpoint::normalizeFingerprint(QString::fromLatin1(hex)) == hex);
}

void checkDialAddress(const QString &text)
{
    const DialAddress typed = DialAddress::check(text);
    require(typed.isValid() == (typed.problem() == DialAddress::Problem::None));
    require(typed.isValid() == typed.message().isEmpty());
    require(typed.isValid() != typed.address().isEmpty());
    if (!typed.isValid())
        return;
    require(typed.address() == typed.address().trimmed());
    // What is sent, checked again, is accepted unchanged.
    const DialAddress again = DialAddress::check(typed.address());
    require(again.isValid());
    require(again.address() == typed.address());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkBridgeAddress(text);
    checkFingerprint(text);
    checkDialAddress(text);
    return 0;
}
