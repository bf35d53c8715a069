#include "PasswordPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TestPasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("personalWords");
    QTest::addColumn<bool>("accepted");

    const QStringList words = {u"+2250700000001"_s, u"0700000001"_s, u"Adjoua N'Guessan"_s,
                               u"Maquis Le Jardin"_s};
    QTest::newRow("long mixed password") << u"Attiéké-au-poisson 2026"_s << words << true;
    QTest::newRow("exactly ten characters") << u"garba-2026"_s << words << true;
    QTest::newRow("nine characters") << u"garba-202"_s << words << false;
    QTest::newRow("empty") << QString() << words << false;
    QTest::newRow("only digits") << u"0123456789012"_s << QStringList() << false;
    QTest::newRow("the phone number") << u"+2250700000001"_s << words << false;
    QTest::newRow("national phone inside") << u"moi0700000001!"_s << words << false;
    QTest::newRow("the name without accents or spaces") << u"adjouanguessan"_s << words << false;
    QTest::newRow("the restaurant's name") << u"MaquisLeJardin!"_s << words << false;
    QTest::newRow("short personal words are ignored") << u"abc-kedjenou-42"_s << QStringList{u"abc"_s} << true;
}

void TestPasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(QStringList, personalWords);
    QFETCH(bool, accepted);

    const QString reason = PasswordPolicy::check(password, personalWords);
    QCOMPARE(reason.isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
