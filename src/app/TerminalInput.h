#pragma once

#include <QString>

#include <optional>

/// Questions on the terminal for the command-line tools. Prompts go to standard error, so
/// standard output holds only the report.
class TerminalInput
{
public:
    /// True when standard input is a terminal.
    static bool isInteractive();

    /// Prints prompt and reads one line; nothing at end of input.
    static std::optional<QString> readLine(const QString &prompt);

    /// The same with echo turned off while the person types, for passwords.
    static std::optional<QString> readSecret(const QString &prompt);
};
