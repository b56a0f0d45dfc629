#pragma once

#include "config/guesthostsettings.h"

#include <QList>
#include <QPointer>
#include <QWizard>

namespace cms {
class ClusterSession;
class Connection;
class GuestHostBatch;
} // namespace cms

namespace views {

class GuestHostDetailsPage;
class GuestHostPatternPage;
class GuestHostPlanPage;
class GuestHostRunPage;
class GuestHostVerifyPage;

// "Guest and Host Access" (issue 14): gives spaces separate guest and host access with one of the four
// patterns of cms-api.md section 8, on a new space, on one space or on several at once ("apply to
// many"). Pages: the pattern (with a diagram of each), its details (checked as typed, and against the
// cluster by planning in the background), the plan in words before anything changes, the run with
// its progress (undone on failure), and a read-back of what a guest and the host now get.
//
// Apply to many: every space keeps its own URI and call ID. Of what must differ between spaces, the
// hosts' URI (pattern 1) and the hosts' call ID (patterns 1 to 3) are made from each space's own by
// adding a suffix typed once ("board" + ".host"); with no suffix, no such value is set. The planner
// still refuses a space whose made-up value another space has, and that space alone.
class GuestHostWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PatternPageId, DetailsPageId, PlanPageId, RunPageId, VerifyPageId };

    // A space the wizard works on, as the Spaces list shows it.
    struct Target
    {
        QString id;
        QString name;
        QString uri;
        QString callId;
    };

    // No target: a new space. One: that space. Several: apply to many.
    GuestHostWizard(cms::ClusterSession *session, QList<Target> targets, QWidget *parent = nullptr);
    ~GuestHostWizard() override;

    cms::ClusterSession *session() const;
    cms::Connection *connection() const;
    const QList<Target> &targets() const { return m_targets; }
    bool isNewSpace() const { return m_targets.isEmpty(); }
    bool isMany() const { return m_targets.size() > 1; }

    // What the pages chose: the pattern, and the details (for many, hostUri and hostCallId hold the suffixes).
    cms::GuestHostSettings &form() { return m_form; }
    const cms::GuestHostSettings &form() const { return m_form; }
    // The settings for one space (target index; 0 for a new space), the suffixes applied.
    cms::GuestHostSettings settingsFor(int index) const;
    // What the details page checks: settingsFor(0); for many, as for a space with a URI and a call ID.
    cms::GuestHostSettings sampleSettings() const;
    // "the space “Board”", "3 spaces", "a new space": what the wizard works on, translated.
    QString targetText() const;

    // The spaces' operations, made afresh by the plan page (the run page runs them); null before.
    cms::GuestHostBatch *batch() const;
    cms::GuestHostBatch *newBatch();

    GuestHostPatternPage *patternPage() const { return m_patternPage; }
    GuestHostDetailsPage *detailsPage() const { return m_detailsPage; }
    GuestHostPlanPage *planPage() const { return m_planPage; }
    GuestHostRunPage *runPage() const { return m_runPage; }
    GuestHostVerifyPage *verifyPage() const { return m_verifyPage; }

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    // The run changed the cluster (the Spaces list reads it again).
    void spacesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    cms::GuestHostSettings settingsForTarget(const Target &target) const;
    void retranslateUi();

    QPointer<cms::ClusterSession> m_session;
    QList<Target> m_targets;
    cms::GuestHostSettings m_form;
    QPointer<cms::GuestHostBatch> m_batch;
    GuestHostPatternPage *m_patternPage;
    GuestHostDetailsPage *m_detailsPage;
    GuestHostPlanPage *m_planPage;
    GuestHostRunPage *m_runPage;
    GuestHostVerifyPage *m_verifyPage;
};

} // namespace views
