#include "Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const auto userId = u"0b6f3c0e-2d6a-4c1f-9a53-1e0f8f6d2a11"_s;
const auto restaurantId = u"6a4e2f7d-8c1b-4e7a-b2d9-3f5c6a7b8c90"_s;
const auto staffId = u"d1c2b3a4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"_s;
constexpr qint64 issued = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 expires = issued + 900;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject header()
{
    return {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"key-2026-01"_s}};
}

QJsonObject payload()
{
    return {{u"sub"_s, userId}, {u"rid"_s, restaurantId}, {u"sid"_s, staffId},
        {u"role"_s, u"manager"_s},
        {u"perms"_s, QJsonArray({u"staff.view"_s, u"staff.manage"_s, u"settings.view"_s})},
        {u"iat"_s, issued}, {u"nbf"_s, issued}, {u"exp"_s, expires}};
}

// Stands in for HMAC-SHA-256 output: the client never checks it, only its shape.
QByteArray signature()
{
    return QByteArray(32, '\x5a');
}

QByteArray token(const QJsonObject &h, const QJsonObject &p, const QByteArray &sig = signature())
{
    return base64Url(compact(h)) + '.' + base64Url(compact(p)) + '.' + base64Url(sig);
}

QByteArray tokenFromRawParts(const QByteArray &h, const QByteArray &p, const QByteArray &sig)
{
    return h + '.' + p + '.' + sig;
}

QJsonObject with(QJsonObject object, const QString &name, const QJsonValue &value)
{
    object.insert(name, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString &name)
{
    object.remove(name);
    return object;
}

// A payload whose JSON length is not a multiple of 3, so standard base64 would pad it.
QByteArray paddedPayload()
{
    QJsonObject p = payload();
    QString filler;
    while (compact(p).size() % 3 == 0) {
        filler.append(u'x');
        p.insert(u"pad"_s, filler);
    }
    return compact(p).toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void readsEveryClaim();
    void optionalClaimsMayBeAbsent();
    void isExpired_data();
    void isExpired();
};

void TestJwt::decode_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");

    const QByteArray goodHeader = base64Url(compact(header()));
    const QByteArray goodPayload = base64Url(compact(payload()));
    const QByteArray goodSignature = base64Url(signature());

    QTest::newRow("well formed") << token(header(), payload()) << true;
    QTest::newRow("no perms, iat or nbf")
        << token(header(), without(without(without(payload(), u"perms"_s), u"iat"_s), u"nbf"_s))
        << true;
    QTest::newRow("unknown claims ignored")
        << token(header(), with(payload(), u"jti"_s, u"abc"_s)) << true;
    QTest::newRow("uppercase uuid")
        << token(header(), with(payload(), u"sub"_s, userId.toUpper())) << true;

    // Shape of the token.
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("two parts") << goodHeader + '.' + goodPayload << false;
    QTest::newRow("four parts") << token(header(), payload()) + '.' + goodSignature << false;
    QTest::newRow("empty signature") << tokenFromRawParts(goodHeader, goodPayload, {}) << false;
    QTest::newRow("16-byte signature")
        << token(header(), payload(), QByteArray(16, '\x5a')) << false;
    QTest::newRow("padded payload")
        << tokenFromRawParts(goodHeader, paddedPayload(), goodSignature) << false;
    QTest::newRow("standard base64 alphabet")
        << tokenFromRawParts(goodHeader, goodPayload, QByteArray(32, '\xff').toBase64()) << false;
    QTest::newRow("non-canonical last character") << tokenFromRawParts(
        goodHeader, goodPayload, base64Url(QByteArray(32, '\0')).chopped(1) + 'B')
                                                  << false;
    QTest::newRow("impossible length")
        << tokenFromRawParts(goodHeader, goodPayload, "AAAAA") << false;
    QTest::newRow("trailing newline") << token(header(), payload()) + '\n' << false;
    QTest::newRow("larger than 8 KiB")
        << token(header(), with(payload(), u"filler"_s, QString(8192, u'x'))) << false;

    // Header.
    QTest::newRow("alg none") << token(with(header(), u"alg"_s, u"none"_s), payload(), {}) << false;
    QTest::newRow("alg none, signed")
        << token(with(header(), u"alg"_s, u"none"_s), payload()) << false;
    QTest::newRow("alg None") << token(with(header(), u"alg"_s, u"None"_s), payload()) << false;
    QTest::newRow("alg HS512") << token(with(header(), u"alg"_s, u"HS512"_s), payload()) << false;
    QTest::newRow("alg RS256") << token(with(header(), u"alg"_s, u"RS256"_s), payload()) << false;
    QTest::newRow("alg lowercase")
        << token(with(header(), u"alg"_s, u"hs256"_s), payload()) << false;
    QTest::newRow("alg missing") << token(without(header(), u"alg"_s), payload()) << false;
    QTest::newRow("typ missing") << token(without(header(), u"typ"_s), payload()) << false;
    QTest::newRow("typ JWS") << token(with(header(), u"typ"_s, u"JWS"_s), payload()) << false;
    QTest::newRow("kid missing") << token(without(header(), u"kid"_s), payload()) << false;
    QTest::newRow("kid a number") << token(with(header(), u"kid"_s, 7), payload()) << false;
    QTest::newRow("critical extension")
        << token(with(header(), u"crit"_s, QJsonArray({u"exp"_s})), payload()) << false;
    QTest::newRow("header not JSON")
        << tokenFromRawParts(base64Url("{alg:HS256"), goodPayload, goodSignature) << false;
    QTest::newRow("header a JSON array")
        << tokenFromRawParts(base64Url("[\"HS256\"]"), goodPayload, goodSignature) << false;

    // Payload.
    QTest::newRow("payload not JSON")
        << tokenFromRawParts(goodHeader, base64Url("exp=1"), goodSignature) << false;
    QTest::newRow("sub missing") << token(header(), without(payload(), u"sub"_s)) << false;
    QTest::newRow("rid missing") << token(header(), without(payload(), u"rid"_s)) << false;
    QTest::newRow("sid missing") << token(header(), without(payload(), u"sid"_s)) << false;
    QTest::newRow("role missing") << token(header(), without(payload(), u"role"_s)) << false;
    QTest::newRow("exp missing") << token(header(), without(payload(), u"exp"_s)) << false;
    QTest::newRow("sub not a uuid") << token(header(), with(payload(), u"sub"_s, u"42"_s)) << false;
    QTest::newRow("rid in braces")
        << token(header(), with(payload(), u"rid"_s, u'{' + restaurantId + u'}')) << false;
    QTest::newRow("role a number") << token(header(), with(payload(), u"role"_s, 1)) << false;
    QTest::newRow("exp a string") << token(
        header(), with(payload(), u"exp"_s, QString::number(expires)))
                                  << false;
    QTest::newRow("exp a fraction")
        << token(header(), with(payload(), u"exp"_s, expires + 0.5)) << false;
    QTest::newRow("exp negative") << token(header(), with(payload(), u"exp"_s, -1)) << false;
    QTest::newRow("exp past year 9999")
        << token(header(), with(payload(), u"exp"_s, 1e15)) << false;
    QTest::newRow("exp true") << token(header(), with(payload(), u"exp"_s, true)) << false;
    QTest::newRow("iat a string") << token(header(), with(payload(), u"iat"_s, u"now"_s)) << false;
    QTest::newRow("exp before iat")
        << token(header(), with(payload(), u"exp"_s, issued - 1)) << false;
    QTest::newRow("perms a string")
        << token(header(), with(payload(), u"perms"_s, u"staff.view"_s)) << false;
    QTest::newRow("perms holding a number")
        << token(header(), with(payload(), u"perms"_s, QJsonArray({u"staff.view"_s, 3}))) << false;
}

void TestJwt::decode()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);

    QString error = u"left over from before"_s;
    const std::optional<JwtClaims> claims = Jwt::decode(token, &error);

    QCOMPARE(claims.has_value(), valid);
    if (valid) {
        QVERIFY(error.isEmpty());
        QCOMPARE(claims->userId, userId);
        return;
    }

    QVERIFY(!error.isEmpty());
    QVERIFY(error != u"left over from before"_s);
    // The log line never quotes the token.
    const QList<QByteArray> parts = token.split('.');
    for (const QByteArray &part : parts) {
        if (part.size() >= 8)
            QVERIFY2(!error.contains(QString::fromLatin1(part)), qPrintable(error));
    }
    QVERIFY(!Jwt::decode(token).has_value()); // without an error pointer too
}

void TestJwt::readsEveryClaim()
{
    const std::optional<JwtClaims> claims = Jwt::decode(token(header(), payload()));
    QVERIFY(claims.has_value());

    QCOMPARE(claims->keyId, u"key-2026-01"_s);
    QCOMPARE(claims->userId, userId);
    QCOMPARE(claims->restaurantId, restaurantId);
    QCOMPARE(claims->staffId, staffId);
    QCOMPARE(claims->role, u"manager"_s);
    QCOMPARE(
        claims->permissions, QStringList({u"staff.view"_s, u"staff.manage"_s, u"settings.view"_s}));
    QCOMPARE(claims->issuedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(claims->notBefore, claims->issuedAt);
    QCOMPARE(claims->expiresAt, QDateTime(QDate(2026, 1, 1), QTime(0, 15), Qt::UTC));
    QCOMPARE(claims->expiresAt.timeSpec(), Qt::UTC);
}

void TestJwt::optionalClaimsMayBeAbsent()
{
    QJsonObject minimal = payload();
    minimal.remove(u"perms"_s);
    minimal.remove(u"iat"_s);
    minimal.remove(u"nbf"_s);

    const std::optional<JwtClaims> claims = Jwt::decode(token(header(), minimal));
    QVERIFY(claims.has_value());
    QVERIFY(claims->permissions.isEmpty());
    QVERIFY(!claims->issuedAt.isValid());
    QVERIFY(!claims->notBefore.isValid());
    QVERIFY(claims->expiresAt.isValid());
}

void TestJwt::isExpired_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("leeway");
    QTest::addColumn<bool>("expired");

    const QDateTime exp = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    QTest::newRow("just issued") << exp.addSecs(-900) << 30 << false;
    QTest::newRow("31 s left") << exp.addSecs(-31) << 30 << false;
    QTest::newRow("30 s left, within leeway") << exp.addSecs(-30) << 30 << true;
    QTest::newRow("at expiry") << exp << 30 << true;
    QTest::newRow("an hour later") << exp.addSecs(3600) << 30 << true;
    QTest::newRow("1 s left, no leeway") << exp.addSecs(-1) << 0 << false;
    QTest::newRow("at expiry, no leeway") << exp << 0 << true;
    QTest::newRow("other time zone, same instant")
        << exp.addSecs(-31).toOffsetFromUtc(3600) << 30 << false;
    QTest::newRow("invalid now") << QDateTime() << 30 << true;
}

void TestJwt::isExpired()
{
    QFETCH(QDateTime, now);
    QFETCH(int, leeway);
    QFETCH(bool, expired);

    const std::optional<JwtClaims> claims = Jwt::decode(token(header(), payload()));
    QVERIFY(claims.has_value());
    QCOMPARE(Jwt::isExpired(*claims, now, leeway), expired);

    JwtClaims noExpiry = *claims;
    noExpiry.expiresAt = QDateTime();
    QVERIFY(Jwt::isExpired(noExpiry, now, leeway));
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
