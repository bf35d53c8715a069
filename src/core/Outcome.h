#pragma once

#include "DatabaseError.h"

#include <QString>

/// The result of an operation a person started: success, or a translated message that says
/// what failed and what to do. value carries an id the operation created, if any.
struct Outcome
{
    bool ok = true;
    DatabaseError::Kind kind = DatabaseError::Kind::None;
    QString message;
    QString value;

    static Outcome success(const QString &value = {})
    {
        return {true, DatabaseError::Kind::None, {}, value};
    }
    static Outcome failure(const QString &message)
    {
        return {false, DatabaseError::Kind::InvalidInput, message, {}};
    }
    static Outcome fromError(const DatabaseError &error)
    {
        return {false, error.kind(), error.message(), {}};
    }
};
