// Every way a request can fail has a sentence a person understands; unknown reasons are shown by name.
#include "api/cmserror.h"

#include <QtTest>

using cms::CmsError;

class TestCmsError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedReasonHasItsOwnSentence_data()
    {
        QTest::addColumn<QString>("reason");
        // cms-api.md section 2, plus the reasons the simulator chose for the open cases.
        const char *reasons[] = {
            "coSpaceDoesNotExist", "accessMethodDoesNotExist", "coSpaceUserDoesNotExist", "callProfileDoesNotExist",
            "callLegProfileDoesNotExist", "coSpaceTemplateDoesNotExist", "coSpaceAccessMethodTemplateDoesNotExist",
            "callDoesNotExist", "callLegDoesNotExist", "callBridgeDoesNotExist", "tenantDoesNotExist",
            "userDoesNotExist", "dialInSecurityProfileDoesNotExist", "duplicateCoSpaceUri", "duplicateCoSpaceId",
            "duplicateCoSpaceUriPasscode", "duplicateCoSpaceIdPasscode", "duplicateCoSpaceSecret",
            "duplicateCallBridgeName", "invalidOperation", "participantLimitReached",
            "tenantParticipantLimitReached", "participantCannotBeDeleted", "participantCannotBeModified",
            "callLegCannotBeDeleted", "callBridgeUnavailable", "callBridgeGroupUnavailable", "passcodeTooShort",
            "databaseNotReady", "unrecognisedObject", "unrecognizedObject", "participantDoesNotExist",
            "callBridgeGroupDoesNotExist"};
        for (const char *r : reasons)
            QTest::newRow(r) << QString::fromLatin1(r);
    }

    void everyDocumentedReasonHasItsOwnSentence()
    {
        QFETCH(QString, reason);
        const QString sentence = CmsError::refused(400, reason).message();
        QString fallback = CmsError::refused(400, QStringLiteral("someFutureReason")).message();
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(sentence != fallback.replace(QStringLiteral("someFutureReason"), reason), qPrintable(sentence));
        QVERIFY2(!sentence.contains(reason), qPrintable(sentence));   // words, not the identifier
    }

    void unknownReasonIsShownByName()
    {
        const CmsError e = CmsError::refused(400, QStringLiteral("someFutureReason"));
        QVERIFY(e.message().contains(QStringLiteral("someFutureReason")));
        QCOMPARE(e.kindName(), QStringLiteral("refused"));
    }

    void parameterErrorNamesTheParameter()
    {
        QVERIFY(CmsError::refused(400, QStringLiteral("parameterError"), QStringLiteral("streamUrl"), QStringLiteral("invalidValue"))
                    .message().contains(QStringLiteral("streamUrl")));
        QVERIFY(CmsError::refused(400, QStringLiteral("parameterError"), QStringLiteral("remoteParty"), QStringLiteral("required"))
                    .message().contains(QStringLiteral("remoteParty")));
        const QString odd = CmsError::refused(400, QStringLiteral("parameterError"), QStringLiteral("x"), QStringLiteral("weird")).message();
        QVERIFY(odd.contains(QStringLiteral("x")) && odd.contains(QStringLiteral("weird")));
        // A refused move gets its own sentence.
        QVERIFY(!CmsError::refused(400, QStringLiteral("parameterError"), QStringLiteral("movedParticipant"), QStringLiteral("invalidValue"))
                     .message().contains(QStringLiteral("movedParticipant")));
    }

    void everyKindHasASentenceAndAName_data()
    {
        QTest::addColumn<int>("kind");
        using K = CmsError::Kind;
        for (K k : {K::Network, K::Tls, K::UntrustedCertificate, K::CertificateChanged, K::Authentication, K::HttpStatus,
                    K::Busy, K::Redirect, K::WebPage, K::NotXml, K::MalformedReply, K::ReplyTooLarge, K::Timeout,
                    K::Cancelled})
            QTest::newRow(qPrintable(CmsError(k).kindName())) << int(k);
    }

    void everyKindHasASentenceAndAName()
    {
        QFETCH(int, kind);
        const CmsError e(static_cast<CmsError::Kind>(kind), QStringLiteral("raw detail"));
        QVERIFY(!e.message().isEmpty());
        QVERIFY(!e.kindName().isEmpty());
        QVERIFY(e);   // an error
        QCOMPARE(e.detail, QStringLiteral("raw detail"));
    }

    void connectionProblemsAreTheOnesFailoverRetries()
    {
        QVERIFY(CmsError(CmsError::Kind::Network).isConnectionProblem());
        QVERIFY(CmsError(CmsError::Kind::Timeout).isConnectionProblem());
        QVERIFY(CmsError(CmsError::Kind::Busy).isConnectionProblem());
        QVERIFY(CmsError::httpStatus(502).isConnectionProblem());
        QVERIFY(!CmsError::refused(400, QStringLiteral("duplicateCoSpaceUri")).isConnectionProblem());
        QVERIFY(!CmsError(CmsError::Kind::Authentication).isConnectionProblem());
        QVERIFY(!CmsError(CmsError::Kind::CertificateChanged).isConnectionProblem());
        QVERIFY(!CmsError().isConnectionProblem());
        QVERIFY(CmsError().isOk());
    }

    void aReplyThatIsNotTheApiSaysWhatCame()
    {
        CmsError page(CmsError::Kind::WebPage, QStringLiteral("<html>…"));
        page.status = 200;
        page.contentType = QStringLiteral("text/html; charset=utf-8");
        QCOMPARE(page.message(), QStringLiteral("The server answered with a web page, not the CMS API: a proxy or load "
                                                "balancer may be in the way (HTTP 200, text/html; charset=utf-8)."));
        QCOMPARE(page.kindName(), QStringLiteral("webPage"));
        page.contentType.clear();
        QVERIFY(page.message().contains(QStringLiteral("(HTTP 200, no content type)")));

        CmsError json(CmsError::Kind::NotXml);
        json.status = 200;
        json.contentType = QStringLiteral("application/json");
        QVERIFY2(json.message().startsWith(QStringLiteral("The server answered with application/json, not the XML")),
                 qPrintable(json.message()));
        QCOMPARE(json.kindName(), QStringLiteral("notXml"));
        // Another bridge, without that proxy in front of it, may answer.
        QVERIFY(page.isConnectionProblem());
        QVERIFY(json.isConnectionProblem());
    }

    void invalidInputSaysWhichField()
    {
        const CmsError e = CmsError::invalidInput(QStringLiteral("Call ID"), QStringLiteral("digits only"));
        QVERIFY(e.message().contains(QStringLiteral("Call ID")));
        QVERIFY(e.message().contains(QStringLiteral("digits only")));
    }

    // A change that may have been carried out says so after its reason, whatever that is.
    void aChangeThatMayHaveTakenEffectSaysSo()
    {
        CmsError e(CmsError::Kind::Timeout);
        const QString reason = e.message();
        QVERIFY(!reason.contains(QLatin1String("may have carried out")));
        e.mayHaveTakenEffect = true;
        QVERIFY2(e.message().startsWith(reason + QLatin1Char(' ')), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("may have carried out the change")), qPrintable(e.message()));
        QVERIFY(CmsError().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCmsError)
#include "tst_cmserror.moc"
