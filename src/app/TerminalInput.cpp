#include "TerminalInput.h"

#include <QtGlobal>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

void printPrompt(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

std::optional<QString> readStandardInput()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
}

// Turns terminal echo off for its lifetime and restores the previous mode.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = ::GetStdHandle(STD_INPUT_HANDLE);
        m_active = ::GetConsoleMode(m_handle, &m_saved) != 0
            && ::SetConsoleMode(m_handle, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
#else
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios silent = m_saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
#endif
    }

    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        ::SetConsoleMode(m_handle, m_saved);
#else
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        // The newline the person typed was not echoed either.
        std::fputs("\n", stderr);
    }

    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved {};
#endif
};

} // namespace

bool TerminalInput::isInteractive()
{
#ifdef Q_OS_WIN
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> TerminalInput::readLine(const QString &prompt)
{
    printPrompt(prompt);
    return readStandardInput();
}

std::optional<QString> TerminalInput::readSecret(const QString &prompt)
{
    printPrompt(prompt);
    const EchoOff echoOff;
    return readStandardInput();
}
