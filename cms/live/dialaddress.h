#pragma once

#include <QCoreApplication>
#include <QString>

namespace cms {

// An address to dial out to (remoteParty of POST /calls/<id>/callLegs), checked before anything is
// sent, so that a typing slip is said at once in words rather than as a failed call a minute later.
// Accepted, with an optional sip:, sips:, h323: or tel: scheme:
//  - a URI user@host, the host a domain name, an IPv4 address or a bracketed IPv6 address, with an
//    optional :port;
//  - a host alone (an endpoint dialled by its domain name or address);
//  - a telephone number: an optional + then digits, the spaces, dashes, dots and brackets people type
//    between them removed.
// The normalised address keeps the scheme as typed and drops surrounding blanks.
class DialAddress
{
    Q_DECLARE_TR_FUNCTIONS(cms::DialAddress)
public:
    enum class Problem {
        None,
        Empty,
        Blank,            // spaces inside a URI
        NoUser,           // "@host"
        NoHost,           // "user@"
        SeveralAt,        // "a@b@c"
        BadUserCharacter, // a character a SIP user part cannot hold
        BadHost,          // not a domain name or an address
        NoDomain,         // one word: neither a user@ nor a domain
        BadPort,          // ":" followed by something other than a port number
        BadNumber,        // tel: with something other than digits
    };

    static DialAddress check(const QString &typed);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // What to send; empty when not valid.
    QString address() const { return m_address; }
    // Why the address cannot be dialled, in the user's language; empty when it is valid.
    QString message() const;

private:
    static bool isHost(const QString &host);

    Problem m_problem = Problem::Empty;
    QString m_address;
    QString m_culprit;   // the character or part the message names
};

} // namespace cms
