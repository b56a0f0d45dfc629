#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cmssim {

// The simulator's own description of the configuration objects of cms-api.md section 4. It is written
// independently of the client's schema in cms/ so that the two catch each other's mistakes.

enum class FieldKind {
    Text,
    Bool,
    Integer,     // non-negative whole number
    Digits,      // call IDs and passcodes: digits only
    Uri,         // URI user part: no spaces, no '@'
    Enum,
    Reference,   // id of an object in another collection
};

enum class FieldAccess {
    ReadWrite,
    CreateOnly,   // accepted by POST only (userJid of a member, requireCallId)
    Action,       // accepted by PUT only, never stored (regenerateSecret)
    ReadOnly,     // computed by the server, shown by GET
};

struct FieldSpec
{
    QString name;
    FieldKind kind = FieldKind::Text;
    FieldAccess access = FieldAccess::ReadWrite;
    QStringList enumValues;
    QString reference;      // collection, for FieldKind::Reference
    QString defaultValue;   // shown by GET when the field is unset
    bool inSummary = false; // listed in collection pages
    int since = 0;          // first version that has it (0: all)
    int until = 0;          // first version that no longer has it (0: none)

    bool existsIn(int version) const { return (since == 0 || version >= since) && (until == 0 || version < until); }
};

struct TypeSpec
{
    QString collection;      // "coSpaces"
    QString element;         // "coSpace"
    QString parent;          // collection of the parent for nested ones ("coSpaces")
    QString missingReason;   // failure reason for an unknown id
    QList<FieldSpec> fields;
    QStringList filterFields;                        // matched by filter=
    QList<QPair<QString, QString>> referenceFilters; // query parameter -> field
    bool usageFilter = false;  // usageFilter=referenced|unreferenced
    bool writable = true;
    int since = 0;

    const FieldSpec *field(const QString &name) const;
};

class TypeSchema
{
public:
    static const QList<TypeSpec> &all();
    // By collection name, case-insensitive; the parent must match for nested collections.
    static const TypeSpec *find(const QString &collection, const QString &parent = {});
    static const TypeSpec &get(const QString &collection);
    static const QStringList &layouts();
    // The singleton /system/profiles: the cluster-wide profiles every level inherits from.
    static const TypeSpec &systemProfiles();
};

} // namespace cmssim
