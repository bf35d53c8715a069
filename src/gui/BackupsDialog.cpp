#include "BackupsDialog.h"
#include "ui_BackupsDialog.h"

#include "AppContext.h"
#include "BackupManager.h"
#include "ConnectionMonitor.h"
#include "Logging.h"
#include "Prompter.h"
#include "SessionManager.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace {

constexpr int PathRole = Qt::UserRole;

} // namespace

BackupsDialog::BackupsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_context(context)
    , m_backups(*context.backups())
{
    m_ui->setupUi(this);
    setObjectName(u"backupsDialog"_s);
    m_ui->closeDialogButtonBox->button(QDialogButtonBox::Close)
        ->setObjectName(u"closePushButton"_s);
    m_ui->closeDialogButtonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    connect(
        m_ui->chooseFolderPushButton, &QPushButton::clicked, this, &BackupsDialog::browseForFolder);
    connect(m_ui->backUpPushButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->restorePushButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_ui->closeDialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backupsListWidget, &QListWidget::currentRowChanged, this,
        &BackupsDialog::updateControls);
    connect(&m_backups, &BackupManager::busyChanged, this, &BackupsDialog::updateControls);
    connect(&m_backups, &BackupManager::backUpFinished, this, &BackupsDialog::handleBackUpFinished);
    connect(
        &m_backups, &BackupManager::restoreFinished, this, &BackupsDialog::handleRestoreFinished);

    refresh();
}

BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->closeDialogButtonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
        refresh();
    }
    QDialog::changeEvent(event);
}

void BackupsDialog::browseForFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"), m_backups.folder());
    if (!folder.isEmpty())
        chooseFolder(folder);
}

void BackupsDialog::chooseFolder(const QString &folder)
{
    m_backups.setFolder(folder);
    qCInfo(lcUi) << "Backup folder set to" << folder;
    refresh();
}

void BackupsDialog::refresh()
{
    m_ui->folderLineEdit->setText(QDir::toNativeSeparators(m_backups.folder()));

    m_ui->backupsListWidget->clear();
    const QLocale locale;
    const QStringList paths = m_backups.backups();
    for (const QString &path : paths) {
        const QDateTime time = BackupManager::backupTime(path).toLocalTime();
        const QString text = tr("%1 (%2)").arg(locale.toString(time, QLocale::LongFormat),
            locale.formattedDataSize(QFileInfo(path).size()));
        auto *item = new QListWidgetItem(text, m_ui->backupsListWidget);
        item->setData(PathRole, path);
    }
    if (!paths.isEmpty())
        m_ui->backupsListWidget->setCurrentRow(0);
    updateControls();
}

void BackupsDialog::updateControls()
{
    const bool restoring = m_step == Step::SavingCurrentData || m_step == Step::Restoring;
    const bool busy = m_step != Step::Idle || m_backups.isBusy();
    m_ui->progressLabel->setText(
        restoring ? tr("Restoring the backup…") : tr("Backing up the database…"));
    m_ui->progressLabel->setVisible(busy);
    m_ui->backupProgressBar->setVisible(busy);

    m_ui->chooseFolderPushButton->setEnabled(!busy);
    m_ui->backUpPushButton->setEnabled(!busy);
    m_ui->restorePushButton->setEnabled(!busy && m_ui->backupsListWidget->currentRow() >= 0);
    m_ui->closeDialogButtonBox->setEnabled(m_step == Step::Idle);
}

void BackupsDialog::reject()
{
    if (m_step != Step::Idle) {
        qCInfo(lcUi) << "The Backups dialog stays open until its backup or restore ends";
        return;
    }
    QDialog::reject();
}

void BackupsDialog::backUpNow()
{
    if (!m_backups.startBackUp()) {
        Prompter::warn(
            this, u"backupFailedPrompt"_s, tr("Backup failed"), m_backups.errorMessage());
        return;
    }
    m_step = Step::BackingUp;
    updateControls();
}

void BackupsDialog::handleBackUpFinished(const QString &path)
{
    if (m_step == Step::SavingCurrentData) {
        continueRestore(path);
        return;
    }

    // A backup that this dialog did not start came from the daily timer and only refreshes
    // the list.
    const bool requested = m_step == Step::BackingUp;
    finishStep();
    if (requested && path.isEmpty()) {
        Prompter::warn(
            this, u"backupFailedPrompt"_s, tr("Backup failed"), m_backups.errorMessage());
    }
}

void BackupsDialog::restoreSelected()
{
    const QListWidgetItem *item = m_ui->backupsListWidget->currentItem();
    if (!item)
        return;
    const QString path = item->data(PathRole).toString();

    if (!Prompter::confirm(this, u"restoreBackupPrompt"_s, tr("Restore backup"),
            tr("All current data is replaced with the backup from %1. A backup of the current "
               "data is saved first.")
                .arg(item->text()),
            tr("&Restore")))
        return;

    startRestore(path);
}

void BackupsDialog::startRestore(const QString &file)
{
    if (!QFileInfo(file).isReadable()) {
        showRestoreFailure(tr("The backup %1 could not be read. Your current data is unchanged.")
                               .arg(QDir::toNativeSeparators(file)));
        return;
    }

    // This backup never removes file, even when it is the oldest of KeptBackups.
    if (!m_backups.startBackUpBeforeRestore(file)) {
        showRestoreFailure(
            tr("The current data could not be backed up, so nothing was restored. %1")
                .arg(m_backups.errorMessage()));
        return;
    }
    m_restoreFile = file;
    m_step = Step::SavingCurrentData;
    updateControls();
}

void BackupsDialog::continueRestore(const QString &savedPath)
{
    if (savedPath.isEmpty()) {
        finishStep();
        showRestoreFailure(
            tr("The current data could not be backed up, so nothing was restored. %1")
                .arg(m_backups.errorMessage()));
        return;
    }

    // The restore ends every session on the database, so the health check must not report
    // the application connection as lost meanwhile.
    m_context.connectionMonitor().setChecksEnabled(false);
    QSqlDatabase::database(m_context.appConnectionName(), false).close();
    m_step = Step::Restoring;
    if (!m_backups.startRestore(m_restoreFile)) {
        handleRestoreFinished(false);
        return;
    }
    updateControls();
}

void BackupsDialog::handleRestoreFinished(bool restored)
{
    if (m_step != Step::Restoring)
        return;

    reconnectAfterRestore();
    m_context.connectionMonitor().setChecksEnabled(true);
    finishStep();

    if (!restored) {
        showRestoreFailure(m_backups.errorMessage());
        return;
    }
    Prompter::inform(this, u"backupRestoredPrompt"_s, tr("Backup restored"),
        tr("The backup was restored. RESTO360 Back Office now signs you out; sign in again to "
           "continue."));
    m_context.sessions().signOut();
    accept();
}

void BackupsDialog::finishStep()
{
    m_step = Step::Idle;
    m_restoreFile.clear();
    refresh();
}

void BackupsDialog::showRestoreFailure(const QString &message)
{
    Prompter::warn(this, u"restoreFailedPrompt"_s, tr("Restore failed"), message);
}

void BackupsDialog::reconnectAfterRestore()
{
    QSqlDatabase database = QSqlDatabase::database(m_context.appConnectionName(), false);
    if (!database.open()) {
        // The monitor retries and emits reconnected when the connection is back.
        qCWarning(lcUi) << "Reopening the connection after a restore failed";
        m_context.connectionMonitor().reportConnectionLost();
    } else if (!m_context.sessions().reapplySessionSettings()) {
        qCWarning(lcUi) << "Putting the session back on the connection after a restore failed";
    }
    if (!m_backups.dropPreviousDatabase())
        qCWarning(lcUi) << "Dropping the replaced database failed:" << m_backups.errorDetail();
}
