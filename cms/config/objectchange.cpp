#include "config/objectchange.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/connection.h"

#include <QSet>
#include <QTimer>
#include <algorithm>

namespace cms {

namespace {

// The fields a failure reason (cmserror.cpp) is about, most likely first.
QStringList fieldsForReason(const QString &reason)
{
    struct Mapping
    {
        const char16_t *reason;
        const char16_t *fields[3];   // unused slots are null
    };
    static const Mapping mappings[] = {
        {u"duplicateCoSpaceUri", {u"uri", u"secondaryUri"}},
        {u"duplicateCoSpaceId", {u"callId"}},
        {u"duplicateCoSpaceUriPasscode", {u"passcode", u"uri"}},
        {u"duplicateCoSpaceIdPasscode", {u"passcode", u"callId"}},
        {u"duplicateCoSpaceSecret", {u"secret"}},
        {u"duplicateCallBridgeName", {u"name"}},
        {u"passcodeTooShort", {u"passcode"}},
        {u"callProfileDoesNotExist", {u"callProfile"}},
        {u"callLegProfileDoesNotExist", {u"callLegProfile"}},
        {u"dialInSecurityProfileDoesNotExist", {u"dialInSecurityProfile"}},
        {u"tenantDoesNotExist", {u"tenant"}},
        {u"userDoesNotExist", {u"ownerJid", u"userJid", u"ownerId"}},
        {u"duplicateCoSpaceUser", {u"userJid"}},
        {u"coSpaceTemplateDoesNotExist", {u"coSpaceTemplate"}},
        {u"callBridgeDoesNotExist", {u"callBridge"}},
        {u"callBridgeGroupDoesNotExist", {u"callBridgeGroup"}},
    };
    for (const Mapping &m : mappings) {
        if (reason == QStringView(m.reason)) {
            QStringList fields;
            for (const char16_t *f : m.fields) {
                if (f)
                    fields.append(QString::fromUtf16(f));
            }
            return fields;
        }
    }
    return {};
}

bool carries(const Schema::Params &params, const QString &name)
{
    return std::any_of(params.cbegin(), params.cend(), [&](const auto &p) { return p.first == name; });
}

} // namespace

ObjectChange::ObjectChange(Connection &connection, const ObjectType &type, WriteMode mode, int serverVersion,
                           QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_type(type)
    , m_mode(mode)
    , m_serverVersion(serverVersion)
{
}

ObjectChange::Params ObjectChange::changedParams(const ObjectType &type, const Values &loaded, const Values &edited)
{
    Params params;
    QSet<QString> known;
    for (const FieldDef &field : type.fields) {
        known.insert(field.name);
        const auto it = edited.constFind(field.name);
        if (it != edited.constEnd() && it.value() != loaded.value(field.name))
            params.append({field.name, it.value()});
    }
    QStringList others;
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        if (!known.contains(it.key()) && it.value() != loaded.value(it.key()))
            others.append(it.key());
    }
    others.sort();
    for (const QString &name : std::as_const(others))
        params.append({name, edited.value(name)});
    return params;
}

ObjectChange::~ObjectChange()
{
    if (m_reply && !m_reply->isFinished())   // the request goes on; nobody waits for its answer
        connect(m_reply, &CmsReply::finished, m_reply, &QObject::deleteLater);
}

QString ObjectChange::fieldForError(const CmsError &error, const Params &sent, const ObjectType *type)
{
    switch (error.kind) {
    case CmsError::Kind::InvalidInput:
        return error.field;
    case CmsError::Kind::ServerRefused:
        break;
    default:
        return {};
    }
    if (!error.parameter.isEmpty())
        return error.parameter;   // parameterError
    const QStringList candidates = fieldsForReason(error.reason);
    for (const QString &field : candidates) {
        if (carries(sent, field))
            return field;
    }
    if (type) {
        for (const QString &field : candidates) {
            if (type->field(field))
                return field;
        }
    }
    return candidates.value(0);
}

QString ObjectChange::errorFieldText() const
{
    if (m_error.kind == CmsError::Kind::InvalidInput && !m_error.sentence.isEmpty())
        return m_error.sentence;
    return m_error.message();
}

void ObjectChange::start(const QString &path, const Params &params)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_sent = params;
    m_path = path;
    const QList<ValidationIssue> issues = Schema::validate(m_type, params, m_mode, m_serverVersion);
    if (!issues.isEmpty()) {
        const ValidationIssue &first = issues.first();
        finishLater(CmsError::invalidInput(first.field, first.message));
        return;
    }
    if (m_mode == WriteMode::Update && params.isEmpty()) {
        finishLater({});
        return;
    }
    const CmsRequest request
        = m_mode == WriteMode::Create ? CmsRequest::post(path, params) : CmsRequest::put(path, params);
    m_requestSent = true;
    m_reply = m_connection.sendShared(request);
    CmsReply *reply = m_reply;
    connect(reply, &CmsReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ObjectChange::cancel()
{
    if (m_finished)
        return;
    if (m_reply)
        m_reply->cancel();   // finishes the reply as Cancelled, which finishes this change
    else
        finish(CmsError(CmsError::Kind::Cancelled));
}

void ObjectChange::onReplyFinished(CmsReply *reply)
{
    reply->deleteLater();
    if (reply->isOk() && m_mode == WriteMode::Create)
        m_createdId = reply->createdId();
    m_mayHaveHappened = reply->mayHaveBeenCarriedOut();
    CmsError error = reply->error();
    error.mayHaveTakenEffect = m_mayHaveHappened;
    finish(error);
}

// Callers connect to finished() after start(): a change that ends before any request must still be
// seen to finish.
void ObjectChange::finishLater(const CmsError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ObjectChange::finish(const CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorField = fieldForError(error, m_sent, &m_type);
    Q_EMIT finished();
}

} // namespace cms
