// Times the database work of sign-in, token refresh, staff lists and a role change on a
// bundled server seeded with many restaurants, with row-level security (as resto360_app
// with an access token) and without it (the same reads as the administrator). Prints one
// line per measurement: median and 95th percentile over the runs, in milliseconds.
//
// Usage: resto360_bench [runs]   (default 20). As root, set RESTO360_TEST_PG_USER=postgres.
#include "BenchSupport.h"
#include "ConnectionSettings.h"
#include "LocalServer.h"
#include "Migrator.h"
#include "PasswordKdf.h"
#include "SetupService.h"
#include "StaffRepository.h"
#include "StaffTableModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using Bench::fail;
using Bench::print;

namespace {

const QString Admin = u"bench-admin"_s;
const QString App = u"bench-app"_s;
const QString Password = u"Alloco-banane-2026"_s;
const QString SmallOwnerPhone = u"+2250700000001"_s;
const QString LargeOwnerPhone = u"+2250700000002"_s;
constexpr int Restaurants = 1000;
constexpr int StaffPerRestaurant = 20;
constexpr int LargeRestaurantStaff = 500;

QSqlQuery run(const QString &connectionName, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(sql.left(60) + u": "_s + query.lastError().text());
    return query;
}

/// Runs step runs times and prints the median and 95th percentile in milliseconds.
void measure(const QString &name, int runs, const std::function<void()> &step)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times << timer.nsecsElapsed() / 1e6;
    }
    Bench::printPercentiles(name, times, u"ms"_s);
}

KdfParameters loginParameters(const QString &phone)
{
    QSqlQuery query = run(App,
        u"select algorithm, salt, ops_limit, mem_limit from auth.login_parameters(?)"_s, {phone});
    if (!query.next())
        fail(u"login_parameters"_s);
    KdfParameters kdf;
    kdf.algorithm = query.value(0).toString();
    kdf.salt = query.value(1).toByteArray();
    kdf.opsLimit = query.value(2).toULongLong();
    kdf.memLimitBytes = query.value(3).toULongLong();
    return kdf;
}

/// The database part of a sign-in: login, memberships, first refresh. Returns the access token.
QString signInDatabasePart(const QString &phone, const QByteArray &key, QString *staffId)
{
    QSqlQuery login =
        run(App, u"select status, refresh_token from auth.login(?, ?)"_s, {phone, key});
    if (!login.next() || login.value(0).toString() != u"ok"_s)
        fail(u"login"_s);
    const QString refreshToken = login.value(1).toString();
    QSqlQuery memberships =
        run(App, u"select staff_id from auth.list_memberships(?)"_s, {refreshToken});
    if (!memberships.next())
        fail(u"list_memberships"_s);
    *staffId = memberships.value(0).toString();
    QSqlQuery refresh =
        run(App, u"select status, refresh_token, access_token from auth.refresh(?, ?)"_s,
            {refreshToken, *staffId});
    if (!refresh.next() || refresh.value(0).toString() != u"ok"_s)
        fail(u"refresh"_s);
    return refresh.value(2).toString();
}

void seed(SetupService &setup)
{
    RestaurantSetup small;
    small.name = u"Maquis 0"_s;
    small.ownerName = u"Owner 0"_s;
    small.ownerPhoneInput = SmallOwnerPhone;
    small.ownerPassword = Password;
    const Outcome first = setup.createRestaurantNow(small);
    if (!first.ok)
        fail(first.message);
    RestaurantSetup large = small;
    large.name = u"Grand Maquis"_s;
    large.ownerName = u"Owner Grand"_s;
    large.ownerPhoneInput = LargeOwnerPhone;
    const Outcome second = setup.createRestaurantNow(large);
    if (!second.ok)
        fail(second.message);

    // Every seeded person reuses the first owner's salt and verifier, so the seed runs no
    // key derivation. Triggers (session checks, audit rows) are skipped for the bulk load.
    QSqlQuery replica(QSqlDatabase::database(Admin));
    if (!replica.exec(u"set session_replication_role = replica"_s))
        fail(replica.lastError().text());
    run(Admin,
        u"insert into auth.users (phone, kdf_salt, kdf_ops_limit, kdf_mem_limit, verifier) "
        "select '+22505' || lpad(n::text, 8, '0'), u.kdf_salt, u.kdf_ops_limit, u.kdf_mem_limit, "
        "u.verifier "
        "from generate_series(1, ?) n, auth.users u where u.phone = ?"_s,
        {Restaurants * StaffPerRestaurant + LargeRestaurantStaff, SmallOwnerPhone});
    run(Admin,
        u"insert into app.restaurants (name, slug) "
        "select 'Restaurant ' || n, 'restaurant-' || n from generate_series(1, ?) n"_s,
        {Restaurants});
    run(Admin,
        u"insert into app.staff (restaurant_id, user_id, display_name, phone, role) "
        "select r.id, u.id, 'Staff ' || u.phone, u.phone, "
        "(array['manager','cashier','kitchen','driver'])[1 + (u.n % 4)] "
        "from (select id, row_number() over (order by slug) - 1 as k from app.restaurants "
        "      where slug like 'restaurant-%') r "
        "join (select id, phone, row_number() over (order by phone) - 1 as n from auth.users "
        "      where phone like '+22505%') u on u.n / ? = r.k"_s,
        {StaffPerRestaurant});
    run(Admin,
        u"insert into app.staff (restaurant_id, user_id, display_name, phone, role) "
        "select ?::uuid, u.id, 'Staff ' || u.phone, u.phone, 'cashier' "
        "from (select id, phone, row_number() over (order by phone) - 1 as n from auth.users "
        "      where phone like '+22505%') u where u.n >= ?"_s,
        {second.value, Restaurants * StaffPerRestaurant});
    QSqlQuery normal(QSqlDatabase::database(Admin));
    normal.exec(u"set session_replication_role = origin"_s);
    normal.exec(u"analyze"_s);
}

int count(const QString &connectionName, const QString &sql)
{
    QSqlQuery query = run(connectionName, sql);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    Bench::printMachine();

    QTemporaryDir folder(QDir::tempPath() + u"/resto360-bench-XXXXXX"_s);
    LocalServer server(folder.path());
    if (const QString user = qEnvironmentVariable("RESTO360_TEST_PG_USER"); !user.isEmpty())
        server.setServerUser(user);

    QElapsedTimer firstRun;
    firstRun.start();
    if (!server.start())
        fail(server.errorMessage() + u' ' + server.errorDetail());
    const qint64 startMs = firstRun.elapsed();
    Migrator migrator(server.adminSettings(), LocalServer::databaseName());
    if (!migrator.migrate())
        fail(migrator.errorText());
    print(u"first run (initdb, start, migrate): %1 ms, of which initdb and start %2 ms"_s
              .arg(firstRun.elapsed())
              .arg(startMs));

    const ConnectionSettings admin =
        server.adminSettings().withDatabase(LocalServer::databaseName());
    if (!openConnection(Admin, admin).isEmpty()
        || !openConnection(App, server.appSettings()).isEmpty())
        fail(u"cannot connect"_s);
    SetupService setup(admin);
    QElapsedTimer seeding;
    seeding.start();
    seed(setup);
    print(u"seed: %1 restaurants, %2 staff rows, %3 ms"_s
              .arg(count(Admin, u"select count(*) from app.restaurants"_s))
              .arg(count(Admin, u"select count(*) from app.staff"_s))
              .arg(seeding.elapsed()));

    const KdfParameters kdf = loginParameters(SmallOwnerPhone);
    print(
        u"Argon2id: %1 passes, %2 MiB"_s.arg(kdf.opsLimit).arg(kdf.memLimitBytes / (1024 * 1024)));
    QByteArray key;
    measure(u"sign-in: key derivation"_s, std::max(3, runs / 4), [&] {
        KdfResult result = PasswordKdf::derive(Password, kdf);
        key = result.key;
    });

    // The first seeded phone is the manager of "Restaurant 1", which has 20 staff.
    const QString smallMemberPhone = u"+22505%1"_s.arg(1, 8, 10, QLatin1Char('0'));
    QString staffId;
    QString accessToken;
    measure(u"sign-in: database part"_s, runs,
        [&] { accessToken = signInDatabasePart(smallMemberPhone, key, &staffId); });

    QString refreshToken;
    {
        QSqlQuery login =
            run(App, u"select refresh_token from auth.login(?, ?)"_s, {smallMemberPhone, key});
        login.next();
        refreshToken = login.value(0).toString();
    }
    measure(u"refresh"_s, runs, [&] {
        QSqlQuery refresh =
            run(App, u"select status, refresh_token, access_token from auth.refresh(?, ?)"_s,
                {refreshToken, staffId});
        if (!refresh.next() || refresh.value(0).toString() != u"ok"_s)
            fail(u"refresh status"_s);
        refreshToken = refresh.value(1).toString();
    });
    // A manager may read the staff list, so the token from the sign-in above is enough.
    const QString smallId = [&] {
        QSqlQuery query =
            run(Admin, u"select id from app.restaurants where slug = 'restaurant-1'"_s);
        query.next();
        return query.value(0).toString();
    }();
    run(App, u"select set_config('resto360.access_token', ?, false)"_s, {accessToken});
    StaffTableModel rlsSmall(App);
    rlsSmall.setRestaurantId(smallId);
    measure(u"first staff page (20 staff), RLS (resto360_app)"_s, runs, [&] {
        if (!rlsSmall.reload() || rlsSmall.rowCount() != StaffPerRestaurant)
            fail(u"small list with RLS: %1 rows"_s.arg(rlsSmall.rowCount()));
    });

    QString largeStaff;
    const QString ownerToken = signInDatabasePart(LargeOwnerPhone,
        PasswordKdf::derive(Password, loginParameters(LargeOwnerPhone)).key, &largeStaff);
    run(App, u"select set_config('resto360.access_token', ?, false)"_s, {ownerToken});
    const QString largeId = [&] {
        QSqlQuery query =
            run(Admin, u"select id from app.restaurants where name = 'Grand Maquis'"_s);
        query.next();
        return query.value(0).toString();
    }();

    StaffTableModel rlsLarge(App);
    rlsLarge.setRestaurantId(largeId);
    measure(u"500-staff list, RLS (resto360_app)"_s, runs, [&] {
        if (!rlsLarge.reload() || rlsLarge.rowCount() < LargeRestaurantStaff)
            fail(u"large list with RLS"_s);
    });
    StaffTableModel adminLarge(Admin);
    adminLarge.setRestaurantId(largeId);
    measure(u"500-staff list, no RLS (administrator)"_s, runs, [&] {
        if (!adminLarge.reload() || adminLarge.rowCount() < LargeRestaurantStaff)
            fail(u"large list as admin"_s);
    });
    StaffTableModel adminSmall(Admin);
    adminSmall.setRestaurantId(smallId);
    measure(u"20-staff list, no RLS (administrator)"_s, runs, [&] {
        if (!adminSmall.reload() || adminSmall.rowCount() != StaffPerRestaurant)
            fail(u"small list as admin"_s);
    });

    const QString cashierId = [&] {
        QSqlQuery query = run(Admin,
            u"select id from app.staff where restaurant_id = ?::uuid and role = 'cashier' limit 1"_s,
            {largeId});
        query.next();
        return query.value(0).toString();
    }();
    // Switches the cashier between cashier and kitchen, as the staff dialog saves it.
    const auto changeRole = [&](const QString &connectionName) {
        StaffRepository repository(connectionName);
        std::optional<StaffMember> member = repository.fetch(cashierId);
        if (!member)
            fail(u"fetch for role change on "_s + connectionName);
        member->role = member->role == u"cashier"_s ? u"kitchen"_s : u"cashier"_s;
        const Outcome outcome = repository.update(*member);
        if (!outcome.ok)
            fail(outcome.message);
    };
    measure(u"role change, RLS (resto360_app)"_s, runs, [&] { changeRole(App); });
    // The triggers check the session, so the administrator's connection carries the same
    // owner's token. Being a superuser, it skips row-level security.
    run(Admin, u"select set_config('resto360.access_token', ?, false)"_s, {ownerToken});
    measure(u"role change, no RLS (administrator)"_s, runs, [&] { changeRole(Admin); });

    print(u"memory of this process after the lists: %1"_s.arg(Bench::processStatusLine("VmRSS")));
    closeConnection(App);
    closeConnection(Admin);
    server.stop();
    return EXIT_SUCCESS;
}
