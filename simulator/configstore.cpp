#include "configstore.h"

#include <algorithm>

namespace cmssim {

ConfigObject *ObjectTable::find(const QString &id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : it->second.get();
}

ConfigObject *ObjectTable::insert(std::unique_ptr<ConfigObject> object)
{
    ordered(); // close holes first so that slots stay exact
    ConfigObject *raw = object.get();
    raw->slot = qsizetype(m_order.size());
    m_order.push_back(raw);
    m_byId[raw->id] = std::move(object);
    return raw;
}

void ObjectTable::remove(const QString &id)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return;
    m_order[size_t(it->second->slot)] = nullptr;
    ++m_holes;
    m_byId.erase(it);
}

const std::vector<ConfigObject *> &ObjectTable::ordered() const
{
    if (m_holes > 0) {
        m_order.erase(std::remove(m_order.begin(), m_order.end(), nullptr), m_order.end());
        for (size_t i = 0; i < m_order.size(); ++i)
            m_order[i]->slot = qsizetype(i);
        m_holes = 0;
    }
    return m_order;
}

ObjectTable &ConfigStore::table(const QString &collection, const QString &parentId)
{
    auto &slot = m_tables[key(collection, parentId)];
    if (!slot)
        slot = std::make_unique<ObjectTable>();
    return *slot;
}

const ObjectTable *ConfigStore::findTable(const QString &collection, const QString &parentId) const
{
    const auto it = m_tables.find(key(collection, parentId));
    return it == m_tables.end() ? nullptr : it->second.get();
}

void ConfigStore::dropTable(const QString &collection, const QString &parentId)
{
    m_tables.erase(key(collection, parentId));
}

ConfigObject *ConfigStore::find(const QString &collection, const QString &id, const QString &parentId) const
{
    const ObjectTable *t = findTable(collection, parentId);
    return t ? t->find(id) : nullptr;
}

} // namespace cmssim

namespace cmssim {

QStringList ConfigStore::dump() const
{
    auto line = [](const QString &table, const ConfigObject &object) -> QString {
        QStringList fields;
        for (const auto &field : object.fields)
            fields.append(field.first + QLatin1Char('=') + field.second);
        fields.sort();
        return table + QLatin1Char(' ') + object.id + QLatin1Char(' ') + fields.join(QLatin1Char(' '));
    };
    QStringList lines;
    for (const auto &table : m_tables) {
        for (const ConfigObject *object : table.second->ordered())
            lines.append(line(table.first, *object));
    }
    lines.sort();
    lines.prepend(line(QStringLiteral("system/profiles"), m_systemProfiles));
    return lines;
}

} // namespace cmssim
