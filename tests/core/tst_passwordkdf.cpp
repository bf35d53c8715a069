#include "PasswordKdf.h"

#include <QFile>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(KdfResult::Status)

#ifdef Q_OS_LINUX
// The size of this process's address space, from /proc/self/statm (in pages).
static rlim_t mappedBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return RLIM_INFINITY / 2;
    const QByteArray pages = statm.readAll().split(' ').value(0);
    return rlim_t(pages.toULongLong()) * rlim_t(sysconf(_SC_PAGESIZE));
}
#endif

class TestPasswordKdf : public QObject
{
    Q_OBJECT

private slots:
    void derivesThePinnedVector();
    void sameInputsGiveTheSameKey();
    void saltAndPasswordChangeTheKey();
    void generateUsesTheDefaults();
    void refusesUnsupportedParameters_data();
    void refusesUnsupportedParameters();
    void acceptsTheBounds();
    void reportsOutOfMemory();
    void zeroOverwritesInPlace();
    void wipeClearsAndSparesSharedCopies();
    void randomBytesHaveTheRequestedSize();

private:
    // 8 MiB and one pass keep each derivation in this test well under a second.
    static KdfParameters fastParameters(const QByteArray &salt);
};

KdfParameters TestPasswordKdf::fastParameters(const QByteArray &salt)
{
    KdfParameters parameters;
    parameters.algorithm = u"argon2id13"_s;
    parameters.salt = salt;
    parameters.opsLimit = 2;
    parameters.memLimitBytes = 8 * 1024 * 1024;
    return parameters;
}

void TestPasswordKdf::derivesThePinnedVector()
{
    // Computed once with libsodium 1.0.18 directly: crypto_pwhash(out, 32, password as UTF-8,
    // salt, opslimit 2, memlimit 8 MiB, crypto_pwhash_ALG_ARGON2ID13). A change here means
    // every stored verifier stops matching.
    const KdfResult result =
        PasswordKdf::derive(u"Akwaba N'Guessan été 2024"_s, fastParameters("resto360-salt-16"));

    QCOMPARE(result.status, KdfResult::Status::Ok);
    QCOMPARE(result.key.toHex(),
        QByteArray("ff0473db9291aa80bed33826a3b3f674510babd1765faa7766a1c0180d9ac415"));
}

void TestPasswordKdf::sameInputsGiveTheSameKey()
{
    const KdfParameters parameters =
        fastParameters(PasswordKdf::randomBytes(PasswordKdf::SaltBytes));

    const KdfResult first = PasswordKdf::derive(u"motdepasse"_s, parameters);
    const KdfResult second = PasswordKdf::derive(u"motdepasse"_s, parameters);

    QCOMPARE(first.status, KdfResult::Status::Ok);
    QCOMPARE(first.key.size(), PasswordKdf::KeyBytes);
    QCOMPARE(first.key, second.key);
}

void TestPasswordKdf::saltAndPasswordChangeTheKey()
{
    const KdfParameters parameters = fastParameters(QByteArray(PasswordKdf::SaltBytes, 'a'));
    const KdfParameters otherSalt = fastParameters(QByteArray(PasswordKdf::SaltBytes, 'b'));

    const QByteArray key = PasswordKdf::derive(u"motdepasse"_s, parameters).key;
    QCOMPARE(key.size(), PasswordKdf::KeyBytes);
    QVERIFY(PasswordKdf::derive(u"motdepasse"_s, otherSalt).key != key);
    QVERIFY(PasswordKdf::derive(u"motdepassE"_s, parameters).key != key);
}

void TestPasswordKdf::generateUsesTheDefaults()
{
    const KdfParameters first = KdfParameters::generate();
    const KdfParameters second = KdfParameters::generate();

    QCOMPARE(first.algorithm, u"argon2id13"_s);
    QCOMPARE(first.salt.size(), PasswordKdf::SaltBytes);
    QCOMPARE(first.opsLimit, quint64(2));
    QCOMPARE(first.memLimitBytes, quint64(64 * 1024 * 1024));
    QVERIFY(first.isSupported());
    QVERIFY(first.salt != second.salt);
}

void TestPasswordKdf::refusesUnsupportedParameters_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("saltBytes");
    QTest::addColumn<quint64>("opsLimit");
    QTest::addColumn<quint64>("memLimitBytes");

    const quint64 mib = 1024 * 1024;
    QTest::newRow("argon2i13") << u"argon2i13"_s << 16 << quint64(2) << 64 * mib;
    QTest::newRow("no algorithm") << QString() << 16 << quint64(2) << 64 * mib;
    QTest::newRow("short salt") << u"argon2id13"_s << 15 << quint64(2) << 64 * mib;
    QTest::newRow("long salt") << u"argon2id13"_s << 32 << quint64(2) << 64 * mib;
    QTest::newRow("no passes") << u"argon2id13"_s << 16 << quint64(0) << 64 * mib;
    QTest::newRow("11 passes") << u"argon2id13"_s << 16 << quint64(11) << 64 * mib;
    QTest::newRow("just under 8 MiB") << u"argon2id13"_s << 16 << quint64(2) << 8 * mib - 1;
    QTest::newRow("just over 1 GiB") << u"argon2id13"_s << 16 << quint64(2) << 1024 * mib + 1;
    QTest::newRow("64 GiB") << u"argon2id13"_s << 16 << quint64(2) << 65536 * mib;
}

void TestPasswordKdf::refusesUnsupportedParameters()
{
    QFETCH(QString, algorithm);
    QFETCH(int, saltBytes);
    QFETCH(quint64, opsLimit);
    QFETCH(quint64, memLimitBytes);

    KdfParameters parameters;
    parameters.algorithm = algorithm;
    parameters.salt = QByteArray(saltBytes, 's');
    parameters.opsLimit = opsLimit;
    parameters.memLimitBytes = memLimitBytes;

    QVERIFY(!parameters.isSupported());
    QTest::ignoreMessage(QtWarningMsg, "Refusing unsupported key derivation parameters");
    const KdfResult result = PasswordKdf::derive(u"motdepasse"_s, parameters);
    QCOMPARE(result.status, KdfResult::Status::UnsupportedParameters);
    QVERIFY(result.key.isEmpty());
}

void TestPasswordKdf::acceptsTheBounds()
{
    KdfParameters lowest = fastParameters(QByteArray(PasswordKdf::SaltBytes, 's'));
    lowest.opsLimit = PasswordKdf::MinOpsLimit;
    lowest.memLimitBytes = PasswordKdf::MinMemLimitBytes;
    QVERIFY(lowest.isSupported());
    QCOMPARE(PasswordKdf::derive(u"motdepasse"_s, lowest).status, KdfResult::Status::Ok);

    KdfParameters highest = lowest;
    highest.opsLimit = PasswordKdf::MaxOpsLimit;
    highest.memLimitBytes = PasswordKdf::MaxMemLimitBytes;
    QVERIFY(highest.isSupported());
}

void TestPasswordKdf::reportsOutOfMemory()
{
#ifndef Q_OS_LINUX
    QSKIP("Needs Linux address-space limits.");
#else
    KdfParameters parameters = fastParameters(QByteArray(PasswordKdf::SaltBytes, 's'));
    parameters.memLimitBytes = 256 * 1024 * 1024;

    // A child process caps its own address space just above what it has mapped, so the
    // derivation cannot allocate its 256 MiB, and reports its status as its exit code.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        rlimit limit = {};
        limit.rlim_cur = limit.rlim_max = mappedBytes() + 32 * 1024 * 1024;
        if (setrlimit(RLIMIT_AS, &limit) != 0)
            _exit(100);
        _exit(int(PasswordKdf::derive(u"motdepasse"_s, parameters).status));
    }

    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), int(KdfResult::Status::OutOfMemory));
#endif
}

void TestPasswordKdf::zeroOverwritesInPlace()
{
    QByteArray secret = PasswordKdf::randomBytes(32);
    secret[0] = 'x'; // never all zeros already
    const char *buffer = secret.constData();

    QVERIFY(PasswordKdf::zero(secret));

    QCOMPARE(secret, QByteArray(32, '\0'));
    QCOMPARE(secret.constData(), buffer); // the same memory, not a fresh copy
}

void TestPasswordKdf::wipeClearsAndSparesSharedCopies()
{
    QByteArray secret = PasswordKdf::randomBytes(32);
    PasswordKdf::wipe(secret);
    QVERIFY(secret.isEmpty());

    // A caller that kept a copy (as a result handed to a callback) still has its value;
    // wiping that copy, now the last one, zeroes the buffer.
    QByteArray key = PasswordKdf::randomBytes(32);
    key[0] = 'x';
    QByteArray kept = key;
    const QByteArray expected(kept.constData(), kept.size()); // a deep copy
    QVERIFY(!PasswordKdf::zero(key));
    PasswordKdf::wipe(key);
    QVERIFY(key.isEmpty());
    QCOMPARE(kept, expected);
    QVERIFY(PasswordKdf::zero(kept));
    PasswordKdf::wipe(kept);
    QVERIFY(kept.isEmpty());

    QByteArray empty;
    PasswordKdf::wipe(empty);
    QVERIFY(empty.isEmpty());

    static const char literal[] = "not owned";
    QByteArray raw = QByteArray::fromRawData(literal, sizeof(literal) - 1);
    QVERIFY(!PasswordKdf::zero(raw)); // read-only memory: left alone, no crash
    PasswordKdf::wipe(raw);
    QVERIFY(raw.isEmpty());
}

void TestPasswordKdf::randomBytesHaveTheRequestedSize()
{
    QCOMPARE(PasswordKdf::randomBytes(16).size(), 16);
    QVERIFY(PasswordKdf::randomBytes(0).isEmpty());
    QVERIFY(PasswordKdf::randomBytes(-1).isEmpty());
    QVERIFY(PasswordKdf::randomBytes(32) != PasswordKdf::randomBytes(32));
}

QTEST_GUILESS_MAIN(TestPasswordKdf)
#include "tst_passwordkdf.moc"
