#include "xmlout.h"

namespace cmssim {

XmlOut::XmlOut(const QByteArray &declaration, int version)
    : m_declaration(declaration)
    , m_writer(&m_out)
    , m_version(version)
{
}

void XmlOut::startCollection(const QString &name, qsizetype total)
{
    m_writer.writeStartElement(name);
    m_writer.writeAttribute(QStringLiteral("total"), QString::number(total));
}

void XmlOut::writeObject(const TypeSpec &type, const ConfigObject &object, bool summary,
                         const QList<QPair<QString, QString>> &extra)
{
    m_writer.writeStartElement(type.element);
    m_writer.writeAttribute(QStringLiteral("id"), object.id);
    for (const FieldSpec &f : type.fields) {
        if ((summary && !f.inSummary) || f.access == FieldAccess::Action || f.access == FieldAccess::CreateOnly
            || !f.existsIn(m_version))
            continue;
        const auto it = object.fields.constFind(f.name);
        if (it != object.fields.constEnd())
            m_writer.writeTextElement(f.name, it->second);
        else if (!f.defaultValue.isEmpty())
            m_writer.writeTextElement(f.name, f.defaultValue);
    }
    // Fields accepted on creation that the server shows back (userJid of a member).
    for (const FieldSpec &f : type.fields) {
        if (f.access == FieldAccess::CreateOnly && f.kind != FieldKind::Bool && (!summary || f.inSummary)
            && object.has(f.name))
            m_writer.writeTextElement(f.name, object.value(f.name));
    }
    for (const auto &e : extra)
        m_writer.writeTextElement(e.first, e.second);
    m_writer.writeEndElement();
}

QByteArray XmlOut::take()
{
    // The writer truncates its buffer when it opens it, so the declaration goes in front here.
    return m_declaration + m_out;
}

} // namespace cmssim
