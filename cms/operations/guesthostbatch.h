#pragma once

#include "config/guesthostsettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cms {

class Connection;
class GuestHostOperation;
struct OperationResult;

// One guest/host pattern applied to one or several spaces (the wizard's "apply to many"): one
// GuestHostOperation per space, strictly one after the other, each with its own result. plan()
// plans every space without changing anything (the wizard's plan page); run() then applies them in
// order. The first space runs the very plan shown; each later one is planned again just before it
// runs, so that a call leg profile created for an earlier space is reused, not created once more.
// A space that fails (refused, or a step failed and was undone) does not stop the next ones.
class GuestHostBatch : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        enum class State {
            Waiting,          // not planned or not run yet
            Planned,          // plan(): has steps to run
            NothingToChange,  // already set up: the plan has no step (before or after run())
            Refused,          // the plan is refused (refusals), or the cluster could not be read (message)
            Done,             // run(): every step done and read back
            RolledBack,       // run(): a step failed and everything done was undone (message)
            NotUndone,        // run(): a step failed and some undo failed too (message, leftBehind)
        };

        QString name;                         // as shown: the space's name (or the new space's)
        GuestHostSettings settings;
        State state = State::Waiting;
        QStringList steps;                    // the planned steps in words (secrets masked)
        QStringList notes;                    // what is reused, and why
        QList<GuestHostIssue> refusals;  // why the plan is refused, by field
        QString message;                      // refused or failed: why, for a person
        QStringList leftBehind;               // NotUndone: what could not be undone
        QString spaceId;                      // after run(): the space set up (the new one's id)
    };

    GuestHostBatch(Connection &connection, QList<Entry> entries, QObject *parent = nullptr);
    ~GuestHostBatch() override;

    const QList<Entry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    bool isBusy() const { return m_busy; }
    // Stops after the space under way; that space's operation stops at its next step and undoes.
    void cancel();

    void plan();
    void run();

Q_SIGNALS:
    void entryStarted(int index);
    void entryPlanned(int index);
    void planFinished();
    // While run() applies space `index`: its step `step` of `total` begins.
    void stepStarted(int index, int step, int total, const QString &description);
    void undoStarted(int index, const QString &description);
    void entryFinished(int index);
    void runFinished();

private:
    void planNext();
    void runNext();
    GuestHostOperation *newOperation(int index);
    void takePlan(int index, GuestHostOperation *operation);
    void takeResult(int index, GuestHostOperation *operation, const OperationResult &result);

    QPointer<Connection> m_connection;
    QList<Entry> m_entries;
    QPointer<GuestHostOperation> m_firstPlanned;   // the first space's plan, run as shown
    QPointer<GuestHostOperation> m_current;
    int m_next = 0;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace cms
