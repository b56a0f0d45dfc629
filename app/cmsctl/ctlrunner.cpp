#include "ctlrunner.h"

#include "ctlusagereport.h"

#include "diagnostics/apitrace.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "ctlguesthost.h"
#include "ctlmeeting.h"
#include "ctllivecommands.h"
#include "credentials/credentialstore.h"
#include "schema/schema.h"

#include <QFile>
#include <QSslCertificate>
#include <QTimer>

namespace {

cms::CredentialKey keyFor(const cms::Endpoint &primary, const cms::Endpoint &endpoint)
{
    // The cluster is named after its primary bridge on the command line.
    return {primary.key(), endpoint.key(), endpoint.user};
}

} // namespace

CtlRunner::CtlRunner(CtlInvocation invocation, cms::CredentialStore &credentials, QTextStream &out, QTextStream &err,
                     QObject *parent)
    : QObject(parent)
    , m_inv(std::move(invocation))
    , m_credentials(credentials)
    , m_err(err)
    , m_output(out, err, m_inv.json)
{
}

CtlRunner::~CtlRunner() = default;

int CtlRunner::exitCodeFor(const cms::CmsError &error)
{
    using Kind = cms::CmsError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Done;
    case Kind::ServerRefused:
        return Refused;
    case Kind::InvalidInput:
        return Usage;
    default:
        return ConnectionProblem;
    }
}

void CtlRunner::start()
{
    // Start from the event loop, so that a caller can connect to finished() first.
    QTimer::singleShot(0, this, [this] {
        if (!buildEndpoints())
            return;
        if (!m_inv.password.isEmpty()) {
            for (cms::Endpoint &e : m_endpoints)
                e.password = m_inv.password;
            run();
        } else if (m_inv.command == QLatin1String("login")) {
            m_output.usageError(tr("login needs the password on stdin (--password-stdin) or in CMS_PASSWORD."));
            finish(Usage);
        } else {
            readPasswords(0);
        }
    });
}

bool CtlRunner::buildEndpoints()
{
    for (qsizetype i = 0; i < m_inv.urls.size(); ++i) {
        QString problem;
        const QUrl url = cms::Endpoint::parseAddress(m_inv.urls.at(i), &problem);
        if (!url.isValid()) {
            m_output.usageError(problem);
            finish(Usage);
            return false;
        }
        cms::Endpoint e;
        e.baseUrl = url;
        e.user = m_inv.user;
        e.pinnedSha256 = m_inv.pins.value(i);
        m_endpoints.append(e);
    }
    if (!m_inv.caFile.isEmpty()) {
        m_caBundle = QSslCertificate::fromPath(m_inv.caFile, QSsl::Pem);
        if (m_caBundle.isEmpty()) {
            m_output.usageError(tr("No PEM certificate could be read from “%1”.").arg(m_inv.caFile));
            finish(Usage);
            return false;
        }
    }
    return true;
}

// Each bridge's password from the keychain; a bridge without its own uses the primary's.
void CtlRunner::readPasswords(int index)
{
    if (index >= m_endpoints.size()) {
        run();
        return;
    }
    cms::CredentialJob *job = m_credentials.readPassword(keyFor(m_endpoints.first(), m_endpoints.at(index)));
    connect(job, &cms::CredentialJob::finished, this, [this, index](const cms::CredentialResult &result) {
        if (!result.ok()) {
            m_output.usageError(result.message());
            finish(Usage);
            return;
        }
        if (!result.notFound)
            m_endpoints[index].password = result.password;
        else if (index > 0)
            m_endpoints[index].password = m_endpoints.first().password;
        if (m_endpoints.at(index).password.isEmpty()) {
            m_output.usageError(tr("No password for %1 on %2: run cmsctl login first, or use --password-stdin or CMS_PASSWORD.")
                                    .arg(m_endpoints.at(index).user, m_endpoints.at(index).key()));
            finish(Usage);
            return;
        }
        readPasswords(index + 1);
    });
}

void CtlRunner::run()
{
    m_connection = std::make_unique<cms::Connection>(m_endpoints);
    m_connection->transport().setTimeoutMs(m_inv.timeoutSeconds * 1000);
    m_connection->transport().setCaCertificates(m_caBundle);
    if (m_inv.trace) {
        m_trace = std::make_unique<cms::ApiTrace>();
        m_connection->transport().setTrace(m_trace.get());
        connect(m_trace.get(), &cms::ApiTrace::entryAdded, this,
                [this](const cms::TraceEntry &entry) { m_err << cms::ApiTrace::format(entry) << Qt::endl; });
    }

    const QString &c = m_inv.command;
    if (c == QLatin1String("login"))
        login();
    else if (c == QLatin1String("status"))
        status();
    else if (c == QLatin1String("bridges"))
        bridges();
    else if (c == QLatin1String("list"))
        list();
    else if (c == QLatin1String("get"))
        get();
    else if (c == QLatin1String("create"))
        create();
    else if (c == QLatin1String("update"))
        update();
    else if (c == QLatin1String("delete"))
        remove();
    else if (c == QLatin1String("usage"))
        usage();
    else if (c == QLatin1String("guesthost"))
        guestHost();
    else if (c == QLatin1String("meeting"))
        meeting();
    else
        live();
}

// Checks the password on every bridge, then stores it in the keychain for each.
void CtlRunner::login()
{
    auto pending = std::make_shared<int>(int(m_endpoints.size()));
    for (int i = 0; i < m_endpoints.size(); ++i) {
        cms::CmsReply *reply = m_connection->send(i, cms::CmsRequest::get(QStringLiteral("system/status")));
        connect(reply, &cms::CmsReply::finished, this, [this, reply, i, pending] {
            if (m_finished)
                return;
            if (!reply->isOk()) {
                fail(reply->error());
                return;
            }
            const cms::Endpoint &e = m_endpoints.at(i);
            cms::CredentialJob *job = m_credentials.writePassword(keyFor(m_endpoints.first(), e), e.password);
            connect(job, &cms::CredentialJob::finished, this, [this, i, pending](const cms::CredentialResult &r) {
                if (m_finished)
                    return;
                if (!r.ok()) {
                    m_output.usageError(r.message());
                    finish(ConnectionProblem);
                    return;
                }
                m_output.message(tr("Password for %1 on %2 checked and stored in the keychain.")
                                     .arg(m_endpoints.at(i).user, m_endpoints.at(i).key()));
                if (--*pending == 0)
                    finish(Done);
            });
        });
    }
}

void CtlRunner::usage()
{
    cms::ProfileUsageFinder::Kind kind;
    if (!cms::ProfileUsageFinder::kindFromName(m_inv.arguments.value(0), &kind)) {
        m_output.usageError(tr("usage works on callLegProfiles, callProfiles and dialInSecurityProfiles, not “%1”.")
                                .arg(m_inv.arguments.value(0)));
        finish(Usage);
        return;
    }
    const QString id = m_inv.arguments.value(1);
    auto *finder = new cms::ProfileUsageFinder(*m_connection, kind, id, this);
    connect(finder, &cms::ProfileUsageFinder::finished, this, [this, finder, kind, id] {
        if (!finder->error().isOk()) {
            fail(finder->error());
            return;
        }
        const CtlUsageReport report(kind, id, finder->usage());
        m_output.jsonResult(report.json());
        for (const QString &line : report.lines())
            m_output.message(line);
        finish(Done);
    });
    finder->start();
}

void CtlRunner::status()
{
    printObject(m_connection->send(0, cms::CmsRequest::get(QStringLiteral("system/status"))));
}

void CtlRunner::printObject(cms::CmsReply *reply)
{
    connect(reply, &cms::CmsReply::finished, this, [this, reply] {
        cms::CmsError problem = reply->error();
        const cms::CmsNode node = problem.isOk() ? reply->object(&problem) : cms::CmsNode();
        if (!problem.isOk()) {
            fail(problem);
            return;
        }
        m_output.object(node);
        finish(Done);
    });
}

// The cluster as any of its bridges describes it: /callBridges, then each bridge's own details.
void CtlRunner::bridges()
{
    auto *pager = new cms::CollectionPager(*m_connection, QStringLiteral("callBridges"), {}, this);
    connect(pager, &cms::CollectionPager::finished, this, [this, pager] {
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        auto details = std::make_shared<QList<cms::CmsNode>>(pager->items());
        auto remaining = std::make_shared<int>(int(details->size()));
        if (details->isEmpty()) {
            m_output.objects({});
            finish(Done);
            return;
        }
        for (int i = 0; i < details->size(); ++i) {
            cms::CmsReply *reply =
                m_connection->sendShared(cms::CmsRequest::get(QStringLiteral("callBridges/") + details->at(i).id()));
            connect(reply, &cms::CmsReply::finished, this, [this, reply, details, remaining, i] {
                if (m_finished)
                    return;
                cms::CmsError problem = reply->error();
                cms::CmsNode node = problem.isOk() ? reply->object(&problem) : cms::CmsNode();
                if (!problem.isOk()) {
                    fail(problem);
                    return;
                }
                (*details)[i] = node;
                if (--*remaining == 0) {
                    m_output.objects(*details);
                    finish(Done);
                }
            });
        }
    });
    pager->start();
}

bool CtlRunner::validate(const QString &typePath, bool creating, QString *apiPath)
{
    const cms::ResolvedPath resolved = cms::Schema::resolvePath(typePath);
    if (!resolved.isValid()) {
        m_output.usageError(tr("“%1” is not a collection of the CMS API.").arg(typePath));
        finish(Usage);
        return false;
    }
    if ((creating && !resolved.type->creatable) || (!creating && !resolved.type->updatable)) {
        m_output.usageError(creating ? tr("Objects of %1 cannot be created through the API.").arg(resolved.type->collection)
                                     : tr("Objects of %1 cannot be changed through the API.").arg(resolved.type->collection));
        finish(Usage);
        return false;
    }
    const auto issues = cms::Schema::validate(*resolved.type, m_inv.assignments,
                                              creating ? cms::WriteMode::Create : cms::WriteMode::Update);
    if (!issues.isEmpty()) {
        for (const cms::ValidationIssue &issue : issues)
            fail(cms::CmsError::invalidInput(issue.field, issue.message));
        return false;
    }
    *apiPath = resolved.apiPath();
    return true;
}

void CtlRunner::list()
{
    const cms::ResolvedPath resolved = cms::Schema::resolvePath(m_inv.arguments.first());
    if (!resolved.isValid() || !resolved.objectId.isEmpty()) {
        m_output.usageError(tr("“%1” is not a collection of the CMS API.").arg(m_inv.arguments.first()));
        finish(Usage);
        return;
    }
    QUrlQuery filters;
    if (!m_inv.filter.isEmpty())
        filters.addQueryItem(QStringLiteral("filter"), m_inv.filter);
    auto *pager = new cms::CollectionPager(*m_connection, resolved.apiPath(), filters, this);
    pager->setMaxItems(m_inv.max);
    connect(pager, &cms::CollectionPager::finished, this, [this, pager] {
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        m_output.objects(pager->items());
        finish(Done);
    });
    pager->start();
}

void CtlRunner::get()
{
    QString path = m_inv.arguments.first();
    if (path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    if (path.startsWith(QLatin1String("api/v1/"), Qt::CaseInsensitive))
        path = path.mid(7);
    printObject(m_connection->sendShared(cms::CmsRequest::get(path)));
}

void CtlRunner::create()
{
    QString path;
    if (!validate(m_inv.arguments.first(), true, &path))
        return;
    // A create goes to one bridge and is never retried elsewhere: it could be made twice.
    const int target = qMax(0, m_connection->pickSharedEndpoint());
    cms::CmsReply *reply = m_connection->send(target, cms::CmsRequest::post(path, m_inv.assignments));
    connect(reply, &cms::CmsReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        m_output.createdId(reply->createdId());
        finish(Done);
    });
}

void CtlRunner::update()
{
    QString path;
    if (!validate(m_inv.arguments.first(), false, &path))
        return;
    cms::CmsReply *reply =
        m_connection->sendShared(cms::CmsRequest::put(path + QLatin1Char('/') + m_inv.arguments.at(1), m_inv.assignments));
    connect(reply, &cms::CmsReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        m_output.message(tr("Updated."));
        finish(Done);
    });
}

void CtlRunner::remove()
{
    const cms::ResolvedPath resolved = cms::Schema::resolvePath(m_inv.arguments.first());
    if (!resolved.isValid()) {
        m_output.usageError(tr("“%1” is not a collection of the CMS API.").arg(m_inv.arguments.first()));
        finish(Usage);
        return;
    }
    cms::CmsReply *reply =
        m_connection->sendShared(cms::CmsRequest::del(resolved.apiPath() + QLatin1Char('/') + m_inv.arguments.at(1)));
    connect(reply, &cms::CmsReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        m_output.message(tr("Deleted."));
        finish(Done);
    });
}

void CtlRunner::guestHost()
{
    auto *commands = new CtlGuestHost(m_inv, *m_connection, m_output, this);
    connect(commands, &CtlGuestHost::finished, this, [this](const cms::CmsError &error) {
        if (error.isOk())
            finish(Done);
        else
            fail(error);
    });
    connect(commands, &CtlGuestHost::finishedWithCode, this, &CtlRunner::finish);
    commands->run();
}

void CtlRunner::meeting()
{
    auto *commands = new CtlMeeting(m_inv, *m_connection, m_output, this);
    connect(commands, &CtlMeeting::finished, this, [this](const cms::CmsError &error) {
        if (error.isOk())
            finish(Done);
        else
            fail(error);
    });
    connect(commands, &CtlMeeting::finishedWithCode, this, &CtlRunner::finish);
    commands->run();
}

void CtlRunner::live()
{
    auto *commands = new CtlLiveCommands(m_inv, *m_connection, m_output, this);
    connect(commands, &CtlLiveCommands::finished, this, [this](const cms::CmsError &error) {
        if (error.isOk())
            finish(Done);
        else
            fail(error);
    });
    connect(commands, &CtlLiveCommands::finishedWithFailures, this, &CtlRunner::finish);
    commands->run();
}

void CtlRunner::fail(const cms::CmsError &error)
{
    if (m_finished)
        return;
    m_output.failure(error);
    finish(exitCodeFor(error));
}

void CtlRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(code);
}
