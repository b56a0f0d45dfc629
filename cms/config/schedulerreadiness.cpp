#include "config/schedulerreadiness.h"
#include "schema/urigeneratorcheck.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "schema/schema.h"
#include "schema/urigeneratorcheck.h"

#include <algorithm>
#include <memory>

namespace cms {

namespace {

const QString kProfiles = QStringLiteral("callLegProfiles");
const QString kTemplates = QStringLiteral("coSpaceTemplates");
const QString kMethods = QStringLiteral("accessMethodTemplates");
const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

// An object's name for a sentence: its name, or its id when it has none.
QString nameOf(const CmsNode &object)
{
    const QString name = object.value(u"name");
    return name.isEmpty() ? object.id() : name;
}

} // namespace

bool SchedulerReadiness::isReady() const
{
    return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const Item &item) { return item.met; });
}

const SchedulerReadiness::Item *SchedulerReadiness::item(Requirement requirement) const
{
    for (const Item &i : items) {
        if (i.requirement == requirement)
            return &i;
    }
    return nullptr;
}

bool SchedulerReadiness::isMet(Requirement requirement) const
{
    const Item *i = item(requirement);
    return i && i->met;
}

QString SchedulerReadiness::title(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Version: return SchedulerReadinessCheck::tr("CMS 3.3 or later");
    case Requirement::GuestProfile: return SchedulerReadinessCheck::tr("A call leg profile that holds guests in the lobby");
    case Requirement::HostProfile: return SchedulerReadinessCheck::tr("A call leg profile that lets hosts start the meeting");
    case Requirement::SpaceTemplate: return SchedulerReadinessCheck::tr("A space template for scheduled meetings");
    case Requirement::GuestMethod: return SchedulerReadinessCheck::tr("An access method template for guests");
    case Requirement::HostMethod: return SchedulerReadinessCheck::tr("An access method template for hosts");
    }
    return {};
}

SchedulerReadinessCheck::SchedulerReadinessCheck(Connection &connection, int version, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
    , m_version(version)
{
}

bool SchedulerReadinessCheck::isValidUriGenerator(const QString &generator)
{
    // The form lets an empty pattern through (unset); a template the scheduler uses needs one.
    return !generator.isEmpty() && UriGeneratorCheck::check(generator).isValid();
}

void SchedulerReadinessCheck::start()
{
    if (!m_connection) {
        fail(Connection::closedError());
        return;
    }
    begin();   // held until every read is under way, so that a quick answer cannot end the check early
    listEach(kProfiles, [this](const QList<CmsNode> &items) {
        readEach(kProfiles, items, [this](const QList<CmsNode> &profiles) { m_profiles = profiles; });
    });
    // A server before 2.9 has no templates (and answers 404 for them): none to read.
    if (m_version == 0 || m_version >= kTemplatesVersion) {
        listEach(kTemplates, [this](const QList<CmsNode> &items) {
            readEach(kTemplates, items, [this](const QList<CmsNode> &templates) {
                for (const CmsNode &t : templates) {
                    m_templates[t.id()].object = t;
                    const QString methods = kTemplates + QLatin1Char('/') + t.id() + QLatin1Char('/') + kMethods;
                    listEach(methods, [this, methods, id = t.id()](const QList<CmsNode> &summaries) {
                        readEach(methods, summaries, [this, id](const QList<CmsNode> &objects) {
                            m_templates[id].methods = objects;
                        });
                    });
                }
            });
        });
    }
    end();
}

void SchedulerReadinessCheck::listEach(const QString &path, const std::function<void(const QList<CmsNode> &)> &then)
{
    if (m_finished)
        return;
    if (!m_connection) {
        fail(Connection::closedError());
        return;
    }
    begin();
    auto *pager = new CollectionPager(*m_connection, path, {}, this);
    connect(pager, &CollectionPager::finished, this, [this, pager, then] {
        pager->deleteLater();
        if (m_finished)
            return;
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        then(pager->items());
        end();
    });
    pager->start();
}

// Reads every listed object in full; `then` gets them in the list's order once all have come.
void SchedulerReadinessCheck::readEach(const QString &path, const QList<CmsNode> &items,
                                       const std::function<void(const QList<CmsNode> &)> &then)
{
    if (items.isEmpty()) {
        then({});
        return;
    }
    if (!m_connection) {
        fail(Connection::closedError());
        return;
    }
    auto objects = std::make_shared<QList<CmsNode>>(items);
    auto left = std::make_shared<int>(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        begin();
        const QString id = items.at(i).id();
        CmsReply *reply = m_connection->sendShared(CmsRequest::get(path + QLatin1Char('/') + id));
        connect(reply, &CmsReply::finished, this, [this, reply, objects, left, i, id, then] {
            reply->deleteLater();
            if (m_finished)
                return;
            if (!reply->isOk()) {
                fail(reply->error());
                return;
            }
            CmsError problem;
            CmsNode object = reply->object(&problem);
            if (problem) {
                fail(problem);
                return;
            }
            if (object.id().isEmpty())
                object.attributes.append({QStringLiteral("id"), id});
            (*objects)[i] = object;
            if (--*left == 0)
                then(*objects);
            end();
        });
    }
}

void SchedulerReadinessCheck::begin()
{
    ++m_pending;
}

void SchedulerReadinessCheck::end()
{
    if (m_finished || --m_pending > 0)
        return;
    judge();
    m_finished = true;
    Q_EMIT finished();
}

void SchedulerReadinessCheck::fail(const CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

QString SchedulerReadinessCheck::needsActivation(const QString &profileId) const
{
    if (profileId.isEmpty())
        return {};
    for (const CmsNode &p : m_profiles) {
        if (p.id() == profileId)
            return p.value(u"needsActivation");
    }
    return {};
}

QString SchedulerReadinessCheck::profileName(const QString &profileId) const
{
    for (const CmsNode &p : m_profiles) {
        if (p.id() == profileId)
            return nameOf(p);
    }
    return profileId;
}

void SchedulerReadinessCheck::judge()
{
    m_readiness = {};
    using R = SchedulerReadiness::Requirement;
    SchedulerReadiness::Item version{R::Version, m_version >= kSchedulerVersion, {}};
    const QString text = Schema::versionString(m_version);
    if (m_version == 0)
        version.reason = tr("The console does not know yet which CMS version the cluster runs.");
    else if (version.met)
        version.reason = tr("The cluster runs CMS %1; the scheduler came with 3.3.").arg(text);
    else
        version.reason = tr("The cluster runs CMS %1; the scheduler needs 3.3 or later.").arg(text);
    m_readiness.items.append(version);
    judgeTemplates();   // first: the profiles the best template uses are the ones to name
    judgeProfiles();
    std::sort(m_readiness.items.begin(), m_readiness.items.end(),
              [](const SchedulerReadiness::Item &a, const SchedulerReadiness::Item &b) { return a.requirement < b.requirement; });
}

void SchedulerReadinessCheck::judgeProfiles()
{
    using R = SchedulerReadiness::Requirement;
    auto firstWith = [this](const QString &value) {
        for (const CmsNode &p : m_profiles) {
            if (p.value(u"needsActivation") == value)
                return SchedulerReadiness::Named{p.id(), nameOf(p)};
        }
        return SchedulerReadiness::Named{};
    };
    if (!m_readiness.guestProfile.isFound())
        m_readiness.guestProfile = firstWith(kTrue);
    if (!m_readiness.hostProfile.isFound())
        m_readiness.hostProfile = firstWith(kFalse);

    SchedulerReadiness::Item guest{R::GuestProfile, m_readiness.guestProfile.isFound(), {}};
    guest.reason = guest.met ? tr("«%1» holds guests in the lobby until a host joins (needsActivation is true).")
                                   .arg(m_readiness.guestProfile.name)
                             : tr("No call leg profile sets needsActivation to true, so none holds guests in the lobby.");
    SchedulerReadiness::Item host{R::HostProfile, m_readiness.hostProfile.isFound(), {}};
    host.reason = host.met ? tr("«%1» lets hosts in and starts the meeting (needsActivation is false).")
                                 .arg(m_readiness.hostProfile.name)
                           : tr("No call leg profile sets needsActivation to false, so none lets a host start the meeting.");
    m_readiness.items.append(guest);
    m_readiness.items.append(host);
}

void SchedulerReadinessCheck::judgeTemplates()
{
    using R = SchedulerReadiness::Requirement;
    struct Found
    {
        const CmsNode *object = nullptr;
        const CmsNode *guest = nullptr;
        const CmsNode *host = nullptr;
        int score() const { return (guest ? 1 : 0) + (host ? 1 : 0); }
    };
    auto effectiveProfile = [](const CmsNode &method, const CmsNode &owner) {
        const QString own = method.value(u"callLegProfile");
        return own.isEmpty() ? owner.value(u"callLegProfile") : own;
    };
    QList<Found> found;
    for (const Template &t : std::as_const(m_templates)) {
        Found f{&t.object};
        for (const CmsNode &method : t.methods) {
            if (!isValidUriGenerator(method.value(u"uriGenerator")))
                continue;
            const QString lobby = needsActivation(effectiveProfile(method, t.object));
            if (lobby == kTrue && !f.guest)
                f.guest = &method;
            else if (lobby == kFalse && !f.host)
                f.host = &method;
        }
        found.append(f);
    }
    // The readiest template; among equals, the first by name (then id), so the answer is stable.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.score() != b.score())
            return a.score() > b.score();
        const int byName = nameOf(*a.object).localeAwareCompare(nameOf(*b.object));
        return byName != 0 ? byName < 0 : a.object->id() < b.object->id();
    });

    SchedulerReadiness::Item space{R::SpaceTemplate, false, {}};
    SchedulerReadiness::Item guest{R::GuestMethod, false, {}};
    SchedulerReadiness::Item host{R::HostMethod, false, {}};
    if (found.isEmpty() || found.first().score() == 0) {
        if (m_version != 0 && m_version < kTemplatesVersion)
            space.reason = tr("Space templates came with CMS 2.9.");
        else if (found.isEmpty())
            space.reason = tr("The cluster has no space template.");
        else
            space.reason = tr("%n space template(s), none with an access method template for guests or hosts.", nullptr,
                              int(found.size()));
        guest.reason = tr("There is no space template to hold it.");
        host.reason = guest.reason;
    } else {
        const Found &best = found.first();
        const Template &t = m_templates.value(best.object->id());
        m_readiness.spaceTemplate = {best.object->id(), nameOf(*best.object)};
        for (const CmsNode &method : t.methods)
            m_readiness.uriGenerators.append(method.value(u"uriGenerator"));
        space.met = true;
        space.reason = best.score() == 2
                           ? tr("«%1» gives scheduled meetings their guest and host access.").arg(m_readiness.spaceTemplate.name)
                           : tr("«%1» comes closest: it has one of the two access method templates.")
                                 .arg(m_readiness.spaceTemplate.name);
        auto describe = [&](const CmsNode *method, SchedulerReadiness::Named *named, SchedulerReadiness::Named *profile,
                            SchedulerReadiness::Item *item) {
            item->met = method != nullptr;
            if (!method)
                return;
            *named = {method->id(), nameOf(*method)};
            const QString profileId = effectiveProfile(*method, *best.object);
            *profile = {profileId, profileName(profileId)};
            //: %1: the access method template, %2: its uriGenerator (e.g. $.guest), %3: its call leg profile
            item->reason = tr("«%1» (%2) uses the call leg profile «%3».")
                               .arg(named->name, method->value(u"uriGenerator"), profile->name);
        };
        describe(best.guest, &m_readiness.guestMethod, &m_readiness.guestProfile, &guest);
        describe(best.host, &m_readiness.hostMethod, &m_readiness.hostProfile, &host);
        if (!guest.met)
            guest.reason = tr("«%1» has no access method template whose call leg profile holds guests in the lobby.")
                               .arg(m_readiness.spaceTemplate.name);
        if (!host.met)
            host.reason = tr("«%1» has no access method template whose call leg profile lets hosts start the meeting.")
                              .arg(m_readiness.spaceTemplate.name);
    }
    m_readiness.items.append(space);
    m_readiness.items.append(guest);
    m_readiness.items.append(host);
}

} // namespace cms
