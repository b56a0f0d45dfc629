#pragma once

#include <QPointer>
#include <QString>
#include <QTabWidget>

namespace cms {
class ActivityLog;
class ClusterSession;
class ProfileLabels;
} // namespace cms

namespace views {

class AccessMethodsEditor;
class EffectiveSettingsView;
class MembersEditor;
class SpaceEditor;

// The details of one space, in tabs: General (every field, editable), Access methods, Members and
// Effective settings (what really applies to guests and members, and from which level).
class SpaceDetailsView : public QTabWidget
{
    Q_OBJECT
public:
    explicit SpaceDetailsView(QWidget *parent = nullptr);

    // Shows a space (an empty id shows nothing). Each tab loads its part.
    void setSpace(cms::ClusterSession *session, const QString &spaceId);
    QString spaceId() const { return m_spaceId; }
    // Where the General tab writes the changes it makes; optional.
    void setActivityLog(cms::ActivityLog *log);
    // The names the console keeps for call profiles, shown with their ids; optional.
    void setProfileLabels(const cms::ProfileLabels *labels);

    SpaceEditor *generalTab() const { return m_general; }
    AccessMethodsEditor *accessMethodsTab() const { return m_accessMethods; }
    MembersEditor *membersTab() const { return m_members; }
    EffectiveSettingsView *effectiveSettingsTab() const { return m_effective; }

Q_SIGNALS:
    void spaceSaved(const QString &spaceId);
    void spaceDeleted(const QString &spaceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_spaceId;
    SpaceEditor *m_general = nullptr;
    AccessMethodsEditor *m_accessMethods = nullptr;
    MembersEditor *m_members = nullptr;
    EffectiveSettingsView *m_effective = nullptr;
};

} // namespace views
