#include "schema/schema.h"

#include <QCoreApplication>

namespace cms {

namespace {

// The translation context of field and type labels: the Q_DECLARE_TR_FUNCTIONS of schemafields.cpp.
constexpr char labelContext[] = "SchemaField";

QStringView withoutApiPrefix(QStringView path)
{
    path = path.trimmed();
    while (path.startsWith(u'/'))
        path = path.mid(1);
    if (path.startsWith(u"api/v1/", Qt::CaseInsensitive))
        path = path.mid(7);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

const ObjectType *findCollection(QStringView name)
{
    for (const ObjectType &type : Schema::all()) {
        if (name.compare(type.collection, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

const ObjectType *findChild(const ObjectType &parent, QStringView name)
{
    for (const ObjectType &type : Schema::all()) {
        if (type.parentCollection == parent.collection
            && name.compare(type.collection, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

bool isObjectId(const ObjectType &type, QStringView id, bool underParent)
{
    return Schema::isGuid(id) || (id == u"*" && type.updateAll && underParent);
}

ResolvedPath resolveTopLevel(const ObjectType &type, const QList<QStringView> &parts)
{
    if (!type.topLevel || type.singleton)
        return {};
    if (parts.size() == 1)
        return {&type, {}, {}};
    if (!isObjectId(type, parts.at(1), false))
        return {};
    return {&type, {}, parts.at(1).toString()};
}

ResolvedPath resolveNested(const ObjectType &parent, const QList<QStringView> &parts)
{
    const ObjectType *child = findChild(parent, parts.at(2));
    if (!child || !Schema::isGuid(parts.at(1)))
        return {};
    if (parts.size() == 3)
        return {child, parts.at(1).toString(), {}};
    if (!isObjectId(*child, parts.at(3), true))
        return {};
    return {child, parts.at(1).toString(), parts.at(3).toString()};
}

} // namespace

QString FieldDef::label() const
{
    return labelSource ? QCoreApplication::translate(labelContext, labelSource) : name;
}

bool FieldDef::existsIn(int serverVersion) const
{
    if (serverVersion <= 0)
        return true;
    return serverVersion >= since && (until == 0 || serverVersion < until);
}

bool FieldDef::isWritable(WriteMode op) const
{
    switch (access) {
    case Access::ReadWrite:
        return true;
    case Access::CreateOnly:
        return op == WriteMode::Create;
    case Access::UpdateOnly:
        return op == WriteMode::Update;
    case Access::ReadOnly:
        return false;
    }
    return false;
}

QStringList FieldDef::enumValuesFor(int serverVersion) const
{
    if (serverVersion <= 0)
        return enumValues;
    QStringList values;
    for (const QString &value : enumValues) {
        if (enumValueSince.value(value) <= serverVersion)
            values.append(value);
    }
    return values;
}

bool ObjectType::existsIn(int serverVersion) const
{
    return serverVersion <= 0 || serverVersion >= since;
}

QString ObjectType::label() const
{
    return labelSource ? QCoreApplication::translate(labelContext, labelSource) : collection;
}

const FieldDef *ObjectType::field(QStringView name) const
{
    for (const FieldDef &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QList<const FieldDef *> ObjectType::summaryFields() const
{
    QList<const FieldDef *> summary;
    for (const FieldDef &f : fields) {
        if (f.inListSummary)
            summary.append(&f);
    }
    return summary;
}

QString ResolvedPath::apiPath() const
{
    if (!type)
        return {};
    QString path = parentId.isEmpty() ? type->collection
                                      : type->parentCollection + u'/' + parentId + u'/' + type->collection;
    if (!objectId.isEmpty())
        path += u'/' + objectId;
    return path;
}

const QList<ObjectType> &Schema::all()
{
    static const QList<ObjectType> types = buildTypes();
    return types;
}

const ObjectType *Schema::find(QStringView collection)
{
    if (const ObjectType *type = findCollection(withoutApiPrefix(collection)))
        return type;
    return resolvePath(collection).type;
}

const ObjectType *Schema::findByElement(QStringView element)
{
    for (const ObjectType &type : all()) {
        if (element.compare(type.element, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

ResolvedPath Schema::resolvePath(QStringView path)
{
    path = withoutApiPrefix(path);
    if (const ObjectType *type = findCollection(path); type && type->singleton)
        return {type, {}, {}};
    const QList<QStringView> parts = path.split(u'/');
    if (parts.size() > 4 || parts.contains(QStringView()))
        return {};
    const ObjectType *first = findCollection(parts.first());
    if (!first)
        return {};
    return parts.size() <= 2 ? resolveTopLevel(*first, parts) : resolveNested(*first, parts);
}

int Schema::versionNumber(QStringView version)
{
    version = version.trimmed();
    const auto leadingNumber = [&version]() -> int {
        qsizetype digits = 0;
        while (digits < version.size() && digits < 4 && version.at(digits).isDigit())
            ++digits;
        const int number = digits ? version.left(digits).toInt() : -1;
        version = version.mid(digits);
        return number;
    };
    const int major = leadingNumber();
    if (major <= 0 || !version.startsWith(u'.'))
        return major > 0 && version.isEmpty() ? major * 100 : 0;
    version = version.mid(1);
    const int minor = leadingNumber();
    if (minor < 0 || minor > 99)
        return 0;
    return major * 100 + minor;
}

QString Schema::versionString(int version)
{
    return QStringLiteral("%1.%2").arg(version / 100).arg(version % 100);
}

bool Schema::isGuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

} // namespace cms
