#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class WorkspacePage;
}

class AppContext;
class ProfilePage;
class SettingsPage;
class StaffPage;

/// The signed-in workspace: one tab per page the person's permissions allow. Staff needs
/// staff.view, the restaurant settings need settings.view, and everyone has their profile.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(AppContext &context, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    /// Replaces the tabs with those of the current session. Call after each sign-in and
    /// membership switch.
    void rebuild();

    /// Removes every tab, for example after signing out.
    void clear();

signals:
    /// The restaurant's settings were saved under this name.
    void restaurantRenamed(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateTabs();

    std::unique_ptr<Ui::WorkspacePage> m_ui;
    AppContext &m_context;
    QPointer<StaffPage> m_staffPage;
    QPointer<SettingsPage> m_settingsPage;
    QPointer<ProfilePage> m_profilePage;
};
