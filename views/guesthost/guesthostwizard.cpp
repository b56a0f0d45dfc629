#include "guesthost/guesthostwizard.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "operations/guesthostbatch.h"
#include "guesthost/guesthostdetailspage.h"
#include "guesthost/guesthostpatternpage.h"
#include "guesthost/guesthostplanpage.h"
#include "guesthost/guesthostrunpage.h"
#include "guesthost/guesthostverifypage.h"

#include <QEvent>

namespace views {

using Pattern = cms::GuestHostSettings::Pattern;
using State = cms::GuestHostBatch::Entry::State;

GuestHostWizard::GuestHostWizard(cms::ClusterSession *session, QList<Target> targets, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_targets(std::move(targets))
    , m_patternPage(nullptr)
    , m_detailsPage(nullptr)
    , m_planPage(nullptr)
    , m_runPage(nullptr)
    , m_verifyPage(nullptr)
{
    setObjectName(QStringLiteral("guestHostWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_patternPage = new GuestHostPatternPage(this);
    m_detailsPage = new GuestHostDetailsPage(this);
    m_planPage = new GuestHostPlanPage(this);
    m_runPage = new GuestHostRunPage(this);
    m_verifyPage = new GuestHostVerifyPage(this);
    setPage(PatternPageId, m_patternPage);
    setPage(DetailsPageId, m_detailsPage);
    setPage(PlanPageId, m_planPage);
    setPage(RunPageId, m_runPage);
    setPage(VerifyPageId, m_verifyPage);
    setStartId(PatternPageId);
    retranslateUi();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 44);
}

GuestHostWizard::~GuestHostWizard() = default;

cms::ClusterSession *GuestHostWizard::session() const
{
    return m_session;
}

cms::Connection *GuestHostWizard::connection() const
{
    return m_session ? m_session->connection() : nullptr;
}

cms::GuestHostBatch *GuestHostWizard::batch() const
{
    return m_batch;
}

cms::GuestHostBatch *GuestHostWizard::newBatch()
{
    if (m_batch) {
        m_batch->cancel();
        m_batch->disconnect();
        m_batch->deleteLater();
    }
    if (!connection())
        return nullptr;
    QList<cms::GuestHostBatch::Entry> entries;
    const int count = isNewSpace() ? 1 : int(m_targets.size());
    for (int i = 0; i < count; ++i) {
        cms::GuestHostBatch::Entry entry;
        entry.settings = settingsFor(i);
        entry.name = isNewSpace() ? m_form.spaceName : m_targets.at(i).name;
        if (entry.name.isEmpty() && !isNewSpace())
            entry.name = m_targets.at(i).id;
        entries.append(entry);
    }
    m_batch = new cms::GuestHostBatch(*connection(), entries, this);
    return m_batch;
}

cms::GuestHostSettings GuestHostWizard::settingsFor(int index) const
{
    return settingsForTarget(m_targets.value(index));
}

cms::GuestHostSettings GuestHostWizard::settingsForTarget(const Target &target) const
{
    cms::GuestHostSettings s = m_form;
    if (isNewSpace())
        return s;
    s.spaceId = target.id;
    s.spaceName.clear();
    if (!isMany())
        return s;
    // Apply to many: each space keeps its URI and call ID; the hosts' are made from them.
    s.spaceUri.clear();
    s.spaceCallId.clear();
    const QString uriSuffix = m_form.hostUri;
    const QString callIdSuffix = m_form.hostCallId;
    s.hostUri = s.pattern == Pattern::DifferentUri && !uriSuffix.isEmpty() && !target.uri.isEmpty()
        ? target.uri + uriSuffix : QString();
    s.hostCallId = s.pattern != Pattern::HostIsMember && !callIdSuffix.isEmpty() && !target.callId.isEmpty()
        ? target.callId + callIdSuffix : QString();
    return s;
}

cms::GuestHostSettings GuestHostWizard::sampleSettings() const
{
    if (!isMany())
        return settingsFor(0);
    const Target &first = m_targets.first();
    return settingsForTarget(Target{first.id, first.name, QStringLiteral("space"), QStringLiteral("1000")});
}

QString GuestHostWizard::targetText() const
{
    if (isNewSpace())
        return tr("a new space");
    if (isMany())
        return tr("%Ln space(s)", nullptr, int(m_targets.size()));
    const Target &target = m_targets.first();
    //: %1: the space's name
    return tr("the space “%1”").arg(models::DisplayFormat::isolated(target.name.isEmpty() ? target.id : target.name));
}

int GuestHostWizard::nextId() const
{
    switch (currentId()) {
    case PatternPageId:
        return DetailsPageId;
    case DetailsPageId:
        return PlanPageId;
    case PlanPageId: {
        // Nothing to change anywhere: straight to the read-back.
        if (!m_batch)
            return RunPageId;
        for (const cms::GuestHostBatch::Entry &entry : m_batch->entries()) {
            if (entry.state == State::Planned)
                return RunPageId;
        }
        return VerifyPageId;
    }
    case RunPageId:
        if (m_batch) {
            for (const cms::GuestHostBatch::Entry &entry : m_batch->entries()) {
                if (entry.state == State::Done || entry.state == State::NothingToChange)
                    return VerifyPageId;
            }
        }
        return -1;
    default:
        return -1;
    }
}

// While changes run, closing would leave a space half set up: stop at the next step and undo instead.
void GuestHostWizard::reject()
{
    if (currentId() == RunPageId && m_batch && m_batch->isBusy()) {
        m_batch->cancel();
        m_runPage->showStopping();
        return;
    }
    if (m_batch)
        m_batch->cancel();
    QWizard::reject();
}

void GuestHostWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void GuestHostWizard::retranslateUi()
{
    setWindowTitle(tr("Guest and Host Access"));
    setButtonText(QWizard::CommitButton, tr("&Apply"));
}

} // namespace views
