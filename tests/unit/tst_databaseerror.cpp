#include "DatabaseError.h"

#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabaseError : public QObject
{
    Q_OBJECT

private slots:
    void fromSqlError_data();
    void fromSqlError();
    void everyKindHasAMessage();
};

void TestDatabaseError::fromSqlError_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("type");
    QTest::addColumn<DatabaseError::Kind>("expected");

    const int statement = QSqlError::StatementError;
    QTest::newRow("not signed in") << u"R3440"_s << statement << DatabaseError::Kind::NotSignedIn;
    QTest::newRow("row-level security")
        << u"42501"_s << statement << DatabaseError::Kind::PermissionDenied;
    QTest::newRow("own role") << u"R3410"_s << statement << DatabaseError::Kind::OwnRoleChange;
    QTest::newRow("last owner") << u"R3411"_s << statement << DatabaseError::Kind::LastOwner;
    QTest::newRow("privileged target")
        << u"R3412"_s << statement << DatabaseError::Kind::PrivilegedTarget;
    QTest::newRow("reset refused")
        << u"R3413"_s << statement << DatabaseError::Kind::ResetNotAllowed;
    QTest::newRow("check constraint")
        << u"23514"_s << statement << DatabaseError::Kind::InvalidInput;
    QTest::newRow("data exception class")
        << u"22P02"_s << statement << DatabaseError::Kind::InvalidInput;
    QTest::newRow("connection class")
        << u"08006"_s << statement << DatabaseError::Kind::ConnectionLost;
    QTest::newRow("admin shutdown")
        << u"57P01"_s << statement << DatabaseError::Kind::ConnectionLost;
    QTest::newRow("no state, connection error")
        << QString() << int(QSqlError::ConnectionError) << DatabaseError::Kind::ConnectionLost;
    QTest::newRow("no state, statement error")
        << QString() << statement << DatabaseError::Kind::ConnectionLost;
    QTest::newRow("unknown state") << u"XX000"_s << statement << DatabaseError::Kind::Other;
}

void TestDatabaseError::fromSqlError()
{
    QFETCH(QString, state);
    QFETCH(int, type);
    QFETCH(DatabaseError::Kind, expected);

    const QSqlError sqlError(
        u"driver text"_s, u"database text"_s, QSqlError::ErrorType(type), state);
    const DatabaseError error = DatabaseError::fromSqlError(sqlError, "test");
    QCOMPARE(error.kind(), expected);
    QVERIFY(error.isError());
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.message().contains(u"database text"_s));
}

void TestDatabaseError::everyKindHasAMessage()
{
    for (int kind = int(DatabaseError::Kind::NotSignedIn); kind <= int(DatabaseError::Kind::Other);
         ++kind) {
        const DatabaseError error {DatabaseError::Kind(kind)};
        QVERIFY2(!error.message().isEmpty(), qPrintable(QString::number(kind)));
    }
    QVERIFY(DatabaseError().message().isEmpty());
    QVERIFY(!DatabaseError::fromSqlError(QSqlError(), "test").isError());
}

QTEST_GUILESS_MAIN(TestDatabaseError)
#include "tst_databaseerror.moc"
