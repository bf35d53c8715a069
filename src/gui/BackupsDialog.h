#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class AppContext;
class BackupManager;

namespace Ui {
class BackupsDialog;
}

/// Shows the backups of the bundled database and their folder, writes a backup on request
/// and restores one. A successful restore signs the person out, because the data they
/// worked on was replaced. Backups and restores run on BackupManager's worker thread. While
/// one runs, a busy progress bar shows and the buttons are disabled, and the dialog does not
/// close until a backup or restore that it started has ended.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    /// context.backups() must not be null.
    explicit BackupsDialog(AppContext &context, QWidget *parent = nullptr);
    ~BackupsDialog() override;

    /// Saves folder as the backup folder and lists its backups. The Choose button calls it
    /// with the folder the person picked, and tests call it directly.
    void chooseFolder(const QString &folder);
    /// Starts writing a backup. The list shows it when it is written.
    void backUpNow();
    /// Asks for confirmation, then starts backing up the current data and restoring the
    /// selected backup.
    void restoreSelected();

    /// Keeps the dialog open while a backup or restore that it started runs, so that its
    /// result is shown and the application connection is reopened after a restore.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The step of a backup or restore that this dialog started and waits for. A backup from
    /// the daily timer is no step of the dialog's, but it also disables the buttons.
    enum class Step { Idle, BackingUp, SavingCurrentData, Restoring };

    void browseForFolder();
    void refresh();
    void updateControls();
    /// Starts backing up the current data, which keeps file among the old backups. The
    /// restore follows in continueRestore().
    void startRestore(const QString &file);
    void handleBackUpFinished(const QString &path);
    /// Restores m_restoreFile once the current data was saved to savedPath (empty on failure).
    void continueRestore(const QString &savedPath);
    void handleRestoreFinished(bool restored);
    /// Reopens the application connection, which the restore ended, and drops the
    /// database that the restore replaced.
    void reconnectAfterRestore();
    /// Goes back to Step::Idle and lists the backups again.
    void finishStep();
    void showRestoreFailure(const QString &message);

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    AppContext &m_context;
    BackupManager &m_backups;
    Step m_step = Step::Idle;
    /// The backup that the person chose, while its restore runs.
    QString m_restoreFile;
};
