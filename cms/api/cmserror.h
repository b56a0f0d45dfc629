#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

namespace cms {

// What went wrong with a request to a CMS server, said two ways: a translated sentence a person
// understands (message()) and the raw detail kept for the trace (detail).
class CmsError
{
    Q_DECLARE_TR_FUNCTIONS(CmsError)

public:
    enum class Kind {
        None,
        Network,               // connection refused, host not found, reset…
        Tls,                   // handshake failed for another reason than trust
        UntrustedCertificate,  // not trusted by the system or the CA bundle, and not pinned
        CertificateChanged,    // pinned bridge presented another certificate
        Authentication,        // 401
        ServerRefused,         // 4xx with <failureDetails>: see reason
        HttpStatus,            // any other unexpected status
        Busy,                  // 503 after the retries
        Redirect,              // 3xx: never followed silently
        WebPage,               // 2xx with an HTML page: a proxy, load balancer or portal answered, not the API
        NotXml,                // 2xx with a body of another content type than XML
        MalformedReply,
        ReplyTooLarge,
        Timeout,
        Cancelled,
        InvalidInput,          // refused before sending (schema validation, bad address)
    };

    CmsError() = default;
    explicit CmsError(Kind kind, QString detail = {});

    static CmsError refused(int httpStatus, const QString &reason, const QString &parameter = {},
                            const QString &parameterError = {});
    static CmsError httpStatus(int status, const QString &detail = {});
    static CmsError invalidInput(const QString &field, const QString &sentence);

    bool isOk() const { return kind == Kind::None; }
    explicit operator bool() const { return !isOk(); }   // true when there is an error

    // The translated sentence for a person; with mayHaveTakenEffect, followed by the one that says so.
    QString message() const;
    // A stable name for scripts and JSON: "network", "tls", "auth", "refused", …
    QString kindName() const;
    // Could the same request succeed on another call bridge (failover)?
    bool isConnectionProblem() const;

    Kind kind = Kind::None;
    int status = 0;               // HTTP status, when there was one
    QString reason;               // CMS failure reason, e.g. duplicateCoSpaceUri
    QString parameter;            // parameterError: which parameter
    QString parameterError;       // parameterError: what is wrong with it
    QString field;                // InvalidInput: the field the user must fix
    QString sentence;             // InvalidInput: the (translated) reason
    QString contentType;          // WebPage, NotXml: the Content-Type the server gave, as given
    QString detail;               // raw, untranslated, for the trace
    QSslCertificate certificate;  // UntrustedCertificate / CertificateChanged: what the server showed
    // UntrustedCertificate: what the system found wrong with it, when it is more than an issuer this
    // computer does not know. Each has its own sentence: an expired certificate or one made out to
    // another name is a matter for the server's administrator, not something to trust.
    enum class CertificateProblem { NotTrusted, Expired, NotYetValid, OtherName };
    CertificateProblem certificateProblem = CertificateProblem::NotTrusted;
    // A change (POST, PUT, DELETE) that failed after the call bridge may have received it, so it may
    // have been carried out all the same (CmsReply::mayHaveBeenCarriedOut): whoever reads the error
    // must look before trying again, or the change could be made twice.
    bool mayHaveTakenEffect = false;

private:
    QString kindMessage() const;
    QString reasonMessage() const;
    QString untrustedMessage() const;
};

} // namespace cms
