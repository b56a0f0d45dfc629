#pragma once

#include "config/configstep.h"
#include "operations/operation.h"

#include <QHash>
#include <QList>

namespace cms {

// Runs planned configuration changes (ConfigStep) as an Operation: each step POSTs or PUTs, then
// reads the object back and compares what was sent; on a failure the steps done so far are undone
// in reverse order: a created object is deleted, a changed object gets its old values back. The
// result's message then says which step failed and that nothing is left behind, or exactly what is.
class ConfigStepsOperation : public Operation
{
    Q_OBJECT
public:
    // `steps` are added when the operation plans; a subclass may plan its own instead (addConfigSteps).
    explicit ConfigStepsOperation(Connection &connection, QList<ConfigStep> steps = {}, QObject *parent = nullptr);

    // The id of the object the step named `ref` created; empty before it ran (or when undone).
    QString createdId(const QString &ref) const { return m_created.value(ref); }

protected:
    void buildPlan(const Completion &done) override;
    void describeFailure(OperationResult &result) override;
    void addConfigSteps(const QList<ConfigStep> &steps);
    // `text` with each reference to a created object replaced by its id.
    QString resolve(const QString &text) const;

private:
    void addConfigStep(const ConfigStep &step);
    Schema::Params resolved(const Schema::Params &params) const;
    // Reads `path` back and checks it holds `params`.
    void readBack(OperationStep *step, const QString &path, const Schema::Params &params, const Completion &done);

    QList<ConfigStep> m_initial;
    QList<ConfigStep> m_planned;
    QHash<QString, QString> m_created;   // ref → id
};

} // namespace cms
