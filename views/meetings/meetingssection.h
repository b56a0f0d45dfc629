#pragma once

#include "window/section.h"

class QSettings;

namespace cms {
class ProfileLabels;
}

namespace views {

class MeetingsPane;

// The Meetings section (Ctrl+5): placeholder pools as a scheduler keeps them, and the meetings in them.
class MeetingsSection : public Section
{
    Q_OBJECT
public:
    // `labels` names call profiles in the New Pool dialog; `settings` keeps the meeting dialogs' saved
    // address lists. Either may be null.
    explicit MeetingsSection(cms::ProfileLabels *labels = nullptr, QSettings *settings = nullptr, QObject *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QWidget *focusTarget() const override;
    QList<QAction *> menuActions() const override;
    QAction *refreshAction() const override;
    void setCurrentCluster(cms::ClusterSession *session) override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &layout) override;

    MeetingsPane *pane() const { return m_pane; }

private:
    MeetingsPane *m_pane;
};

} // namespace views
