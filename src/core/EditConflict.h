#pragma once

#include "RestaurantRepository.h"
#include "StaffRepository.h"

#include <QList>
#include <QString>

/// The field-by-field differences between a person's unsaved edit and the version someone
/// else saved first, so a refused save can show both instead of overwriting either.
class EditConflict
{
public:
    struct Difference
    {
        QString key;    ///< Stable field name, such as "displayName", for tests and logs.
        QString label;  ///< Translated field name.
        QString yours;  ///< The value in the unsaved edit, as shown to people.
        QString theirs; ///< The value saved by the other person.
    };

    /// Lists the fields where edited and saved differ.
    static QList<Difference> compare(const StaffMember &edited, const StaffMember &saved);
    static QList<Difference> compare(
        const RestaurantSettings &edited, const RestaurantSettings &saved);

    /// Formats differences as a small HTML table (field, yours, theirs) with escaped values.
    static QString toHtml(const QList<Difference> &differences);
};
