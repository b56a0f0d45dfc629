#pragma once

#include "meetings/placeholderpool.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSettings;
class QSplitter;
class QTableView;
class QToolBar;

namespace cms {
class ClusterSession;
class PlaceholderPoolReader;
class ProfileLabels;
} // namespace cms

namespace models {
class PlaceholderPoolModel;
}

namespace views {

class RawValueSortProxyModel;

// The Meetings page: the cluster's placeholder pools (as a scheduler such as TMS makes them), one
// chosen at the top; its placeholders in a table, each free, in a meeting (with the live participant
// count) or inconsistent (why, in the row's tooltip and in the details under the table); a summary of
// how many are in each state, the reading's progress and any call bridge that did not answer. A pool
// is created, grown or removed through a dialog that shows the plan and follows the bulk sync. A
// meeting on the current placeholder is started, extended or ended through a MeetingDialog (announced
// first by meetingRequested()); the CMS scheduler's set-up assistant opens from here too.
class MeetingsPane : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE(<QDialog>)
public:
    enum class MeetingAction { Start, Extend, End };
    Q_ENUM(MeetingAction)

    explicit MeetingsPane(cms::ProfileLabels *labels = nullptr, QWidget *parent = nullptr);
    ~MeetingsPane() override;

    void setSession(cms::ClusterSession *session);
    // Where the meeting dialogs keep their saved address lists (not secrets); none: no saved lists.
    void setSettings(QSettings *settings) { m_settings = settings; }

    // Tool bar, context menu and the section's menu, in that order (separators included).
    QList<QAction *> actions() const;
    QAction *newPoolAction() const { return m_newPool; }
    QAction *growPoolAction() const { return m_growPool; }
    QAction *removePoolAction() const { return m_removePool; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *startMeetingAction() const { return m_start; }
    QAction *extendMeetingAction() const { return m_extend; }
    QAction *endMeetingAction() const { return m_end; }
    QAction *schedulerAction() const { return m_scheduler; }
    QComboBox *poolChooser() const { return m_pools; }
    QTableView *tableView() const { return m_table; }
    models::PlaceholderPoolModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *bridgeProblemsLabel() const { return m_bridgeProblems; }
    QPlainTextEdit *detailsView() const { return m_details; }
    bool isReading() const { return m_reading; }
    // The pools as last read.
    const QList<cms::PlaceholderPool> &pools() const { return m_poolList; }

    // The table's columns (order, widths, sort) and the splitter, kept between runs; restoreState()
    // returns false and changes nothing for a state it did not write.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    // Reads the chosen pool's placeholders again (after a meeting was started, extended or ended).
    void refreshStates();
    // Reads the pools, then the chosen pool's placeholders.
    void refresh();

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // The user asked for a meeting action on the current placeholder.
    void meetingRequested(views::MeetingsPane::MeetingAction action, const QString &spaceId, const QString &spaceLabel);
    // A reading of the pools and of the chosen pool's placeholders ended (for tests).
    void readFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void poolsRead();
    void statesRead();
    void choosePool();
    void fillPoolChooser();
    void updateSummary();
    void updateDetails();
    void updateActions();
    void setReading(bool reading);
    void openNewPool();
    void openGrowPool();
    void openRemovePool();
    void requestMeeting(MeetingAction action);
    void openMeetingDialog(MeetingAction action, const QString &spaceId, const QString &spaceLabel);
    void openSchedulerAssistant();
    void openDialog(QDialog *dialog, const QString &poolToShow);
    const cms::PlaceholderPool *currentPool() const;
    int currentSourceRow() const;
    QStringList bridgeNames() const;

    cms::ProfileLabels *m_labels;
    QPointer<cms::ClusterSession> m_session;
    models::PlaceholderPoolModel *m_model;
    RawValueSortProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLabel *m_poolLabel;
    QComboBox *m_pools;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_bridgeProblems;
    QLabel *m_error;
    QTableView *m_table;
    QSplitter *m_splitter;
    QLabel *m_detailsLabel;
    QPlainTextEdit *m_details;
    QAction *m_newPool;
    QAction *m_growPool;
    QAction *m_removePool;
    QAction *m_refresh;
    QAction *m_start;
    QAction *m_extend;
    QAction *m_end;
    QAction *m_separator;
    QAction *m_schedulerSeparator;
    QAction *m_scheduler;
    QSettings *m_settings = nullptr;
    QPointer<cms::PlaceholderPoolReader> m_reader;
    QList<cms::PlaceholderPool> m_poolList;
    QString m_chosen;         // the chosen pool's name pattern
    QString m_sizedFor;       // the pool whose columns were fitted to their contents
    QStringList m_problems;   // of the last reading: the bridges that did not answer
    bool m_reading = false;
};

} // namespace views
