#pragma once

#include "config/profileusage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `cmsctl usage TYPE ID`: where a profile is used, as lines for a person or as one JSON object.
// Each level says how it was found: listed (every object named), flagged by the server's usage
// summary (some, unnamed), or not checked (the API cannot tell for this profile type).
class CtlUsageReport
{
    Q_DECLARE_TR_FUNCTIONS(CtlUsageReport)
public:
    CtlUsageReport(cms::ProfileUsageFinder::Kind kind, QString profileId, const cms::ProfileUsage &usage);

    QStringList lines() const;
    QJsonObject json() const;

private:
    static QString levelKey(cms::ProfileUsage::Level level);   // "spaces", "accessMethods"…
    QString levelTitle(cms::ProfileUsage::Level level) const;

    cms::ProfileUsageFinder::Kind m_kind;
    QString m_id;
    const cms::ProfileUsage &m_usage;
};
