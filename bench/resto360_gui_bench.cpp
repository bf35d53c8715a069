// Times the start-up of the application itself, each run in a fresh process under Qt's
// offscreen platform, and prints the median and 95th percentile over the runs:
// - first run: from process start to the setup wizard shown, on an empty data folder
//   (initdb, server start, the backup before the migrations and the migrations included);
// - start-up: from process start to the sign-in page shown, on a data folder that contains the
//   demo restaurant (server start included);
// - sign-in: in the same process, from the click on Sign in as the demo owner to the staff
//   list drawn, then the process's VmRSS and VmHWM with the staff page open.
//
// Usage: resto360_gui_bench [runs] [--user NAME]   (default 10 runs)
//
// The program starts itself as the child processes: --bench-child=MODE, followed by the
// application's own arguments. A child runs AppController::run(), the code behind the
// application's main(), with an application-wide event filter that prints the monotonic
// clock at the events that count. Each child gets a clean environment: HOME,
// XDG_CONFIG_HOME, XDG_RUNTIME_DIR and TMPDIR under one temporary folder, and a session bus
// address that leads nowhere, so it runs without a keychain. The bundled PostgreSQL server
// does not run as root, so as root the children run as the ordinary OS user NAME (default
// resto360).
#include "AppController.h"
#include "BenchSupport.h"
#include "DemoData.h"
#include "PasswordKdf.h"
#include "Prompter.h"
#include "SetupWizard.h"
#include "SignInPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Bench::fail;
using Bench::print;

namespace {

constexpr char ChildOption[] = "--bench-child=";
const QString DefaultUser = u"resto360"_s;
constexpr int DefaultRuns = 10;
// Far longer than any run takes (a first run, with initdb, takes seconds), so a child still
// running then is stuck.
constexpr int ChildTimeoutMs = 180 * 1000;
// Time a child gets after SIGTERM to stop its bundled server and exit.
constexpr int ChildStopTimeoutMs = 30 * 1000;
constexpr int LogLinesOnFailure = 40;
// Not zero, so that a nested event loop with a time limit is not kept busy until that limit.
constexpr std::chrono::milliseconds MainLoopCheckInterval {10};

/// The steps a child process takes after the application's first window appears.
enum class ChildMode {
    FirstRun,   ///< on an empty data folder: wait for the setup wizard, then quit
    CreateDemo, ///< with --demo: wait for the sign-in page, then quit
    SignIn,     ///< wait for the sign-in page, sign in, wait for the staff list, print memory
};

QString modeName(ChildMode mode)
{
    switch (mode) {
    case ChildMode::FirstRun:
        return u"first-run"_s;
    case ChildMode::CreateDemo:
        return u"create-demo"_s;
    case ChildMode::SignIn:
        return u"sign-in"_s;
    }
    return {};
}

std::optional<ChildMode> parseMode(const QString &name)
{
    for (const ChildMode mode : {ChildMode::FirstRun, ChildMode::CreateDemo, ChildMode::SignIn}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

/// Returns the monotonic clock in nanoseconds. On Linux std::chrono::steady_clock reads
/// CLOCK_MONOTONIC, which all processes share, so a child's reading and its parent's compare.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The child side.

void printEvent(const QString &event)
{
    print(u"%1 %2"_s.arg(event).arg(monotonicNs()));
}

/// Returns the number in a /proc/self/status line such as "VmRSS: 81234 kB".
QString statusKilobytes(const QByteArray &field)
{
    return Bench::processStatusLine(field).section(u' ', 1, 1);
}

/// Watches every event of a child's application. Prints the monotonic clock when the first
/// window (the setup wizard or the sign-in page) gets its first Show and Paint events. In
/// sign-in mode it then types the demo owner's phone and password, clicks Sign in, and
/// prints the process's memory once the staff list is drawn with rows. Quits the event loop
/// when done, so the application stops its bundled server as on any exit.
class StartupProbe : public QObject
{
public:
    explicit StartupProbe(ChildMode mode)
        : m_mode(mode)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isFirstWindow(const QObject *object) const;
    static bool isFilledStaffViewport(const QObject *object);
    void continueAfterFirstPaint();
    void signIn();
    static void reportMemoryAndQuit();

    ChildMode m_mode;
    QPointer<QWidget> m_firstWindow;
    bool m_firstWindowPainted = false;
    bool m_staffListDrawn = false;
};

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && !m_firstWindow && isFirstWindow(watched)) {
        m_firstWindow = static_cast<QWidget *>(watched);
        printEvent(u"shown"_s);
    } else if (event->type() == QEvent::Paint) {
        if (!m_firstWindowPainted && m_firstWindow && watched == m_firstWindow) {
            m_firstWindowPainted = true;
            printEvent(u"painted"_s);
            // Queued, so that this paint ends before the next step starts.
            QTimer::singleShot(0, this, &StartupProbe::continueAfterFirstPaint);
        } else if (m_mode == ChildMode::SignIn && !m_staffListDrawn
            && isFilledStaffViewport(watched)) {
            m_staffListDrawn = true;
            printEvent(u"staff-drawn"_s);
            QTimer::singleShot(0, this, &StartupProbe::reportMemoryAndQuit);
        }
    }
    return QObject::eventFilter(watched, event);
}

bool StartupProbe::isFirstWindow(const QObject *object) const
{
    if (m_mode == ChildMode::FirstRun)
        return qobject_cast<const SetupWizard *>(object) != nullptr;
    return qobject_cast<const SignInPage *>(object) != nullptr;
}

bool StartupProbe::isFilledStaffViewport(const QObject *object)
{
    const auto *view = object ? qobject_cast<const QTableView *>(object->parent()) : nullptr;
    return view && view->objectName() == u"staffTableView"_s && view->viewport() == object
        && view->model() && view->model()->rowCount() > 0;
}

void StartupProbe::continueAfterFirstPaint()
{
    // The first paint can happen in a nested event loop, such as the wait in
    // QSplashScreen::finish(), before the window is started and where quitting has no effect.
    // The next step waits for the application's own event loop.
    if (QThread::currentThread()->loopLevel() == 0) {
        QTimer::singleShot(MainLoopCheckInterval, this, &StartupProbe::continueAfterFirstPaint);
        return;
    }

    if (m_mode == ChildMode::SignIn && m_firstWindow) {
        signIn();
        return;
    }
    QCoreApplication::exit(EXIT_SUCCESS);
}

void StartupProbe::signIn()
{
    auto *phoneEdit = m_firstWindow->findChild<QLineEdit *>(u"phoneLineEdit"_s);
    auto *passwordEdit = m_firstWindow->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    auto *signInButton = m_firstWindow->findChild<QPushButton *>(u"signInPushButton"_s);
    if (!phoneEdit || !passwordEdit || !signInButton) {
        print(u"error the sign-in page has no phoneLineEdit, passwordLineEdit or "
              "signInPushButton"_s);
        QCoreApplication::exit(EXIT_FAILURE);
        return;
    }

    phoneEdit->clear();
    QTest::keyClicks(phoneEdit, DemoData::ownerPhone());
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, DemoData::password());
    printEvent(u"clicked"_s);
    QTest::mouseClick(signInButton, Qt::LeftButton);
}

void StartupProbe::reportMemoryAndQuit()
{
    print(u"memory %1 %2"_s.arg(statusKilobytes("VmRSS"), statusKilobytes("VmHWM")));
    QCoreApplication::exit(EXIT_SUCCESS);
}

int runChild(ChildMode mode, int argc, char *argv[])
{
    // The application parses the arguments after --bench-child=MODE as its own.
    std::vector<char *> arguments(argv, argv + argc);
    arguments.erase(arguments.begin() + 1);
    int argumentCount = static_cast<int>(arguments.size());
    arguments.push_back(nullptr);

    QApplication app(argumentCount, arguments.data());
    StartupProbe probe(mode);
    app.installEventFilter(&probe);
    // A message box would wait for a person, so the parent fails the run with its text.
    Prompter::setResponder([](const Prompter::Prompt &prompt) {
        print(u"prompt %1: %2 %3"_s.arg(prompt.id, prompt.title, prompt.text.simplified()));
        return false;
    });
    return AppController::run();
}

// The parent side.

/// The ordinary OS user that runs the children when the benchmark runs as root.
struct ChildUser
{
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
};

/// The monotonic clock at the events a child printed, and its memory.
struct ChildReport
{
    /// The parent's clock just before it started the child, in nanoseconds.
    qint64 startNs = 0;
    /// The child's clock at each event ("shown", "painted", "clicked", "staff-drawn"), in ns.
    QHash<QString, qint64> eventNs;
    double vmRssKb = 0;
    double vmHwmKb = 0;

    double msFromStart(const QString &event) const
    {
        return static_cast<double>(eventNs.value(event) - startNs) / 1e6;
    }
    double msBetween(const QString &first, const QString &second) const
    {
        return static_cast<double>(eventNs.value(second) - eventNs.value(first)) / 1e6;
    }
};

QString lastLines(const QString &text, int count)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

/// Reads the lines a child in mode printed into report. Fails the benchmark when the child
/// stopped at a prompt or an error, or when a line that mode prints is missing.
void readOutput(ChildMode mode, const QString &output, ChildReport *report)
{
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"prompt "_s) || line.startsWith(u"error "_s))
            fail(u"the %1 run stopped: %2"_s.arg(modeName(mode), line));
        const QStringList fields = line.split(u' ');
        if (fields.size() == 3 && fields.at(0) == u"memory"_s) {
            report->vmRssKb = fields.at(1).toDouble();
            report->vmHwmKb = fields.at(2).toDouble();
        } else if (fields.size() == 2) {
            report->eventNs.insert(fields.at(0), fields.at(1).toLongLong());
        }
    }

    QStringList expected {u"shown"_s, u"painted"_s};
    if (mode == ChildMode::SignIn)
        expected << u"clicked"_s << u"staff-drawn"_s;
    for (const QString &event : std::as_const(expected)) {
        if (!report->eventNs.contains(event))
            fail(u"the %1 run printed no \"%2\" line. Its output:\n%3"_s.arg(
                modeName(mode), event, output));
    }
    if (mode == ChildMode::SignIn && report->vmRssKb <= 0)
        fail(
            u"the %1 run printed no memory figures. Its output:\n%2"_s.arg(modeName(mode), output));
}

/// Starts the children, each in a series folder under one temporary root folder, and
/// collects what they print. A series folder contains the home folder, the runtime folder,
/// the temporary folder and the data folder that its runs share, and one configuration
/// folder per run.
class ChildLauncher
{
public:
    ChildLauncher(QString rootFolder, std::optional<ChildUser> user)
        : m_root(std::move(rootFolder))
        , m_user(std::move(user))
    {
        handOver(m_root);
    }

    /// Creates the folders of a series named name and returns its path.
    QString createSeries(const QString &name) const
    {
        QString series = m_root + u'/' + name;
        for (const QString &folder : {series, series + u"/home"_s, series + u"/runtime"_s,
                 series + u"/tmp"_s, series + u"/data"_s})
            createFolder(folder);
        return series;
    }

    /// Runs a child in mode on series with the fresh configuration folder configName and the
    /// application's arguments. Fails the benchmark when the child fails.
    ChildReport run(ChildMode mode, const QString &series, const QString &configName,
        const QStringList &appArguments) const;

private:
    void createFolder(const QString &path) const
    {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0)
            fail(u"cannot create %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        handOver(path);
    }

    /// Gives path to the children's user, when that is another one.
    void handOver(const QString &path) const
    {
        if (m_user && ::chown(QFile::encodeName(path).constData(), m_user->uid, m_user->gid) != 0)
            fail(u"cannot give %1 to the user %2: %3"_s.arg(
                path, m_user->name, QString::fromLocal8Bit(std::strerror(errno))));
    }

    QProcessEnvironment environment(const QString &series, const QString &configFolder) const;
    /// Makes process run as the children's user, when that is another one.
    void switchUser(QProcess &process) const;
    QString startFailure(const QProcess &process) const;

    QString m_root;
    std::optional<ChildUser> m_user;
};

QProcessEnvironment ChildLauncher::environment(
    const QString &series, const QString &configFolder) const
{
    const QString userName = m_user ? m_user->name : qEnvironmentVariable("USER");
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
    environment.insert(u"HOME"_s, series + u"/home"_s);
    environment.insert(u"USER"_s, userName);
    environment.insert(u"LOGNAME"_s, userName);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, configFolder);
    environment.insert(u"XDG_RUNTIME_DIR"_s, series + u"/runtime"_s);
    environment.insert(u"TMPDIR"_s, series + u"/tmp"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // No Secret Service listens at this address, as on a PC without a keychain.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + series + u"/no-bus"_s);
    if (const QString binFolder = qEnvironmentVariable("RESTO360_PG_BIN"); !binFolder.isEmpty())
        environment.insert(u"RESTO360_PG_BIN"_s, binFolder);
    return environment;
}

QString ChildLauncher::startFailure(const QProcess &process) const
{
    QString message = u"cannot start %1: %2"_s.arg(process.program(), process.errorString());
    if (m_user) {
        message += u". The user %1 needs to read and run it: make every folder above it "
                   "readable and traversable by others (chmod o+rx), or build in a folder "
                   "that %1 can reach"_s.arg(m_user->name);
    }
    return message;
}

void ChildLauncher::switchUser(QProcess &process) const
{
    if (!m_user)
        return;
    const uid_t uid = m_user->uid;
    const gid_t gid = m_user->gid;
    // Runs in the child between fork and exec, so it calls only async-signal-safe functions.
    process.setChildProcessModifier([uid, gid] {
        if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
            static const char message[] = "resto360_gui_bench: cannot switch the OS user\n";
            [[maybe_unused]] const ssize_t written =
                ::write(STDERR_FILENO, message, sizeof message - 1);
            ::_exit(126);
        }
    });
}

ChildReport ChildLauncher::run(ChildMode mode, const QString &series, const QString &configName,
    const QStringList &appArguments) const
{
    const QString configFolder = series + u'/' + configName;
    createFolder(configFolder);

    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(
        QStringList {QString::fromLatin1(ChildOption) + modeName(mode)} + appArguments);
    process.setProcessEnvironment(environment(series, configFolder));
    process.setWorkingDirectory(series + u"/home"_s);
    switchUser(process);

    ChildReport report;
    report.startNs = monotonicNs();
    process.start();
    if (!process.waitForStarted())
        fail(startFailure(process));
    if (!process.waitForFinished(ChildTimeoutMs)) {
        // SIGTERM makes the application stop its bundled server before it exits.
        process.terminate();
        if (!process.waitForFinished(ChildStopTimeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        fail(u"the %1 run did not finish within %2 s. The end of its log:\n%3"_s.arg(modeName(mode))
                 .arg(ChildTimeoutMs / 1000)
                 .arg(lastLines(
                     QString::fromLocal8Bit(process.readAllStandardError()), LogLinesOnFailure)));
    }

    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != EXIT_SUCCESS) {
        fail(u"the %1 run exited with code %2. Its output:\n%3\nThe end of its log:\n%4"_s
                 .arg(modeName(mode))
                 .arg(process.exitCode())
                 .arg(output,
                     lastLines(QString::fromLocal8Bit(process.readAllStandardError()),
                         LogLinesOnFailure)));
    }
    readOutput(mode, output, &report);
    return report;
}

ChildUser lookUpChildUser(const QString &name)
{
    const struct passwd *entry = ::getpwnam(QFile::encodeName(name).constData());
    if (!entry) {
        fail(u"the bundled PostgreSQL server does not run as root, so as root the benchmark "
             "runs the application as an ordinary OS user, and there is no user \"%1\". "
             "Create it with\n"
             "    useradd --system --create-home --shell /usr/sbin/nologin %1\n"
             "or name another user with --user NAME."_s.arg(name));
    }
    if (entry->pw_uid == 0)
        fail(u"the user %1 is root; name an ordinary OS user with --user NAME."_s.arg(name));
    return ChildUser {name, entry->pw_uid, entry->pw_gid};
}

void printLoad(const QString &when)
{
    QFile loadavg(u"/proc/loadavg"_s);
    if (!loadavg.open(QIODevice::ReadOnly))
        return;
    const QString averages = QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2);
    print(u"load average (1, 5, 15 min) %1: %2"_s.arg(when, averages));
}

void measureFirstRun(const ChildLauncher &launcher, int runs)
{
    QList<double> shownMs;
    QList<double> paintedMs;
    for (int run = 1; run <= runs; ++run) {
        const QString series = launcher.createSeries(u"first-run-%1"_s.arg(run));
        const ChildReport report = launcher.run(
            ChildMode::FirstRun, series, u"config"_s, {u"--data-dir"_s, series + u"/data"_s});
        shownMs << report.msFromStart(u"shown"_s);
        paintedMs << report.msFromStart(u"painted"_s);
        print(u"first run %1/%2: setup wizard shown after %3 ms"_s.arg(run).arg(runs).arg(
            shownMs.last(), 0, 'f', 1));
        // Each run created a database cluster, which the next runs do not need.
        QDir(series).removeRecursively();
    }
    Bench::printPercentiles(u"first run: start to setup wizard shown"_s, shownMs, u"ms"_s, 1);
    Bench::printPercentiles(u"first run: start to setup wizard painted"_s, paintedMs, u"ms"_s, 1);
}

void measureStartUp(const ChildLauncher &launcher, int runs)
{
    const QString series = launcher.createSeries(u"start-up"_s);
    const QStringList dataArguments {u"--data-dir"_s, series + u"/data"_s};

    const ChildReport demo = launcher.run(
        ChildMode::CreateDemo, series, u"config-demo"_s, dataArguments + QStringList {u"--demo"_s});
    print(u"first run with --demo (demo restaurant created): sign-in page shown after %1 ms"_s.arg(
        demo.msFromStart(u"shown"_s), 0, 'f', 1));

    QList<double> shownMs;
    QList<double> paintedMs;
    QList<double> signInMs;
    QList<double> vmRssKb;
    QList<double> vmHwmKb;
    for (int run = 1; run <= runs; ++run) {
        const ChildReport report =
            launcher.run(ChildMode::SignIn, series, u"config-%1"_s.arg(run), dataArguments);
        shownMs << report.msFromStart(u"shown"_s);
        paintedMs << report.msFromStart(u"painted"_s);
        signInMs << report.msBetween(u"clicked"_s, u"staff-drawn"_s);
        vmRssKb << report.vmRssKb;
        vmHwmKb << report.vmHwmKb;
        print(u"start-up %1/%2: sign-in page shown after %3 ms, staff list drawn %4 ms after "
              "the click, VmRSS %5 kB, VmHWM %6 kB"_s.arg(run)
                  .arg(runs)
                  .arg(shownMs.last(), 0, 'f', 1)
                  .arg(signInMs.last(), 0, 'f', 1)
                  .arg(vmRssKb.last(), 0, 'f', 0)
                  .arg(vmHwmKb.last(), 0, 'f', 0));
    }
    Bench::printPercentiles(u"start-up: start to sign-in page shown"_s, shownMs, u"ms"_s, 1);
    Bench::printPercentiles(u"start-up: start to sign-in page painted"_s, paintedMs, u"ms"_s, 1);
    Bench::printPercentiles(u"sign-in: click to staff list drawn"_s, signInMs, u"ms"_s, 1);
    Bench::printPercentiles(u"staff page open: VmRSS"_s, vmRssKb, u"kB"_s, 0);
    Bench::printPercentiles(u"staff page open: VmHWM"_s, vmHwmKb, u"kB"_s, 0);
}

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the start-up of RESTO360 Back Office and measures "
                                     "its memory with the staff page open."_s);
    parser.addHelpOption();
    const QCommandLineOption userOption(u"user"_s,
        u"As root: the ordinary OS user that runs the application (default %1)."_s.arg(DefaultUser),
        u"name"_s, DefaultUser);
    parser.addOption(userOption);
    parser.addPositionalArgument(
        u"runs"_s, u"Number of runs of each measurement (default %1)."_s.arg(DefaultRuns));
    parser.process(app);

    int runs = DefaultRuns;
    if (!parser.positionalArguments().isEmpty()) {
        bool valid = false;
        runs = parser.positionalArguments().constFirst().toInt(&valid);
        if (!valid || runs < 1)
            fail(u"invalid number of runs \"%1\"; give a positive integer."_s.arg(
                parser.positionalArguments().constFirst()));
    }
    std::optional<ChildUser> user;
    if (::geteuid() == 0)
        user = lookUpChildUser(parser.value(userOption));

    Bench::printMachine();
    printLoad(u"before"_s);
    print(u"Argon2id (the application's default, used by the demo accounts): %1 passes, %2 MiB"_s
              .arg(PasswordKdf::DefaultOpsLimit)
              .arg(PasswordKdf::DefaultMemLimitBytes / (1024 * 1024)));
    print(u"children: offscreen platform, no keychain, LANG=C.UTF-8, run as %1"_s.arg(
        user ? user->name : qEnvironmentVariable("USER")));

    const QTemporaryDir root(QDir::tempPath() + u"/resto360-gui-bench-XXXXXX"_s);
    if (!root.isValid())
        fail(u"cannot create a temporary folder: "_s + root.errorString());
    print(u"work folder: %1 (removed at the end, kept when a run fails)"_s.arg(root.path()));
    const ChildLauncher launcher(root.path(), user);

    measureFirstRun(launcher, runs);
    measureStartUp(launcher, runs);
    printLoad(u"after"_s);
    return EXIT_SUCCESS;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strncmp(argv[1], ChildOption, std::strlen(ChildOption)) == 0) {
        const QString name = QString::fromLatin1(argv[1] + std::strlen(ChildOption));
        const std::optional<ChildMode> mode = parseMode(name);
        if (!mode)
            fail(u"unknown child mode \"%1\""_s.arg(name));
        return runChild(*mode, argc, argv);
    }
    return runParent(argc, argv);
}
