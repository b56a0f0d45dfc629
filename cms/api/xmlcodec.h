#pragma once

#include "api/cmsnode.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace cms {

// Reads what CMS servers send and writes what they take. Tolerant of real servers (both XML
// declaration forms, empty elements, self-closed or explicit empty collections, unknown elements),
// strict about what must not be accepted (size, depth, item count, malformed XML).
struct XmlLimits
{
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxDepth = 12;
    int maxItems = 5000;   // in one page; real servers send 10 or 20
    // False: QXmlStreamReader reads every document, the plain ones too (see PlainXmlReader): for the
    // fuzzer and the tests, which compare the two.
    bool plainReader = true;
};

class XmlCodec
{
public:
    using Limits = XmlLimits;

    enum class Problem { None, Malformed, TooLarge, TooDeep, TooManyItems, UnexpectedRoot };

    template<typename T>
    struct Result
    {
        T value{};
        Problem problem = Problem::None;
        QString detail;   // for the trace: what the parser said, untranslated
        bool ok() const { return problem == Problem::None; }
    };

    static Result<CmsCollection> parseCollection(const QByteArray &xml, const Limits &limits = {});
    // One object or block; expectedRoot may be empty to accept any root element.
    static Result<CmsNode> parseObject(const QByteArray &xml, const QString &expectedRoot = {},
                                       const Limits &limits = {});
    // The failure in a 4xx body, when it carries one.
    static Result<CmsFailure> parseFailure(const QByteArray &xml, const Limits &limits = {});

    // Whether a reply body is a web page rather than an API document: it starts, after an optional
    // byte order mark, XML declaration, comments and white space, with <!DOCTYPE html> or <html>.
    // That is what proxies, load balancers and login portals send, with any status and content type.
    static bool looksLikeHtml(const QByteArray &body);

    // application/x-www-form-urlencoded, in the given order; an empty value is sent as "name=".
    static QByteArray formEncode(const QList<QPair<QString, QString>> &params);
};

} // namespace cms
