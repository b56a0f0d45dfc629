#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace views {

class GuestHostWizard;

// The wizard's plan page, before anything changes: the planner's notes (which profiles are reused
// as they are, and why) and each API step in words with its exact parameters, secrets masked. For
// several spaces, one branch per space. A refused plan says why (and Next stays disabled for one
// space; with several, the refused spaces are left out of the run). A space already set up says that
// nothing needs changing. Planning reads the cluster in the background.
class GuestHostPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuestHostPlanPage(GuestHostWizard *wizard);

    QTreeWidget *planTree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }
    bool isPlanned() const { return m_planned; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void planShown();

private:
    void showEntry(int index);
    void finishPlan();
    QTreeWidgetItem *addLine(QTreeWidgetItem *parent, const QString &text, int kind);

    GuestHostWizard *m_wizard;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QLabel *m_status;
    bool m_planned = false;
    bool m_runnable = false;
};

} // namespace views
