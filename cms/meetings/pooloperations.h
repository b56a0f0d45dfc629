#pragma once

#include "meetings/placeholderpool.h"
#include "operations/operation.h"

#include <QString>

#include <functional>
#include <memory>

namespace cms {

// Work on a placeholder pool through bulk syncs (cms-api.md section 4 "Bulk spaces"): a sync is
// POSTed, then followed (GET /cospaceBulkSyncs/<id>, on a timer) until it is complete or failed; a
// failed status is the step's failure, in its own sentence (BulkSyncStatus). Status changes come as
// syncStatusChanged() while a sync runs.
class PoolBulkOperation : public Operation
{
    Q_OBJECT
public:
    using Operation::Operation;

    // How often a running sync is read: starts at `firstMs` and doubles up to `maxMs`.
    void setPollIntervals(int firstMs, int maxMs);
    const PlaceholderPool &pool() const { return m_pool; }

Q_SIGNALS:
    // `sentence` is translated.
    void syncStatusChanged(const QString &status, const QString &sentence);

protected:
    using SetId = std::shared_ptr<QString>;

    // Undone by deleting the set it made.
    void addCreateSetStep(const PlaceholderPool::Range &range, const SetId &setId);
    // Undone by deleting the set again (a new one with the same parameters, whose id goes in setId).
    void addDeleteSetStep(const PlaceholderPool::Range &range, const SetId &setId);
    // A sync of the set; `removeAll` removes the set's spaces. Undone by the opposite sync.
    void addSyncStep(const PlaceholderPool::Range &range, const SetId &setId, bool removeAll);
    // Reads the pools on the server; `found` gets them, or `done` the error.
    void readPools(const Completion &done, const std::function<void(const QList<PlaceholderPool> &)> &found);

    PlaceholderPool m_pool;

private:
    void runSync(OperationStep *step, const PlaceholderPool::Range &range, const QString &setId, bool removeAll,
                 const Completion &done);
    void follow(OperationStep *step, const PlaceholderPool::Range &range, const QString &syncId, int delayMs,
                const QString &lastStatus, const Completion &done);

    int m_firstPollMs = 50;
    int m_maxPollMs = 1000;
};

// Creates a pool (Mode::Create: its first range, from `firstIndex`) or grows one (Mode::Grow: a new
// range after its last index, with the pool's own profiles): a bulk parameter set with the patterns
// (non-members not allowed), then its bulk sync followed to its end. When the sync fails, the spaces
// it may have made are removed (a removeAll sync) and the parameter set deleted.
class PoolAddRangeOperation : public PoolBulkOperation
{
    Q_OBJECT
public:
    enum class Mode { Create, Grow };

    // For Grow, `pool` names the pool by its name pattern; its other fields are read from the server.
    PoolAddRangeOperation(Connection &connection, Mode mode, PlaceholderPool pool, int count, int firstIndex = 1,
                          QObject *parent = nullptr);

    PlaceholderPool::Range range() const { return m_range; }
    QString parameterSetId() const { return m_setId ? *m_setId : QString(); }

protected:
    void buildPlan(const Completion &done) override;

private:
    Mode m_mode;
    int m_count;
    PlaceholderPool::Range m_range;
    SetId m_setId = std::make_shared<QString>();
};

// Removes a pool (named by its name pattern): for each range, a removeAll bulk sync followed to its
// end, then the parameter set deleted. Refused while a placeholder holds a meeting. Undone by syncing
// the range again (the placeholders come back as new spaces: new ids and secrets).
class PoolRemoveOperation : public PoolBulkOperation
{
    Q_OBJECT
public:
    PoolRemoveOperation(Connection &connection, QString nameMapping, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    QString m_nameMapping;
};

} // namespace cms
