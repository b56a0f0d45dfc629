#include "ctloutput.h"

#include "schema/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A field's text as its schema type says: whole numbers and seconds as JSON numbers, true and false
// as booleans; anything else, or a value that does not read as its type, stays a string.
QJsonValue typedValue(const cms::ObjectType *type, const QString &path, const QString &text)
{
    const cms::FieldDef *field = nullptr;
    if (type) {
        for (const cms::FieldDef &f : type->fields) {
            if (f.readPath() == path) {
                field = &f;
                break;
            }
        }
    }
    if (!field)
        return text;
    switch (field->type) {
    case cms::FieldType::Bool:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        break;
    case cms::FieldType::Integer:
    case cms::FieldType::Duration: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (ok)
            return double(number);
        break;
    }
    default:
        break;
    }
    return text;
}

// `path` is where `node` sits inside an object of `type`: "" for the object, "status" for its status.
QJsonObject toTypedJson(const cms::CmsNode &node, const cms::ObjectType *type, const QString &path)
{
    QJsonObject o;
    for (const auto &a : node.attributes)
        o.insert(a.first, a.second);
    for (const cms::CmsNode &child : node.children) {
        const QString childPath = path.isEmpty() ? child.name : path + QLatin1Char('/') + child.name;
        const QJsonValue value = child.isLeaf() ? typedValue(type, childPath, child.text)
                                                : QJsonValue(toTypedJson(child, type, childPath));
        const auto existing = o.find(child.name);
        if (existing == o.end()) {
            o.insert(child.name, value);
        } else if (existing->isArray()) {
            QJsonArray array = existing->toArray();
            array.append(value);
            *existing = array;
        } else {
            *existing = QJsonArray{*existing, value};
        }
    }
    return o;
}

} // namespace

CtlOutput::CtlOutput(QTextStream &out, QTextStream &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{
}

// Values typed as the schema knows the object (found by its element name), nested elements as
// objects; an element repeated (such as the alarms of a call leg) becomes an array.
QJsonObject CtlOutput::toJson(const cms::CmsNode &node)
{
    return toTypedJson(node, cms::Schema::findByElement(node.name), {});
}

void CtlOutput::objects(const QList<cms::CmsNode> &items)
{
    if (m_json) {
        QJsonArray array;
        for (const cms::CmsNode &item : items)
            array.append(toJson(item));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        m_out.flush();
        return;
    }
    for (const cms::CmsNode &item : items) {
        QStringList fields;
        for (const cms::CmsNode &child : item.children) {
            if (child.isLeaf())
                fields.append(child.name + QLatin1Char('=') + child.text);
        }
        m_out << item.id() << QLatin1Char('\t') << fields.join(QLatin1Char('\t')) << Qt::endl;
    }
}

void CtlOutput::object(const cms::CmsNode &node)
{
    if (m_json) {
        m_out << QJsonDocument(toJson(node)).toJson(QJsonDocument::Indented);
        m_out.flush();
        return;
    }
    if (!node.id().isEmpty())
        m_out << QStringLiteral("id: ") << node.id() << Qt::endl;
    writeLines(node, 0);
    m_out.flush();
}

void CtlOutput::writeLines(const cms::CmsNode &node, int indent)
{
    const QString pad(indent * 2, QLatin1Char(' '));
    for (const cms::CmsNode &child : node.children) {
        if (child.isLeaf()) {
            m_out << pad << child.name << QStringLiteral(": ") << child.text << Qt::endl;
        } else {
            m_out << pad << child.name << QLatin1Char(':') << Qt::endl;
            writeLines(child, indent + 1);
        }
    }
}

void CtlOutput::createdId(const QString &id)
{
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        m_out << id << Qt::endl;
}

void CtlOutput::jsonLine(const QJsonObject &line)
{
    m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

void CtlOutput::jsonResult(const QJsonObject &line)
{
    if (m_json)
        jsonLine(line);
}

void CtlOutput::message(const QString &text)
{
    if (!m_json)
        m_out << text << Qt::endl;
}

void CtlOutput::failure(const cms::CmsError &error)
{
    if (m_json) {
        const QJsonObject e{{QStringLiteral("kind"), error.kindName()},
                            {QStringLiteral("reason"), error.reason},
                            {QStringLiteral("message"), error.message()}};
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    m_err << error.message() << Qt::endl;
}

void CtlOutput::usageError(const QString &text)
{
    m_err << text << Qt::endl;
}
