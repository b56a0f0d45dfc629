#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

// How cmsctl prints objects: readable lines for people, JSON for scripts.
class CtlOutput
{
public:
    CtlOutput(QTextStream &out, QTextStream &err, bool json);

    void objects(const QList<cms::CmsNode> &items);   // a list: one line each, or one JSON array
    void object(const cms::CmsNode &node);            // one object: field per line, or a JSON object
    void createdId(const QString &id);
    void jsonLine(const QJsonObject &line);           // one compact JSON object per line (watch)
    void jsonResult(const QJsonObject &line);         // the same, in JSON mode only (a result per line)
    void message(const QString &text);                // a sentence for a person (stdout, not in JSON mode)
    void failure(const cms::CmsError &error);         // the sentence on stderr; JSON on stdout too
    void usageError(const QString &text);

    static QJsonObject toJson(const cms::CmsNode &node);

private:
    void writeLines(const cms::CmsNode &node, int indent);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};
