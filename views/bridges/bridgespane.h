#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QPoint;
class QSplitter;
class QToolBar;
class QTreeView;

namespace cms {
class ClusterRegistry;
class ClusterSession;
}

namespace models {
class BridgesModel;
class CallLegsHistory;
}

namespace views {

class CallLegsChartView;
class RawValueSortProxyModel;

// The Bridges section: every cluster with its call bridges (what /system/status says and how the
// console sees each one), the selected cluster's active call legs over time below, and one line of
// details about the selected bridge (why it is down, when it last answered). Columns sort on raw
// values and can be hidden from the header's context menu; "Refresh" checks the bridges now.
class BridgesPane : public QWidget
{
    Q_OBJECT
public:
    BridgesPane(cms::ClusterRegistry &registry, models::BridgesModel &model, QWidget *parent = nullptr);
    ~BridgesPane() override;

    // Selects the cluster's row and scrolls to it; the chart follows. nullptr clears the selection.
    void setCurrentCluster(cms::ClusterSession *session);
    cms::ClusterSession *currentCluster() const;
    int currentEndpoint() const;   // -1 when a cluster row (or nothing) is selected

    QAction *refreshAction() const { return m_refreshAction; }
    QTreeView *view() const { return m_view; }
    CallLegsChartView *chart() const { return m_chart; }
    // The call legs history of a cluster of the registry (kept while the console runs).
    models::CallLegsHistory *history(cms::ClusterSession *session) const
    {
        return m_histories.value(session);
    }

    // Column visibility, order, widths and sort order, and the chart's share of the height.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    void currentClusterChanged(cms::ClusterSession *session);
    void currentBridgeChanged(cms::ClusterSession *session, int endpointIndex);   // -1: the cluster row

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void followRegistry();
    void addHistory(cms::ClusterSession *session);
    // The session may be half destroyed: only its address is used.
    void removeHistory(cms::ClusterSession *session);
    void expandInserted(const QModelIndex &parent, int first, int last);
    void currentRowChanged(const QModelIndex &current);
    void followCurrentSession();
    void refresh();
    void showColumnsMenu(const QPoint &pos);
    void updateDetails();
    QString detailsText() const;
    QString bridgeName(cms::ClusterSession *session, int endpointIndex) const;

    cms::ClusterRegistry &m_registry;
    models::BridgesModel &m_model;
    RawValueSortProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QLabel *m_detailsLabel;
    CallLegsChartView *m_chart;
    QSplitter *m_splitter;
    QAction *m_refreshAction;
    QPointer<cms::ClusterSession> m_current;
    QList<QMetaObject::Connection> m_currentConnections;   // to m_current, for the details line
    QHash<cms::ClusterSession *, models::CallLegsHistory *> m_histories;   // children of this pane
    bool m_splitterSized = false;   // by restoreState() or the first show
};

} // namespace views
