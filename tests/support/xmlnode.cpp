#include "xmlnode.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace {
XmlNode readElement(QXmlStreamReader &reader)
{
    XmlNode node;
    node.name = reader.name().toString();
    for (const auto &a : reader.attributes())
        node.attributes.insert(a.name().toString(), a.value().toString());
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            node.children.append(readElement(reader));
        else if (reader.isCharacters())
            node.text += reader.text();
        else if (reader.isEndElement())
            break;
    }
    node.text = node.text.trimmed();
    return node;
}
} // namespace

XmlNode XmlNode::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XmlNode root = readElement(reader);
            if (error && reader.hasError())
                *error = reader.errorString();
            return root;
        }
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QStringLiteral("no element");
    return {};
}

const XmlNode *XmlNode::child(const QString &childName) const
{
    for (const XmlNode &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QList<const XmlNode *> XmlNode::childrenNamed(const QString &childName) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.name == childName)
            out.append(&c);
    }
    return out;
}

QString XmlNode::value(const QString &path) const
{
    const XmlNode *node = this;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        node = node->child(part);
        if (!node)
            return {};
    }
    return node->text;
}

bool XmlNode::has(const QString &path) const
{
    const XmlNode *node = this;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        node = node->child(part);
        if (!node)
            return false;
    }
    return true;
}

QStringList XmlNode::ids() const
{
    QStringList out;
    for (const XmlNode &c : children)
        out.append(c.attribute(QStringLiteral("id")));
    return out;
}
