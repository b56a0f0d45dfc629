#pragma once

#include "config/guesthostsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

// The PINs of guesthost apply, which never come from an argument (an argument shows in the process
// list and the shell history). At a terminal, cmsctl asks for each PIN the pattern takes, twice,
// without echo; otherwise it reads stdin to its end (after the password line of --password-stdin),
// one KEY=VALUE line per PIN: guest-pin=DIGITS, host-pin=DIGITS. A PIN left out is empty.
class CtlPinInput
{
    Q_DECLARE_TR_FUNCTIONS(CtlPinInput)

public:
    // Reads `lines` (stdin's, blank ones ignored) into `settings`; a usage error, or empty. The
    // error never quotes a line: it may hold a PIN.
    static QString fromLines(const QStringList &lines, cms::GuestHostSettings &settings);
    // Asks on the terminal of stdin, the questions on `prompt` (stderr); a usage error, or empty.
    static QString fromTerminal(cms::GuestHostSettings &settings, QTextStream &prompt);
};
