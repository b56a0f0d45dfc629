// Trace entries full of secrets, shared by the redaction and API trace tests.
#pragma once

#include "diagnostics/traceentry.h"

#include <QtTest>

namespace tracesamples {

using cms::TraceEntry;

inline const QByteArray password = QByteArrayLiteral("S3cr3t-Pa55!");
inline const QByteArray basicCredentials = QByteArray("admin:" + password).toBase64();
inline const QByteArray eventsToken = QByteArrayLiteral("tok-AbC123xyz+/=");
inline const QByteArray passcode = QByteArrayLiteral("97135");
inline const QByteArray hostPasscode = QByteArrayLiteral("86521");
inline const QByteArray spaceSecret = QByteArrayLiteral("sEcReT-VaLuE-42");
inline const QByteArray cdataSecret = QByteArrayLiteral("cdata-only-secret");

// Every secret this file uses, in every form it appears in the inputs.
inline QList<QByteArray> allSecrets()
{
    return {password,    basicCredentials, eventsToken, eventsToken.toPercentEncoding(), passcode,
            hostPasscode, spaceSecret,      cdataSecret};
}

inline TraceEntry postEntry()
{
    TraceEntry e;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 123), Qt::UTC);
    e.elapsedMs = 42;
    e.endpoint = QStringLiteral("cms1.example.com:445");
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://cms1.example.com:445/api/v1/coSpaces"));
    e.requestHeaders = {{"Authorization", "Basic " + basicCredentials},
                        {"Content-Type", "application/x-www-form-urlencoded"},
                        {"Content-Length", "95"},
                        {"Accept-Language", "fr"}};
    e.requestBody = "name=Team%27s+room&passcode=" + passcode + "&uri=team.a&hostPasscode=" + hostPasscode
        + "&regenerateSecret=true";
    e.status = 200;
    e.replyHeaders = {{"Location", "/api/v1/coSpaces/1b2c"}, {"Content-Type", "text/xml"}};
    e.replyBody = "<?xml version=\"1.0\"?>\n<coSpace id=\"1b2c\">\n  <name>Team's room</name>\n  <passcode>"
        + passcode + "</passcode>\n  <secret>" + spaceSecret + "</secret>\n</coSpace>\n";
    return e;
}

inline TraceEntry eventsEntry()
{
    TraceEntry e;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 1), Qt::UTC);
    e.endpoint = QStringLiteral("cms1.example.com:445");
    e.method = "GET";
    e.url = QUrl(QStringLiteral("wss://cms1.example.com:445/events/v1?authToken=%1&x=1")
                     .arg(QString::fromLatin1(eventsToken.toPercentEncoding())));
    e.requestHeaders = {{"X-Cisco-CMS-Auth-Token", eventsToken}};
    e.error = QStringLiteral("Error transferring %1 - server replied: Forbidden (token %2)")
                  .arg(e.url.toString(), QString::fromLatin1(eventsToken));
    return e;
}

inline QByteArray everything(const TraceEntry &e)
{
    QByteArray all = e.endpoint.toUtf8() + e.method + e.url.toEncoded() + e.url.toString().toUtf8()
        + e.requestBody + e.replyBody + e.error.toUtf8();
    for (const auto &[name, value] : e.requestHeaders + e.replyHeaders)
        all += name + value;
    return all;
}

inline void verifyNoSecret(const QByteArray &text)
{
    for (const QByteArray &secret : allSecrets()) {
        if (text.contains(secret))
            QFAIL(qPrintable(QStringLiteral("secret %1 found in: %2")
                                 .arg(QString::fromLatin1(secret), QString::fromUtf8(text))));
    }
}

} // namespace tracesamples
