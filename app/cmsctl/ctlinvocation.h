#pragma once

#include "config/guesthostsettings.h"
#include "meetings/meetingoperations.h"
#include "meetings/placeholderpool.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What `cmsctl meeting …` asks for.
struct CtlMeetingArgs
{
    QString action;                   // pool-create, pool-grow, pool-remove, pool-list, start, extend, end
    cms::PlaceholderPool pool;        // pool create: the patterns and profiles; the others: nameMapping
    int count = 0;                    // pool create and grow
    int first = 1;                    // pool create: the first index
    bool deep = false;                // pool list: read every placeholder's own page
    QString spaceId;                  // start, extend, end
    cms::MeetingSettings settings;    // start, extend (the passcode is filled by main, never from an argument)
    bool passcodeFromStdin = false;   // start, extend: the passcode comes from the terminal or stdin
    int bridge = -1;                  // start: the call bridge (index of --url), -1: the cluster's choice
    QString placeholderName;          // end: the name to put back (default: from the space's pool)
};

// What one cmsctl command line asks for, read and checked before anything is sent.
struct CtlInvocation
{
    QStringList urls;                 // --url, primary first
    QList<QByteArray> pins;           // --pin, one per --url in order (normalised hex)
    QString user;
    bool passwordFromStdin = false;
    QString password;                 // filled by main from stdin or CMS_PASSWORD; never from an argument
    QString caFile;
    bool json = false;
    bool trace = false;
    int timeoutSeconds = 30;
    QString filter;
    qint64 max = 0;
    bool all = false;                 // participants: of the whole cluster rather than of one call
    QString to;                       // move: the target call
    bool video = false;               // mute: video rather than audio
    bool off = false;                 // mute: unmute

    bool yes = false;                 // guesthost apply: run the plan rather than only print it
    cms::GuestHostSettings guestHost; // guesthost apply: the pattern and its inputs
    int intendedPattern = 0;           // guesthost check --pattern N: the pattern meant (0: not said)
    CtlMeetingArgs meeting;           // meeting: the action and its inputs

    QString command;                  // login, status, bridges, list, get, create, update, delete, calls,
                                      // participants, move, dial, end, mute
    QStringList arguments;            // the command's own words (TYPE, ID, PATH, key=value…); move: the
                                      // participants, each once, in the order given
    QList<QPair<QString, QString>> assignments;   // key=value words of create and update

    QString error;                    // a usage mistake, translated
    bool helpRequested = false;
    bool versionRequested = false;
};

class CtlCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommandLine)

public:
    // arguments[0] is the program name. Reads CMS_URL, CMS_USER from the environment when the
    // options are missing; the password is read later, by the caller, from stdin or CMS_PASSWORD.
    static CtlInvocation parse(const QStringList &arguments);
    static QString usage();

private:
    static QString parseMeeting(const QStringList &words, CtlInvocation &inv);
};
