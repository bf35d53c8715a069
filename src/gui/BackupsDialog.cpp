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
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTemporaryDir>

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
        [this](int row) { m_ui->restorePushButton->setEnabled(row >= 0); });

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
    m_ui->restorePushButton->setEnabled(!paths.isEmpty());
}

void BackupsDialog::backUpNow()
{
    QProgressDialog progress(tr("Backing up the database…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();

    const QString path = m_backups.backUp();
    progress.close();
    if (path.isEmpty()) {
        Prompter::warn(
            this, u"backupFailedPrompt"_s, tr("Backup failed"), m_backups.errorMessage());
        return;
    }
    refresh();
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

    if (!restoreFile(path))
        return;

    Prompter::inform(this, u"backupRestoredPrompt"_s, tr("Backup restored"),
        tr("The backup was restored. RESTO360 Back Office now signs you out; sign in again to "
           "continue."));
    m_context.sessions().signOut();
    accept();
}

bool BackupsDialog::restoreFile(const QString &file)
{
    // NOTE: BackupManager runs pg_dump and pg_restore on this thread, so the busy progress
    // dialog may not repaint until the restore ends.
    QProgressDialog progress(tr("Restoring the backup…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();

    // Backing up first may remove the oldest backup when KeptBackups exist, so the restore
    // reads a copy of the chosen file.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QFileInfo(file).fileName());
    if (!scratch.isValid() || !QFile::copy(file, copy)) {
        progress.close();
        Prompter::warn(this, u"restoreFailedPrompt"_s, tr("Restore failed"),
            tr("The backup %1 could not be read. Your current data is unchanged.")
                .arg(QDir::toNativeSeparators(file)));
        return false;
    }

    if (m_backups.backUp().isEmpty()) {
        progress.close();
        Prompter::warn(this, u"restoreFailedPrompt"_s, tr("Restore failed"),
            tr("The current data could not be backed up, so nothing was restored. %1")
                .arg(m_backups.errorMessage()));
        refresh();
        return false;
    }

    // The restore ends every session on the database, so the health check must not report
    // the application connection as lost meanwhile.
    ConnectionMonitor &monitor = m_context.connectionMonitor();
    monitor.setChecksEnabled(false);
    QSqlDatabase::database(m_context.appConnectionName(), false).close();
    const bool restored = m_backups.restore(copy);
    reconnectAfterRestore();
    monitor.setChecksEnabled(true);
    progress.close();
    refresh();

    if (!restored) {
        Prompter::warn(
            this, u"restoreFailedPrompt"_s, tr("Restore failed"), m_backups.errorMessage());
        return false;
    }
    return true;
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
