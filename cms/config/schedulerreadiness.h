#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace cms {

class Connection;

// What the CMS scheduler (3.3 beta, 3.4 GA) needs from a cluster's configuration before a meeting
// booked in the web app can give guests and hosts their own way in (cms-api.md section 8, source
// notes 001 and 003): a space template with an access method template for guests (`$.guest`) whose
// call leg profile holds them in the lobby, and one for hosts (`$.host`) whose profile lets them in
// and so activates the meeting.
struct SchedulerReadiness
{
    enum class Requirement {
        Version,        // CMS 3.3 or later
        GuestProfile,   // a call leg profile with needsActivation=true
        HostProfile,    // a call leg profile with needsActivation=false
        SpaceTemplate,  // a space template with a guest or a host access method template
        GuestMethod,    // that template's guest access method template
        HostMethod,     // that template's host access method template
    };
    struct Item
    {
        Requirement requirement = Requirement::Version;
        bool met = false;
        QString reason;   // translated: why it is met or not, naming the objects
    };
    struct Named
    {
        QString id;       // empty: none found
        QString name;
        bool isFound() const { return !id.isEmpty(); }
    };

    QList<Item> items;    // in Requirement order, every one of them
    Named guestProfile;   // reused by the set-up when found
    Named hostProfile;
    Named spaceTemplate;  // the template that is ready, or the one that comes closest
    Named guestMethod;    // in spaceTemplate
    Named hostMethod;     // in spaceTemplate
    QStringList uriGenerators;   // every generator of spaceTemplate's access method templates

    bool isReady() const;
    bool isMet(Requirement requirement) const;
    const Item *item(Requirement requirement) const;
    // The requirement's name for the checklist, translated.
    static QString title(Requirement requirement);
};

// Reads the cluster's call leg profiles, space templates and their access method templates (each
// object in full: the lists do not carry needsActivation or callLegProfile) and says which of the
// scheduler's requirements are met. An access method template's call leg profile is its own, or,
// when it names none, its space template's. A profile counts for guests or hosts only when it sets
// needsActivation itself: an unset value inherits from the levels above (tenant, global), which a
// meeting's own access cannot count on. finished() comes once, with readiness() or error().
class SchedulerReadinessCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchedulerVersion = 303;   // CMS 3.3
    static constexpr int kTemplatesVersion = 209;   // CMS 2.9

    // `version`: the server's, as Schema::versionNumber() gives it (0: not known).
    SchedulerReadinessCheck(Connection &connection, int version, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const CmsError &error() const { return m_error; }
    const SchedulerReadiness &readiness() const { return m_readiness; }

    // A uriGenerator that is set and that the API accepts (cms::UriGeneratorCheck).
    static bool isValidUriGenerator(const QString &generator);

Q_SIGNALS:
    void finished();

private:
    struct Template
    {
        CmsNode object;
        QList<CmsNode> methods;
    };
    void listEach(const QString &path, const std::function<void(const QList<CmsNode> &)> &then);
    void readEach(const QString &path, const QList<CmsNode> &items, const std::function<void(const QList<CmsNode> &)> &then);
    void begin();
    void end();
    void fail(const CmsError &error);
    void judge();
    void judgeProfiles();
    void judgeTemplates();
    // "true"/"false" as the profile sets it; empty when unset or unknown.
    QString needsActivation(const QString &profileId) const;
    QString profileName(const QString &profileId) const;

    QPointer<Connection> m_connection;
    int m_version;
    QList<CmsNode> m_profiles;
    QHash<QString, Template> m_templates;
    SchedulerReadiness m_readiness;
    CmsError m_error;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace cms
