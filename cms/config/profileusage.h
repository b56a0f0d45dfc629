#pragma once

#include "api/cmserror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace cms {

class Connection;
class SpaceCatalog;
struct CmsNode;

// Where a profile is referenced, as far as the API lets the console tell, level by level (the levels
// of profile precedence, cms-api.md section 4, and the space templates).
struct ProfileUsage
{
    enum class Level { Global, Tenant, Space, AccessMethod, Member, SpaceTemplate, AccessMethodTemplate };
    static constexpr int LevelCount = 7;

    struct Place
    {
        Level level = Level::Global;
        QString id;          // the object's id (empty for the global profiles)
        QString name;        // as the server names it; may be empty
        QString parentId;    // an access method template: its space template
    };

    // How a level was checked.
    enum class Source {
        Listed,        // every object of the level that uses the profile is in places
        ServerFlag,    // the server's usage summary says some do (or none), without naming them
        PartlyRead,    // only the spaces whose details were read: spacesChecked of spacesKnown
        NotChecked,    // the API offers no way to tell for this profile type
    };

    QList<Place> places;
    Source sources[LevelCount] = {};
    bool flagged[LevelCount] = {};   // ServerFlag levels: the server said "referenced"
    int spacesChecked = 0;
    int spacesKnown = 0;

    int count(Level level) const;
    QList<Place> at(Level level) const;
    Source source(Level level) const { return sources[int(level)]; }
    // Used somewhere the console knows of: a place listed, or a level the server flagged.
    bool isUsed() const;
};

// Finds where one call leg profile, call profile or dial-in security profile is used:
//  - global: GET /system/profiles;
//  - tenants: each tenant's object (their list does not carry the profiles);
//  - spaces: a call leg profile with GET /coSpaces?callLegProfileFilter=<id>, every one listed;
//    the others have no such filter: the spaces of the catalog whose details were read
//    (setSpaceCatalog()), and how many were not;
//  - access methods and members of a call leg profile: GET /callLegProfiles/<id>/usage says whether
//    any do (the server lists them nowhere short of reading every space);
//  - space templates and their access method templates (CMS 2.9): each object read (there are few);
//    a server without them has none.
// All reads run at once; finished() comes once, with usage() or error() (the first failure).
class ProfileUsageFinder : public QObject
{
    Q_OBJECT
public:
    enum class Kind { CallLegProfile, CallProfile, DialInSecurityProfile };

    ProfileUsageFinder(Connection &connection, Kind kind, QString profileId, QObject *parent = nullptr);

    // Spaces known to the console, for the profile types the server cannot filter spaces by.
    void setSpaceCatalog(const SpaceCatalog *catalog) { m_catalog = catalog; }
    void start();

    // The collection of each kind ("callLegProfiles") and the field that references it ("callLegProfile").
    static QString collection(Kind kind);
    static QString field(Kind kind);
    // "callLegProfiles" / "callLegProfile" / "callleg"… → the kind; false when not a profile type.
    static bool kindFromName(const QString &name, Kind *kind);

    const ProfileUsage &usage() const { return m_usage; }
    const CmsError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    using Then = std::function<void(const CmsNode &object)>;
    void read(const QString &path, const Then &then, bool missingIsEmpty = false);
    void list(const QString &path, const QUrlQuery &query, const std::function<void(const QList<CmsNode> &)> &then,
              bool missingIsEmpty = false);
    void done();
    void fail(const CmsError &error);
    void addIfReferences(ProfileUsage::Level level, const CmsNode &object, const QString &parentId = {});
    void findGlobal();
    void findTenants();
    void findSpaces();
    void findAccessMethodsAndMembers();
    void findTemplates();

    QPointer<Connection> m_connection;
    Kind m_kind;
    QString m_id;
    const SpaceCatalog *m_catalog = nullptr;
    ProfileUsage m_usage;
    CmsError m_error;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace cms
