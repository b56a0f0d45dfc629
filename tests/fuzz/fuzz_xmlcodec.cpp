// libFuzzer target for XmlCodec: any bytes a server (or something pretending to be one) sends must give a
// result or a problem, never a crash, a hang or a leak, and a result must respect the limits.
#include "api/xmlcodec.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace cms;

namespace {

int depthOf(const CmsNode &node)
{
    int deepest = 0;
    for (const CmsNode &c : node.children)
        deepest = std::max(deepest, depthOf(c));
    return deepest + 1;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

template<typename T>
void checkResult(const XmlCodec::Result<T> &r)
{
    require(r.ok() == (r.problem == XmlCodec::Problem::None));
    require(r.ok() == r.detail.isEmpty());
}

void parseAll(const QByteArray &data, const XmlLimits &limits)
{
    const auto collection = XmlCodec::parseCollection(data, limits);
    checkResult(collection);
    if (collection.ok()) {
        require(collection.value.total >= 0);
        require(collection.value.items.size() <= limits.maxItems);
        for (const CmsNode &item : collection.value.items)
            require(depthOf(item) + 1 <= limits.maxDepth);
    } else {
        require(collection.value.items.isEmpty());
    }

    const auto object = XmlCodec::parseObject(data, {}, limits);
    checkResult(object);
    if (object.ok()) {
        require(!object.value.name.isEmpty());
        require(depthOf(object.value) <= limits.maxDepth);
        // The accessors walk whatever came in.
        (void)object.value.value(u"status/rxAudio/codec");
        (void)object.value.has(u"alarms/packetLoss");
    }
    checkResult(XmlCodec::parseObject(data, QStringLiteral("coSpace"), limits));

    const auto failure = XmlCodec::parseFailure(data, limits);
    checkResult(failure);
    require(failure.ok() != failure.value.reason.isEmpty());
}


// Whatever the plain reader reads, QXmlStreamReader reads the same: the same tree, or the same problem.
void plainReaderAgreesWithTheFullOne(const QByteArray &data, XmlLimits limits)
{
    limits.plainReader = true;
    const auto plain = XmlCodec::parseObject(data, {}, limits);
    limits.plainReader = false;
    const auto full = XmlCodec::parseObject(data, {}, limits);
    require(plain.problem == full.problem);
    require(plain.detail == full.detail);
    if (plain.ok())
        require(plain.value == full.value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    XmlLimits small;
    small.maxBytes = 2048;
    small.maxDepth = 5;
    small.maxItems = 8;
    parseAll(bytes, small);
    parseAll(bytes, XmlLimits());
    plainReaderAgreesWithTheFullOne(bytes, small);
    plainReaderAgreesWithTheFullOne(bytes, XmlLimits());

    // The same bytes as form parameters: the encoding must decode back to what was given.
    const QString text = QString::fromUtf8(bytes);
    qsizetype half = text.size() / 2;
    if (half < text.size() && text.at(half).isLowSurrogate())
        ++half;   // never split a surrogate pair
    const QList<QPair<QString, QString>> params{{text.left(half), text.mid(half)}, {text, QString()}};
    const QByteArray encoded = XmlCodec::formEncode(params);
    require(encoded.count('&') == 1 && encoded.count('=') == 2);
    const QByteArray firstValue = encoded.left(encoded.indexOf('&')).mid(encoded.indexOf('=') + 1);
    require(QString::fromUtf8(QByteArray::fromPercentEncoding(firstValue)) == text.mid(half));
    return 0;
}
