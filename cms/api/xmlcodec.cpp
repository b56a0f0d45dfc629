#include "api/xmlcodec.h"

#include "api/plainxmlreader.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

namespace cms {

namespace {

using Problem = XmlCodec::Problem;

struct Reader
{
    QXmlStreamReader xml;
    const XmlCodec::Limits &limits;
    Problem problem = Problem::None;
    QString detail;
    // Element and attribute names recur in every object of a page: each is made a QString once and
    // shared by every node that bears it (implicit sharing), rather than allocated for each node.
    QHash<QStringView, QString> names;

    Reader(const QByteArray &data, const XmlCodec::Limits &l)
        : xml(data)
        , limits(l)
    {
    }

    void fail(Problem p, const QString &why)
    {
        if (problem == Problem::None) {
            problem = p;
            detail = why;
        }
    }

    QString name(QStringView view)
    {
        const auto found = names.constFind(view);
        if (found != names.cend())
            return *found;
        const QString made = view.toString();
        names.insert(QStringView(made), made);   // the key views the value's own characters
        return made;
    }

    // Reads the element the reader stands on (a start element) with everything inside it.
    CmsNode readElement(int depth)
    {
        CmsNode node;
        if (depth > limits.maxDepth) {
            fail(Problem::TooDeep, QStringLiteral("nesting deeper than %1").arg(limits.maxDepth));
            xml.skipCurrentElement();
            return node;
        }
        node.name = name(xml.name());
        // Held const: iterating the temporary that attributes() returns would detach (copy) it.
        const QXmlStreamAttributes attributes = xml.attributes();
        if (!attributes.isEmpty()) {
            node.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute &a : attributes)
                node.attributes.append({name(a.name()), a.value().toString()});
        }
        while (!xml.atEnd() && problem == Problem::None) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (depth == 1 && node.children.size() >= limits.maxItems) {
                    fail(Problem::TooManyItems, QStringLiteral("more than %1 items").arg(limits.maxItems));
                    break;
                }
                node.children.append(readElement(depth + 1));
            } else if (token == QXmlStreamReader::Characters) {
                // Indentation between children is no content (trimmed below): not worth gathering.
                if (node.text.isEmpty())   // most often the only piece: made at its size, not grown
                    node.text = xml.text().toString();
                else if (node.children.isEmpty() || !xml.isWhitespace())
                    node.text += xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            }
        }
        if (!node.children.isEmpty())
            node.text = node.text.trimmed();   // indentation between children is not content
        return node;
    }

    // The root element of the document, or nothing when the document has a problem.
    bool readRoot(CmsNode *root)
    {
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                *root = readElement(1);
                break;
            }
        }
        // Anything after the root but whitespace is an error too.
        while (problem == Problem::None && !xml.atEnd())
            xml.readNext();
        if (problem == Problem::None && xml.hasError())
            fail(Problem::Malformed, xml.errorString());
        if (problem == Problem::None && root->name.isEmpty())
            fail(Problem::Malformed, QStringLiteral("no root element"));
        return problem == Problem::None;
    }
};

// The root element of `xml`: read by the plain reader when it can, else by the full one, which also
// says what is wrong.
bool readDocument(const QByteArray &xml, const XmlLimits &limits, CmsNode *root, Problem *problem, QString *detail)
{
    if (limits.plainReader && PlainXmlReader::read(xml, limits, root))
        return true;
    Reader reader(xml, limits);
    if (reader.readRoot(root))
        return true;
    *problem = reader.problem;
    *detail = reader.detail;
    return false;
}

template<typename T>
XmlCodec::Result<T> tooLarge(qint64 size, qint64 max)
{
    XmlCodec::Result<T> r;
    r.problem = Problem::TooLarge;
    r.detail = QStringLiteral("%1 bytes, more than %2").arg(size).arg(max);
    return r;
}

} // namespace

XmlCodec::Result<CmsCollection> XmlCodec::parseCollection(const QByteArray &xml, const Limits &limits)
{
    if (xml.size() > limits.maxBytes)
        return tooLarge<CmsCollection>(xml.size(), limits.maxBytes);
    Result<CmsCollection> r;
    CmsNode root;
    if (!readDocument(xml, limits, &root, &r.problem, &r.detail))
        return r;
    bool ok = false;
    const qint64 total = root.attribute(u"total").toLongLong(&ok);
    if (!ok || total < 0) {
        r.problem = Problem::UnexpectedRoot;
        r.detail = QStringLiteral("<%1> is not a collection (no total)").arg(root.name);
        return r;
    }
    r.value.name = root.name;
    r.value.total = total;
    r.value.items = std::move(root.children);
    return r;
}

XmlCodec::Result<CmsNode> XmlCodec::parseObject(const QByteArray &xml, const QString &expectedRoot, const Limits &limits)
{
    if (xml.size() > limits.maxBytes)
        return tooLarge<CmsNode>(xml.size(), limits.maxBytes);
    Result<CmsNode> r;
    if (!readDocument(xml, limits, &r.value, &r.problem, &r.detail))
        return r;
    if (!expectedRoot.isEmpty() && r.value.name != expectedRoot) {
        r.problem = Problem::UnexpectedRoot;
        r.detail = QStringLiteral("<%1> where <%2> was expected").arg(r.value.name, expectedRoot);
    }
    return r;
}

XmlCodec::Result<CmsFailure> XmlCodec::parseFailure(const QByteArray &xml, const Limits &limits)
{
    Result<CmsFailure> r;
    const auto object = parseObject(xml, QStringLiteral("failureDetails"), limits);
    if (!object.ok()) {
        r.problem = object.problem;
        r.detail = object.detail;
        return r;
    }
    if (object.value.children.isEmpty()) {
        r.problem = Problem::Malformed;
        r.detail = QStringLiteral("<failureDetails> without a reason");
        return r;
    }
    const CmsNode &reason = object.value.children.first();
    r.value.reason = reason.name;
    r.value.parameter = reason.attribute(u"parameter");
    r.value.error = reason.attribute(u"error");
    return r;
}

bool XmlCodec::looksLikeHtml(const QByteArray &body)
{
    const QByteArrayView all(body);
    qsizetype at = all.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // Skips what may come before the first element: white space, <?…?> and <!--…-->.
    for (;;) {
        while (at < all.size() && QChar::isSpace(uchar(all.at(at))))
            ++at;
        const QByteArrayView rest = all.sliced(at);
        const char *close = rest.startsWith("<?") ? "?>" : rest.startsWith("<!--") ? "-->" : nullptr;
        if (!close)
            break;
        const qsizetype end = all.indexOf(close, at);
        if (end < 0)
            return false;
        at = end + qstrlen(close);
    }
    const QByteArray head = all.sliced(at, qMin<qsizetype>(all.size() - at, 15)).toByteArray().toLower();
    if (head.startsWith("<!doctype html"))
        return true;
    if (!head.startsWith("<html"))
        return false;
    const char next = head.size() > 5 ? head.at(5) : '\0';
    return next == '>' || next == '/' || QChar::isSpace(uchar(next));
}

QByteArray XmlCodec::formEncode(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

} // namespace cms
