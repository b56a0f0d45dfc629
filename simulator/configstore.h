#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cmssim {

// The set fields of one object, in a flat list. Objects have a handful of fields; a hash table per
// object costs several kilobytes (its first allocation is sized for dozens of entries), a flat list
// a few hundred bytes, which is what lets 100,000 spaces fit in the memory target.
class FieldMap
{
public:
    using Entry = std::pair<QString, QString>;
    using const_iterator = std::vector<Entry>::const_iterator;

    QString value(const QString &key) const
    {
        const auto it = constFind(key);
        return it == constEnd() ? QString() : it->second;
    }
    bool contains(const QString &key) const { return constFind(key) != constEnd(); }
    void insert(const QString &key, const QString &value)
    {
        for (Entry &e : m_entries) {
            if (e.first == key) {
                e.second = value;
                return;
            }
        }
        m_entries.emplace_back(key, value);
    }
    void remove(const QString &key)
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->first == key) {
                m_entries.erase(it);
                return;
            }
        }
    }
    const_iterator constFind(const QString &key) const
    {
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it->first == key)
                return it;
        }
        return m_entries.cend();
    }
    const_iterator constEnd() const { return m_entries.cend(); }
    const_iterator begin() const { return m_entries.cbegin(); }
    const_iterator end() const { return m_entries.cend(); }
    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    std::vector<Entry> m_entries;
};

// One configuration object: its id, its parent (for nested collections) and its set fields.
// Unset fields are simply absent, as in the API.
struct ConfigObject
{
    QString id;
    QString parentId;
    FieldMap fields;
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

    // Every object of every table and /system/profiles, one sorted line each with its fields
    // ("coSpaces <id> name=… uri=…"): two dumps are equal when the configuration is.
    QStringList dump() const;

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
