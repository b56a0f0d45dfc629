#pragma once

#include "cluster/clusterprofile.h"

#include <QList>

class QSettings;

namespace cms {

// Reads and writes the saved clusters in QSettings, under "clusters/<id>/…". Only what
// ClusterProfile holds is written: no password ever reaches the settings file.
// An entry that cannot be read back (no endpoint, an address that does not parse) is skipped.
class ClusterProfileStore
{
public:
    explicit ClusterProfileStore(QSettings &settings);

    QList<ClusterProfile> load() const;   // in the order they were first saved
    void save(const ClusterProfile &profile);   // adds or replaces (by id)
    void remove(const QString &clusterId);

private:
    QSettings &m_settings;
};

} // namespace cms
