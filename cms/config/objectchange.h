#pragma once

#include "api/cmserror.h"
#include "schema/schema.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace cms {

class CmsReply;
class Connection;

// Saves one object of a schema type: a POST that creates it or a PUT that changes it. An edit sends
// only the fields whose value changed (changedParams), so that settings the user did not touch keep
// whatever the server holds, inherited or not. The parameters are checked against the schema before
// anything is sent; a refusal, from the schema or from the server, is tied to the field it concerns
// (errorField) so that an editor can show it there. Finishes exactly once.
class ObjectChange : public QObject
{
    Q_OBJECT
public:
    using Params = Schema::Params;
    using Values = QHash<QString, QString>;

    ObjectChange(Connection &connection, const ObjectType &type, WriteMode mode, int serverVersion = 0,
                 QObject *parent = nullptr);
    // A change dropped unfinished is not cancelled: what was sent may already be done on the server.
    ~ObjectChange() override;

    // The edited fields whose value differs from the loaded one, in the schema's field order (names
    // the schema does not know follow, sorted). A field emptied by the user is sent as "": the server
    // then unsets it and the level above applies. A field absent from `edited` is left alone.
    static Params changedParams(const ObjectType &type, const Values &loaded, const Values &edited);

    // The field a refusal concerns; empty when it concerns the request as a whole. A parameterError
    // names its parameter; known reasons name their field (duplicateCoSpaceUri → uri). Where a reason
    // fits several fields (a duplicate URI may be the secondary one), the first of them that `sent`
    // carries wins, else the first that `type` has (a member's missing user is its userJid, a space's
    // its ownerJid), else the first.
    static QString fieldForError(const CmsError &error, const Params &sent = {},
                                 const ObjectType *type = nullptr);

    // Create: `path` is the collection ("coSpaces"); Update: the object ("coSpaces/<id>"). Parameters
    // are sent as given (use changedParams for an edit). An update with nothing to send succeeds
    // without a request.
    void start(const QString &path, const Params &params);
    void cancel();

    WriteMode mode() const { return m_mode; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.isOk(); }
    const CmsError &error() const { return m_error; }
    QString errorField() const { return m_errorField; }
    // What to show at errorField(): for input refused before sending, the reason alone (the field
    // already says which); otherwise the error's whole sentence.
    QString errorFieldText() const;
    // The id of what a POST created.
    QString createdId() const { return m_createdId; }
    const Params &sentParams() const { return m_sent; }
    bool requestSent() const { return m_requestSent; }
    // Failed, yet the server may have carried it out (a bridge failed while it held the request:
    // see CmsReply::mayHaveBeenCarriedOut); it was not sent again elsewhere. The object to check
    // before trying again is path() for an update, and for a create the one sentParams() describe
    // in the collection path().
    bool mayHaveHappened() const { return m_mayHaveHappened; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void finished();

private:
    void onReplyFinished(CmsReply *reply);
    void finishLater(const CmsError &error);
    void finish(const CmsError &error);

    Connection &m_connection;
    const ObjectType &m_type;
    WriteMode m_mode;
    int m_serverVersion;
    Params m_sent;
    QString m_path;
    QPointer<CmsReply> m_reply;
    CmsError m_error;
    QString m_errorField;
    QString m_createdId;
    bool m_started = false;
    bool m_finished = false;
    bool m_requestSent = false;
    bool m_mayHaveHappened = false;
};

} // namespace cms
