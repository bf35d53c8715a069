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
/// worked on was replaced.
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
    /// Writes a backup now and selects it in the list.
    void backUpNow();
    /// Asks for confirmation, then restores the selected backup.
    void restoreSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void browseForFolder();
    void refresh();
    /// Restores file after saving a copy of the current data. Returns false with the
    /// message shown when the data stayed as it was.
    bool restoreFile(const QString &file);
    /// Reopens the application connection, which the restore ended, and drops the
    /// database that the restore replaced.
    void reconnectAfterRestore();

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    AppContext &m_context;
    BackupManager &m_backups;
};
