#include "SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondCopyReachesFirst();
    void aloneFindsNobody();
    void staleSocketIsReplaced();
    void socketNameDependsOnFolder();

private:
    static QString uniqueName();
};

QString TestSingleInstance::uniqueName()
{
    return u"resto360-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

void TestSingleInstance::secondCopyReachesFirst()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(!first.notifyRunningInstance());
    QVERIFY(first.listen());
    QSignalSpy shown(&first, &SingleInstance::showRequested);

    SingleInstance second(name);
    QVERIFY(second.isAnotherInstanceRunning());
    QVERIFY(second.notifyRunningInstance());
    QTRY_COMPARE(shown.size(), 1);

    SingleInstance third(name);
    QVERIFY(third.notifyRunningInstance());
    QTRY_COMPARE(shown.size(), 2);
}

void TestSingleInstance::aloneFindsNobody()
{
    SingleInstance alone(uniqueName());
    QVERIFY(!alone.isAnotherInstanceRunning());
    QVERIFY(!alone.notifyRunningInstance());
}

void TestSingleInstance::staleSocketIsReplaced()
{
    const QString name = uniqueName();
    {
        // A listener that goes away without removing its socket file, as after a crash.
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(name));
        const QString path = crashed.fullServerName();
        crashed.close();
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }

    SingleInstance restarted(name);
    QVERIFY(!restarted.notifyRunningInstance());
    QVERIFY(restarted.listen());
    QSignalSpy shown(&restarted, &SingleInstance::showRequested);
    SingleInstance later(name);
    QVERIFY(later.notifyRunningInstance());
    QTRY_COMPARE(shown.size(), 1);
}

void TestSingleInstance::socketNameDependsOnFolder()
{
    const QString a = SingleInstance::socketName(u"/srv/resto360/a"_s);
    QCOMPARE(SingleInstance::socketName(u"/srv/resto360/a"_s), a);
    QVERIFY(SingleInstance::socketName(u"/srv/resto360/b"_s) != a);
    QVERIFY(a.startsWith(u"resto360-"_s));
    QVERIFY(!a.contains(u"srv"_s));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
