#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace cms {

// The names admins give call profiles, which the API leaves unnamed, kept in the console's settings
// per cluster ("profileLabels/<cluster id>/callProfiles/<profile id>"). Only the label is stored:
// nothing secret.
class ProfileLabels : public QObject
{
    Q_OBJECT
public:
    explicit ProfileLabels(QSettings &settings, QObject *parent = nullptr);

    QString label(const QString &clusterId, const QString &profileId) const;
    // How a call profile is shown outside the Profiles section: "label (id)", or the id alone when it
    // has no label.
    QString display(const QString &clusterId, const QString &profileId) const;
    // An empty label removes it.
    void setLabel(const QString &clusterId, const QString &profileId, const QString &label);

Q_SIGNALS:
    void labelChanged(const QString &clusterId, const QString &profileId);

private:
    static QString key(const QString &clusterId, const QString &profileId);

    QSettings &m_settings;
};

} // namespace cms
