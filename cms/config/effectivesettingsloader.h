#pragma once

#include "api/cmserror.h"
#include "config/effectivesettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace cms {

struct CmsNode;
class CmsReply;
class CollectionPager;
class Connection;
struct CmsRequest;

// Reads over a Connection what EffectiveSettings::resolve needs for one space, then resolves it:
//   1. in parallel: GET coSpaces/<id>, GET system/profiles, the space's accessMethods and coSpaceUsers
//      (whole collections, then each one's details: list items do not carry callLegProfile);
//      then GET tenants/<tenant> when the space has one;
//   2. every referenced call leg profile and call profile not already known: GET callLegProfiles/<id>,
//      callProfiles/<id>. Profiles are cached for the loader's life (clearCache() forgets them), so
//      going from space to space reads each profile once. A profile that no longer exists
//      (…DoesNotExist) is not an error: the result lists it in missingProfiles.
// Any other failure ends the load with failed(); load() again retries. A new load() or cancel()
// drops the one in progress (its replies are cancelled and ignored).
class EffectiveSettingsLoader : public QObject
{
    Q_OBJECT
public:
    explicit EffectiveSettingsLoader(Connection &connection, QObject *parent = nullptr);
    ~EffectiveSettingsLoader() override;

    // Schema::versionNumber of the server: fields it lacks are left out. 0 (default): all of them.
    void setServerVersion(int version) { m_serverVersion = version; }
    int serverVersion() const { return m_serverVersion; }

    void load(const QString &spaceId);
    void cancel();
    bool isLoading() const { return m_loading; }
    QString spaceId() const { return m_spaceId; }
    void clearCache();

Q_SIGNALS:
    void loaded(const cms::EffectiveSettings &result);
    void failed(const cms::CmsError &error);

private:
    using NodeHandler = std::function<void(const CmsNode &node)>;
    // GET path, then handler(object). A refusal for toleratedReason calls onMissing instead of failing.
    void get(const QString &path, const NodeHandler &handler, const QString &toleratedReason = {},
             const std::function<void()> &onMissing = {});
    // Every item of a collection, each read again in full and given to handler.
    void readCollection(const QString &path, const NodeHandler &handler);
    void onSpace(const CmsNode &node);
    void onSystemProfiles(const CmsNode &node);
    void onTenant(const CmsNode &node);
    void onAccessMethod(const CmsNode &node);
    void onMember(const CmsNode &node);
    void onCallLegProfile(const CmsNode &node);
    void onCallProfile(const CmsNode &node);
    void stepDone();
    void readProfiles();
    void finish();
    void fail(const CmsError &error);
    void dropRequests();

    QPointer<Connection> m_connection;
    int m_serverVersion = 0;
    QString m_spaceId;
    bool m_loading = false;
    int m_generation = 0;   // callbacks of an earlier load see another value and do nothing
    bool m_readingProfiles = false;
    int m_pending = 0;
    EffectiveSettingsInput m_input;
    QStringList m_accessMethodIds;   // in list order (details arrive in any order)
    QStringList m_memberIds;
    QHash<QString, AccessMethodLevel> m_accessMethods;
    QHash<QString, MemberLevel> m_members;
    QList<QPointer<CmsReply>> m_replies;
    QList<QPointer<CollectionPager>> m_pagers;
    QHash<QString, ProfileValues> m_callLegProfileCache;
    QHash<QString, ProfileValues> m_callProfileCache;
    QSet<QString> m_missingCallLegProfiles;   // this load: referenced but gone
    QSet<QString> m_missingCallProfiles;
};

} // namespace cms
