#pragma once

#include <QString>
#include <QWizard>

class OwnerWizardPage;
class RestaurantWizardPage;
class SetupService;
struct Outcome;

/// The first-run wizard. It collects the restaurant and its owner, then creates both with
/// SetupService. It stays open with the owner's entries when creation fails.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { RestaurantPageId, OwnerPageId };

    explicit SetupWizard(SetupService &setup, QWidget *parent = nullptr);

    /// The owner's phone as typed, for the sign-in page to start with.
    QString ownerPhoneInput() const { return m_ownerPhoneInput; }
    QString restaurantId() const { return m_restaurantId; }

    bool validateCurrentPage() override;

signals:
    void restaurantCreated(const QString &restaurantId);

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;

private:
    void startCreation();
    void finishCreation(const Outcome &outcome);
    void retranslate();
    void nameButtons();

    SetupService &m_setup;
    RestaurantWizardPage *m_restaurantPage = nullptr;
    OwnerWizardPage *m_ownerPage = nullptr;
    QString m_ownerPhoneInput;
    QString m_restaurantId;
    bool m_created = false;
};
