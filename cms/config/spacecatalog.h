#pragma once

#include "api/cmserror.h"
#include "config/spacerecord.h"
#include "config/spacesearchindex.h"
#include "config/spacestore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cms {

class CollectionPager;
class Connection;
class SpaceDetailsReader;

// Every space of a cluster, held in memory for the spaces table and searched as the user types.
//
// Rows. Records are kept in a stable order: the order the pager gives them on the first load, new
// spaces appended at the end on a refresh. record(row) and count() read them; rowOf(id) finds one.
// searchIndex() is kept in step with the rows, so a search answers with current row numbers.
//
// Observers. One catalog per open cluster session, shared by every pane that shows spaces
// (cms::SessionServices owns it): whoever looks at it can tell at any moment what its load is doing
// — isLoading(), loadedCount() and expectedTotal() as last reported, lastError() — and hears each
// change through loadStarted(), progress() and finished(), whoever started the load.
//
// Loading. load() reads the whole collection with a CollectionPager (pages in parallel over the
// cluster's bridges), reporting loadStarted(), then progress(loaded, total) — loaded never goes
// back, even when the pager reads the list again because it changed meanwhile — and finished(error)
// once; error is Cancelled after cancel(). loadOnce() is the first load only, for observers that
// need the rows (a pane when it is shown): after that, and also after a failed or cancelled first
// load, only refresh() reads again. On a first load (no rows held) spaces are appended as they
// arrive, in arrival order, and a cancelled or failed first load keeps what arrived. When the list
// changed while a first load read it, the rows may hold spaces that went away meanwhile: the load
// goes on as a refresh (below) before it finishes, so that its rows are the list's. A refresh (rows
// held) changes nothing until the whole list is read, then reports the difference; a cancelled or
// failed refresh leaves the rows as they were.
//
// Changes. Whenever the rows change — the first load, a refresh, a load that ends differently from
// what was shown — the catalog says so in the terms of an item model, so that a model adapter only
// forwards them (begin…/end…) and the view keeps its selection and scroll position:
//   1. rowsChanged(first, count): records replaced in place (a rename, a new URI…), same id, same row;
//   2. rowsAboutToBeRemoved(first, count) then rowsRemoved(first, count): spaces gone, one
//      contiguous range at a time, from the last rows upwards, so the row numbers of every range
//      still to come stay valid;
//   3. rowsAboutToBeInserted(first, count) then rowsArrived(first, count): new spaces, always
//      appended at the end (first == count() before the insertion).
// Within one update the three steps come in that order. At an "about to" signal the rows are still
// as they were (the rows about to go can be read); at its partner the change is done. rowOf() is
// current again after the last signal of an update.
//
// Details. A list does not carry every field (SpaceRecord). requestDetails(rows) reads the object of
// those rows — meant for the rows the user is looking at, never all 100,000 — through a
// SpaceDetailsReader (at most DefaultMaxInFlight reads at once; rows whose details are Current, or
// already being read, are not asked again). Those rows are the ones wanted now: what was still queued
// for earlier rows is dropped; reads under way finish. cancelDetails() drops the queue too, and the
// rows to read again after a refresh (below). Each answer
// updates its row, reported with rowsChanged(row, 1); a failed read leaves the row as it was (asked
// again by the next requestDetails). A refresh keeps the details read so far, shown as they were (no
// flash back to "unknown"), but marks them Stale, since a list cannot tell whether they changed; once
// the refresh is done, the rows last asked for are read again.
class SpaceCatalog : public QObject
{
    Q_OBJECT
public:
    explicit SpaceCatalog(Connection &connection, QObject *parent = nullptr);
    ~SpaceCatalog() override;

    // Reads every space. With rows already held, this is a refresh: see "Changes" above. A load
    // already running is cancelled first.
    void load();
    void refresh() { load(); }
    // load(), unless a load was started already.
    void loadOnce();
    void cancel();
    bool isLoading() const { return m_pager != nullptr; }
    bool wasLoadStarted() const { return m_loadStarted; }
    // The last progress(): spaces read so far, and all the spaces (-1 until the first page says).
    qint64 loadedCount() const { return m_loaded; }
    qint64 expectedTotal() const { return m_total; }
    // How the last load ended: no error while one is running, after success, or before any.
    const CmsError &lastError() const { return m_lastError; }

    int count() const { return m_spaces.size(); }
    // The row as a record, made on demand (the rows are kept compactly: spacestore.h); spaces()
    // reads one field of a row without making the rest.
    SpaceRecord record(int row) const { return m_spaces.record(row); }
    const SpaceStore &spaces() const { return m_spaces; }
    int rowOf(const QString &id) const { return m_spaces.rowOf(id); }
    const SpaceSearchIndex &searchIndex() const { return m_index; }

    // Reads the object of the given rows for the fields a list does not carry: see "Details" above.
    // Rows out of range are ignored. The list form is for a sorted or filtered view, whose visible
    // rows are scattered over the catalog's.
    void requestDetails(const QList<int> &rows);
    void requestDetails(int firstRow, int lastRow);   // firstRow..lastRow, clamped
    void cancelDetails();
    SpaceDetailsReader &detailsReader() { return *m_details; }

Q_SIGNALS:
    void rowsChanged(int first, int count);
    void rowsAboutToBeRemoved(int first, int count);
    void rowsRemoved(int first, int count);
    void rowsAboutToBeInserted(int first, int count);
    void rowsArrived(int first, int count);
    void loadStarted();
    void progress(qint64 loaded, qint64 total);
    void finished(const cms::CmsError &error);

private:
    // Streaming: a first load, whose rows are appended as they arrive (the pager keeps no items).
    // Otherwise a refresh: the pager's items, once complete, are reconciled with the rows.
    void startPager(bool streaming);
    void onPagerProgress(qint64 received, qint64 total);
    void onPagerFinished();
    void finish(const CmsError &error);
    // On a first load, spaces are shown as they arrive: appended, those already held skipped.
    void appendArrived(const QList<CmsNode> &items);
    // Makes the rows the given list (the collection as just read), reporting the difference.
    void reconcile(std::vector<SpaceRecord> &&fresh);
    void replaceRows(const std::vector<std::pair<int, SpaceRecord>> &changes);
    void removeRows(const std::vector<bool> &keep);
    void appendRows(std::vector<SpaceRecord> &&added);
    void onDetailsRead(const QString &id, const CmsNode &object);

    QPointer<Connection> m_connection;   // weakly: once gone, a load ends as Cancelled
    CollectionPager *m_pager = nullptr;   // child; while loading
    qint64 m_loaded = 0;
    qint64 m_total = -1;
    bool m_loadStarted = false;
    CmsError m_lastError;
    bool m_streaming = false;   // a first load: rows are appended as they arrive

    SpaceStore m_spaces;
    SpaceSearchIndex m_index;

    SpaceDetailsReader *m_details = nullptr;   // child
    // The spaces last given to requestDetails(), read again after a refresh.
    QStringList m_detailsWanted;
};

} // namespace cms
