#include "operations/guesthostoperation.h"

#include "config/guesthoststate.h"

namespace cms {

GuestHostOperation::GuestHostOperation(Connection &connection, GuestHostSettings settings, QObject *parent)
    : ConfigStepsOperation(connection, {}, parent)
    , m_settings(std::move(settings))
{
}

QString GuestHostOperation::spaceId() const
{
    return m_settings.createsSpace() ? createdId(QStringLiteral("space")) : m_settings.spaceId;
}

void GuestHostOperation::buildPlan(const Completion &done)
{
    auto *reader = new GuestHostReader(connection(), this);
    connect(reader, &GuestHostReader::finished, this, [this, reader, done] {
        reader->deleteLater();
        if (!reader->error().isOk()) {
            done(StepOutcome{reader->error(), {}});
            return;
        }
        m_plan = GuestHostPlanner::plan(m_settings, reader->state());
        if (m_plan.isRefused()) {
            QStringList reasons;
            for (const GuestHostIssue &issue : std::as_const(m_plan.refusals))
                reasons.append(issue.reason);
            done(StepOutcome{{}, reasons.join(QLatin1Char('\n'))});
            return;
        }
        addConfigSteps(m_plan.steps);
        done({});
    });
    reader->read(m_settings.spaceId, GuestHostPlanner::valuesToCheck(m_settings),
                 m_settings.pattern == GuestHostSettings::Pattern::HostIsMember ? m_settings.hostJid : QString());
}

} // namespace cms
