// Checks a Qt Linguist catalog: every message has a finished, non-empty translation that
// keeps the source's placeholders. The catalog path comes from RESTO360_TS_FILE, so the same
// program checks the committed French catalog and a copy freshly updated by lupdate.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type;
    bool numerus = false;
};

QList<Message> readCatalog(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:\\d+|n)"_s);
    QSet<QString> found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found.insert(matches.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated();
};

void TestTranslations::everyMessageIsTranslated()
{
    const QString path = qEnvironmentVariable("RESTO360_TS_FILE");
    QVERIFY2(!path.isEmpty(), "set RESTO360_TS_FILE to the catalog to check");
    QString error;
    const QList<Message> messages = readCatalog(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() >= 50,
        qPrintable(u"only %1 messages in %2"_s.arg(messages.size()).arg(path)));

    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
            continue;
        const QString where = message.context + u": "_s + message.source.left(60);
        if (message.type == u"unfinished"_s)
            problems << u"unfinished: "_s + where;
        if (message.translations.isEmpty() || message.translations.contains(QString()))
            problems << u"empty: "_s + where;
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source) && !message.numerus)
                problems << u"placeholders differ: "_s + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
