#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class OwnerWizardPage;
}

class PasswordFeedback;
struct RestaurantSetup;

/// First-run step two: the owner's name, mobile phone and password, typed twice and
/// checked against the password rules as the owner types.
class OwnerWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OwnerWizardPage(QWidget *parent = nullptr);
    ~OwnerWizardPage() override;

    /// Copies the owner's fields into setup.
    void fillSetup(RestaurantSetup &setup) const;

    /// The restaurant's name, which the password must not contain.
    void setRestaurantName(const QString &name);

    /// Disables the fields and shows progress while the restaurant is being created.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    void showError(const QString &message);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool checkPhone();
    void updatePersonalWords();

    std::unique_ptr<Ui::OwnerWizardPage> m_ui;
    PasswordFeedback *m_passwordFeedback = nullptr;
    QString m_restaurantName;
    bool m_busy = false;
};
