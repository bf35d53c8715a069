#include "SqlScript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitStatements_data();
    void splitStatements();
};

void TestSqlScript::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two plain statements")
        << u"select 1; select 2;"_s << QStringList {u"select 1"_s, u"select 2"_s};
    QTest::newRow("no final semicolon")
        << u"select 1;\nselect 2"_s << QStringList {u"select 1"_s, u"select 2"_s};
    QTest::newRow("semicolon in a string")
        << u"insert into t values ('a;b'); select 1"_s
        << QStringList {u"insert into t values ('a;b')"_s, u"select 1"_s};
    QTest::newRow("doubled quote in a string")
        << u"select 'N''Guessan; Adjoua'; select 2"_s
        << QStringList {u"select 'N''Guessan; Adjoua'"_s, u"select 2"_s};
    QTest::newRow("semicolon in a quoted identifier")
        << u"select 1 as \"a;b\"; select 2"_s
        << QStringList {u"select 1 as \"a;b\""_s, u"select 2"_s};
    QTest::newRow("dollar-quoted body")
        << u"create function f() returns int language plpgsql as $$ begin return 1; end $$; select 2"_s
        << QStringList {
               u"create function f() returns int language plpgsql as $$ begin return 1; end $$"_s,
               u"select 2"_s};
    QTest::newRow("tagged dollar quote holding $$")
        << u"do $body$ begin perform '$$;'; end $body$; select 3"_s
        << QStringList {u"do $body$ begin perform '$$;'; end $body$"_s, u"select 3"_s};
    QTest::newRow("positional parameter is no quote")
        << u"prepare p as select $1; select 4"_s
        << QStringList {u"prepare p as select $1"_s, u"select 4"_s};
    QTest::newRow("line comment with semicolon")
        << u"-- first; still a comment\nselect 1;"_s << QStringList {u"select 1"_s};
    QTest::newRow("block comment with semicolon")
        << u"select /* a; b */ 1; select 2"_s << QStringList {u"select   1"_s, u"select 2"_s};
    QTest::newRow("only comments and blanks") << u"-- nothing\n\n  ;\n"_s << QStringList {};
}

void TestSqlScript::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);

    QCOMPARE(SqlScript::splitStatements(script), expected);
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
