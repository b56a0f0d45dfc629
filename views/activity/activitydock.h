#pragma once

#include <QDockWidget>
#include <QModelIndex>

class QAction;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace cms {
class ActivityLog;
class ApiTrace;
}

namespace models {
class ActivityLogModel;
class TraceModel;
}

namespace views {

class SeverityIconProxyModel;

// The Activity dock: what the console said to the servers and what happened.
//  - "API trace": every request and reply (already redacted by cms::ApiTrace), the selected one in
//    full below, "Copy as curl" (secrets come from shell variables, never from the trace) and Clear.
//  - "Operations": the operations log, with the style's severity icons.
// Both tables follow the newest row unless the user has scrolled up to read something older.
class ActivityDock : public QDockWidget
{
    Q_OBJECT
public:
    ActivityDock(cms::ApiTrace &trace, cms::ActivityLog &log, QWidget *parent = nullptr);

    QAction *copyCurlAction() const { return m_copyCurlAction; }
    QAction *clearTraceAction() const { return m_clearTraceAction; }
    QTableView *traceView() const { return m_traceView; }
    QTableView *activityView() const { return m_activityView; }

    // Brings a tab to the front.
    void showTrace();
    void showOperations();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createTraceTab();
    QWidget *createOperationsTab();
    void retranslateUi();
    void updateTraceDetail();
    void copySelectedAsCurl();
    QModelIndex selectedTraceRow() const;

    cms::ApiTrace &m_trace;
    models::TraceModel *m_traceModel;
    models::ActivityLogModel *m_logModel;
    SeverityIconProxyModel *m_logProxy = nullptr;
    QTabWidget *m_tabs;
    QTableView *m_traceView = nullptr;
    QPlainTextEdit *m_traceDetail = nullptr;
    QToolButton *m_copyCurlButton = nullptr;
    QToolButton *m_clearTraceButton = nullptr;
    QTableView *m_activityView = nullptr;
    QAction *m_copyCurlAction;
    QAction *m_clearTraceAction;
    QWidget *m_traceTab = nullptr;
    QWidget *m_operationsTab = nullptr;
};

} // namespace views
