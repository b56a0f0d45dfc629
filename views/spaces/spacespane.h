#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

#include "config/bulkspacechange.h"
#include "diagnostics/activitylog.h"

class QAction;
class QFileDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QPoint;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace cms {
class ClusterSession;
class ObjectNames;
class ProfileLabels;
class SpaceCatalog;
}

namespace models {
class SpacesFilterProxyModel;
class SpacesModel;
}

namespace views {

// The Spaces section: every space of the current cluster in a table, loaded in the background with
// its progress ("12,400 of 100,000 spaces") and a Cancel button, searched from memory as the user
// types (name, URIs, call ID; accents, Korean and Arabic handled by cms::SpaceSearchIndex), sorted on
// raw values, columns chosen from the header's menu. Refresh (F5) reads the list again and only
// applies the difference, so the selection and the scroll position stay. Export writes the rows shown
// to CSV; the Bulk menu deletes the selected spaces or sets one field on them, with a per-space result.
//
// The pane holds no network work for the list: it observes the current cluster's spaces catalog
// and the names of its tenants and profiles, which the cluster's session owns and shares with every
// pane that asks (cms::SessionServices). The first time the pane is shown with an open cluster, it
// starts their first load (unless another pane did); they are kept while the cluster stays open,
// so switching clusters back and forth, or showing the pane again, does not read the list again.
// Progress, Cancel and the last error follow the catalog, whoever started its load. The right-hand
// side, detailsArea(), is left for the space details view.
class SpacesPane : public QWidget
{
    Q_OBJECT
public:
    explicit SpacesPane(QWidget *parent = nullptr);
    ~SpacesPane() override;

    void setCurrentCluster(cms::ClusterSession *session);
    cms::ClusterSession *currentCluster() const { return m_current; }
    // The activity log each bulk change writes to (optional).
    void setActivityLog(cms::ActivityLog *log) { m_log = log; }
    // The names the console keeps for call profiles, shown with their ids in the Call profile column.
    void setProfileLabels(const cms::ProfileLabels *labels);

    // Where the details of the current space go: a stack whose first page is a placeholder ("Select
    // a space…"); add the details view and make it current.
    QStackedWidget *detailsArea() const { return m_details; }
    QTableView *view() const { return m_view; }
    models::SpacesModel *model() const { return m_model; }
    models::SpacesFilterProxyModel *proxy() const { return m_proxy; }
    // The current cluster's catalog, while it is open (null otherwise).
    cms::SpaceCatalog *catalog() const;

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *deleteSelectedAction() const { return m_deleteAction; }
    QAction *setFieldAction() const { return m_setFieldAction; }
    QAction *newSpaceAction() const { return m_newSpaceAction; }
    QAction *startMeetingAction() const { return m_startMeetingAction; }
    QAction *checkGuestAccessAction() const { return m_checkGuestAccessAction; }
    QAction *guestHostAction() const { return m_guestHostAction; }

    // The ids of the selected spaces, in view order.
    QStringList selectedSpaceIds() const;
    void selectSpaces(const QStringList &ids);

    // Writes the rows shown, in view order, with the visible columns in their order, to a CSV file.
    // Returns false (and says why in the progress line) when the file cannot be written.
    bool exportTo(const QString &path);
    // Test seams: what the Bulk menu runs once its dialogs are answered.
    cms::BulkSpaceChange *runBulkDelete();
    cms::BulkSpaceChange *runBulkSetField(const QString &field, const QString &value);

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    void currentSpaceChanged(cms::ClusterSession *session, const QString &spaceId);
    void newSpaceRequested();
    // Start Meeting on the current space: the Live section asks how and starts it.
    void startMeetingRequested(const QString &spaceId);
    // "Why can't my guests get in?" was chosen on the current space.
    void guestAccessCheckRequested(const QString &spaceId);
    // Guest and Host Access on the selected spaces (none selected: a new space).
    void guestHostRequested(const QStringList &spaceIds);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void watchVisibleRows();
    void requestVisibleDetails();
    void observeServices();
    void ensureLoaded();
    void updateProgress();
    void updateActions();
    void refresh();
    void cancelLoading();
    void chooseExportFile();
    void confirmDelete();
    void chooseField();
    cms::BulkSpaceChange *startBulk(const QList<cms::BulkSpaceChange::Target> &targets,
                                    const std::function<void(cms::BulkSpaceChange &)> &configure);
    QList<cms::BulkSpaceChange::Target> selectedTargets() const;
    void showColumnsMenu(const QPoint &pos);
    void currentRowChanged();

    QPointer<cms::ActivityLog> m_log;
    models::SpacesModel *m_model;
    models::SpacesFilterProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QTableView *m_view;
    QTimer *m_visibleRowsTimer = nullptr;
    QLabel *m_progress;
    QPushButton *m_cancelButton;
    QStackedWidget *m_details;
    QLabel *m_detailsPlaceholder;   // first page of m_details until the details view is plugged in
    QSplitter *m_splitter;
    QAction *m_findAction;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QAction *m_deleteAction;
    QAction *m_setFieldAction;
    QAction *m_startMeetingAction;
    QAction *m_checkGuestAccessAction;
    QAction *m_newSpaceAction;
    QAction *m_guestHostAction;
    QMenu *m_bulkMenu;
    QToolButton *m_bulkButton;
    QPointer<QFileDialog> m_exportDialog;
    QPointer<cms::ClusterSession> m_current;
    QPointer<cms::SpaceCatalog> m_catalog;   // the current cluster's services, while it is open
    QPointer<cms::ObjectNames> m_names;
    QPointer<const cms::ProfileLabels> m_labels;
    QString m_exportProblem;   // shown in the progress line after a failed export
    QString m_lastSpaceId;
    bool m_splitterSized = false;   // by restoreState() or the first show
};

} // namespace views
