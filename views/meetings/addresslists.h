#pragma once

#include <QStringList>

class QSettings;

namespace views {

// Lists of addresses to dial into meetings, kept by name in the console's settings for every cluster
// alike ("meetingAddressLists": an array of names and their addresses). Addresses are not secrets; nothing
// else of a meeting (its passcode least of all) is stored here.
class AddressLists
{
public:
    explicit AddressLists(QSettings &settings);

    QStringList names() const;   // sorted, as a person looks for them
    QStringList addresses(const QString &name) const;
    // Replaces a list of that name; a blank name or no address stores nothing.
    void save(const QString &name, const QStringList &addresses);
    void remove(const QString &name);

    static QString settingsKey();

private:
    QSettings &m_settings;
};

} // namespace views
