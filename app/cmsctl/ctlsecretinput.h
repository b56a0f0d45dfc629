#pragma once

#include <QString>

// Reads one secret line (a meeting's passcode): on a terminal, after `prompt` on stderr and with the
// typing not echoed; otherwise the next line of stdin, as the password is read (--password-stdin).
class CtlSecretInput
{
public:
    static bool stdinIsTerminal();
    static QString readLine(const QString &prompt);
};
