#include "config/profilelabels.h"

#include <QSettings>

namespace cms {

ProfileLabels::ProfileLabels(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString ProfileLabels::key(const QString &clusterId, const QString &profileId)
{
    return QStringLiteral("profileLabels/%1/callProfiles/%2").arg(clusterId, profileId);
}

QString ProfileLabels::label(const QString &clusterId, const QString &profileId) const
{
    return m_settings.value(key(clusterId, profileId)).toString();
}

QString ProfileLabels::display(const QString &clusterId, const QString &profileId) const
{
    const QString text = label(clusterId, profileId);
    //: A call profile as shown wherever it appears: %1 the name the console gives it, %2 its id.
    return text.isEmpty() ? profileId : tr("%1 (%2)").arg(text, profileId);
}

void ProfileLabels::setLabel(const QString &clusterId, const QString &profileId, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed == this->label(clusterId, profileId))
        return;
    if (trimmed.isEmpty())
        m_settings.remove(key(clusterId, profileId));
    else
        m_settings.setValue(key(clusterId, profileId), trimmed);
    Q_EMIT labelChanged(clusterId, profileId);
}

} // namespace cms
