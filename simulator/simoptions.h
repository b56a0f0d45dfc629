#pragma once

#include "simversion.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace cmssim {

// The server's silent cap on page size: 20 for configuration, 10 for live collections, or set per
// collection (lower-case collection name).
struct PageCaps
{
    int configuration = 20;
    int live = 10;
    QHash<QString, int> perCollection;   // collection name (any case) -> cap

    int capFor(const QString &collection, bool isLive) const
    {
        for (auto it = perCollection.constBegin(); it != perCollection.constEnd(); ++it) {
            if (it.key().compare(collection, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return isLive ? live : configuration;
    }
};

// Everything that shapes a simulated cluster's behaviour, set before it starts.
struct ClusterOptions
{
    int bridgeCount = 3;
    SimVersion version;
    PageCaps caps;
    bool notFoundAs404 = false;      // documented behaviour; real servers answer 400
    bool spacedXmlDeclaration = false; // `<?xml version="1.0" ?>`, as some versions write it
    quint32 seed = 1;
    bool plainHttp = false;          // only when asked for explicitly
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    QList<quint16> ports;            // one per bridge; 0 or missing = any free port
    QHash<QString, QString> users;   // API user -> password
    QString certificateFile;         // PEM; generated at start when empty
    QString keyFile;
    int shortPageEvery = 0;          // every Nth configuration page before the end is one item short (0: never)
    int maxBulkRange = 10000;        // largest startIndex..endIndex of a bulk sync
    int eventsAckWindow = 10;        // unacknowledged event messages before the server holds back
    int authTokenLifetimeSeconds = 60;

    QByteArray xmlDeclaration() const
    {
        return spacedXmlDeclaration ? QByteArrayLiteral("<?xml version=\"1.0\" ?>")
                                    : QByteArrayLiteral("<?xml version=\"1.0\"?>");
    }
};

} // namespace cmssim
