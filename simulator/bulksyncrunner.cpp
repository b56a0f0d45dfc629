#include "bulksyncrunner.h"

#include "configapi.h"
#include "configstore.h"
#include "simoptions.h"
#include "spacerules.h"

#include <QHash>
#include <QTimer>

namespace cmssim {

namespace {
const QString kSet = QStringLiteral("_bulkParameterSet");   // hidden: never written to XML
const QString kIndex = QStringLiteral("_bulkIndex");
const QString kCoSpaces = QStringLiteral("coSpaces");
const QString kIndexToken = QStringLiteral("$index$");

QString expand(const QString &mapping, int index)
{
    QString out = mapping;
    return out.replace(kIndexToken, QString::number(index));
}
} // namespace

BulkSyncRunner::BulkSyncRunner(ConfigStore &store, ConfigApi &api, SpaceRules &rules, const ClusterOptions &options)
    : m_store(store)
    , m_api(api)
    , m_rules(rules)
    , m_options(options)
{
}

void BulkSyncRunner::start(const QString &syncId)
{
    QTimer::singleShot(stepDelayMs, this, [this, syncId] {
        setStatus(syncId, QStringLiteral("running"));
        QTimer::singleShot(stepDelayMs, this, [this, syncId] { run(syncId); });
    });
}

QString BulkSyncRunner::syncNow(const QString &setId)
{
    int counts[3] = {0, 0, 0};
    return sync(setId, false, counts);
}

void BulkSyncRunner::setStatus(const QString &syncId, const QString &status)
{
    if (ConfigObject *s = m_store.find(QStringLiteral("cospaceBulkSyncs"), syncId))
        s->fields.insert(QStringLiteral("status"), status);
}

void BulkSyncRunner::run(const QString &syncId)
{
    ConfigObject *syncObject = m_store.find(QStringLiteral("cospaceBulkSyncs"), syncId);
    if (!syncObject)
        return;
    int counts[3] = {0, 0, 0};
    const QString status = sync(syncObject->value(QStringLiteral("cospaceBulkParameterSet")),
                                syncObject->value(QStringLiteral("removeAll")) == QLatin1String("true"), counts);
    syncObject = m_store.find(QStringLiteral("cospaceBulkSyncs"), syncId);
    if (syncObject) {
        syncObject->fields.insert(QStringLiteral("coSpacesCreated"), QString::number(counts[0]));
        syncObject->fields.insert(QStringLiteral("coSpacesUpdated"), QString::number(counts[1]));
        syncObject->fields.insert(QStringLiteral("coSpacesDeleted"), QString::number(counts[2]));
    }
    setStatus(syncId, status);
    Q_EMIT finished(syncId, status);
}

QString BulkSyncRunner::sync(const QString &setId, bool removeAll, int counts[3])
{
    const ConfigObject *set = m_store.find(QStringLiteral("cospaceBulkParameterSets"), setId);
    if (!set)
        return QStringLiteral("failedNoSuchParameterSet");
    const TypeSpec &spaceType = TypeSchema::get(kCoSpaces);

    // The spaces this parameter set made earlier, by index.
    QHash<int, QString> mine;
    for (const ConfigObject *s : m_store.table(kCoSpaces).ordered()) {
        if (s->value(kSet) == setId)
            mine.insert(s->value(kIndex).toInt(), s->id);
    }
    auto removeMine = [&](auto keep) {
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            if (!keep(it.key()) && !m_api.remove(spaceType, {}, it.value()))
                ++counts[2];
        }
    };
    if (removeAll) {
        removeMine([](int) { return false; });
        return QStringLiteral("complete");
    }

    bool okStart = false;
    bool okEnd = false;
    const int start = set->value(QStringLiteral("startIndex")).toInt(&okStart);
    const int end = set->value(QStringLiteral("endIndex")).toInt(&okEnd);
    if (!okStart || !okEnd || start > end)
        return QStringLiteral("failedIndexRangeInvalid");
    if (end - start + 1 > m_options.maxBulkRange)
        return QStringLiteral("failedIndexRangeTooGreat");
    const QString uriMapping = set->value(QStringLiteral("coSpaceUriMapping"));
    const QString nameMapping = set->value(QStringLiteral("coSpaceNameMapping"));
    const QString callIdMapping = set->value(QStringLiteral("coSpaceCallIdMapping"));

    // Check the whole range before changing anything: a conflict fails the sync with nothing done.
    for (int i = start; i <= end; ++i) {
        const QString own = mine.value(i);
        const QString ownerForCheck = own.isEmpty() ? QStringLiteral("-") : own;
        if (!uriMapping.isEmpty() && m_rules.uriTakenByOther(expand(uriMapping, i), ownerForCheck))
            return QStringLiteral("failedCoSpaceUriConflict");
        if (!callIdMapping.isEmpty() && m_rules.callIdTakenByOther(expand(callIdMapping, i), ownerForCheck))
            return QStringLiteral("failedCallIdConflict");
    }

    for (int i = start; i <= end; ++i) {
        Params params;
        if (!uriMapping.isEmpty())
            params.insert(QStringLiteral("uri"), expand(uriMapping, i));
        if (!nameMapping.isEmpty())
            params.insert(QStringLiteral("name"), expand(nameMapping, i));
        if (!callIdMapping.isEmpty())
            params.insert(QStringLiteral("callId"), expand(callIdMapping, i));
        for (const QString &field : {QStringLiteral("tenant"), QStringLiteral("callProfile"),
                                     QStringLiteral("callLegProfile"), QStringLiteral("nonMemberAccess")}) {
            if (set->has(field))
                params.insert(field, set->value(field));
        }
        const QString own = mine.value(i);
        if (!own.isEmpty()) {
            if (m_api.update(spaceType, {}, own, params))
                return QStringLiteral("failed");
            ++counts[1];
            continue;
        }
        auto created = m_api.create(spaceType, {}, params);
        if (std::holds_alternative<Failure>(created))
            return QStringLiteral("failed");
        ConfigObject *space = m_store.find(kCoSpaces, std::get<QString>(created));
        space->fields.insert(kSet, setId);
        space->fields.insert(kIndex, QString::number(i));
        ++counts[0];
    }
    removeMine([&](int index) { return index >= start && index <= end; });
    return QStringLiteral("complete");
}

} // namespace cmssim
