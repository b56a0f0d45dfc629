#pragma once

#include "simcertificate.h"

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QSslSocket;

// A server that is not a CMS bridge and misbehaves on purpose, over TLS on loopback: each mode is
// one canned answer to every request, what a broken server, proxy or network can send. It records
// the request line of every request it reads, so a test can tell that nothing was written.
class HostileServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode {
        TruncatedXml,           // a 200 whose XML stops half-way (the length matches what is sent)
        HugeBody,               // a 200 of 200 MB of XML, written only as fast as the client reads
        DeepNesting,            // a 200 of well-formed XML nested 10,000 deep
        LoginRedirect,          // a 302 to a login page, as a single sign-on portal sends
        OneByteASecond,         // a valid 200, one byte a second
        ResetMidBody,           // a 200 whose connection is reset (RST) after part of its body
        ExpiredCertificate,     // a valid 200 behind a certificate whose validity has ended
        OtherHostCertificate,   // a valid 200 behind a certificate for another host name
    };

    static constexpr qint64 kHugeBodyBytes = 200LL * 1024 * 1024;

    explicit HostileServer(Mode mode, QObject *parent = nullptr);

    bool start();   // on a random loopback port
    QUrl baseUrl() const;
    const cmssim::SimCertificate &identity() const { return m_identity; }
    QList<QByteArray> requestLines() const { return m_requestLines; }
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void answer(QSslSocket *socket);
    void sendHugeBody(QSslSocket *socket);
    void dripOneByte(QSslSocket *socket, const QByteArray &rest);

    Mode m_mode;
    cmssim::SimCertificate m_identity;
    QList<QByteArray> m_requestLines;
    qint64 m_bodyBytesSent = 0;
};
