#include "api/cmserror.h"

#include <QHash>
#include <QLocale>

namespace cms {

CmsError::CmsError(Kind k, QString d)
    : kind(k)
    , detail(std::move(d))
{
}

CmsError CmsError::refused(int httpStatus, const QString &why, const QString &param, const QString &paramError)
{
    CmsError e(Kind::ServerRefused);
    e.status = httpStatus;
    e.reason = why;
    e.parameter = param;
    e.parameterError = paramError;
    e.detail = param.isEmpty() ? why : QStringLiteral("%1 parameter=%2 error=%3").arg(why, param, paramError);
    return e;
}

CmsError CmsError::httpStatus(int s, const QString &d)
{
    CmsError e(Kind::HttpStatus, d);
    e.status = s;
    return e;
}

CmsError CmsError::invalidInput(const QString &f, const QString &s)
{
    CmsError e(Kind::InvalidInput, QStringLiteral("%1: %2").arg(f, s));
    e.field = f;
    e.sentence = s;
    return e;
}

QString CmsError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::UntrustedCertificate: return QStringLiteral("untrustedCertificate");
    case Kind::CertificateChanged: return QStringLiteral("certificateChanged");
    case Kind::Authentication: return QStringLiteral("authentication");
    case Kind::ServerRefused: return QStringLiteral("refused");
    case Kind::HttpStatus: return QStringLiteral("httpStatus");
    case Kind::Busy: return QStringLiteral("busy");
    case Kind::Redirect: return QStringLiteral("redirect");
    case Kind::WebPage: return QStringLiteral("webPage");
    case Kind::NotXml: return QStringLiteral("notXml");
    case Kind::MalformedReply: return QStringLiteral("malformedReply");
    case Kind::ReplyTooLarge: return QStringLiteral("replyTooLarge");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::InvalidInput: return QStringLiteral("invalidInput");
    }
    return {};
}

bool CmsError::isConnectionProblem() const
{
    // What stands in front of a bridge (a proxy that answers with its own page) may not stand in
    // front of another: another bridge may answer.
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Busy || kind == Kind::WebPage
        || kind == Kind::NotXml || (kind == Kind::HttpStatus && status >= 500);
}

QString CmsError::message() const
{
    const QString why = kindMessage();
    if (!mayHaveTakenEffect || isOk())
        return why;
    //: Follows the sentence that says why a change failed
    return why + QLatin1Char(' ')
        + tr("The call bridge may have carried out the change before the connection failed: reload and check "
             "before trying again.");
}

QString CmsError::kindMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The call bridge could not be reached. Check the address and port, and that the server is running.");
    case Kind::Tls:
        return tr("A secure connection to the call bridge could not be set up (%1).").arg(detail);
    case Kind::UntrustedCertificate:
        return untrustedMessage();
    case Kind::CertificateChanged:
        return tr("The call bridge presented a different certificate from the one trusted for it. Someone may "
                  "be intercepting the connection, or the certificate was replaced; the connection was refused.");
    case Kind::Authentication:
        return tr("The user name or password was not accepted by the call bridge.");
    case Kind::ServerRefused:
        return reasonMessage();
    case Kind::HttpStatus:
        return tr("The call bridge answered with an unexpected status (HTTP %1).").arg(status);
    case Kind::Busy:
        return tr("The call bridge is busy and did not accept the request after several tries. Try again later.");
    case Kind::Redirect:
        return tr("The call bridge redirected the request elsewhere (HTTP %1); redirects are not followed. Check the address.").arg(status);
    case Kind::WebPage:
        //: %1 is an HTTP status such as 200, %2 the content type the server gave, such as text/html
        return tr("The server answered with a web page, not the CMS API: a proxy or load balancer may be in the way "
                  "(HTTP %1, %2).")
            .arg(QString::number(status), contentType.isEmpty() ? tr("no content type") : contentType);
    case Kind::NotXml:
        //: %1 is an HTTP status such as 200, %2 the content type the server gave, such as application/json
        return tr("The server answered with %2, not the XML of the CMS API: a proxy or load balancer may be in the "
                  "way (HTTP %1).")
            .arg(QString::number(status), contentType);
    case Kind::MalformedReply:
        return tr("The call bridge's reply could not be read.");
    case Kind::ReplyTooLarge:
        return tr("The call bridge's reply is larger than this console accepts.");
    case Kind::Timeout:
        return tr("The call bridge did not answer in time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::InvalidInput:
        if (field.isEmpty())
            return sentence;   // the request as a whole was refused
        //: %1 is the name of a field, %2 the sentence saying what is wrong with its value
        return tr("%1: %2").arg(field, sentence);
    }
    return {};
}

// One sentence per CMS failure reason; reasons this console does not know are shown by name.
QString CmsError::untrustedMessage() const
{
    const QLocale locale;
    switch (certificate.isNull() ? CertificateProblem::NotTrusted : certificateProblem) {
    case CertificateProblem::Expired:
        return tr("The call bridge's certificate expired on %1. Ask the server's administrator to renew it; "
                  "trusting an expired certificate is not advised.")
            .arg(locale.toString(certificate.expiryDate().toLocalTime().date(), QLocale::LongFormat));
    case CertificateProblem::NotYetValid:
        return tr("The call bridge's certificate is valid only from %1. Check this computer's date and time, "
                  "or ask the server's administrator.")
            .arg(locale.toString(certificate.effectiveDate().toLocalTime().date(), QLocale::LongFormat));
    case CertificateProblem::OtherName: {
        QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        names.removeDuplicates();
        return tr("The call bridge's certificate is made out to %1, not to the address used. Check that the "
                  "address reaches the right server, or use a name the certificate gives.")
            .arg(locale.createSeparatedList(names));
    }
    case CertificateProblem::NotTrusted:
        break;
    }
    return tr("The call bridge's certificate is not trusted by this computer. Check its fingerprint with "
              "the server's administrator before trusting it for this call bridge.");
}

QString CmsError::reasonMessage() const
{
    const QString r = reason;
    auto is = [&r](const char *name) { return r == QLatin1String(name); };
    if (is("coSpaceDoesNotExist")) return tr("The space does not exist (it may have been deleted).");
    if (is("accessMethodDoesNotExist")) return tr("The access method does not exist (it may have been deleted).");
    if (is("coSpaceUserDoesNotExist")) return tr("This user is not a member of the space.");
    if (is("callProfileDoesNotExist")) return tr("The call profile does not exist.");
    if (is("callLegProfileDoesNotExist")) return tr("The call leg profile does not exist.");
    if (is("coSpaceTemplateDoesNotExist")) return tr("The space template does not exist.");
    if (is("coSpaceAccessMethodTemplateDoesNotExist")) return tr("The access method template does not exist.");
    if (is("callDoesNotExist")) return tr("The call does not exist: it may have ended.");
    if (is("callLegDoesNotExist")) return tr("The call leg does not exist: the participant may have left.");
    if (is("participantDoesNotExist")) return tr("The participant is no longer in the call.");
    if (is("callBridgeDoesNotExist")) return tr("The call bridge does not exist in this cluster.");
    if (is("callBridgeGroupDoesNotExist")) return tr("The call bridge group does not exist.");
    if (is("tenantDoesNotExist")) return tr("The tenant does not exist.");
    if (is("userDoesNotExist")) return tr("No user has this JID.");
    if (is("dialInSecurityProfileDoesNotExist")) return tr("The dial-in security profile does not exist.");
    if (is("duplicateCoSpaceUri")) return tr("Another space already uses this URI.");
    if (is("duplicateCoSpaceId")) return tr("Another space already uses this call ID.");
    if (is("duplicateCoSpaceUriPasscode")) return tr("This space already has a way in with the same URI and passcode; change one of them.");
    if (is("duplicateCoSpaceIdPasscode")) return tr("This space already has a way in with the same call ID and passcode; change one of them.");
    if (is("duplicateCoSpaceSecret")) return tr("Another space already uses this secret.");
    if (is("duplicateCallBridgeName")) return tr("Another call bridge already has this name.");
    if (is("invalidOperation")) return tr("The server does not allow this operation on this object.");
    if (is("participantLimitReached")) return tr("The meeting is full: its participant limit is reached.");
    if (is("tenantParticipantLimitReached")) return tr("The tenant's participant limit is reached.");
    if (is("participantCannotBeDeleted")) return tr("This participant cannot be disconnected.");
    if (is("participantCannotBeModified")) return tr("This participant cannot be changed.");
    if (is("callLegCannotBeDeleted")) return tr("This call leg cannot be disconnected.");
    if (is("callBridgeUnavailable")) return tr("The call bridge that should handle this is unavailable.");
    if (is("callBridgeGroupUnavailable")) return tr("No call bridge of the group is available.");
    if (is("passcodeTooShort")) return tr("The passcode is shorter than the dial-in security profile allows.");
    if (is("databaseNotReady")) return tr("The server's database is not ready yet. Try again in a moment.");
    if (is("unrecognisedObject") || is("unrecognizedObject"))
        return tr("The server does not know this kind of object; it may run an older CMS version.");
    if (is("parameterError")) {
        if (parameter == QLatin1String("movedParticipant"))
            return tr("This participant cannot be moved to that meeting.");
        if (parameterError == QLatin1String("invalidValue"))
            return tr("The value of “%1” was not accepted.").arg(parameter);
        if (parameterError == QLatin1String("required"))
            return tr("“%1” is required.").arg(parameter);
        if (parameterError == QLatin1String("duplicateValue"))
            return tr("The value of “%1” is already in use.").arg(parameter);
        return tr("The parameter “%1” was not accepted (%2).").arg(parameter, parameterError);
    }
    return tr("The call bridge refused the request: %1.").arg(reason);
}

} // namespace cms
