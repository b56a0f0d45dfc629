#pragma once

#include "diagnostics/traceentry.h"

#include <QStringView>

namespace cms {

// Takes every secret out of API traffic before it is stored, shown or printed (the API trace,
// `cmsctl --trace`, "Copy as curl"). Security-critical: tst_redaction covers each rule.
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
class Redaction
{
public:
    static QString redactedMarker();   // "(redacted)"
    static bool isSecretName(QStringView name);
    static bool isSecret(QStringView name, QStringView value);   // a secret name with a value that can hide one

    static TraceEntry redactEntry(const TraceEntry &entry);
    static RawHeaders redactHeaders(const RawHeaders &headers);
    static QUrl redactUrl(const QUrl &url);
    static QByteArray redactFormBody(const QByteArray &body);
    static QByteArray redactXmlBody(const QByteArray &body);
    static QByteArray redactBody(const QByteArray &body);   // XML or form, by its first character

    static QString formDecode(QByteArray encoded);          // a form field's name or value as text
    static bool looksLikeXml(const QByteArray &body);
};

} // namespace cms
