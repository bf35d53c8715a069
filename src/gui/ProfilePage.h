#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ProfilePage;
}

class AppContext;
class PasswordFeedback;
class ProfileService;
struct Outcome;

/// The signed-in person's own account: their phone number (read-only), their language,
/// and a password change that requires the current password and the new one twice.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(AppContext &context, QWidget *parent = nullptr);
    ~ProfilePage() override;

public slots:
    void changePassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAccount();
    void chooseLanguage(int index);
    void selectCurrentLanguage();
    void setBusy(bool busy);
    void updateButton();
    void finishPasswordChange(const Outcome &outcome);

    std::unique_ptr<Ui::ProfilePage> m_ui;
    AppContext &m_context;
    ProfileService *m_profile = nullptr;
    PasswordFeedback *m_passwordFeedback = nullptr;
    bool m_busy = false;
};
