#include "SqlScript.h"

namespace {

// Returns the dollar-quote tag starting at position, such as "$$" or "$body$", or an empty
// string when the dollar sign does not open a tag (a positional parameter like $1).
QString dollarTagAt(const QString &script, qsizetype position)
{
    qsizetype end = position + 1;
    while (end < script.size() && (script.at(end).isLetterOrNumber() || script.at(end) == u'_'))
        ++end;
    if (end >= script.size() || script.at(end) != u'$')
        return {};
    if (end > position + 1 && script.at(position + 1).isDigit())
        return {};
    return script.mid(position, end - position + 1);
}

} // namespace

QStringList SqlScript::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    qsizetype i = 0;
    const qsizetype size = script.size();

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
    };

    while (i < size) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();

        if (c == u'-' && next == u'-') {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? size : end;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? size : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype end = i + 1;
            while (end < size) {
                if (script.at(end) == c) {
                    if (end + 1 < size && script.at(end + 1) == c) {
                        end += 2; // A doubled quote is an escaped quote.
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += script.mid(i, end - i + 1);
            i = end + 1;
            continue;
        }
        if (c == u'$') {
            const QString tag = dollarTagAt(script, i);
            if (!tag.isEmpty()) {
                const qsizetype close = script.indexOf(tag, i + tag.size());
                const qsizetype end = close < 0 ? size : close + tag.size();
                current += script.mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (c == u';') {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}
