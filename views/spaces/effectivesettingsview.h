#pragma once

#include "api/cmserror.h"
#include "config/effectivesettings.h"
#include "config/profilelabels.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cms {
class ClusterSession;
class EffectiveSettingsLoader;
class ProfileLabels;
}

namespace views {

// The "Effective settings" section of a space's details: pick a way of joining the space (guests by
// the space's own URI or call ID, one of its access methods, one of its members) and see every call
// leg profile and call profile value that really applies to it, where it comes from (global, tenant,
// space, access method, member, or the server's default) and the profile that sets it. Reads through
// cms::EffectiveSettingsLoader; shows "loading" and failures in a status line with a way to retry.
class EffectiveSettingsView : public QWidget
{
    Q_OBJECT
public:
    // Empty: no space; Waiting: for the session to open; Loading; Loaded; Failed: see the status line.
    enum class State { Empty, Waiting, Loading, Loaded, Failed };
    Q_ENUM(State)
    // Columns of the table.
    enum Column { SettingColumn, ValueColumn, LevelColumn, ProfileColumn, ColumnCount };
    // Data roles of the table's rows: the API field name (SettingColumn), the raw API value
    // (ValueColumn) and the cms::SettingLevel as an int (LevelColumn).
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit EffectiveSettingsView(QWidget *parent = nullptr);
    ~EffectiveSettingsView() override;

    // Shows the space of that cluster; reads it once the view is shown and the session open (a hidden
    // tab reads nothing). A null session or an empty id clears the view. Profiles read before for the
    // same session are reused; reload() reads everything again (after an edit of the space).
    void setSpace(cms::ClusterSession *session, const QString &spaceId);
    QString spaceId() const { return m_spaceId; }
    // Reads again, forgetting the profiles read before (they may have changed).
    void reload();
    // The names the console keeps for call profiles, shown with their ids in the Profile column; optional.
    void setProfileLabels(const cms::ProfileLabels *labels) { m_labels = labels; }

    State state() const { return m_state; }
    const cms::EffectiveSettings &settings() const { return m_settings; }
    // Shows the way of joining at that position of settings().ways.
    void setCurrentWay(int index);
    int currentWay() const;

    QComboBox *joinSelector() const { return m_joinSelector; }
    QTreeWidget *table() const { return m_table; }

Q_SIGNALS:
    void stateChanged(views::EffectiveSettingsView::State state);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void startLoading();
    void setState(State state);
    void onLoaded(const cms::EffectiveSettings &settings);
    void onFailed(const cms::CmsError &error);
    void fillSelector();
    void showCurrentWay();
    void updateStatus();
    QString wayLabel(const cms::JoinWay &way) const;
    QString wayDetails(const cms::JoinWay &way) const;
    QString wayExplanation(const cms::JoinWay &way) const;
    QString displayValue(const cms::EffectiveValue &value) const;
    QString profileLabel(const cms::EffectiveValue &value) const;

    QLabel *m_joinLabel;
    QComboBox *m_joinSelector;
    QPushButton *m_reloadButton;
    QLabel *m_detailsLabel;
    QLabel *m_explanationLabel;
    QTreeWidget *m_table;
    QLabel *m_statusLabel;

    QPointer<cms::ClusterSession> m_session;
    QPointer<const cms::ProfileLabels> m_labels;
    QList<QMetaObject::Connection> m_sessionConnections;
    QString m_spaceId;
    cms::EffectiveSettingsLoader *m_loader = nullptr;   // child; rebuilt for each connection
    bool m_loadWhenShown = false;
    State m_state = State::Empty;
    cms::EffectiveSettings m_settings;
    cms::CmsError m_error;
};

} // namespace views
