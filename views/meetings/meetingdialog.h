#pragma once

#include "meetings/meetingoperations.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <utility>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;

namespace cms {
class Connection;
} // namespace cms

namespace views {

class AddressLists;
class AddressListEdit;
class MeetingLegsModel;

// Starts, extends or ends a scheduled meeting on one space (cms::MeetingStartOperation and its
// siblings, issue 15): the values asked for the mode (Start: name, passcode, call bridge and the
// addresses to dial, typed, pasted, loaded from a file or from a saved list; Extend: name and
// passcode, blank keeping what the space has; End: the placeholder name put back), then Preview shows
// the operation's steps in words (passcodes masked) and its notes before anything changes, and Run
// sends them with progress, each dialled call's state in a table (Start). The outcome says what was
// done, or which step failed and what was undone or is left; a call bridge that fails is reported as
// such, the meeting never moved to another one. The dialog cannot be closed while the run is under
// way. Nothing waits: every read and write is the operation's, answered in the event loop.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Start, Extend, End };

    MeetingDialog(cms::Connection &connection, Mode mode, QString spaceId, QString spaceLabel, QWidget *parent = nullptr);
    ~MeetingDialog() override;

    Mode mode() const { return m_mode; }
    // Where the saved address lists are kept (the console's settings, for every cluster alike);
    // without settings the saved-list controls are hidden. Only addresses are ever written there.
    void setSettings(QSettings *settings);

    // Reads the cluster and shows the plan for the values typed; nothing is changed.
    void preview();
    // Runs the plan shown.
    void run();
    bool isRunning() const { return m_running; }
    // Replaces the addresses with those of a text file (one per line, or separated by commas or
    // semicolons); says why when it cannot be read.
    void loadAddressesFromFile(const QString &path);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passcodeEdit() const { return m_passcode; }
    QCheckBox *showPasscodeBox() const { return m_showPasscode; }
    QComboBox *bridgeChoice() const { return m_bridge; }
    AddressListEdit *addressEdit() const { return m_addresses; }
    QLabel *addressProblemsLabel() const { return m_addressProblems; }
    QComboBox *savedListChoice() const { return m_savedLists; }
    QPushButton *loadFileButton() const { return m_loadFile; }
    QPushButton *loadListButton() const { return m_loadList; }
    QPushButton *saveListButton() const { return m_saveList; }
    QPushButton *deleteListButton() const { return m_deleteList; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *runButton() const { return m_run; }
    QListWidget *planList() const { return m_plan; }
    QLabel *notesLabel() const { return m_notes; }
    QTableView *legsView() const { return m_legsView; }
    MeetingLegsModel *legsModel() const { return m_legs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    cms::MeetingOperation *operation() const { return m_operation; }

    void reject() override;

Q_SIGNALS:
    void planShown();                                      // the steps are shown, Run is offered
    void runFinished(const cms::OperationResult &result);  // a preview refused or a run ended
    void meetingChanged();                                 // a run succeeded: the space and its call changed

private:
    void buildStartFields();
    void buildExtendFields();
    void buildEndFields();
    // The passcode's field and its Show box, and their label, for the mode's layout to place.
    std::pair<QLabel *, QHBoxLayout *> addPasscodeField(const QString &description);
    void discardPlan();
    bool checkFields();
    cms::MeetingOperation *makeOperation();
    void followLegs();
    void showPlan();
    void showResult(const cms::OperationResult &result);
    QString describeOutcome(const cms::OperationResult &result) const;
    void updateAddressProblems();
    void refreshSavedLists(const QString &current = {});
    void askListName();
    void loadSavedList();
    void deleteSavedList();
    void chooseFile();
    void updateButtons();
    void say(const QString &text);           // the status line
    void showOutcome(const QString &text);

    QPointer<cms::Connection> m_connection;
    Mode m_mode;
    QString m_spaceId;
    QString m_spaceLabel;
    QPointer<QSettings> m_settings;
    std::unique_ptr<AddressLists> m_lists;

    QWidget *m_fields;
    QLabel *m_intro;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_passcode = nullptr;
    QCheckBox *m_showPasscode = nullptr;
    QComboBox *m_bridge = nullptr;
    AddressListEdit *m_addresses = nullptr;
    QLabel *m_addressProblems = nullptr;
    QWidget *m_savedRow = nullptr;
    QComboBox *m_savedLists = nullptr;
    QPushButton *m_loadFile = nullptr;
    QPushButton *m_loadList = nullptr;
    QPushButton *m_saveList = nullptr;
    QPushButton *m_deleteList = nullptr;
    QLabel *m_notes;
    QLabel *m_planLabel;
    QListWidget *m_plan;
    QLabel *m_legsLabel;
    QTableView *m_legsView;
    MeetingLegsModel *m_legs;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_result;
    QPushButton *m_preview;
    QPushButton *m_run;
    QPushButton *m_close;

    QPointer<cms::MeetingOperation> m_operation;
    QStringList m_dialled;      // the addresses of the plan shown (Start)
    QStringList m_undone;       // the steps undone after a failure, in the order they were undone
    bool m_running = false;
    bool m_done = false;        // a run succeeded: nothing more to do but close
    bool m_filling = false;     // the dialog itself fills a field in: the plan shown stays
};

} // namespace views
