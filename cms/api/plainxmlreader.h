#pragma once

#include "api/cmsnode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace cms {

struct XmlLimits;

// Reads the plain XML that CMS servers send straight into CmsNodes, several times faster than
// QXmlStreamReader: UTF-8, an optional <?xml version="1.0"…?> declaration, elements with ASCII names
// and no namespaces, attributes, text with the five predefined entities. Anything else (a comment, a
// DOCTYPE, CDATA, a character reference, a namespace, mixed content after child elements, a limit
// reached, a document that is not well-formed) makes read() give up and return false: the full reader
// (XmlCodec) then reads the document, and it alone says what is wrong with one. The fuzzer checks that
// whatever this reads, the full reader reads the same.
class PlainXmlReader
{
public:
    // True, with the root element in *root, when `xml` is a plain document within `limits`.
    static bool read(const QByteArray &xml, const XmlLimits &limits, CmsNode *root);

private:
    PlainXmlReader(const QByteArray &xml, const XmlLimits &limits);
    bool document(CmsNode *root);
    bool declaration();
    bool element(int depth, CmsNode *node);
    bool attributes(CmsNode *node);
    bool name(QString *out);
    const char *quotedValueEnd();
    bool text(const char *from, const char *to, QString *out);
    void skipSpace();
    bool atSpace() const;

    const char *m_at;
    const char *m_end;
    const XmlLimits &m_limits;
    // Element and attribute names recur in every object of a page: each is made a QString once and
    // shared by every node that bears it.
    QHash<QByteArrayView, QString> m_names;
};

} // namespace cms
