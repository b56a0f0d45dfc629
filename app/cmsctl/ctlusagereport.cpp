#include "ctlusagereport.h"

#include <QJsonArray>

using Level = cms::ProfileUsage::Level;
using Source = cms::ProfileUsage::Source;

namespace {

const Level kLevels[] = {Level::Global, Level::Tenant, Level::Space, Level::AccessMethod, Level::Member,
                         Level::SpaceTemplate, Level::AccessMethodTemplate};

} // namespace

CtlUsageReport::CtlUsageReport(cms::ProfileUsageFinder::Kind kind, QString profileId, const cms::ProfileUsage &usage)
    : m_kind(kind)
    , m_id(std::move(profileId))
    , m_usage(usage)
{
}

QString CtlUsageReport::levelKey(Level level)
{
    switch (level) {
    case Level::Global: return QStringLiteral("global");
    case Level::Tenant: return QStringLiteral("tenants");
    case Level::Space: return QStringLiteral("coSpaces");
    case Level::AccessMethod: return QStringLiteral("accessMethods");
    case Level::Member: return QStringLiteral("coSpaceUsers");
    case Level::SpaceTemplate: return QStringLiteral("coSpaceTemplates");
    case Level::AccessMethodTemplate: return QStringLiteral("accessMethodTemplates");
    }
    return {};
}

QString CtlUsageReport::levelTitle(Level level) const
{
    switch (level) {
    case Level::Global: return tr("Global profiles (/system/profiles)");
    case Level::Tenant: return tr("Tenants");
    case Level::Space: return tr("Spaces");
    case Level::AccessMethod: return tr("Access methods");
    case Level::Member: return tr("Members");
    case Level::SpaceTemplate: return tr("Space templates");
    case Level::AccessMethodTemplate: return tr("Access method templates");
    }
    return {};
}

QStringList CtlUsageReport::lines() const
{
    QStringList out;
    out << (m_usage.isUsed() ? tr("%1 %2 is used:").arg(cms::ProfileUsageFinder::field(m_kind), m_id)
                             : tr("%1 %2 is used nowhere the console can see.").arg(cms::ProfileUsageFinder::field(m_kind), m_id));
    for (Level level : kLevels) {
        const QString title = levelTitle(level);
        switch (m_usage.source(level)) {
        case Source::Listed:
        case Source::PartlyRead: {
            const QList<cms::ProfileUsage::Place> places = m_usage.at(level);
            QString line = tr("  %1: %2").arg(title).arg(places.size());
            if (m_usage.source(level) == Source::PartlyRead)
                line += tr(" (among the %1 of %2 spaces read in detail)").arg(m_usage.spacesChecked).arg(m_usage.spacesKnown);
            out << line;
            for (const cms::ProfileUsage::Place &place : places) {
                if (level == Level::Global)
                    continue;
                QString entry = place.name.isEmpty() ? place.id : tr("%1 (%2)").arg(place.name, place.id);
                if (!place.parentId.isEmpty())
                    entry += tr(" in space template %1").arg(place.parentId);
                out << QStringLiteral("    ") + entry;
            }
            break;
        }
        case Source::ServerFlag:
            out << (m_usage.flagged[int(level)] ? tr("  %1: some (the server does not say which)").arg(title)
                                                : tr("  %1: none").arg(title));
            break;
        case Source::NotChecked:
            out << tr("  %1: not checked (the API cannot tell for this profile type)").arg(title);
            break;
        }
    }
    return out;
}

QJsonObject CtlUsageReport::json() const
{
    QJsonObject root{{QStringLiteral("type"), cms::ProfileUsageFinder::collection(m_kind)},
                     {QStringLiteral("id"), m_id},
                     {QStringLiteral("used"), m_usage.isUsed()}};
    for (Level level : kLevels) {
        QJsonObject entry;
        switch (m_usage.source(level)) {
        case Source::Listed:
        case Source::PartlyRead: {
            QJsonArray objects;
            for (const cms::ProfileUsage::Place &place : m_usage.at(level)) {
                QJsonObject object{{QStringLiteral("id"), place.id}, {QStringLiteral("name"), place.name}};
                if (!place.parentId.isEmpty())
                    object.insert(QStringLiteral("coSpaceTemplate"), place.parentId);
                objects.append(object);
            }
            entry.insert(QStringLiteral("how"), m_usage.source(level) == Source::Listed ? QStringLiteral("listed")
                                                                                         : QStringLiteral("partlyRead"));
            entry.insert(QStringLiteral("count"), objects.size());
            entry.insert(QStringLiteral("objects"), objects);
            if (m_usage.source(level) == Source::PartlyRead) {
                entry.insert(QStringLiteral("checked"), m_usage.spacesChecked);
                entry.insert(QStringLiteral("known"), m_usage.spacesKnown);
            }
            break;
        }
        case Source::ServerFlag:
            entry.insert(QStringLiteral("how"), QStringLiteral("serverFlag"));
            entry.insert(QStringLiteral("referenced"), m_usage.flagged[int(level)]);
            break;
        case Source::NotChecked:
            entry.insert(QStringLiteral("how"), QStringLiteral("notChecked"));
            break;
        }
        root.insert(levelKey(level), entry);
    }
    return root;
}
