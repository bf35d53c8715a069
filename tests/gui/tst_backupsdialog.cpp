#include "GuiFixture.h"

#include "AppContext.h"
#include "BackupManager.h"
#include "BackupsDialog.h"
#include "LocalServer.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "TerminationSignals.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <csignal>
#include <cstdlib>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Admin = u"backups-dialog-admin"_s;
const QString OwnerPhone = u"+2250700000001"_s;
const QString CashierPhone = u"+2250700000002"_s;
const QString CashierName = u"Élodie Yao"_s;
const QString Password = u"Garba-poisson-2024"_s;
constexpr int SignInTimeoutMs = 15000;
// Stops only a hung test, so it is far above what a backup or restore of the test data needs.
constexpr int FinishTimeoutMs = 60000;

/// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

} // namespace

/// The Backups dialog against a throwaway server: folder choice, backing up and restoring.
class TestBackupsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void menuActionVisibleWithBackups();
    void interactiveWidgetsAreNamed();
    void chooseFolderSavesAndLists();
    void backUpNowAddsFile();
    void progressRepaintsDuringBackUp();
    void otherBackUpDisablesButtons();
    // Runs before any restore succeeds, because a restore ends the sessions that the test
    // server's own connections use.
    void corruptRestoreLeavesData();
    void restoreBringsDataBack();
    void restoreOldestOfSevenKeepsFile();
    // Last, because it runs and ends the application's event loop.
    void terminationSignalEndsEventLoop_data();
    void terminationSignalEndsEventLoop();

private:
    /// The cashier's display name, read on a fresh admin connection because a restore ends
    /// the old one. Empty when the read fails.
    QString cashierName();
    bool setCashierName(const QString &name);
    bool promptShown(const QString &id) const;
    /// The text of the last prompt with this id, or an empty string.
    QString promptText(const QString &id) const;
    /// Returns true when pg_dump on the test server waits for a lock.
    bool pgDumpWaits();
    /// Checks that the dialog shows a running backup or restore: buttons disabled and the
    /// progress bar visible. One that the dialog started also keeps it open.
    void verifyBusy(bool startedByDialog);
    /// Checks that the dialog is back to normal after a backup or restore.
    void verifyIdle();
    static QString pathAt(const QListWidget *list, int row);

    GuiFixture m_fixture;
    std::unique_ptr<BackupManager> m_backups;
    std::unique_ptr<BackupsDialog> m_dialog;
};

void TestBackupsDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QSettings().remove(u"backup/folder"_s);

    TestServer &server = m_fixture.server();
    const QString restaurant =
        server.createRestaurant(u"Maquis Chez Tantie"_s, u"Awa Koné"_s, OwnerPhone, Password);
    QVERIFY(!restaurant.isEmpty());
    QVERIFY(
        !server.addStaff(restaurant, CashierPhone, CashierName, u"cashier"_s, Password).isEmpty());

    m_backups = std::make_unique<BackupManager>(server.server().adminSettings(),
        LocalServer::databaseName(), LocalServer::findBinFolder(),
        qEnvironmentVariable("RESTO360_TEST_PG_USER"));
    m_fixture.context().setBackups(m_backups.get());
}

void TestBackupsDialog::cleanupTestCase()
{
    m_fixture.context().setBackups(nullptr);
}

void TestBackupsDialog::init()
{
    m_fixture.clearPrompts();
    m_fixture.setPromptAnswer(true);
    m_dialog = std::make_unique<BackupsDialog>(m_fixture.context());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestBackupsDialog::cleanup()
{
    m_dialog.reset();
    m_fixture.endSession();
}

QString TestBackupsDialog::cashierName()
{
    if (!TestServer::open(Admin, m_fixture.server().adminSettings()))
        return {};
    QSqlQuery name = TestServer::run(
        Admin, u"select display_name from app.staff where phone = ?"_s, {CashierPhone});
    return name.next() ? name.value(0).toString() : QString();
}

bool TestBackupsDialog::setCashierName(const QString &name)
{
    if (!TestServer::open(Admin, m_fixture.server().adminSettings()))
        return false;
    QSqlQuery update = TestServer::run(
        Admin, u"update app.staff set display_name = ? where phone = ?"_s, {name, CashierPhone});
    return update.isActive() && update.numRowsAffected() == 1;
}

bool TestBackupsDialog::promptShown(const QString &id) const
{
    for (const Prompter::Prompt &prompt : m_fixture.prompts()) {
        if (prompt.id == id)
            return true;
    }
    return false;
}

QString TestBackupsDialog::promptText(const QString &id) const
{
    QString text;
    for (const Prompter::Prompt &prompt : m_fixture.prompts()) {
        if (prompt.id == id)
            text = prompt.text;
    }
    return text;
}

bool TestBackupsDialog::pgDumpWaits()
{
    // A connection of its own, because statistics views keep one snapshot per transaction.
    const QString watch = u"backups-dialog-watch"_s;
    if (!TestServer::open(watch, m_fixture.server().adminSettings()))
        return false;
    bool waits = false;
    {
        QSqlQuery waiting = TestServer::run(watch,
            u"select count(*) from pg_catalog.pg_stat_activity "
            "where application_name = 'pg_dump' and wait_event_type = 'Lock'"_s);
        waits = waiting.next() && waiting.value(0).toInt() == 1;
    }
    closeConnection(watch);
    return waits;
}

QString TestBackupsDialog::pathAt(const QListWidget *list, int row)
{
    return list->item(row)->data(Qt::UserRole).toString();
}

void TestBackupsDialog::verifyBusy(bool startedByDialog)
{
    QVERIFY(m_backups->isBusy());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"backUpPushButton"_s)->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"restorePushButton"_s)->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"chooseFolderPushButton"_s)->isEnabled());
    QVERIFY(m_dialog->findChild<QProgressBar *>(u"backupProgressBar"_s)->isVisible());
    QVERIFY(m_dialog->findChild<QLabel *>(u"progressLabel"_s)->isVisible());
    if (!startedByDialog)
        return;

    QVERIFY(!m_dialog->findChild<QPushButton *>(u"closePushButton"_s)->isEnabled());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->close());
    QVERIFY(m_dialog->isVisible());
}

void TestBackupsDialog::verifyIdle()
{
    QVERIFY(!m_backups->isBusy());
    QVERIFY(m_dialog->findChild<QPushButton *>(u"backUpPushButton"_s)->isEnabled());
    QVERIFY(m_dialog->findChild<QPushButton *>(u"chooseFolderPushButton"_s)->isEnabled());
    QVERIFY(m_dialog->findChild<QPushButton *>(u"closePushButton"_s)->isEnabled());
    QVERIFY(!m_dialog->findChild<QProgressBar *>(u"backupProgressBar"_s)->isVisible());
    QVERIFY(!m_dialog->findChild<QLabel *>(u"progressLabel"_s)->isVisible());
}

void TestBackupsDialog::menuActionVisibleWithBackups()
{
    const std::unique_ptr<MainWindow> window = m_fixture.openMainWindow();
    const auto *action = window->findChild<QAction *>(u"backupsAction"_s);
    QVERIFY(action);
    QVERIFY(action->isVisible());
}

void TestBackupsDialog::interactiveWidgetsAreNamed()
{
    const QStringList problems = GuiFixture::namingProblems(m_dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestBackupsDialog::chooseFolderSavesAndLists()
{
    QTemporaryDir empty;
    QTemporaryDir withBackup;
    QVERIFY(empty.isValid());
    QVERIFY(withBackup.isValid());
    const QString backup = withBackup.filePath(u"resto360-2026-01-02_03-04-05-006.dump"_s);
    QFile file(backup);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("not a real dump") > 0);
    file.close();

    auto *folderEdit = m_dialog->findChild<QLineEdit *>(u"folderLineEdit"_s);
    auto *list = m_dialog->findChild<QListWidget *>(u"backupsListWidget"_s);
    QVERIFY(folderEdit);
    QVERIFY(list);
    QVERIFY(folderEdit->isReadOnly());

    m_dialog->chooseFolder(empty.path());
    QCOMPARE(QSettings().value(u"backup/folder"_s).toString(), empty.path());
    QCOMPARE(list->count(), 0);

    m_dialog->chooseFolder(withBackup.path());
    QCOMPARE(QSettings().value(u"backup/folder"_s).toString(), withBackup.path());
    QCOMPARE(folderEdit->text(), QDir::toNativeSeparators(withBackup.path()));
    QCOMPARE(list->count(), 1);
    QCOMPARE(pathAt(list, 0), backup);
}

void TestBackupsDialog::backUpNowAddsFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_dialog->chooseFolder(folder.path());
    auto *list = m_dialog->findChild<QListWidget *>(u"backupsListWidget"_s);
    QCOMPARE(list->count(), 0);

    QSignalSpy finished(m_backups.get(), &BackupManager::backUpFinished);
    m_dialog->findChild<QPushButton *>(u"backUpPushButton"_s)->click();
    verifyBusy(true);
    QCOMPARE(list->count(), 0);

    QVERIFY(finished.wait(FinishTimeoutMs));
    verifyIdle();
    QVERIFY(!promptShown(u"backupFailedPrompt"_s));
    QCOMPARE(list->count(), 1);
    const QString path = pathAt(list, 0);
    QCOMPARE(path, finished.at(0).at(0).toString());
    QVERIFY(path.startsWith(folder.path()));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestBackupsDialog::progressRepaintsDuringBackUp()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_dialog->chooseFolder(folder.path());
    auto *progressBar = m_dialog->findChild<QProgressBar *>(u"backupProgressBar"_s);
    const PaintCounter paints(progressBar);
    int paintsAtFinish = -1;
    connect(m_backups.get(), &BackupManager::backUpFinished, progressBar,
        [&paints, &paintsAtFinish] { paintsAtFinish = paints.count(); });
    QSignalSpy finished(m_backups.get(), &BackupManager::backUpFinished);

    m_dialog->findChild<QPushButton *>(u"backUpPushButton"_s)->click();
    QVERIFY(finished.wait(FinishTimeoutMs));

    // The busy bar animates, so the event loop paints it again and again while pg_dump runs.
    QVERIFY2(paintsAtFinish > 1,
        qPrintable(u"%1 paint events before the backup finished"_s.arg(paintsAtFinish)));
}

void TestBackupsDialog::otherBackUpDisablesButtons()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_dialog->chooseFolder(folder.path());
    auto *list = m_dialog->findChild<QListWidget *>(u"backupsListWidget"_s);
    QCOMPARE(list->count(), 0);

    // The daily timer starts backups the same way.
    QVERIFY(m_backups->startBackUp());
    verifyBusy(false);

    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, FinishTimeoutMs);
    verifyIdle();
    QVERIFY(!promptShown(u"backupFailedPrompt"_s));
}

void TestBackupsDialog::corruptRestoreLeavesData()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile corrupt(folder.filePath(u"resto360-2026-01-02_03-04-05-006.dump"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    QVERIFY(corrupt.write("PGDMP this is not a complete backup") > 0);
    corrupt.close();
    m_dialog->chooseFolder(folder.path());
    QVERIFY(setCashierName(u"Changed Before Corrupt Restore"_s));

    auto *list = m_dialog->findChild<QListWidget *>(u"backupsListWidget"_s);
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    m_dialog->findChild<QPushButton *>(u"restorePushButton"_s)->click();
    QVERIFY(promptShown(u"restoreBackupPrompt"_s));
    verifyBusy(true);

    QTRY_VERIFY_WITH_TIMEOUT(promptShown(u"restoreFailedPrompt"_s), FinishTimeoutMs);
    verifyIdle();
    QVERIFY(!promptShown(u"backupRestoredPrompt"_s));
    QCOMPARE(cashierName(), u"Changed Before Corrupt Restore"_s);
    // The message names the file that the person chose.
    const QString message = promptText(u"restoreFailedPrompt"_s);
    QVERIFY2(message.contains(QDir::toNativeSeparators(corrupt.fileName())), qPrintable(message));
    QVERIFY(QFile::exists(corrupt.fileName()));

    // The application connection works again after the attempt.
    QSqlQuery check(QSqlDatabase::database(m_fixture.context().appConnectionName()));
    QVERIFY(check.exec(u"select 1"_s));

    QVERIFY(setCashierName(CashierName));
}

void TestBackupsDialog::restoreBringsDataBack()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_dialog->chooseFolder(folder.path());

    const std::unique_ptr<MainWindow> window = m_fixture.openMainWindow();
    GuiFixture::typeSignIn(*window, OwnerPhone, Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.context().sessions().isSignedIn(), SignInTimeoutMs);

    m_dialog->findChild<QPushButton *>(u"backUpPushButton"_s)->click();
    auto *list = m_dialog->findChild<QListWidget *>(u"backupsListWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, FinishTimeoutMs);
    const QString backup = pathAt(list, 0);

    QVERIFY(setCashierName(u"Renamed After Backup"_s));
    QCOMPARE(cashierName(), u"Renamed After Backup"_s);

    list->setCurrentRow(0);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->findChild<QPushButton *>(u"restorePushButton"_s)->click();
    QVERIFY(promptShown(u"restoreBackupPrompt"_s));
    verifyBusy(true);
    // The session stays open until the restore has ended.
    QVERIFY(m_fixture.context().sessions().isSignedIn());

    QTRY_VERIFY_WITH_TIMEOUT(promptShown(u"backupRestoredPrompt"_s), FinishTimeoutMs);
    QVERIFY(!promptShown(u"restoreFailedPrompt"_s));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!m_backups->isBusy());
    QCOMPARE(cashierName(), CashierName);
    QVERIFY(!m_fixture.context().sessions().isSignedIn());

    // A copy of the data from before the restore was saved next to the restored backup.
    QCOMPARE(m_backups->backups().size(), 2);
    QVERIFY(m_backups->backups().contains(backup));

    QSqlQuery check(QSqlDatabase::database(m_fixture.context().appConnectionName()));
    QVERIFY(check.exec(u"select 1"_s));
}

void TestBackupsDialog::restoreOldestOfSevenKeepsFile()
{
    // Only the oldest backup has the cashier's first name, so only its restore brings it back.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_backups->setFolder(folder.path());
    const QString oldest = m_backups->backUp();
    QVERIFY2(!oldest.isEmpty(), qPrintable(m_backups->errorDetail()));
    QVERIFY(setCashierName(u"Renamed After Oldest Backup"_s));
    for (int i = 1; i < BackupManager::KeptBackups; ++i)
        QVERIFY2(!m_backups->backUp().isEmpty(), qPrintable(m_backups->errorDetail()));

    m_dialog->chooseFolder(folder.path());
    auto *list = m_dialog->findChild<QListWidget *>(u"backupsListWidget"_s);
    QCOMPARE(list->count(), BackupManager::KeptBackups);
    QCOMPARE(pathAt(list, BackupManager::KeptBackups - 1), oldest);

    list->setCurrentRow(BackupManager::KeptBackups - 1);
    m_dialog->findChild<QPushButton *>(u"restorePushButton"_s)->click();
    QVERIFY(promptShown(u"restoreBackupPrompt"_s));
    verifyBusy(true);

    QTRY_VERIFY_WITH_TIMEOUT(
        promptShown(u"backupRestoredPrompt"_s) || promptShown(u"restoreFailedPrompt"_s),
        FinishTimeoutMs);
    QVERIFY2(
        !promptShown(u"restoreFailedPrompt"_s), qPrintable(promptText(u"restoreFailedPrompt"_s)));
    QCOMPARE(cashierName(), CashierName);
    QVERIFY(QFile::exists(oldest));
    QCOMPARE(m_backups->backups().size(), BackupManager::KeptBackups + 1);
    QVERIFY(m_backups->backups().contains(oldest));
}

void TestBackupsDialog::terminationSignalEndsEventLoop_data()
{
    QTest::addColumn<bool>("restoring");
    QTest::newRow("backup") << false;
    QTest::newRow("restore") << true;
}

void TestBackupsDialog::terminationSignalEndsEventLoop()
{
    QFETCH(bool, restoring);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    // A manager and a dialog of their own, destroyed after the event loop ends, in the order
    // AppController destroys them.
    m_dialog.reset();
    const auto restoreManager =
        qScopeGuard([this] { m_fixture.context().setBackups(m_backups.get()); });
    auto backups = std::make_unique<BackupManager>(m_fixture.server().server().adminSettings(),
        LocalServer::databaseName(), LocalServer::findBinFolder(),
        qEnvironmentVariable("RESTO360_TEST_PG_USER"));
    backups->setFolder(folder.path());
    const QString good = restoring ? backups->backUp() : QString();
    QVERIFY2(!restoring || !good.isEmpty(), qPrintable(backups->errorDetail()));
    QVERIFY(setCashierName(u"Renamed Before Signal"_s));
    m_fixture.context().setBackups(backups.get());
    auto dialog = std::make_unique<BackupsDialog>(m_fixture.context());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

    // pg_dump waits for this lock, so it still runs when the signal arrives. A restore from
    // the dialog starts with such a backup of the current data.
    QVERIFY(TestServer::open(Admin, m_fixture.server().adminSettings()));
    QSqlDatabase admin = QSqlDatabase::database(Admin, false);
    QVERIFY(admin.transaction());
    // Ends the transaction when a check fails, so that its lock blocks no later test.
    auto rollBack = qScopeGuard([&admin] { admin.rollback(); });
    QSqlQuery lock(admin);
    QVERIFY2(lock.exec(u"lock table app.staff in access exclusive mode"_s),
        qPrintable(lock.lastError().text()));
    const QString button = restoring ? u"restorePushButton"_s : u"backUpPushButton"_s;
    dialog->findChild<QPushButton *>(button)->click();
    QVERIFY(backups->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(pgDumpWaits(), FinishTimeoutMs);
    QCOMPARE(QDir(folder.path()).entryList({u"*.partial"_s}, QDir::Files).size(), 1);

    // The signal goes to the process, as at a logout, and reaches the application's handler.
    const TerminationSignals terminationSignals;
    bool stillRunning = false;
    QTimer hangGuard;
    hangGuard.setSingleShot(true);
    connect(&hangGuard, &QTimer::timeout, this, [&stillRunning] {
        stillRunning = true;
        QCoreApplication::exit(EXIT_FAILURE);
    });
    QTimer::singleShot(0, this, [] { ::kill(::getpid(), SIGTERM); });
    hangGuard.start(FinishTimeoutMs);
    const int exitCode = QApplication::exec();
    hangGuard.stop();

    QVERIFY2(!stillRunning, "the event loop kept running after SIGTERM");
    QCOMPARE(exitCode, EXIT_SUCCESS);
    QVERIFY(terminationSignals.received());

    dialog.reset();
    backups.reset();
    rollBack.dismiss();
    QVERIFY(admin.rollback());

    // The stopped pg_dump left no file, and a restore never began.
    const QStringList expected =
        restoring ? QStringList {QFileInfo(good).fileName()} : QStringList();
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), expected);
    QCOMPARE(cashierName(), u"Renamed Before Signal"_s);
    QVERIFY(setCashierName(CashierName));
}

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
