#pragma once

#include <QString>
#include <QStringList>

/// Splits an SQL script into statements at top-level semicolons. Quoted strings, quoted
/// identifiers, dollar-quoted bodies and comments are kept whole, so function bodies with
/// semicolons inside stay one statement. QPSQL runs one statement per call reliably.
class SqlScript
{
public:
    static QStringList splitStatements(const QString &script);
};
