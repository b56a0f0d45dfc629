// Call bridge addresses and certificate fingerprints as people type them.
#include "api/endpoint.h"

#include <QtTest>

using cms::Endpoint;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesAreRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("host") << QStringLiteral("cms1.example.com") << QStringLiteral("https://cms1.example.com");
        QTest::newRow("host:port") << QStringLiteral("cms1.example.com:445") << QStringLiteral("https://cms1.example.com:445");
        QTest::newRow("ip:port") << QStringLiteral("10.0.0.31:8443") << QStringLiteral("https://10.0.0.31:8443");
        QTest::newRow("https url") << QStringLiteral("https://cms1.example.com:445/") << QStringLiteral("https://cms1.example.com:445");
        QTest::newRow("spaces") << QStringLiteral("  cms1.example.com:445 ") << QStringLiteral("https://cms1.example.com:445");
        QTest::newRow("ipv6") << QStringLiteral("[::1]:445") << QStringLiteral("https://[::1]:445");
        QTest::newRow("port 443 kept implicit") << QStringLiteral("cms:443") << QStringLiteral("https://cms");
    }

    void addressesAreRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QString error;
        const QUrl parsed = Endpoint::parseAddress(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.toString(), url);
    }

    // What the console saves (the URL as text) is read back at the next start: an address it accepts
    // must read back as itself, or the saved cluster is lost. Found by fuzz_address.
    void addressesReadBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::newRow("name in ASCII form") << QStringLiteral("xn--caf-dma.example.com") << QStringLiteral("café.example.com");
        QTest::newRow("name in its script") << QStringLiteral("café.example.com:445") << QStringLiteral("café.example.com");
        QTest::newRow("ipv6 zone") << QStringLiteral("fe80::1%eth0") << QStringLiteral("fe80::1%eth0");
        QTest::newRow("ipv6 zone, URL form") << QStringLiteral("https://[fe80::1%25eth0]:445") << QStringLiteral("fe80::1%eth0");
    }

    void addressesReadBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QString error;
        const QUrl url = Endpoint::parseAddress(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(url.host(), host);
        QString again;
        QCOMPARE(Endpoint::parseAddress(url.toString(), &again), url);
        QVERIFY2(again.isEmpty(), qPrintable(again));
    }

    void badAddressesAreExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("http") << QStringLiteral("http://cms1.example.com");
        QTest::newRow("port text") << QStringLiteral("cms1:https");
        QTest::newRow("port zero") << QStringLiteral("cms1:0");
        QTest::newRow("port too big") << QStringLiteral("cms1:70000");
        QTest::newRow("path") << QStringLiteral("cms1.example.com/api/v1");
        QTest::newRow("space inside") << QStringLiteral("cms 1.example.com");
        QTest::newRow("underscore host") << QStringLiteral("cms_1.example.com");
        QTest::newRow("trailing colon") << QStringLiteral("cms1:");
        // Found by fuzz_address: QHostAddress reads these, a URL cannot hold them.
        QTest::newRow("blank inside ipv6") << QStringLiteral("::\t1");
        QTest::newRow("carriage return after ipv4") << QStringLiteral("1\r:77");
        QTest::newRow("blank in ipv6 zone") << QStringLiteral("[fe80::1%a b]");
        QTest::newRow("punycode not canonical") << QStringLiteral("xn--1e.com");
    }

    void badAddressesAreExplained()
    {
        QFETCH(QString, text);
        QString error;
        const QUrl url = Endpoint::parseAddress(text, &error);
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY(!error.isEmpty());
    }

    void fingerprintsAreNormalised()
    {
        const QByteArray hex = QByteArray(64, 'a');
        QCOMPARE(Endpoint::normalizeFingerprint(QString::fromLatin1(hex)), hex);
        QString colons;
        for (int i = 0; i < 32; ++i)
            colons += (i ? QStringLiteral(":") : QString()) + QStringLiteral("AA");
        QCOMPARE(Endpoint::normalizeFingerprint(colons), hex);
        QCOMPARE(Endpoint::normalizeFingerprint(QStringLiteral("aa bb")), QByteArray());
        QCOMPARE(Endpoint::normalizeFingerprint(QString::fromLatin1(QByteArray(63, 'a'))), QByteArray());
        QCOMPARE(Endpoint::normalizeFingerprint(QString::fromLatin1(QByteArray(64, 'g'))), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
