#pragma once

#include "config/guesthostplanner.h"
#include "operations/configstepsoperation.h"

namespace cms {

// Applies one of the four guest/host patterns to a space (issue 14): plan() reads the cluster
// (GuestHostReader) and plans (GuestHostPlanner); preview() then lists each step in words with its
// exact parameters, planResult() the notes (what is reused) or why it is refused; execute() runs the
// steps, undoing all of them when one fails.
class GuestHostOperation : public ConfigStepsOperation
{
    Q_OBJECT
public:
    GuestHostOperation(Connection &connection, GuestHostSettings settings, QObject *parent = nullptr);

    const GuestHostSettings &settings() const { return m_settings; }
    const GuestHostPlan &planResult() const { return m_plan; }
    // The space set up: the existing one, or the one created (once created).
    QString spaceId() const;

protected:
    void buildPlan(const Completion &done) override;

private:
    GuestHostSettings m_settings;
    GuestHostPlan m_plan;
};

} // namespace cms
