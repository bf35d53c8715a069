#pragma once

#include "RestaurantRepository.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

class AppContext;
class SessionManager;

/// The restaurant's settings: name, phone, address, time zone, currency, default language,
/// and for shared computers whether sign-ins are remembered and when an idle window locks.
/// Editable with settings.edit, read-only otherwise. A failed save keeps the
/// edits; after a version conflict the person may reload the saved values.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// True when a field differs from the values last loaded.
    bool hasUnsavedChanges() const;

public slots:
    void save();
    /// Replaces the fields with the saved values.
    void revert();

signals:
    void restaurantRenamed(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    RestaurantSettings editedSettings() const;
    void fillForm(const RestaurantSettings &settings);
    bool checkPhone();
    void updateButtons();
    void retranslate();
    /// Shows what differs from the saved settings, field by field, and offers to load them.
    void offerReload(const RestaurantSettings &edited);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    SessionManager &m_sessions;
    RestaurantRepository m_repository;
    RestaurantSettings m_loaded;
    /// The phone as the form showed it after loading, to tell whether it was edited.
    QString m_loadedPhoneText;
    bool m_editable = false;
};
