#include "operations/guesthostbatch.h"

#include "net/connection.h"
#include "operations/guesthostoperation.h"

namespace cms {

using State = GuestHostBatch::Entry::State;
using Outcome = OperationResult::Outcome;

GuestHostBatch::GuestHostBatch(Connection &connection, QList<Entry> entries, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
    , m_entries(std::move(entries))
{
}

GuestHostBatch::~GuestHostBatch() = default;

GuestHostOperation *GuestHostBatch::newOperation(int index)
{
    return new GuestHostOperation(*m_connection, m_entries.at(index).settings, this);
}

void GuestHostBatch::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

void GuestHostBatch::plan()
{
    if (m_busy || !m_connection)
        return;
    m_busy = true;
    m_cancelled = false;
    m_next = 0;
    if (m_firstPlanned)
        m_firstPlanned->deleteLater();
    planNext();
}

void GuestHostBatch::takePlan(int index, GuestHostOperation *operation)
{
    Entry &entry = m_entries[index];
    entry.steps = operation->preview();
    entry.notes = operation->planResult().notes;
    entry.refusals = operation->planResult().refusals;
    entry.message.clear();
    entry.leftBehind.clear();
}

void GuestHostBatch::planNext()
{
    if (m_cancelled || m_next >= count() || !m_connection) {
        m_busy = false;
        Q_EMIT planFinished();
        return;
    }
    const int index = m_next++;
    GuestHostOperation *operation = newOperation(index);
    m_current = operation;
    Q_EMIT entryStarted(index);
    connect(operation, &Operation::planned, this, [this, index, operation] {
        operation->disconnect(this);   // run() listens afresh
        takePlan(index, operation);
        m_entries[index].state = operation->stepCount() == 0 ? State::NothingToChange : State::Planned;
        // The first space's plan is kept and run as shown; the others are planned again when they run.
        if (index == 0)
            m_firstPlanned = operation;
        else
            operation->deleteLater();
        Q_EMIT entryPlanned(index);
        planNext();
    });
    connect(operation, &Operation::finished, this, [this, index, operation](const OperationResult &result) {
        if (operation->state() != Operation::State::Finished || result.outcome != Outcome::Refused)
            return;
        takePlan(index, operation);
        m_entries[index].state = State::Refused;
        m_entries[index].message = result.message;
        operation->deleteLater();
        Q_EMIT entryPlanned(index);
        planNext();
    });
    operation->plan();
}

void GuestHostBatch::run()
{
    if (m_busy || !m_connection)
        return;
    m_busy = true;
    m_cancelled = false;
    m_next = 0;
    runNext();
}

void GuestHostBatch::takeResult(int index, GuestHostOperation *operation, const OperationResult &result)
{
    Entry &entry = m_entries[index];
    takePlan(index, operation);
    entry.spaceId = operation->spaceId();
    entry.message = result.message;
    entry.leftBehind = result.undoProblems;
    switch (result.outcome) {
    case Outcome::Succeeded:
        entry.state = operation->stepCount() == 0 ? State::NothingToChange : State::Done;
        break;
    case Outcome::Refused:
        entry.state = State::Refused;
        break;
    case Outcome::RolledBack:
        entry.state = State::RolledBack;
        break;
    case Outcome::RollbackIncomplete:
    case Outcome::Cancelled:
        entry.state = State::NotUndone;
        break;
    }
}

void GuestHostBatch::runNext()
{
    if (m_cancelled || m_next >= count() || !m_connection) {
        m_busy = false;
        Q_EMIT runFinished();
        return;
    }
    const int index = m_next++;
    GuestHostOperation *operation = nullptr;
    if (index == 0 && m_firstPlanned && m_firstPlanned->state() == Operation::State::Planned)
        operation = m_firstPlanned;
    else
        operation = newOperation(index);
    m_current = operation;
    Q_EMIT entryStarted(index);
    connect(operation, &Operation::stepStarted, this, [this, index, operation](int step, const QString &description) {
        Q_EMIT stepStarted(index, step, operation->stepCount(), description);
    });
    connect(operation, &Operation::undoStarted, this,
            [this, index](int, const QString &description) { Q_EMIT undoStarted(index, description); });
    connect(operation, &Operation::finished, this, [this, index, operation](const OperationResult &result) {
        takeResult(index, operation, result);
        operation->deleteLater();
        Q_EMIT entryFinished(index);
        runNext();
    });
    operation->execute();
}

} // namespace cms
