#pragma once

#include "configstore.h"
#include "typeschema.h"

#include <QByteArray>
#include <QXmlStreamWriter>

namespace cmssim {

// Writes objects and collections in the shape real servers use: fields in schema order, unset
// fields absent, defaults shown, fields the configured version lacks left out.
class XmlOut
{
public:
    XmlOut(const QByteArray &declaration, int version);

    QXmlStreamWriter &writer() { return m_writer; }
    void startCollection(const QString &name, qsizetype total);
    void endCollection() { m_writer.writeEndElement(); }
    void writeObject(const TypeSpec &type, const ConfigObject &object, bool summary,
                     const QList<QPair<QString, QString>> &extra = {});
    void textElement(const QString &name, const QString &value) { m_writer.writeTextElement(name, value); }
    QByteArray take();

private:
    QByteArray m_declaration;
    QByteArray m_out;
    QXmlStreamWriter m_writer;
    int m_version;
};

} // namespace cmssim
