#pragma once

#include "apimessage.h"
#include "configstore.h"
#include "simoptions.h"
#include "typeschema.h"

#include <functional>
#include <optional>
#include <variant>

namespace cmssim {

class IdGenerator;
class SpaceRules;

// The configuration part of the API (everything stored in the shared database): generic list, get,
// create, update and delete driven by TypeSchema, plus the rules of particular types.
class ConfigApi
{
public:
    ConfigApi(ConfigStore &store, SpaceRules &rules, IdGenerator &ids, const ClusterOptions &options);

    // The reply for a configuration path, or nullopt when the path is not one.
    std::optional<Reply> handle(const ApiRequest &request);

    // The same operations without HTTP, for seeding and bulk syncs. create returns the new id.
    std::variant<QString, Failure> create(const TypeSpec &type, const QString &parentId, const Params &params);
    std::optional<Failure> update(const TypeSpec &type, const QString &parentId, const QString &id,
                                  const Params &params);
    std::optional<Failure> remove(const TypeSpec &type, const QString &parentId, const QString &id);

    // Called after a bulk sync object is created, with its id.
    std::function<void(const QString &)> onBulkSyncCreated;

private:
    Reply list(const TypeSpec &type, const QString &parentId, const ApiRequest &request);
    Reply get(const TypeSpec &type, const QString &parentId, const QString &id);
    Reply collectionRequest(const TypeSpec &type, const QString &parentId, const ApiRequest &request,
                            const QString &pathPrefix);
    Reply objectRequest(const TypeSpec &type, const QString &parentId, const QString &id,
                        const ApiRequest &request);
    Reply systemProfiles(const ApiRequest &request);
    Reply usage(const QString &profileId);

    std::optional<Failure> validate(const TypeSpec &type, const Params &params, bool creating) const;
    std::optional<Failure> applyRules(const TypeSpec &type, const QString &parentId, ConfigObject &candidate,
                                      const ConfigObject *existing, const Params &params);
    void index(const TypeSpec &type, const ConfigObject &object, bool add);
    QList<QPair<QString, QString>> computedFields(const TypeSpec &type, const ConfigObject &object) const;
    QSet<QString> referencedIds(const QString &field) const;
    const ConfigObject *userByJid(const QString &jid);
    Failure missing(const QString &reason) const { return Failure::notFound(reason); }

    ConfigStore &m_store;
    SpaceRules &m_rules;
    IdGenerator &m_ids;
    const ClusterOptions &m_options;
    QHash<QString, QString> m_userIdsByJid;   // case-folded JID -> user id, see userByJid()
    // Spaces by the id in each field a list can filter on exactly (tenant, callLegProfile): a filtered
    // page of 100,000 spaces looks at the matches only, as a server's database answers from an index,
    // rather than at every space for every page. Kept by index(), so through create, update and remove;
    // the list still checks each candidate, so the index only has to hold every match (a field set on
    // the store directly, outside the API, is not seen by the filter).
    QHash<QString, QHash<QString, QSet<const ConfigObject *>>> m_spacesByReference;   // field -> id -> spaces
};

} // namespace cmssim
