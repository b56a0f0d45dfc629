#pragma once

#include "config/profileusage.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace cms {
class Connection;
class ProfileRepoint;
struct OperationResult;
} // namespace cms

namespace views {

// "Re-point and delete": the admin chooses the profile that takes over the references (or none), sees
// the planned steps (or why the console refuses: a level it cannot list), and runs them with progress.
// A failure puts everything back; the result says so. While it runs, the dialog does not close: Cancel
// stops at the next step and undoes what was done.
class ProfileRepointDialog : public QDialog
{
    Q_OBJECT
public:
    using Candidate = QPair<QString, QString>;   // id, name as the list shows it

    ProfileRepointDialog(cms::Connection &connection, cms::ProfileUsageFinder::Kind kind, QString profileId,
                         QString profileName, const QList<Candidate> &candidates, QWidget *parent = nullptr);
    ~ProfileRepointDialog() override;

    QComboBox *replacementBox() const { return m_replacement; }
    QListWidget *previewList() const { return m_preview; }
    QPushButton *runButton() const { return m_run; }
    bool isPlanned() const { return m_planned; }

    void reject() override;

Q_SIGNALS:
    // A plan is shown (or its refusal): for tests and screenshots.
    void planShown();
    // The profile was deleted after its references were re-pointed.
    void profileDeleted(const QString &id);
    void runFinished(bool ok);

private:
    void plan();
    void showLines(const QStringList &lines);
    void run();
    void showResult(const cms::OperationResult &result);

    QPointer<cms::Connection> m_connection;
    cms::ProfileUsageFinder::Kind m_kind;
    QString m_id;
    QString m_name;
    QComboBox *m_replacement;
    QLabel *m_explanation;
    QListWidget *m_preview;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_run;
    QPushButton *m_close;
    QPointer<cms::ProfileRepoint> m_operation;
    bool m_planned = false;
    bool m_running = false;
    bool m_done = false;
};

} // namespace views
