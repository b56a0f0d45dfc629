#include "ctlsecretinput.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

#ifndef Q_OS_WIN
// The terminal as it was before echo went off, put back if cmsctl is interrupted while asking.
termios g_savedTerminal;

void restoreTerminalAndStop(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Turns the terminal's echo off while it lives (the Enter typed still moves to the next line), and
// back on when cmsctl is interrupted meanwhile.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
        if (m_ok) {
            termios quiet = g_savedTerminal;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            std::signal(SIGINT, restoreTerminalAndStop);
            std::signal(SIGTERM, restoreTerminalAndStop);
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#endif
};

// False at the end of input.
bool nextLine(QString *text)
{
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    *text = QString::fromStdString(line);
    if (text->endsWith(QLatin1Char('\r')))
        text->chop(1);
    return read;
}

} // namespace

bool CtlSecretInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

bool CtlSecretInput::readHidden(QString *line)
{
    if (!stdinIsTerminal())
        return nextLine(line);
    EchoOff quiet;
    const bool read = nextLine(line);
#ifdef Q_OS_WIN
    std::cerr << std::endl;   // the console echoes no Enter either while echo is off
#endif
    return read;
}

QString CtlSecretInput::readLine(const QString &prompt)
{
    if (stdinIsTerminal())
        std::cerr << prompt.toStdString() << std::flush;
    QString text;
    readHidden(&text);
    return text;
}
