#include "StaffTableModel.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString App = u"model-app"_s;
const QString Password = u"Attieke-poisson-2026"_s;

QStringList staffNames()
{
    QFile file(QStringLiteral(RESTO360_STAFF_NAMES_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty() && !name.startsWith(u'#'))
            names << name;
    }
    return names;
}

QStringList column(const StaffTableModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestStaffTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sortsNamesWithFrenchRules();
    void keepsNamesExactlyAsTyped();
    void neverShowsAnotherRestaurant();
    void filtersByNameAndPhone();
    void hidesDeactivatedStaffOnRequest();
    void passesModelTester();

private:
    TestServer m_server;
    QString m_restaurantA;
    QString m_restaurantB;
    StaffTableModel *m_model = nullptr;
};

void TestStaffTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(TestServer::open(App, m_server.appSettings()));

    const QStringList names = staffNames();
    QCOMPARE(names.size(), 10);
    m_restaurantA =
        m_server.createRestaurant(u"Maquis A"_s, names.first(), u"+2250700000001"_s, Password);
    m_restaurantB =
        m_server.createRestaurant(u"Maquis B"_s, u"Intrus de B"_s, u"+2250500000099"_s, Password);
    QVERIFY(!m_restaurantA.isEmpty() && !m_restaurantB.isEmpty());
    const QStringList roles = {u"manager"_s, u"cashier"_s, u"kitchen"_s, u"driver"_s};
    for (int i = 1; i < names.size(); ++i) {
        const QString phone = u"+22507000001%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(
            !m_server
                 .addStaff(m_restaurantA, phone, names.at(i), roles.at(i % roles.size()), Password)
                 .isEmpty());
    }

    const TestServer::Tokens tokens = TestServer::signIn(App, u"+2250700000001"_s, Password);
    QVERIFY(TestServer::useToken(App, tokens.accessToken));
    m_model = new StaffTableModel(App, this);
}

void TestStaffTableModel::init()
{
    m_model->setShowInactive(true);
    m_model->setFilterText({});
    m_model->sort(StaffTableModel::NameColumn, Qt::AscendingOrder);
    m_model->setRestaurantId(m_restaurantA);
}

void TestStaffTableModel::sortsNamesWithFrenchRules()
{
    const QStringList expected = {
        u"Adjoua N'Guessan"_s,
        u"Ange-Désiré Gnagne"_s,
        u"Ehui Brou"_s,
        u"Élodie Yao"_s,
        u"Fatou Traoré"_s,
        u"Konan N'Dri Kouamé"_s,
        u"Kouassi Aké"_s,
        u"Mariam Ouattara-Diallo"_s,
        u"Yéo Sita"_s,
        u"Zoé Bamba"_s,
    };
    QCOMPARE(column(*m_model, StaffTableModel::NameColumn), expected);

    m_model->sort(StaffTableModel::NameColumn, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(*m_model, StaffTableModel::NameColumn), reversed);
}

void TestStaffTableModel::keepsNamesExactlyAsTyped()
{
    const QStringList names = column(*m_model, StaffTableModel::NameColumn);
    for (const QString &name : staffNames())
        QVERIFY2(names.contains(name), qPrintable(name));
    const int row = names.indexOf(u"Adjoua N'Guessan"_s);
    QCOMPARE(m_model->index(row, StaffTableModel::PhoneColumn).data().toString(),
        u"+225 07 00 00 00 01"_s);
    QCOMPARE(m_model->index(row, StaffTableModel::RoleColumn)
                 .data(StaffTableModel::RoleKeyRole)
                 .toString(),
        u"owner"_s);
}

void TestStaffTableModel::neverShowsAnotherRestaurant()
{
    // Even when asked for B, the database returns nothing to A's owner.
    m_model->setRestaurantId(m_restaurantB);
    QVERIFY(m_model->lastDatabaseError().kind() == DatabaseError::Kind::None);
    QCOMPARE(m_model->rowCount(), 0);

    m_model->setRestaurantId(QString());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestStaffTableModel::filtersByNameAndPhone()
{
    m_model->setFilterText(u"n'guessan"_s);
    QCOMPARE(column(*m_model, StaffTableModel::NameColumn), QStringList {u"Adjoua N'Guessan"_s});

    m_model->setFilterText(u"ELODIE"_s);
    QCOMPARE(column(*m_model, StaffTableModel::NameColumn), QStringList {u"Élodie Yao"_s});

    m_model->setFilterText(u"07 00 00 01 05"_s);
    QCOMPARE(m_model->rowCount(), 1);

    m_model->setFilterText(u"100%_"_s);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestStaffTableModel::hidesDeactivatedStaffOnRequest()
{
    const int row =
        m_model->rowOfStaff(m_model->index(1, 0).data(StaffTableModel::StaffIdRole).toString());
    QCOMPARE(row, 1);
    const QString staffId = m_model->index(row, 0).data(StaffTableModel::StaffIdRole).toString();
    const int version = m_model->index(row, 0).data(StaffTableModel::VersionRole).toInt();
    QSqlQuery deactivate = TestServer::run(App,
        u"update app.staff set active = false where id = ? and version = ?"_s, {staffId, version});
    QCOMPARE(deactivate.numRowsAffected(), 1);

    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(
        m_model->index(m_model->rowOfStaff(staffId), 0).data(StaffTableModel::ActiveRole).toBool(),
        false);
    m_model->setShowInactive(false);
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->rowOfStaff(staffId), -1);
}

void TestStaffTableModel::passesModelTester()
{
    QAbstractItemModelTester tester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->sort(StaffTableModel::RoleColumn, Qt::AscendingOrder);
    m_model->setFilterText(u"a"_s);
    m_model->setShowInactive(false);
    m_model->setRestaurantId(m_restaurantA);
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(m_model->columnCount(), int(StaffTableModel::ColumnCount));
}

QTEST_GUILESS_MAIN(TestStaffTableModel)
#include "tst_stafftablemodel.moc"
