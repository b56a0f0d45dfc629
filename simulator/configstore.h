#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace cmssim {

// One configuration object: its id, its parent (for nested collections) and its set fields.
// Unset fields are simply absent, as in the API.
struct ConfigObject
{
    QString id;
    QString parentId;
    QHash<QString, QString> fields;
    qsizetype slot = -1;   // position in its table's order, maintained by ObjectTable

    QString value(const QString &name) const { return fields.value(name); }
    bool has(const QString &name) const { return fields.contains(name); }
};

// The objects of one collection (for nested ones: of one parent), in creation order. Listing a page
// is a slice of that order, so serving a page does not depend on the collection's size.
class ObjectTable
{
public:
    ConfigObject *find(const QString &id) const;
    ConfigObject *insert(std::unique_ptr<ConfigObject> object);
    void remove(const QString &id);
    qsizetype size() const { return qsizetype(m_byId.size()); }
    // Objects in creation order. Removal leaves holes that are closed here, lazily, so that
    // removing many objects stays linear.
    const std::vector<ConfigObject *> &ordered() const;

private:
    std::unordered_map<QString, std::unique_ptr<ConfigObject>> m_byId;
    mutable std::vector<ConfigObject *> m_order;
    mutable qsizetype m_holes = 0;
};

// The shared configuration database of a simulated cluster: every call bridge serves the same one.
class ConfigStore
{
public:
    ObjectTable &table(const QString &collection, const QString &parentId = {});
    const ObjectTable *findTable(const QString &collection, const QString &parentId = {}) const;
    void dropTable(const QString &collection, const QString &parentId);
    ConfigObject *find(const QString &collection, const QString &id, const QString &parentId = {}) const;

    // The singleton /system/profiles.
    ConfigObject &systemProfiles() { return m_systemProfiles; }
    const ConfigObject &systemProfiles() const { return m_systemProfiles; }

private:
    static QString key(const QString &collection, const QString &parentId)
    {
        return parentId.isEmpty() ? collection : collection + QLatin1Char('/') + parentId;
    }
    std::unordered_map<QString, std::unique_ptr<ObjectTable>> m_tables;
    ConfigObject m_systemProfiles;
};

} // namespace cmssim
