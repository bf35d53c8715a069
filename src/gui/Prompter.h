#pragma once

#include <QString>

#include <functional>

class QWidget;

/// Asks people modal questions and shows modal notices. Every message box of the
/// application goes through here, so tests can answer them without a window blocking.
class Prompter
{
public:
    enum class Kind { Question, Information, Warning };

    /// One prompt as a test receives it. id is a stable name such as "deactivateStaffPrompt",
    /// which tests check instead of the translated text.
    struct Prompt
    {
        Kind kind = Kind::Information;
        QString id;
        QString title;
        QString text;
    };

    /// Answers a prompt instead of a person: true accepts a question. Notices ignore the
    /// return value.
    using Responder = std::function<bool(const Prompt &prompt)>;

    /// Asks a yes-or-no question with acceptLabel on the accepting button and Cancel on the
    /// other. Returns true when the person accepts.
    static bool confirm(QWidget *parent, const QString &id, const QString &title,
        const QString &text, const QString &acceptLabel);

    static void inform(
        QWidget *parent, const QString &id, const QString &title, const QString &text);

    static void warn(QWidget *parent, const QString &id, const QString &title, const QString &text);

    /// Routes every later prompt to responder instead of a message box; an empty function
    /// restores message boxes. For tests only.
    static void setResponder(Responder responder);

private:
    static bool show(QWidget *parent, const Prompt &prompt, const QString &acceptLabel);
};
