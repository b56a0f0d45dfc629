#include "operations/profilerepoint.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "schema/schema.h"

namespace cms {

using Level = ProfileUsage::Level;
using Source = ProfileUsage::Source;

namespace {

// The collection whose objects make up a level.
QString collectionOf(Level level)
{
    switch (level) {
    case Level::Global: return QStringLiteral("system/profiles");
    case Level::Tenant: return QStringLiteral("tenants");
    case Level::Space: return QStringLiteral("coSpaces");
    case Level::AccessMethod: return QStringLiteral("accessMethods");
    case Level::Member: return QStringLiteral("coSpaceUsers");
    case Level::SpaceTemplate: return QStringLiteral("coSpaceTemplates");
    case Level::AccessMethodTemplate: return QStringLiteral("accessMethodTemplates");
    }
    return {};
}

} // namespace

ProfileRepoint::ProfileRepoint(Connection &connection, Kind kind, QString profileId, QString replacementId, QObject *parent)
    : ConfigStepsOperation(connection, {}, parent)
    , m_kind(kind)
    , m_id(std::move(profileId))
    , m_replacementId(std::move(replacementId))
    , m_name(m_id)
    , m_replacementName(m_replacementId)
{
}

void ProfileRepoint::setDisplayNames(const QString &profile, const QString &replacement)
{
    m_name = profile.isEmpty() ? m_id : profile;
    m_replacementName = replacement.isEmpty() ? m_replacementId : replacement;
}

QString ProfileRepoint::pathOf(const ProfileUsage::Place &place)
{
    switch (place.level) {
    case Level::Global: return QStringLiteral("system/profiles");
    case Level::Tenant:
    case Level::Space:
    case Level::SpaceTemplate: return collectionOf(place.level) + QLatin1Char('/') + place.id;
    case Level::AccessMethodTemplate:
        return QStringLiteral("coSpaceTemplates/%1/accessMethodTemplates/%2").arg(place.parentId, place.id);
    case Level::AccessMethod:
    case Level::Member: break;
    }
    return {};
}

void ProfileRepoint::buildPlan(const Completion &done)
{
    if (m_replacementId == m_id) {
        done(StepOutcome{{}, tr("«%1» cannot replace itself.").arg(m_name)});
        return;
    }
    checkReplacement(done);
}

// The replacement must exist: a refusal now is clearer than a rollback at the first step.
void ProfileRepoint::checkReplacement(const Completion &done)
{
    if (m_replacementId.isEmpty()) {
        findUsage(done);
        return;
    }
    const QString path = ProfileUsageFinder::collection(m_kind) + QLatin1Char('/') + m_replacementId;
    read(-1, CmsRequest::get(path), [this, done](const CmsReply &reply) {
        if (!reply.isOk()) {
            done(StepOutcome{reply.error(), {}});
            return;
        }
        findUsage(done);
    });
}

void ProfileRepoint::findUsage(const Completion &done)
{
    auto *finder = new ProfileUsageFinder(connection(), m_kind, m_id, this);
    connect(finder, &ProfileUsageFinder::finished, this, [this, finder, done] {
        finder->deleteLater();
        if (!finder->error().isOk()) {
            done(StepOutcome{finder->error(), {}});
            return;
        }
        m_usage = finder->usage();
        m_notCovered = uncoveredLevels();
        if (!m_notCovered.isEmpty()) {
            done(StepOutcome{{}, tr("«%1» is neither re-pointed nor deleted, because it may be used where the console "
                                    "cannot see: %2").arg(m_name, m_notCovered.join(QLatin1Char(' ')))});
            return;
        }
        for (const ProfileUsage::Place &place : std::as_const(m_usage.places))
            addConfigSteps({repointStep(place)});
        addFinalSteps();
        done({});
    });
    finder->start();
}

// Whether objects of the level have a field for this kind of profile (call profiles are not set on
// access methods, for example). A type the schema does not know is assumed to have it.
bool ProfileRepoint::levelCanReference(Level level) const
{
    const ObjectType *type = Schema::find(collectionOf(level));
    return !type || type->field(ProfileUsageFinder::field(m_kind));
}

QStringList ProfileRepoint::uncoveredLevels() const
{
    QStringList out;
    for (int i = 0; i < ProfileUsage::LevelCount; ++i) {
        const Level level = Level(i);
        if (!levelCanReference(level))
            continue;
        switch (m_usage.source(level)) {
        case Source::Listed:
            break;
        case Source::ServerFlag:
            if (!m_usage.flagged[i])
                break;   // the server says none does
            if (level == Level::Member)
                out << tr("Space members: the server says some use «%1» but not which, so the console cannot "
                          "re-point them; change them in the spaces' member lists first.").arg(m_name);
            else
                out << tr("Access methods: the server says some use «%1» but not which, so the console cannot "
                          "re-point them; change them in the spaces' access methods first.").arg(m_name);
            break;
        case Source::PartlyRead:
            out << tr("Spaces: the API cannot list the spaces that use «%1»; the console has read %2 of %3 spaces "
                      "in detail, so others may use it.")
                       .arg(m_name).arg(m_usage.spacesChecked).arg(m_usage.spacesKnown);
            break;
        case Source::NotChecked:
            switch (level) {
            case Level::Space:
                out << tr("Spaces: the API offers no way to find the spaces that use «%1».").arg(m_name);
                break;
            case Level::AccessMethod:
                out << tr("Access methods: the API offers no way to find the access methods that use «%1».").arg(m_name);
                break;
            case Level::Member:
                out << tr("Space members: the API offers no way to find the members that use «%1».").arg(m_name);
                break;
            default:
                out << tr("Some objects: the API offers no way to find all that use «%1».").arg(m_name);
                break;
            }
            break;
        }
    }
    return out;
}

QString ProfileRepoint::placeText(const ProfileUsage::Place &place) const
{
    const QString name = place.name.isEmpty() ? place.id : place.name;
    switch (place.level) {
    case Level::Global: return tr("Global profiles");
    case Level::Tenant: return tr("Tenant «%1»").arg(name);
    case Level::Space: return tr("Space «%1»").arg(name);
    case Level::SpaceTemplate: return tr("Space template «%1»").arg(name);
    case Level::AccessMethodTemplate: return tr("Access method template «%1»").arg(name);
    case Level::AccessMethod: return tr("Access method «%1»").arg(name);
    case Level::Member: return tr("Space member «%1»").arg(name);
    }
    return name;
}

ConfigStep ProfileRepoint::repointStep(const ProfileUsage::Place &place) const
{
    ConfigStep step;
    step.kind = ConfigStep::Kind::Update;
    step.path = pathOf(place);
    const QString field = ProfileUsageFinder::field(m_kind);
    step.params = {{field, m_replacementId}};
    step.previous = {{field, m_id}};
    step.description = m_replacementId.isEmpty()
        //: %1: where, as in "Space «Board»"; %2: the profile
        ? tr("%1: no longer use «%2», so the level above applies (PUT /%3 %4=)").arg(placeText(place), m_name, step.path, field)
        //: %1: where, as in "Space «Board»"; %2: the replacement; %3: the profile deleted
        : tr("%1: use «%2» instead of «%3» (PUT /%4 %5=%6)")
              .arg(placeText(place), m_replacementName, m_name, step.path, field, m_replacementId);
    return step;
}

// Read again just before the delete: a reference made since the plan (by another admin) stops it,
// and everything re-pointed is put back.
void ProfileRepoint::addFinalSteps()
{
    OperationStep *check = addStep(tr("Check that «%1» is used nowhere any more").arg(m_name));
    check->setExecute([this](const Completion &finished) {
        auto *finder = new ProfileUsageFinder(connection(), m_kind, m_id, this);
        connect(finder, &ProfileUsageFinder::finished, this, [this, finder, finished] {
            finder->deleteLater();
            if (!finder->error().isOk())
                finished(StepOutcome{finder->error(), {}});
            else if (finder->usage().isUsed())
                finished(StepOutcome{{}, tr("«%1» is still in use (something may have been pointed to it meanwhile): "
                                            "it is not deleted.").arg(m_name)});
            else
                finished({});
        });
        finder->start();
    });
    const QString path = ProfileUsageFinder::collection(m_kind) + QLatin1Char('/') + m_id;
    OperationStep *remove = addStep(tr("Delete «%1» (DELETE /%2)").arg(m_name, path));
    remove->setExecute([this, remove, path](const Completion &finished) {
        remove->await(send(-1, CmsRequest::del(path)), finished);
    });
}

} // namespace cms
