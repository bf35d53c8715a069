// A corpus of forged and malformed access tokens. Each one, put on a resto360_app
// connection, must show no row of any restaurant and make every write raise R3440. Many are
// signed with the real key, so the check that rejects them is the one the row names.
#include "SessionTestHelpers.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {

const QString App = u"corpus-app"_s;
const QString Admin = u"corpus-admin"_s;
const QString Password = u"Aloko-et-poisson-frit"_s;
const QString OwnerA = u"+2250700000001"_s;
const QString OwnerB = u"+2250500000002"_s;
const QString CashierA = u"+2250100000003"_s;
const QString NewcomerA = u"+2250100000004"_s;

struct CorpusEntry
{
    QByteArray name;
    QString token;
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Flips the lowest bit of the last base64url character, which a 32-byte value leaves unused:
// the decoded bytes stay the same and only the text differs.
QString nonCanonicalSignature(const QString &token)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s;
    QString changed = token;
    const int index = alphabet.indexOf(changed.back());
    changed.back() = alphabet.at(index ^ 1);
    return changed;
}

} // namespace

class TestTokenCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void controlTokensAreAccepted();
    void corpusIsLargeEnough();
    void forgedTokenIsRejected_data();
    void forgedTokenIsRejected();
    void nothingWasWritten();

private:
    void buildCorpus();
    void add(const char *name, const QString &token) { m_corpus.append({name, token}); }
    QString signedReal(const QJsonObject &payload) const;
    QByteArray realHeader() const;

    TestServer m_server;
    QString m_restaurantA;
    QString m_restaurantB;
    QString m_ownerStaffA;
    QString m_ownerStaffB;
    QString m_userA;
    QString m_userB;
    QString m_sessionB;
    QString m_currentKid;
    QByteArray m_currentSecret;
    QString m_retiredKid;
    QByteArray m_retiredSecret;
    QString m_retiredToken;
    QString m_validToken;
    QString m_deactivatedToken;
    QString m_revokedToken;
    QString m_mustChangeToken;
    QJsonObject m_claims;
    QList<CorpusEntry> m_corpus;
};

void TestTokenCorpus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(Admin, m_server.adminSettings()));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    m_restaurantA =
        m_server.createRestaurant(u"Maquis A"_s, u"Adjoua N'Guessan"_s, OwnerA, Password);
    m_restaurantB = m_server.createRestaurant(u"Maquis B"_s, u"Kouassi Aké"_s, OwnerB, Password);
    QVERIFY(!m_restaurantA.isEmpty() && !m_restaurantB.isEmpty());
    m_ownerStaffA =
        scalar(Admin, u"select id from app.staff where restaurant_id = ?"_s, {m_restaurantA})
            .toString();
    m_ownerStaffB =
        scalar(Admin, u"select id from app.staff where restaurant_id = ?"_s, {m_restaurantB})
            .toString();
    m_userA = scalar(Admin, u"select id from auth.users where phone = ?"_s, {OwnerA}).toString();
    m_userB = scalar(Admin, u"select id from auth.users where phone = ?"_s, {OwnerB}).toString();
    const QString cashier =
        m_server.addStaff(m_restaurantA, CashierA, u"Élodie Yao"_s, u"cashier"_s, Password);
    const QString newcomer =
        m_server.addStaff(m_restaurantA, NewcomerA, u"Awa Koné"_s, u"kitchen"_s, Password, true);
    QVERIFY(!cashier.isEmpty() && !newcomer.isEmpty());

    const QByteArray ownerKey = deriveKey(App, OwnerA, Password);

    // A token signed with the first key, which is then retired and left to expire.
    m_retiredKid = scalar(Admin, u"select kid from auth.signing_keys"_s).toString();
    m_retiredSecret =
        scalar(Admin, u"select secret from auth.signing_keys where kid = ?"_s, {m_retiredKid})
            .toByteArray();
    m_retiredToken = signIn(App, OwnerA, ownerKey, m_ownerStaffA).accessToken;
    QVERIFY(!m_retiredToken.isEmpty());
    m_currentKid = scalar(Admin, u"select auth.rotate_signing_key()"_s).toString();
    QVERIFY(scalar(Admin,
        u"update auth.signing_keys set retired_at = now() - interval '1 hour' where kid = ? "
        "returning 1"_s,
        {m_retiredKid})
                .isValid());
    m_currentSecret =
        scalar(Admin, u"select secret from auth.signing_keys where kid = ?"_s, {m_currentKid})
            .toByteArray();
    QCOMPARE(m_currentSecret.size(), 32);

    const TestServer::Tokens valid = signIn(App, OwnerA, ownerKey, m_ownerStaffA);
    m_validToken = valid.accessToken;
    QCOMPARE(tokenPart(m_validToken, 0).value(u"kid"_s).toString(), m_currentKid);
    m_claims = tokenPart(m_validToken, 1);

    // A session of owner B, to borrow its id.
    const TestServer::Tokens ownerB =
        signIn(App, OwnerB, deriveKey(App, OwnerB, Password), m_ownerStaffB);
    m_sessionB = tokenPart(ownerB.accessToken, 1).value(u"sess"_s).toString();

    // Tokens that were valid when issued: a membership deactivated since, a revoked
    // session, and a person who must change the password first.
    m_deactivatedToken =
        signIn(App, CashierA, deriveKey(App, CashierA, Password), cashier).accessToken;
    QVERIFY(
        scalar(Admin, u"update app.staff set active = false where id = ? returning 1"_s, {cashier})
            .isValid());
    const TestServer::Tokens revoked = signIn(App, OwnerA, ownerKey, m_ownerStaffA);
    m_revokedToken = revoked.accessToken;
    QVERIFY(!TestServer::run(App, u"select auth.logout(?)"_s, {revoked.refreshToken})
                 .lastError()
                 .isValid());
    m_mustChangeToken =
        signIn(App, NewcomerA, deriveKey(App, NewcomerA, Password), newcomer).accessToken;
    QVERIFY(
        !m_deactivatedToken.isEmpty() && !m_revokedToken.isEmpty() && !m_mustChangeToken.isEmpty());

    buildCorpus();
}

void TestTokenCorpus::init()
{
    QVERIFY(TestServer::useToken(App, QString()));
}

QByteArray TestTokenCorpus::realHeader() const
{
    return encodeJson({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, m_currentKid}});
}

QString TestTokenCorpus::signedReal(const QJsonObject &payload) const
{
    return signWith(realHeader(), encodeJson(payload), m_currentSecret);
}

void TestTokenCorpus::buildCorpus()
{
    const QList<QByteArray> parts = m_validToken.toLatin1().split('.');
    const QByteArray &payload = parts.at(1);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto header = [this](const QJsonObject &fields) {
        QJsonObject object {{u"typ"_s, u"JWT"_s}, {u"kid"_s, m_currentKid}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            object.insert(it.key(), it.value());
        return encodeJson(object);
    };
    auto claimsWith = [this](const QString &key, const QJsonValue &value) {
        QJsonObject claims = m_claims;
        if (value.isUndefined())
            claims.remove(key);
        else
            claims.insert(key, value);
        return claims;
    };

    // Signature and structure.
    add("payload changed, old signature",
        QString::fromLatin1(
            parts[0] + '.' + encodeJson(claimsWith(u"rid"_s, m_restaurantB)) + '.' + parts[2]));
    add("signature of another token",
        QString::fromLatin1(
            parts[0] + '.' + parts[1] + '.' + m_revokedToken.toLatin1().split('.').at(2)));
    add("non-canonical base64 signature", nonCanonicalSignature(m_validToken));
    add("empty signature", QString::fromLatin1(parts[0] + '.' + parts[1] + '.'));
    add("two parts", QString::fromLatin1(parts[0] + '.' + parts[1]));
    add("four parts", m_validToken + u".e30"_s);
    add("five parts, real signature",
        signWith(parts[0] + '.' + parts[1], payload + '.' + payload, m_currentSecret));
    add("padded base64 header", QString::fromLatin1(parts[0] + "=." + parts[1] + '.' + parts[2]));
    add("padded base64 signature", m_validToken + u"="_s);
    add("leading space", u" "_s + m_validToken);
    add("trailing newline", m_validToken + u"\n"_s);
    add("space inside the signature",
        m_validToken.left(m_validToken.size() - 5) + u' ' + m_validToken.right(4));
    add("empty token", u""_s);
    add("only dots", u".."_s);
    add("100 KB token, real signature",
        signedReal(claimsWith(u"padding"_s, QString(100 * 1024, u'x'))));

    // Plain base64 with + and /, signed with the real key over exactly that text.
    QJsonObject awkward = m_claims;
    awkward.insert(u"note"_s, u"~~~~~~??????"_s);
    const QByteArray plainPayload = json(awkward).toBase64(QByteArray::OmitTrailingEquals);
    QVERIFY(plainPayload.contains('+'));
    QVERIFY(plainPayload.contains('/'));
    const QByteArray plainInput = realHeader() + '.' + plainPayload;
    add("plain base64 with + and /",
        QString::fromLatin1(plainInput + '.'
            + QMessageAuthenticationCode::hash(
                plainInput, m_currentSecret, QCryptographicHash::Sha256)
                  .toBase64(QByteArray::OmitTrailingEquals)));

    // The header: alg, typ, kid and extra fields.
    add("alg none, empty signature",
        QString::fromLatin1(header({{u"alg"_s, u"none"_s}}) + '.' + payload + '.'));
    add("alg none, real signature",
        signWith(header({{u"alg"_s, u"none"_s}}), payload, m_currentSecret));
    add("alg None", signWith(header({{u"alg"_s, u"None"_s}}), payload, m_currentSecret));
    add("alg NONE", signWith(header({{u"alg"_s, u"NONE"_s}}), payload, m_currentSecret));
    add("alg hs256 in lower case",
        signWith(header({{u"alg"_s, u"hs256"_s}}), payload, m_currentSecret));
    add("alg HS512, HMAC-SHA256 signature",
        signWith(header({{u"alg"_s, u"HS512"_s}}), payload, m_currentSecret));
    {
        const QByteArray input = header({{u"alg"_s, u"HS512"_s}}) + '.' + payload;
        add("alg HS512, HMAC-SHA512 signature",
            QString::fromLatin1(input + '.'
                + base64Url(QMessageAuthenticationCode::hash(
                    input, m_currentSecret, QCryptographicHash::Sha512))));
    }
    add("alg RS256 with the key as HMAC secret",
        signWith(header({{u"alg"_s, u"RS256"_s}}), payload, m_currentSecret));
    add("alg missing", signWith(header({}), payload, m_currentSecret));
    add("alg as array",
        signWith(header({{u"alg"_s, QJsonArray {u"HS256"_s}}}), payload, m_currentSecret));
    add("typ jwt in lower case",
        signWith(
            encodeJson({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"jwt"_s}, {u"kid"_s, m_currentKid}}),
            payload, m_currentSecret));
    add("kid missing",
        signWith(
            encodeJson({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}), payload, m_currentSecret));
    add("kid unknown",
        signWith(
            header({{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"nope"_s}}), payload, m_currentSecret));
    add("kid with SQL",
        signWith(header({{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"' or true --"_s}}), payload,
            m_currentSecret));
    add("kid as number",
        signWith(header({{u"alg"_s, u"HS256"_s}, {u"kid"_s, 1}}), payload, m_currentSecret));
    add("kid of a retired and expired key", m_retiredToken);
    add("claims signed with the retired key",
        signWith(
            header({{u"alg"_s, u"HS256"_s}, {u"kid"_s, m_retiredKid}}), payload, m_retiredSecret));
    add("extra header field jwk",
        signWith(header({{u"alg"_s, u"HS256"_s}, {u"jwk"_s, QJsonObject {{u"kty"_s, u"oct"_s}}}}),
            payload, m_currentSecret));
    add("extra header field crit",
        signWith(header({{u"alg"_s, u"HS256"_s}, {u"crit"_s, QJsonArray {u"exp"_s}}}), payload,
            m_currentSecret));
    add("header not an object", signWith(base64Url("[\"HS256\"]"), payload, m_currentSecret));
    add("duplicate alg in header",
        signWith(base64Url(u"{\"alg\":\"none\",\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"%1\"}"_s
                               .arg(m_currentKid)
                               .toUtf8()),
            payload, m_currentSecret));

    // The claims, each signed with the real key.
    QByteArray duplicated = json(m_claims);
    duplicated.insert(1, "\"rid\":\"" + m_restaurantB.toLatin1() + "\",");
    add("duplicate rid, the last one valid",
        signWith(realHeader(), base64Url(duplicated), m_currentSecret));
    add("payload not JSON", signWith(realHeader(), base64Url("{\"rid\":"), m_currentSecret));
    add("payload an array", signWith(realHeader(), base64Url("[1,2,3]"), m_currentSecret));
    QByteArray withNul = json(m_claims);
    withNul.insert(1, "\"note\":\"a\\u0000b\",");
    add("payload with a NUL escape", signWith(realHeader(), base64Url(withNul), m_currentSecret));
    add("expired a minute ago", signedReal(claimsWith(u"exp"_s, now - 60)));
    add("expired exactly now", signedReal(claimsWith(u"exp"_s, now)));
    add("nbf in the future", signedReal(claimsWith(u"nbf"_s, now + 600)));
    add("exp as string", signedReal(claimsWith(u"exp"_s, QString::number(now + 600))));
    add("exp missing", signedReal(claimsWith(u"exp"_s, QJsonValue::Undefined)));
    add("nbf missing", signedReal(claimsWith(u"nbf"_s, QJsonValue::Undefined)));
    add("typ refresh", signedReal(claimsWith(u"typ"_s, u"refresh"_s)));
    add("typ missing", signedReal(claimsWith(u"typ"_s, QJsonValue::Undefined)));
    add("iss wrong", signedReal(claimsWith(u"iss"_s, u"resto361"_s)));
    add("iss missing", signedReal(claimsWith(u"iss"_s, QJsonValue::Undefined)));
    add("sub not a UUID", signedReal(claimsWith(u"sub"_s, u"1"_s)));
    add("rid not a UUID", signedReal(claimsWith(u"rid"_s, u"' or true --"_s)));
    add("rid as object", signedReal(claimsWith(u"rid"_s, QJsonObject {{u"id"_s, m_restaurantA}})));
    add("sid in upper case", signedReal(claimsWith(u"sid"_s, m_ownerStaffA.toUpper())));
    add("sess missing", signedReal(claimsWith(u"sess"_s, QJsonValue::Undefined)));
    add("other restaurant's rid, own membership", signedReal(claimsWith(u"rid"_s, m_restaurantB)));
    add("other person's session", signedReal(claimsWith(u"sess"_s, m_sessionB)));
    add("other person's sub", signedReal(claimsWith(u"sub"_s, m_userB)));
    {
        QJsonObject claimsB = m_claims;
        claimsB.insert(u"sub"_s, m_userB);
        claimsB.insert(u"rid"_s, m_restaurantB);
        claimsB.insert(u"sid"_s, m_ownerStaffB);
        claimsB.insert(u"sess"_s, m_sessionB);
        add("other restaurant's claims, wrong key",
            signWith(realHeader(), encodeJson(claimsB), PasswordKdf::randomBytes(32)));
        add("other restaurant's claims, retired key",
            signWith(header({{u"alg"_s, u"HS256"_s}, {u"kid"_s, m_retiredKid}}),
                encodeJson(claimsB), m_retiredSecret));
    }

    // Tokens the server issued, no longer good.
    add("membership deactivated since", m_deactivatedToken);
    add("session revoked since", m_revokedToken);
    add("password change due", m_mustChangeToken);
}

void TestTokenCorpus::controlTokensAreAccepted()
{
    // Without these, a broken signing helper would make every forgery fail for the wrong reason.
    const QStringList controls = {
        m_validToken,
        signedReal(m_claims),
        scalar(Admin, u"select auth.sign_token(?::jsonb)"_s, {QString::fromUtf8(json(m_claims))})
            .toString(),
    };
    for (const QString &token : controls) {
        QVERIFY(TestServer::useToken(App, token));
        QCOMPARE(scalar(App, u"select count(*) from app.restaurants"_s).toInt(), 1);
        QCOMPARE(scalar(App, u"select (auth.current_claims()).restaurant_id"_s).toString(),
            m_restaurantA);
    }
}

void TestTokenCorpus::corpusIsLargeEnough()
{
    QVERIFY(m_corpus.size() >= 30);
}

void TestTokenCorpus::forgedTokenIsRejected_data()
{
    QTest::addColumn<QString>("token");
    for (const CorpusEntry &entry : std::as_const(m_corpus))
        QTest::newRow(entry.name.constData()) << entry.token;
}

void TestTokenCorpus::forgedTokenIsRejected()
{
    QFETCH(QString, token);
    QVERIFY(TestServer::useToken(App, token));

    for (const QString &table :
        {u"app.restaurants"_s, u"app.staff"_s, u"app.staff_directory"_s, u"app.audit_log"_s}) {
        QSqlQuery rows = TestServer::run(App, u"select * from "_s + table);
        QVERIFY2(!rows.lastError().isValid(), qPrintable(rows.lastError().text()));
        QVERIFY2(!rows.next(), qPrintable(table));
    }
    QSqlQuery claims = TestServer::run(App, u"select * from auth.current_claims()"_s);
    QVERIFY(claims.next());
    for (int column = 0; column < 5; ++column)
        QVERIFY(claims.isNull(column));

    QSqlQuery staff = TestServer::run(App, u"update app.staff set display_name = 'Pirate'"_s);
    QCOMPARE(staff.lastError().nativeErrorCode(), u"R3440"_s);
    QSqlQuery restaurant = TestServer::run(App, u"update app.restaurants set name = 'Pirate'"_s);
    QCOMPARE(restaurant.lastError().nativeErrorCode(), u"R3440"_s);
    QSqlQuery add = TestServer::run(App,
        u"select * from auth.add_staff('+2250700000099', 'Pirate', 'owner', "
        "null, null, null, null)"_s);
    QCOMPARE(add.lastError().nativeErrorCode(), u"R3440"_s);
}

void TestTokenCorpus::nothingWasWritten()
{
    QCOMPARE(
        scalar(Admin, u"select count(*) from app.staff where display_name = 'Pirate'"_s).toInt(),
        0);
    QCOMPARE(
        scalar(Admin, u"select count(*) from app.restaurants where name = 'Pirate'"_s).toInt(), 0);
    QCOMPARE(
        scalar(Admin, u"select count(*) from auth.users where phone = '+2250700000099'"_s).toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestTokenCorpus)
#include "tst_tokencorpus.moc"
