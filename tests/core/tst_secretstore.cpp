#include "SecretStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Generous bounds for a real keyring on a busy CI machine; a write normally takes ~25 ms.
// They guard against a hang, they do not measure speed.
constexpr int keyringTimeoutMs = 10000;

/// Runs against the throwaway Secret Service that tests/support/run-with-keyring.sh starts,
/// except failsWithoutSecretService, which ctest runs on its own with no bus at all.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writeThenRead();
    void overwrite();
    void readMissingKey();
    void deleteThenRead();
    void deleteMissingKey();
    void keepsServicesApart();
    void failsWithoutSecretService();

private:
    static bool inThrowawayKeyring();
    static QString freshKey();
    // Each helper runs one job and waits for its single outcome.
    static void write(SecretStore &store, const QString &key, const QByteArray &secret);
    static void remove(SecretStore &store, const QString &key);
};

static const auto serviceName = u"resto360-test"_s;

bool TestSecretStore::inThrowawayKeyring()
{
    return qgetenv("RESTO360_THROWAWAY_KEYRING") == "1";
}

QString TestSecretStore::freshKey()
{
    // "<server uuid>/<user uuid>", as the session code names its entries.
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u'/'
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestSecretStore::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "failsWithoutSecretService")
        return;
    // Never write to the keychain of whoever runs the test by hand.
    if (!inThrowawayKeyring())
        QFAIL("Run through ctest or tests/support/run-with-keyring.sh, which provide a throwaway "
              "keyring.");
}

void TestSecretStore::write(SecretStore &store, const QString &key, const QByteArray &secret)
{
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.writeSecret(key, secret);
    QTRY_COMPARE_WITH_TIMEOUT(written.count() + failed.count(), 1, keyringTimeoutMs);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(written.first().at(0).toString(), key);
}

void TestSecretStore::remove(SecretStore &store, const QString &key)
{
    QSignalSpy deleted(&store, &SecretStore::secretDeleted);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.deleteSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count() + failed.count(), 1, keyringTimeoutMs);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(deleted.first().at(0).toString(), key);
}

void TestSecretStore::writeThenRead()
{
    SecretStore store(serviceName);
    const QString key = freshKey();
    // Binary, with a NUL and bytes that are not UTF-8, and about the size of a refresh token.
    QByteArray secret = QByteArray("refresh\0token\xff\xfe", 15) + QByteArray(300, 'r');

    write(store, key, secret);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy missing(&store, &SecretStore::secretMissing);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.readSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count() + missing.count() + failed.count(), 1, keyringTimeoutMs);
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.first().at(0).toString(), key);
    QCOMPARE(read.first().at(1).toByteArray(), secret);

    remove(store, key);
}

void TestSecretStore::overwrite()
{
    SecretStore store(serviceName);
    const QString key = freshKey();

    write(store, key, "first");
    write(store, key, "second");
    if (QTest::currentTestFailed())
        return;

    QSignalSpy read(&store, &SecretStore::secretRead);
    store.readSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, keyringTimeoutMs);
    QCOMPARE(read.first().at(1).toByteArray(), QByteArray("second"));

    remove(store, key);
}

void TestSecretStore::readMissingKey()
{
    SecretStore store(serviceName);
    const QString key = freshKey();

    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy missing(&store, &SecretStore::secretMissing);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.readSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count() + missing.count() + failed.count(), 1, keyringTimeoutMs);
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.first().at(0).toString(), key);
}

void TestSecretStore::deleteThenRead()
{
    SecretStore store(serviceName);
    const QString key = freshKey();

    write(store, key, "to be removed");
    remove(store, key);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy missing(&store, &SecretStore::secretMissing);
    store.readSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count() + missing.count(), 1, keyringTimeoutMs);
    QCOMPARE(missing.count(), 1);
}

void TestSecretStore::deleteMissingKey()
{
    SecretStore store(serviceName);
    remove(store, freshKey());
}

void TestSecretStore::keepsServicesApart()
{
    SecretStore store(serviceName);
    SecretStore other(serviceName + u"-other"_s);
    const QString key = freshKey();

    write(store, key, "mine");
    if (QTest::currentTestFailed())
        return;

    QSignalSpy missing(&other, &SecretStore::secretMissing);
    QSignalSpy read(&other, &SecretStore::secretRead);
    other.readSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(missing.count() + read.count(), 1, keyringTimeoutMs);
    QCOMPARE(missing.count(), 1);

    remove(store, key);
}

void TestSecretStore::failsWithoutSecretService()
{
    // GLib keeps the first session bus connection a process makes, so this case cannot follow
    // the others in one process; ctest runs it alone as tst_secretstore_no_service.
    if (inThrowawayKeyring())
        QSKIP("Runs as the ctest entry tst_secretstore_no_service, in a process with no bus.");

    // Before any job exists: point the session bus at a socket that is not there, so
    // nothing can reach a real keychain either.
    QTemporaryDir nowhere;
    QVERIFY(nowhere.isValid());
    const QByteArray address = "unix:path=" + QFile::encodeName(nowhere.filePath(u"no-bus"_s));
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qunsetenv("DISPLAY");

    SecretStore store(serviceName);
    const QString key = freshKey();
    QSignalSpy failed(&store, &SecretStore::failed);
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy missing(&store, &SecretStore::secretMissing);
    QSignalSpy deleted(&store, &SecretStore::secretDeleted);

    // QtKeychain's own text goes to the log, once per call.
    const QRegularExpression logged(u"keychain entry .* failed \\(QtKeychain error \\d+\\): .+"_s);
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, logged);

    store.writeSecret(key, "never stored");
    store.readSecret(key);
    store.deleteSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, keyringTimeoutMs);

    QCOMPARE(written.count() + read.count() + missing.count() + deleted.count(), 0);
    const QList<SecretStore::Operation> operations = {SecretStore::Operation::Write,
        SecretStore::Operation::Read, SecretStore::Operation::Delete};
    for (int i = 0; i < failed.count(); ++i) {
        QCOMPARE(failed.at(i).at(0).toString(), key);
        QCOMPARE(failed.at(i).at(1).value<SecretStore::Operation>(), operations.at(i));
        const QString message = failed.at(i).at(2).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(u"never stored"_s));
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
