#pragma once

#include "api/cmserror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace cms {

struct CmsNode;
class CmsReply;
class CollectionPager;
class Connection;

// One configuration object as the server reported it: its id and the plain fields it sets.
struct GuestHostObject
{
    QString id;
    QHash<QString, QString> fields;   // unset fields are absent

    QString value(const QString &field) const { return fields.value(field); }
    bool isValid() const { return !id.isEmpty(); }
};

// What the guest/host planner and check need to know of a cluster, read by GuestHostReader (tests
// may build it by hand).
struct GuestHostState
{
    QList<GuestHostObject> callLegProfiles;   // all of them, in list order
    QList<GuestHostObject> callProfiles;
    GuestHostObject space;                    // invalid when no space was asked for or it does not exist
    QList<GuestHostObject> accessMethods;     // the space's
    QList<GuestHostObject> members;           // the space's coSpaceUsers
    // For each URI or call ID asked about: the names of the other spaces that use it exactly (as
    // uri, secondaryUri or callId), compared without case.
    QHash<QString, QStringList> usedElsewhere;
    GuestHostObject user;                     // the user asked for, invalid when unknown

    const GuestHostObject *callLegProfile(const QString &id) const { return find(callLegProfiles, id); }
    const GuestHostObject *callProfile(const QString &id) const { return find(callProfiles, id); }

private:
    static const GuestHostObject *find(const QList<GuestHostObject> &list, const QString &id);
};

// Reads a GuestHostState over a Connection, in parallel: every call leg profile and call profile
// (whole lists, then each one's details: list items carry only a summary), the space with its access
// methods and members (details too), GET /coSpaces?filter=<value> for each URI and call ID to check,
// and GET /users?filter=<jid> for a host user. Emits finished() once; error() says why it failed.
class GuestHostReader : public QObject
{
    Q_OBJECT
public:
    explicit GuestHostReader(Connection &connection, QObject *parent = nullptr);
    ~GuestHostReader() override;

    // spaceId empty: no space (a new one). uniqueValues: URIs and call IDs the plan would set.
    void read(const QString &spaceId, const QStringList &uniqueValues = {}, const QString &userJid = {});
    void cancel();

    bool isFinished() const { return m_finished; }
    const CmsError &error() const { return m_error; }
    const GuestHostState &state() const { return m_state; }

Q_SIGNALS:
    void finished();

private:
    using Handler = std::function<void(const CmsNode &)>;
    void get(const QString &path, const Handler &handler);
    // The whole collection (with filters), then handler(items) once.
    void list(const QString &path, const QString &filter, const std::function<void(const QList<CmsNode> &)> &handler);
    // The whole collection, each item read again in full into `into`, in list order.
    void readAll(const QString &path, QList<GuestHostObject> *into);
    void begin() { ++m_pending; }
    void end();
    void fail(const CmsError &error);

    QPointer<Connection> m_connection;
    GuestHostState m_state;
    CmsError m_error;
    int m_pending = 0;
    bool m_finished = false;
    QList<QPointer<CmsReply>> m_replies;
    QList<QPointer<CollectionPager>> m_pagers;
};

} // namespace cms
