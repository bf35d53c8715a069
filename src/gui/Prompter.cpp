#include "Prompter.h"

#include "Logging.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace {

Prompter::Responder &installedResponder()
{
    static Prompter::Responder instance;
    return instance;
}

} // namespace

bool Prompter::confirm(QWidget *parent, const QString &id, const QString &title,
    const QString &text, const QString &acceptLabel)
{
    return show(parent, {Kind::Question, id, title, text}, acceptLabel);
}

void Prompter::inform(QWidget *parent, const QString &id, const QString &title, const QString &text)
{
    show(parent, {Kind::Information, id, title, text}, {});
}

void Prompter::warn(QWidget *parent, const QString &id, const QString &title, const QString &text)
{
    show(parent, {Kind::Warning, id, title, text}, {});
}

void Prompter::setResponder(Responder responder)
{
    installedResponder() = std::move(responder);
}

bool Prompter::show(QWidget *parent, const Prompt &prompt, const QString &acceptLabel)
{
    if (const Responder &answer = installedResponder()) {
        qCDebug(lcUi) << "Answering prompt" << prompt.id << "without a message box";
        return answer(prompt);
    }

    QMessageBox box(parent);
    box.setObjectName(prompt.id);
    box.setWindowTitle(prompt.title);
    box.setText(prompt.text);
    box.setTextFormat(Qt::PlainText);

    switch (prompt.kind) {
    case Kind::Question: {
        box.setIcon(QMessageBox::Question);
        QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptPushButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelPushButton"));
        box.setDefaultButton(cancel);
        box.exec();
        return box.clickedButton() == accept;
    }
    case Kind::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Kind::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    }

    box.addButton(QMessageBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    box.exec();
    return true;
}
