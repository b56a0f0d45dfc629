#pragma once

#include "apimessage.h"
#include "configstore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cmssim {

class IdGenerator;

// The rules that tie spaces and their access methods together: URIs and call IDs unique across the
// cluster, URI+passcode and callId+passcode pairs unique within a space, generated secrets and call
// IDs, and the dial-in security policy on passcodes.
class SpaceRules
{
public:
    SpaceRules(ConfigStore &store, IdGenerator &ids, int version);

    // Check a space (or access method of spaceId) as it would be after a write. objectId is empty
    // for an object not created yet.
    std::optional<Failure> checkSpace(const ConfigObject &candidate, const QString &objectId) const;
    std::optional<Failure> checkAccessMethod(const ConfigObject &candidate, const QString &spaceId,
                                             const QString &objectId) const;

    // Give a space or access method what the server generates: a secret once it has a call ID.
    void fillGenerated(ConfigObject &object, bool regenerateSecret);
    QString uniqueCallId();

    void index(const ConfigObject &object, const QString &spaceId);
    void unindex(const ConfigObject &object, const QString &spaceId);

    // Is this URI or call ID taken by a space other than spaceId (or any space when empty)?
    bool uriTakenByOther(const QString &uri, const QString &spaceId) const;
    bool callIdTakenByOther(const QString &callId, const QString &spaceId) const;

private:
    struct Owner
    {
        QString spaceId;
        QString objectId;
    };
    std::optional<Failure> checkUnique(const ConfigObject &candidate, const QString &spaceId,
                                       const QString &objectId) const;
    std::optional<Failure> checkPairs(const ConfigObject &candidate, const QString &spaceId,
                                      const QString &objectId) const;
    std::optional<Failure> checkPasscodePolicy(const ConfigObject &candidate, const ConfigObject *space) const;
    static void removeOwner(QHash<QString, QList<Owner>> &index, const QString &key, const QString &objectId);

    ConfigStore &m_store;
    IdGenerator &m_ids;
    int m_version;
    QHash<QString, QList<Owner>> m_uris;     // lower-case URI -> who uses it
    QHash<QString, QList<Owner>> m_callIds;
    QHash<QString, QString> m_secrets;       // secret -> object id
};

} // namespace cmssim
