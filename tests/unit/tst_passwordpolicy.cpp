#include "PasswordPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void commonPasswords_data();
    void commonPasswords();
};

void TestPasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("personalWords");
    QTest::addColumn<bool>("accepted");

    const QStringList words = {
        u"+2250700000001"_s, u"0700000001"_s, u"Adjoua N'Guessan"_s, u"Maquis Le Jardin"_s};
    QTest::newRow("long mixed password") << u"Attiéké-au-poisson 2026"_s << words << true;
    QTest::newRow("exactly ten characters") << u"garba-2026"_s << words << true;
    QTest::newRow("nine characters") << u"garba-202"_s << words << false;
    QTest::newRow("empty") << QString() << words << false;
    QTest::newRow("only digits") << u"0123456789012"_s << QStringList() << false;
    QTest::newRow("the phone number") << u"+2250700000001"_s << words << false;
    QTest::newRow("national phone inside") << u"moi0700000001!"_s << words << false;
    QTest::newRow("the name without accents or spaces") << u"adjouanguessan"_s << words << false;
    QTest::newRow("the restaurant's name") << u"MaquisLeJardin!"_s << words << false;
    QTest::newRow("short personal words are ignored")
        << u"abc-kedjenou-42"_s << QStringList {u"abc"_s} << true;
    QTest::newRow("common password") << u"motdepasse123"_s << words << false;
    QTest::newRow("common password in capitals") << u"AZERTYUIOP"_s << words << false;
    QTest::newRow("common password with symbols") << u"Mot-de-passe-2024!"_s << words << false;
}

void TestPasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(QStringList, personalWords);
    QFETCH(bool, accepted);

    const QString reason = PasswordPolicy::check(password, personalWords);
    QCOMPARE(reason.isEmpty(), accepted);
}

void TestPasswordPolicy::commonPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("common");

    // From Openwall's list.
    QTest::newRow("password") << u"password"_s << true;
    QTest::newRow("qwertyuiop") << u"qwertyuiop"_s << true;
    QTest::newRow("basketball upper case") << u"BASKETBALL"_s << true;
    QTest::newRow("harrypotter mixed case") << u"HarryPotter"_s << true;
    // Written for this project.
    QTest::newRow("azertyuiop") << u"azertyuiop"_s << true;
    QTest::newRow("motdepasse") << u"motdepasse"_s << true;
    QTest::newRow("Motdepasse123") << u"Motdepasse123"_s << true;
    QTest::newRow("mot de passe with spaces") << u"Mot de passe!"_s << true;
    QTest::newRow("cotedivoire") << u"cotedivoire"_s << true;
    QTest::newRow("Côte d'Ivoire with accent") << u"Côte d'Ivoire"_s << true;
    QTest::newRow("abidjan2024") << u"Abidjan2024"_s << true;
    QTest::newRow("soleil@123") << u"soleil@123"_s << true;
    QTest::newRow("bonjour1234") << u"bonjour1234"_s << true;
    QTest::newRow("chouchou225") << u"chouchou225"_s << true;
    QTest::newRow("doudou2025") << u"DOUDOU2025"_s << true;
    QTest::newRow("asecmimosas") << u"asecmimosas"_s << true;
    QTest::newRow("didierdrogba") << u"DidierDrogba"_s << true;
    QTest::newRow("first name with year") << u"kouassi2023"_s << true;
    QTest::newRow("jesuschrist") << u"jesuschrist"_s << true;
    QTest::newRow("a1z2e3r4t5") << u"a1z2e3r4t5"_s << true;
    // Not on the list.
    QTest::newRow("long phrase") << u"Attiéké-au-poisson 2026"_s << false;
    QTest::newRow("food name with year") << u"garba-2026"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPasswordPolicy::commonPasswords()
{
    QFETCH(QString, password);
    QFETCH(bool, common);

    QCOMPARE(PasswordPolicy::isCommon(password), common);
    if (common && password.size() >= PasswordPolicy::MinimumLength)
        QVERIFY(!PasswordPolicy::check(password).isEmpty());
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
