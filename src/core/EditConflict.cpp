#include "EditConflict.h"

#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

void addIfDifferent(QList<EditConflict::Difference> *differences, const QString &key,
    const QString &label, const QString &yours, const QString &theirs)
{
    if (yours != theirs)
        differences->append({key, label, yours, theirs});
}

QString roleText(const QString &key)
{
    const std::optional<Role> role = Roles::fromKey(key);
    return role ? Roles::displayName(*role) : key;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("EditConflict", "Yes")
                 : QCoreApplication::translate("EditConflict", "No");
}

QString activeText(bool active)
{
    return active ? QCoreApplication::translate("EditConflict", "Active")
                  : QCoreApplication::translate("EditConflict", "Deactivated");
}

} // namespace

QList<EditConflict::Difference> EditConflict::compare(
    const StaffMember &edited, const StaffMember &saved)
{
    QList<Difference> differences;
    addIfDifferent(&differences, u"displayName"_s,
        QCoreApplication::translate("EditConflict", "Name"), edited.displayName, saved.displayName);
    addIfDifferent(&differences, u"role"_s, QCoreApplication::translate("EditConflict", "Role"),
        roleText(edited.role), roleText(saved.role));
    addIfDifferent(&differences, u"active"_s, QCoreApplication::translate("EditConflict", "Status"),
        activeText(edited.active), activeText(saved.active));
    return differences;
}

QList<EditConflict::Difference> EditConflict::compare(
    const RestaurantSettings &edited, const RestaurantSettings &saved)
{
    QList<Difference> differences;
    addIfDifferent(&differences, u"name"_s, QCoreApplication::translate("EditConflict", "Name"),
        edited.name, saved.name);
    addIfDifferent(&differences, u"phone"_s, QCoreApplication::translate("EditConflict", "Phone"),
        edited.phone, saved.phone);
    addIfDifferent(&differences, u"address"_s,
        QCoreApplication::translate("EditConflict", "Address"), edited.address, saved.address);
    addIfDifferent(&differences, u"timeZone"_s,
        QCoreApplication::translate("EditConflict", "Time zone"), edited.timeZone, saved.timeZone);
    addIfDifferent(&differences, u"currency"_s,
        QCoreApplication::translate("EditConflict", "Currency"), edited.currency, saved.currency);
    addIfDifferent(&differences, u"defaultLanguage"_s,
        QCoreApplication::translate("EditConflict", "Language"), edited.defaultLanguage,
        saved.defaultLanguage);
    addIfDifferent(&differences, u"rememberSessions"_s,
        QCoreApplication::translate("EditConflict", "Remember sign-ins"),
        yesNo(edited.rememberSessions), yesNo(saved.rememberSessions));
    addIfDifferent(&differences, u"idleLockMinutes"_s,
        QCoreApplication::translate("EditConflict", "Lock after (minutes)"),
        QString::number(edited.idleLockMinutes), QString::number(saved.idleLockMinutes));
    return differences;
}

QString EditConflict::toHtml(const QList<Difference> &differences)
{
    QString html =
        u"<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr><th></th><th>%1</th><th>%2</th></tr>"_s
            .arg(QCoreApplication::translate("EditConflict", "Yours"),
                QCoreApplication::translate("EditConflict", "Theirs"));
    for (const Difference &difference : differences) {
        html +=
            u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(difference.label.toHtmlEscaped(),
                difference.yours.toHtmlEscaped(), difference.theirs.toHtmlEscaped());
    }
    html += u"</table>"_s;
    return html;
}
