#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RestaurantWizardPage;
}

struct RestaurantSetup;

/// First-run step one: the restaurant's name, phone, address, time zone, currency and
/// default language.
class RestaurantWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestaurantWizardPage(QWidget *parent = nullptr);
    ~RestaurantWizardPage() override;

    /// Copies the restaurant's fields into setup.
    void fillSetup(RestaurantSetup &setup) const;

    QString restaurantName() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Checks the phone as typed; shows the problem under the field. Returns true when it
    /// is empty or valid.
    bool checkPhone();
    void fillLanguages();
    void retranslateCurrency();

    std::unique_ptr<Ui::RestaurantWizardPage> m_ui;
};
