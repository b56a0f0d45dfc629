#include "configapi.h"

#include "idgenerator.h"
#include "spacerules.h"
#include "xmlout.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cmssim {

namespace {

const QString kCoSpaces = QStringLiteral("coSpaces");
const QString kAccessMethods = QStringLiteral("accessMethods");
const QString kMembers = QStringLiteral("coSpaceUsers");
const QString kUsers = QStringLiteral("users");
const QString kTemplates = QStringLiteral("coSpaceTemplates");
const QString kAmTemplates = QStringLiteral("accessMethodTemplates");
const QString kUserTemplates = QStringLiteral("userCoSpaceTemplates");
const QString kBulkSyncs = QStringLiteral("cospaceBulkSyncs");
const QString kCallBridges = QStringLiteral("callBridges");

bool isDigits(const QString &v)
{
    for (QChar c : v) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isUriUserPart(const QString &v)
{
    static const QRegularExpression bad(QStringLiteral("[\\s@<>\"/\\\\]"));
    return v.size() <= 254 && !v.contains(bad);
}

bool isUriGenerator(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._\\-]*\\$[A-Za-z0-9._\\-]*$"));
    return re.match(v).hasMatch();
}

} // namespace

ConfigApi::ConfigApi(ConfigStore &store, SpaceRules &rules, IdGenerator &ids, const ClusterOptions &options)
    : m_store(store)
    , m_rules(rules)
    , m_ids(ids)
    , m_options(options)
{
}

std::optional<Reply> ConfigApi::handle(const ApiRequest &request)
{
    const qsizetype n = request.path.size();
    if (n == 0)
        return std::nullopt;
    const QString first = request.segment(0);
    if (first == QLatin1String("system")) {
        if (n == 2 && request.segment(1) == QLatin1String("profiles"))
            return systemProfiles(request);
        return std::nullopt;
    }
    const TypeSpec *type = TypeSchema::find(first);
    if (!type)
        return std::nullopt;
    if (!m_options.version.atLeast(type->since))
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    if (n == 1)
        return collectionRequest(*type, {}, request, type->collection);
    const QString id = request.path.at(1);
    if (n == 2)
        return objectRequest(*type, {}, id, request);

    if (n == 3 && type->collection == QLatin1String("callLegProfiles") && request.segment(2) == QLatin1String("usage")) {
        if (request.method != QLatin1String("GET"))
            return ApiResponse::empty(405);
        return usage(id);
    }
    const TypeSpec *nested = TypeSchema::find(request.segment(2), type->collection);
    if (!nested || n > 4)
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    if (!m_options.version.atLeast(nested->since))
        return Failure{QStringLiteral("unrecognisedObject"), {}, 404};
    if (!m_store.find(type->collection, id))
        return missing(type->missingReason);
    if (n == 3)
        return collectionRequest(*nested, id, request, type->collection + QLatin1Char('/') + id + QLatin1Char('/') + nested->collection);
    return objectRequest(*nested, id, request.path.at(3), request);
}

Reply ConfigApi::collectionRequest(const TypeSpec &type, const QString &parentId, const ApiRequest &request,
                                   const QString &pathPrefix)
{
    if (request.method == QLatin1String("GET"))
        return list(type, parentId, request);
    if (request.method == QLatin1String("POST") && type.writable) {
        auto result = create(type, parentId, request.params);
        if (auto *failure = std::get_if<Failure>(&result))
            return *failure;
        return ApiResponse::created(pathPrefix + QLatin1Char('/') + std::get<QString>(result));
    }
    return ApiResponse::empty(405);
}

Reply ConfigApi::objectRequest(const TypeSpec &type, const QString &parentId, const QString &id,
                               const ApiRequest &request)
{
    if (request.method == QLatin1String("GET"))
        return get(type, parentId, id);
    if (request.method == QLatin1String("PUT") && type.writable) {
        if (auto failure = update(type, parentId, id, request.params))
            return *failure;
        return ApiResponse::ok();
    }
    if (request.method == QLatin1String("DELETE") && type.writable) {
        if (auto failure = remove(type, parentId, id))
            return *failure;
        return ApiResponse::ok();
    }
    return ApiResponse::empty(405);
}

Reply ConfigApi::list(const TypeSpec &type, const QString &parentId, const ApiRequest &request)
{
    const auto page = request.page(m_options.caps.capFor(type.collection, false));
    // A collection without text to match ignores filter=, as servers ignore parameters they do not take.
    const QString filter = type.filterFields.isEmpty() ? QString() : request.queryValue(QStringLiteral("filter"));
    QList<QPair<QString, QString>> exact;   // field -> id it must equal
    for (const auto &rf : type.referenceFilters) {
        if (request.hasQuery(rf.first))
            exact.append({rf.second, request.queryValue(rf.first)});
    }
    const QString usageFilter = type.usageFilter ? request.queryValue(QStringLiteral("usageFilter")) : QString();
    QSet<QString> referenced;
    if (!usageFilter.isEmpty()) {
        if (usageFilter != QLatin1String("referenced") && usageFilter != QLatin1String("unreferenced"))
            return Failure::parameterError(QStringLiteral("usageFilter"), QStringLiteral("invalidValue"));
        referenced = referencedIds(type.element);
    }

    auto matches = [&](const ConfigObject *o) {
        if (!filter.isEmpty()) {
            bool any = false;
            for (const QString &f : type.filterFields) {
                if (o->value(f).contains(filter, Qt::CaseInsensitive)) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return false;
        }
        for (const auto &e : exact) {
            if (o->value(e.first) != e.second)
                return false;
        }
        if (!usageFilter.isEmpty() && referenced.contains(o->id) != (usageFilter == QLatin1String("referenced")))
            return false;
        return true;
    };

    static const std::vector<ConfigObject *> none;
    const ObjectTable *table = m_store.findTable(type.collection, parentId);
    const std::vector<ConfigObject *> *all = table ? &table->ordered() : &none;
    const bool filtered = !filter.isEmpty() || !exact.isEmpty() || !usageFilter.isEmpty();
    // Spaces filtered on a reference: only those the index holds for it, in the table's order.
    std::vector<ConfigObject *> indexed;
    if (type.collection == kCoSpaces && parentId.isEmpty() && !exact.isEmpty()) {
        const QSet<const ConfigObject *> found = m_spacesByReference.value(exact.first().first).value(exact.first().second);
        indexed.reserve(size_t(found.size()));
        for (const ConfigObject *o : found)
            indexed.push_back(const_cast<ConfigObject *>(o));
        std::sort(indexed.begin(), indexed.end(), [](const ConfigObject *a, const ConfigObject *b) { return a->slot < b->slot; });
        all = &indexed;
    }

    QList<const ConfigObject *> pageItems;
    qsizetype total = 0;
    if (!filtered) {
        total = qsizetype(all->size());
        for (qsizetype i = page.offset; i < total && pageItems.size() < page.limit; ++i)
            pageItems.append((*all)[size_t(i)]);
    } else {
        for (const ConfigObject *o : *all) {
            if (!matches(o))
                continue;
            if (total >= page.offset && pageItems.size() < page.limit)
                pageItems.append(o);
            ++total;
        }
    }

    // Some servers answer short pages before the end; a client must advance by what it received.
    const int cap = m_options.caps.capFor(type.collection, false);
    const int every = m_options.shortPageEvery;
    if (every > 0 && page.offset / cap % every == every - 1 && page.offset + pageItems.size() < total
        && pageItems.size() > 1)
        pageItems.removeLast();

    XmlOut xml(m_options.xmlDeclaration(), m_options.version.number);
    xml.startCollection(type.collection, total);
    for (const ConfigObject *o : pageItems)
        xml.writeObject(type, *o, true);
    xml.endCollection();
    return ApiResponse::xml(xml.take());
}

Reply ConfigApi::get(const TypeSpec &type, const QString &parentId, const QString &id)
{
    const ConfigObject *o = m_store.find(type.collection, id, parentId);
    if (!o)
        return missing(type.missingReason);
    XmlOut xml(m_options.xmlDeclaration(), m_options.version.number);
    xml.writeObject(type, *o, false, computedFields(type, *o));
    return ApiResponse::xml(xml.take());
}

QList<QPair<QString, QString>> ConfigApi::computedFields(const TypeSpec &type, const ConfigObject &object) const
{
    auto count = [this](const QString &collection, const QString &parentId) {
        const ObjectTable *t = m_store.findTable(collection, parentId);
        return QString::number(t ? t->size() : 0);
    };
    if (type.collection == kCoSpaces)
        return {{QStringLiteral("numAccessMethods"), count(kAccessMethods, object.id)}};
    if (type.collection == kTemplates)
        return {{QStringLiteral("numAccessMethodTemplates"), count(kAmTemplates, object.id)}};
    return {};
}

std::optional<Failure> ConfigApi::validate(const TypeSpec &type, const Params &params, bool creating) const
{
    const int version = m_options.version.number;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const FieldSpec *f = type.field(it.key());
        // Parameters this version does not know are ignored, as documented parameters outside our
        // list must be accepted without error.
        if (!f || !f->existsIn(version) || f->access == FieldAccess::ReadOnly)
            continue;
        if ((f->access == FieldAccess::CreateOnly && !creating) || (f->access == FieldAccess::Action && creating))
            continue;
        const QString &v = it.value();
        if (v.isEmpty())
            continue; // unset
        auto invalid = [&] { return Failure::parameterError(f->name, QStringLiteral("invalidValue")); };
        switch (f->kind) {
        case FieldKind::Bool:
            if (v != QLatin1String("true") && v != QLatin1String("false"))
                return invalid();
            break;
        case FieldKind::Integer:
        case FieldKind::Digits:
            if (!isDigits(v) || v.size() > 18)
                return invalid();
            break;
        case FieldKind::Uri:
            if (!isUriUserPart(v))
                return invalid();
            break;
        case FieldKind::Enum:
            if (!f->enumValues.contains(v))
                return invalid();
            if (f->name == QLatin1String("scope") && v == QLatin1String("member") && version < since::memberScope)
                return invalid();
            break;
        case FieldKind::Reference: {
            // The URL exists; what is missing is named in the body: 400 even in 404 mode.
            const TypeSpec *target = TypeSchema::find(f->reference);
            if (target && !m_store.find(target->collection, v))
                return Failure(target->missingReason);
            break;
        }
        case FieldKind::Text:
            if (f->name == QLatin1String("uriGenerator") && !isUriGenerator(v))
                return invalid();
            break;
        }
    }
    return std::nullopt;
}

std::variant<QString, Failure> ConfigApi::create(const TypeSpec &type, const QString &parentId, const Params &params)
{
    if (auto failure = validate(type, params, true))
        return *failure;
    auto object = std::make_unique<ConfigObject>();
    object->parentId = parentId;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const FieldSpec *f = type.field(it.key());
        if (!f || it.value().isEmpty() || !f->existsIn(m_options.version.number) || f->access == FieldAccess::ReadOnly
            || f->access == FieldAccess::Action)
            continue;
        object->fields.insert(f->name, f->kind == FieldKind::Uri ? it.value().toLower() : it.value());
    }
    if (auto failure = applyRules(type, parentId, *object, nullptr, params))
        return *failure;
    if (object->id.isEmpty())
        object->id = m_ids.guid();
    ConfigObject *stored = m_store.table(type.collection, parentId).insert(std::move(object));
    index(type, *stored, true);
    if (type.collection == kBulkSyncs && onBulkSyncCreated)
        onBulkSyncCreated(stored->id);
    return stored->id;
}

std::optional<Failure> ConfigApi::update(const TypeSpec &type, const QString &parentId, const QString &id,
                                         const Params &params)
{
    ConfigObject *existing = m_store.find(type.collection, id, parentId);
    if (!existing)
        return missing(type.missingReason);
    if (auto failure = validate(type, params, false))
        return failure;
    ConfigObject candidate = *existing;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const FieldSpec *f = type.field(it.key());
        if (!f || !f->existsIn(m_options.version.number) || f->access != FieldAccess::ReadWrite)
            continue;
        if (it.value().isEmpty())
            candidate.fields.remove(f->name);   // an empty value unsets: the level above applies
        else
            candidate.fields.insert(f->name, f->kind == FieldKind::Uri ? it.value().toLower() : it.value());
    }
    if (auto failure = applyRules(type, parentId, candidate, existing, params))
        return failure;
    index(type, *existing, false);
    existing->fields = std::move(candidate.fields);
    index(type, *existing, true);
    return std::nullopt;
}

std::optional<Failure> ConfigApi::remove(const TypeSpec &type, const QString &parentId, const QString &id)
{
    ConfigObject *existing = m_store.find(type.collection, id, parentId);
    if (!existing)
        return missing(type.missingReason);
    if (type.collection == kCoSpaces) {
        // A space generated for a user by LDAP synchronisation belongs to that synchronisation.
        if (existing->value(QStringLiteral("autoGenerated")) == QLatin1String("true"))
            return Failure{QStringLiteral("invalidOperation")};
        if (const ObjectTable *methods = m_store.findTable(kAccessMethods, id)) {
            for (const ConfigObject *am : methods->ordered())
                m_rules.unindex(*am, id);
        }
        m_store.dropTable(kAccessMethods, id);
        m_store.dropTable(kMembers, id);
    } else if (type.collection == kTemplates) {
        m_store.dropTable(kAmTemplates, id);
        // GUESS (cms-api.md does not say): the server drops the users' assignments of a deleted
        // template rather than keep assignments that name nothing.
        if (const ObjectTable *users = m_store.findTable(kUsers)) {
            for (const ConfigObject *user : users->ordered()) {
                if (!m_store.findTable(kUserTemplates, user->id))
                    continue;
                ObjectTable &assigned = m_store.table(kUserTemplates, user->id);
                QStringList gone;
                for (const ConfigObject *assignment : assigned.ordered()) {
                    if (assignment->value(QStringLiteral("coSpaceTemplate")) == id)
                        gone.append(assignment->id);
                }
                for (const QString &assignmentId : std::as_const(gone))
                    assigned.remove(assignmentId);
            }
        }
    }
    index(type, *existing, false);
    m_store.table(type.collection, parentId).remove(id);
    return std::nullopt;
}

std::optional<Failure> ConfigApi::applyRules(const TypeSpec &type, const QString &parentId, ConfigObject &candidate,
                                             const ConfigObject *existing, const Params &params)
{
    const bool regenerate = existing && params.value(QStringLiteral("regenerateSecret")) == QLatin1String("true");
    if (type.collection == kCoSpaces) {
        if (!existing && params.value(QStringLiteral("requireCallId")) == QLatin1String("true")
            && !candidate.has(QStringLiteral("callId")))
            candidate.fields.insert(QStringLiteral("callId"), m_rules.uniqueCallId());
        if (auto f = m_rules.checkSpace(candidate, existing ? existing->id : QString()))
            return f;
        m_rules.fillGenerated(candidate, regenerate);
    } else if (type.collection == kAccessMethods) {
        if (auto f = m_rules.checkAccessMethod(candidate, parentId, existing ? existing->id : QString()))
            return f;
        m_rules.fillGenerated(candidate, regenerate);
    } else if (type.collection == kMembers && !existing) {
        // A member is a user: found by JID, and its id is the user's id.
        const QString jid = params.value(QStringLiteral("userJid"));
        if (jid.isEmpty())
            return Failure::parameterError(QStringLiteral("userJid"), QStringLiteral("required"));
        const ConfigObject *user = userByJid(jid);
        if (!user)
            return missing(QStringLiteral("userDoesNotExist"));
        if (m_store.find(kMembers, user->id, parentId))
            return Failure::parameterError(QStringLiteral("userJid"), QStringLiteral("duplicateValue"));
        candidate.id = user->id;
        candidate.fields.insert(QStringLiteral("userJid"), user->value(QStringLiteral("userJid")));
        candidate.fields.insert(QStringLiteral("userId"), user->id);
    } else if (type.collection == kCallBridges) {
        const QString name = candidate.value(QStringLiteral("name"));
        if (const ObjectTable *bridges = m_store.findTable(kCallBridges); bridges && !name.isEmpty()) {
            for (const ConfigObject *b : bridges->ordered()) {
                if (b->id != candidate.id && b->value(QStringLiteral("name")) == name)
                    return Failure{QStringLiteral("duplicateCallBridgeName")};
            }
        }
    } else if (type.collection == kBulkSyncs && !existing) {
        candidate.fields.insert(QStringLiteral("status"), QStringLiteral("pending"));
    }
    return std::nullopt;
}

// The first user, in store order, whose JID matches regardless of case. Users are written straight
// into the store (they come from LDAP), so the index cannot follow them: a hit is checked against the
// store, and a miss falls back to scanning, which rebuilds the index when it finds the user.
const ConfigObject *ConfigApi::userByJid(const QString &jid)
{
    const ObjectTable *users = m_store.findTable(kUsers);
    if (!users)
        return nullptr;
    const QString jidField = QStringLiteral("userJid");
    const auto matches = [&](const ConfigObject *u) {
        const auto it = u->fields.constFind(jidField);
        return it != u->fields.constEnd() && it->second.compare(jid, Qt::CaseInsensitive) == 0;
    };
    const auto hit = m_userIdsByJid.constFind(jid.toCaseFolded());
    if (hit != m_userIdsByJid.constEnd()) {
        const ConfigObject *u = users->find(hit.value());
        if (u && matches(u))
            return u;
    }
    const ConfigObject *found = nullptr;
    for (const ConfigObject *u : users->ordered()) {
        if (matches(u)) {
            found = u;
            break;
        }
    }
    if (found) {
        m_userIdsByJid.clear();
        for (const ConfigObject *u : users->ordered()) {
            const QString key = u->value(jidField).toCaseFolded();
            if (!key.isEmpty() && !m_userIdsByJid.contains(key))
                m_userIdsByJid.insert(key, u->id);
        }
    }
    return found;
}

void ConfigApi::index(const TypeSpec &type, const ConfigObject &object, bool add)
{
    if (type.collection == kCoSpaces && object.parentId.isEmpty()) {
        for (const auto &filter : type.referenceFilters) {
            const QString value = object.value(filter.second);
            if (value.isEmpty())
                continue;
            if (add) {
                m_spacesByReference[filter.second][value].insert(&object);
            } else {
                auto &byValue = m_spacesByReference[filter.second];
                const auto it = byValue.find(value);
                if (it != byValue.end() && (it->remove(&object), it->isEmpty()))
                    byValue.erase(it);
            }
        }
    }
    if (type.collection != kCoSpaces && type.collection != kAccessMethods)
        return;
    const QString spaceId = type.collection == kCoSpaces ? object.id : object.parentId;
    if (add)
        m_rules.index(object, spaceId);
    else
        m_rules.unindex(object, spaceId);
}

// Ids of the profiles of one kind ("callLegProfile", "callProfile", "dialInSecurityProfile")
// referenced from anywhere in the configuration.
QSet<QString> ConfigApi::referencedIds(const QString &field) const
{
    QSet<QString> ids;
    auto scan = [&](const ObjectTable *table) {
        if (!table)
            return;
        for (const ConfigObject *o : table->ordered()) {
            const auto it = o->fields.constFind(field);
            if (it != o->fields.constEnd())
                ids.insert(it->second);
        }
    };
    const ObjectTable *spaces = m_store.findTable(kCoSpaces);
    scan(spaces);
    if (spaces) {
        for (const ConfigObject *s : spaces->ordered()) {
            scan(m_store.findTable(kAccessMethods, s->id));
            scan(m_store.findTable(kMembers, s->id));
        }
    }
    scan(m_store.findTable(QStringLiteral("tenants")));
    const ObjectTable *templates = m_store.findTable(kTemplates);
    scan(templates);
    if (templates) {
        for (const ConfigObject *t : templates->ordered())
            scan(m_store.findTable(kAmTemplates, t->id));
    }
    if (m_store.systemProfiles().has(field))
        ids.insert(m_store.systemProfiles().value(field));
    return ids;
}

Reply ConfigApi::usage(const QString &profileId)
{
    if (!m_store.find(QStringLiteral("callLegProfiles"), profileId))
        return missing(QStringLiteral("callLegProfileDoesNotExist"));
    const QString field = QStringLiteral("callLegProfile");
    auto usedIn = [&](const ObjectTable *table) {
        if (!table)
            return false;
        for (const ConfigObject *o : table->ordered()) {
            if (o->value(field) == profileId)
                return true;
        }
        return false;
    };
    bool byMethods = false;
    bool byMembers = false;
    if (const ObjectTable *spaces = m_store.findTable(kCoSpaces)) {
        for (const ConfigObject *s : spaces->ordered()) {
            byMethods = byMethods || usedIn(m_store.findTable(kAccessMethods, s->id));
            byMembers = byMembers || usedIn(m_store.findTable(kMembers, s->id));
        }
    }
    auto b = [](bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); };
    XmlOut xml(m_options.xmlDeclaration(), m_options.version.number);
    xml.writer().writeStartElement(QStringLiteral("callLegProfileUsage"));
    xml.textElement(QStringLiteral("referencedBySystemProfile"), b(m_store.systemProfiles().value(field) == profileId));
    xml.textElement(QStringLiteral("referencedByTenants"), b(usedIn(m_store.findTable(QStringLiteral("tenants")))));
    xml.textElement(QStringLiteral("referencedByCoSpaces"), b(usedIn(m_store.findTable(kCoSpaces))));
    xml.textElement(QStringLiteral("referencedByAccessMethods"), b(byMethods));
    xml.textElement(QStringLiteral("referencedByCoSpaceUsers"), b(byMembers));
    xml.textElement(QStringLiteral("referencedByCoSpaceTemplates"), b(usedIn(m_store.findTable(kTemplates))));
    xml.writer().writeEndElement();
    return ApiResponse::xml(xml.take());
}

Reply ConfigApi::systemProfiles(const ApiRequest &request)
{
    const TypeSpec &type = TypeSchema::systemProfiles();
    ConfigObject &profiles = m_store.systemProfiles();
    if (request.method == QLatin1String("PUT")) {
        if (auto failure = validate(type, request.params, false))
            return *failure;
        for (auto it = request.params.constBegin(); it != request.params.constEnd(); ++it) {
            const FieldSpec *f = type.field(it.key());
            if (!f || !f->existsIn(m_options.version.number))
                continue;
            if (it.value().isEmpty())
                profiles.fields.remove(f->name);
            else
                profiles.fields.insert(f->name, it.value());
        }
        return ApiResponse::ok();
    }
    if (request.method != QLatin1String("GET"))
        return ApiResponse::empty(405);
    XmlOut xml(m_options.xmlDeclaration(), m_options.version.number);
    xml.writer().writeStartElement(type.element);
    for (const FieldSpec &f : type.fields) {
        if (f.existsIn(m_options.version.number) && profiles.has(f.name))
            xml.textElement(f.name, profiles.value(f.name));
    }
    xml.writer().writeEndElement();
    return ApiResponse::xml(xml.take());
}

} // namespace cmssim
