#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cms {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request and its reply, as the API trace view and `cmsctl --trace` show them.
struct TraceEntry
{
    QDateTime started;
    qint64 elapsedMs = 0;
    QString endpoint;   // host:port of the call bridge
    QByteArray method;
    QUrl url;
    RawHeaders requestHeaders;
    QByteArray requestBody;
    int status = 0;     // 0: no HTTP reply (see error)
    RawHeaders replyHeaders;
    QByteArray replyBody;
    QString error;
};

// A bounded record of API traffic with every secret taken out on the way in: nothing secret is ever
// stored, emitted or printed.
//
// Redaction rule. The value of a header, form field, URL query item, XML element or XML attribute is
// replaced by redactedMarker() when its name (case-insensitive, XML namespace prefix ignored) ends with
// "password", "passcode", "passphrase", "secret" or "token" — passcode, hostPasscode, secret, authToken,
// X-Cisco-CMS-Auth-Token — except:
//  - empty values, and the literals true/false: flags such as regenerateSecret=true or
//    canChangePasscode=false say nothing secret;
//  - names where the word qualifies another (passcodeMode, passcodeTimeout, minPasscodeLength):
//    settings, not secrets, so they stay readable.
// Authorization and Proxy-Authorization keep their scheme ("Basic (redacted)"); Cookie and Set-Cookie
// are redacted whole, and so is a password in the URL's user info. Inside a secret XML element all
// text is redacted, nested elements and CDATA included. Bodies that look like XML get the XML rule,
// others the form rule. Redacting twice gives the same result.
class ApiTrace : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultCapacity = 500;

    explicit ApiTrace(QObject *parent = nullptr);

    // At most capacity() entries are kept, the oldest dropped first. 0 keeps none but still emits
    // entryAdded (for streaming, as `cmsctl --trace` does).
    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);

    void record(const TraceEntry &entry);
    QList<TraceEntry> entries() const { return m_entries; }
    void clear();

    static QString redactedMarker();   // "(redacted)"
    static bool isSecretName(QStringView name);

    static TraceEntry redacted(const TraceEntry &entry);
    static RawHeaders redactHeaders(const RawHeaders &headers);
    static QUrl redactUrl(const QUrl &url);
    static QByteArray redactFormBody(const QByteArray &body);
    static QByteArray redactXmlBody(const QByteArray &body);
    static QByteArray redactBody(const QByteArray &body);   // XML or form, by its first character

    // Readable multi-line text: request line, headers and body (">"), status, headers and body ("<").
    static QString format(const TraceEntry &entry);
    // A curl command that repeats the request. Secrets come from shell variables that must be set
    // (CMS_USER, CMS_PASSWORD, CMS_<FIELD>): the command stops if one is missing, so a placeholder
    // is never sent as if it were real.
    static QString toCurl(const TraceEntry &entry);

Q_SIGNALS:
    void entryAdded(const cms::TraceEntry &entry);   // already redacted
    void cleared();

private:
    QList<TraceEntry> m_entries;
    qsizetype m_capacity = DefaultCapacity;
};

} // namespace cms
