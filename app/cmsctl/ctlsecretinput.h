#pragma once

#include <QString>

// Reads one secret line (a meeting's passcode): on a terminal, after `prompt` on stderr and with the
// typing not echoed; otherwise the next line of stdin, as the password is read (--password-stdin).
// readHidden() is the one place where echo goes off (guesthost's PINs use it too).
class CtlSecretInput
{
public:
    static bool stdinIsTerminal();
    static QString readLine(const QString &prompt);
    // The next line of stdin, not echoed when stdin is a terminal (the prompt is the caller's); false
    // at the end of input.
    static bool readHidden(QString *line);
};
