#include "meetings/addresslists.h"

#include <QCollator>
#include <QList>
#include <QPair>
#include <QSettings>

#include <algorithm>

namespace views {

namespace {

using List = QPair<QString, QStringList>;

const QString kName = QStringLiteral("name");
const QString kAddresses = QStringLiteral("addresses");

// An array of {name, addresses}: names may hold any character (a "/" would make a settings key a
// group), and the ini file stays readable text.
QList<List> readAll(QSettings &settings)
{
    QList<List> lists;
    const int count = settings.beginReadArray(AddressLists::settingsKey());
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        lists.append({settings.value(kName).toString(), settings.value(kAddresses).toStringList()});
    }
    settings.endArray();
    return lists;
}

void writeAll(QSettings &settings, const QList<List> &lists)
{
    settings.remove(AddressLists::settingsKey());
    if (lists.isEmpty())
        return;
    settings.beginWriteArray(AddressLists::settingsKey(), int(lists.size()));
    for (int i = 0; i < lists.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kName, lists.at(i).first);
        settings.setValue(kAddresses, lists.at(i).second);
    }
    settings.endArray();
}

} // namespace

AddressLists::AddressLists(QSettings &settings)
    : m_settings(settings)
{
}

QString AddressLists::settingsKey()
{
    return QStringLiteral("meetingAddressLists");
}

QStringList AddressLists::names() const
{
    QStringList names;
    for (const List &list : readAll(m_settings))
        names.append(list.first);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QStringList AddressLists::addresses(const QString &name) const
{
    for (const List &list : readAll(m_settings)) {
        if (list.first == name)
            return list.second;
    }
    return {};
}

void AddressLists::save(const QString &name, const QStringList &addresses)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || addresses.isEmpty())
        return;
    QList<List> lists = readAll(m_settings);
    lists.removeIf([&trimmed](const List &list) { return list.first == trimmed; });
    lists.append({trimmed, addresses});
    writeAll(m_settings, lists);
}

void AddressLists::remove(const QString &name)
{
    QList<List> lists = readAll(m_settings);
    if (lists.removeIf([&name](const List &list) { return list.first == name; }) > 0)
        writeAll(m_settings, lists);
}

} // namespace views
