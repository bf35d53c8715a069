#include "PhoneNumber.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PhoneNumber::Error)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void parsesSharedTable_data();
    void parsesSharedTable();
    void refusesWhatLibphonenumberWouldGuess_data();
    void refusesWhatLibphonenumberWouldGuess();
    void formatsForDisplay_data();
    void formatsForDisplay();
    void defaultRegionReadsNationalNumbers();
    void defaultIsInvalid();
    void everyErrorHasAMessage();
    void oldIvorianMessageShowsTheTenDigitForm();
};

// Why each "reject" row of tests/data/phone-numbers.tsv is refused, keyed by its input. A new
// reject row fails the test until its reason is added here.
static const QHash<QString, PhoneNumber::Error> expectedRejections = {
    {u"+225 00 00 00 01"_s, PhoneNumber::Error::OldIvorianFormat},
    {u"+221 77 00 00 01"_s, PhoneNumber::Error::InvalidNumber},
    {u""_s, PhoneNumber::Error::Empty},
    {u"abc"_s, PhoneNumber::Error::NotANumber},
};

void TestPhoneNumber::parsesSharedTable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QFile file(QStringLiteral(RESTO360_PHONE_NUMBERS_TSV));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.errorString()));

    bool header = true;
    int rows = 0;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u'#') || line.isEmpty())
            continue;
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 3);
        if (header) {
            QCOMPARE(fields, QStringList({u"input"_s, u"expected"_s, u"note"_s}));
            header = false;
            continue;
        }
        QTest::newRow(qPrintable(fields.at(2))) << fields.at(0) << fields.at(1);
        ++rows;
    }
    QVERIFY(rows >= 16);
}

void TestPhoneNumber::parsesSharedTable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    PhoneNumber::Error error = PhoneNumber::Error::None;
    const PhoneNumber number = PhoneNumber::parse(input, u"CI"_s, &error);

    if (expected == u"reject"_s) {
        QVERIFY2(expectedRejections.contains(input), "add this row's reason to expectedRejections");
        QVERIFY(!number.isValid());
        QVERIFY(number.e164().isEmpty());
        QCOMPARE(error, expectedRejections.value(input));
    } else {
        QVERIFY(number.isValid());
        QCOMPARE(error, PhoneNumber::Error::None);
        QCOMPARE(number.e164(), expected);
        // The stored form reads back as itself.
        QCOMPARE(PhoneNumber::parse(number.e164()).e164(), expected);
    }
}

void TestPhoneNumber::refusesWhatLibphonenumberWouldGuess_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PhoneNumber::Error>("error");

    // libphonenumber alone would read letters as keypad digits or drop an extension.
    QTest::newRow("trailing letters") << u"0700000001abc"_s << PhoneNumber::Error::NotANumber;
    QTest::newRow("letter for a digit") << u"07 00 00 00 0A"_s << PhoneNumber::Error::NotANumber;
    QTest::newRow("extension") << u"0700000001 ext 5"_s << PhoneNumber::Error::NotANumber;
    QTest::newRow("vanity number") << u"1-800-FLOWERS"_s << PhoneNumber::Error::NotANumber;
    QTest::newRow("plus in the middle") << u"07+00000001"_s << PhoneNumber::Error::NotANumber;
    QTest::newRow("plus alone") << u"+"_s << PhoneNumber::Error::NotANumber;
    QTest::newRow("spaces only") << u"   "_s << PhoneNumber::Error::Empty;
    QTest::newRow("old 8-digit, national")
        << u"01 02 03 04"_s << PhoneNumber::Error::OldIvorianFormat;
    QTest::newRow("old 8-digit, 00225")
        << u"00225 01 02 03 04"_s << PhoneNumber::Error::OldIvorianFormat;
    QTest::newRow("Ivorian, 9 digits") << u"07 00 00 00 0"_s << PhoneNumber::Error::InvalidNumber;
    QTest::newRow("Ivorian, 11 digits")
        << u"07 00 00 00 001"_s << PhoneNumber::Error::InvalidNumber;
    QTest::newRow("unknown country code")
        << u"+999 1234 5678"_s << PhoneNumber::Error::InvalidNumber;
    QTest::newRow("far too long") << u"07 00 00 00 01 00 00 00 00 00 00 00 00"_s
                                  << PhoneNumber::Error::InvalidNumber;
}

void TestPhoneNumber::refusesWhatLibphonenumberWouldGuess()
{
    QFETCH(QString, input);
    QFETCH(PhoneNumber::Error, error);

    PhoneNumber::Error actual = PhoneNumber::Error::None;
    QVERIFY(!PhoneNumber::parse(input, u"CI"_s, &actual).isValid());
    QCOMPARE(actual, error);
}

void TestPhoneNumber::formatsForDisplay_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("region");

    QTest::newRow("Ivorian mobile") << u"0700000001"_s << u"+225 07 00 00 00 01"_s << u"CI"_s;
    QTest::newRow("Ivorian fixed line") << u"2722444444"_s << u"+225 27 22 44 44 44"_s << u"CI"_s;
    QTest::newRow("no-break spaces")
        << u"07\u00a000\u202f00 00 01"_s << u"+225 07 00 00 00 01"_s << u"CI"_s;
    QTest::newRow("Senegal") << u"+221770000001"_s << u"+221 77 000 00 01"_s << u"SN"_s;
    QTest::newRow("France") << u"+33 6 12 34 56 78"_s << u"+33 6 12 34 56 78"_s << u"FR"_s;
}

void TestPhoneNumber::formatsForDisplay()
{
    QFETCH(QString, input);
    QFETCH(QString, formatted);
    QFETCH(QString, region);

    const PhoneNumber number = PhoneNumber::parse(input);
    QVERIFY(number.isValid());
    QCOMPARE(number.formatted(), formatted);
    QCOMPARE(number.regionCode(), region);
}

void TestPhoneNumber::defaultRegionReadsNationalNumbers()
{
    // A national Senegalese number is valid only when Senegal is the default region.
    QCOMPARE(PhoneNumber::parse(u"77 000 00 01"_s, u"SN"_s).e164(), u"+221770000001"_s);
    QVERIFY(!PhoneNumber::parse(u"77 000 00 01"_s, u"CI"_s).isValid());
    // An international number ignores the default region.
    QCOMPARE(PhoneNumber::parse(u"+2250700000001"_s, u"SN"_s).e164(), u"+2250700000001"_s);
}

void TestPhoneNumber::defaultIsInvalid()
{
    const PhoneNumber number;
    QVERIFY(!number.isValid());
    QVERIFY(number.e164().isEmpty());
    QVERIFY(number.formatted().isEmpty());
    QVERIFY(number == PhoneNumber());
    QVERIFY(PhoneNumber::parse(u"07 00 00 00 01"_s) == PhoneNumber::parse(u"+2250700000001"_s));
}

void TestPhoneNumber::everyErrorHasAMessage()
{
    QVERIFY(PhoneNumber::errorMessage(PhoneNumber::Error::None).isEmpty());
    const QList<PhoneNumber::Error> errors = {PhoneNumber::Error::Empty,
        PhoneNumber::Error::NotANumber, PhoneNumber::Error::OldIvorianFormat,
        PhoneNumber::Error::InvalidNumber};
    QSet<QString> messages;
    for (PhoneNumber::Error error : errors) {
        const QString message = PhoneNumber::errorMessage(error);
        QVERIFY(!message.isEmpty());
        messages.insert(message);
    }
    QCOMPARE(messages.size(), errors.size());
}

void TestPhoneNumber::oldIvorianMessageShowsTheTenDigitForm()
{
    // Whatever the language, the message shows an example in the 10-digit form.
    QVERIFY(PhoneNumber::errorMessage(PhoneNumber::Error::OldIvorianFormat)
                .contains(u"07 00 00 00 01"_s));
    QVERIFY(PhoneNumber::errorMessage(PhoneNumber::Error::OldIvorianFormat).contains(u"10"_s));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
