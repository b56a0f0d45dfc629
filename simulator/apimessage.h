#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <variant>

namespace cmssim {

// Form parameters of a POST or PUT, decoded. Order is kept out of it on purpose: the CMS API gives
// no meaning to it. A parameter present with an empty value means "unset".
using Params = QMap<QString, QString>;

// One API request as the router sees it, independent of the HTTP server that carried it.
struct ApiRequest
{
    QString method;       // "GET", "POST", "PUT", "DELETE"
    QStringList path;     // segments after /api/v1, as sent (case kept)
    QUrlQuery query;      // GET filters, offset, limit
    Params params;        // form body of POST and PUT
    QString user;         // the authenticated API user

    // Path segment i, lower-cased: CMS paths are case-insensitive.
    QString segment(qsizetype i) const { return i < path.size() ? path.at(i).toLower() : QString(); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }

    // offset and limit as a real server reads them: the page never exceeds the server's cap,
    // whatever was asked, and nothing says so.
    struct PageRange
    {
        qsizetype offset = 0;
        qsizetype limit = 0;
    };
    PageRange page(int cap) const;
};

// One API response. Builders below produce the shapes a real server sends.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse ok() { return {}; }
    static ApiResponse xml(QByteArray document);
    static ApiResponse created(const QString &apiPath);   // 200 + Location: /api/v1/<apiPath>
    static ApiResponse empty(int status) { ApiResponse r; r.status = status; return r; }

    QByteArray header(const QByteArray &name) const;
};

// A <failureDetails> reply: one child element named after the reason, optional attributes.
struct Failure
{
    Failure() = default;
    explicit Failure(QString why, QList<QPair<QString, QString>> attrs = {}, int httpStatus = 400)
        : reason(std::move(why))
        , attributes(std::move(attrs))
        , status(httpStatus)
    {
    }

    QString reason;
    QList<QPair<QString, QString>> attributes;
    int status = 400;

    static Failure parameterError(const QString &parameter, const QString &error);
    static Failure notFound(const QString &reason);   // marks a "does not exist" reason
    bool isNotFound = false;

    QByteArray toXml(const QByteArray &declaration) const;
};

// What a handler returns: a response, or a failure that the server turns into <failureDetails>.
using Reply = std::variant<ApiResponse, Failure>;

} // namespace cmssim
