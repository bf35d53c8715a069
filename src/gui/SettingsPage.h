#pragma once

#include "RestaurantRepository.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

class AppContext;

/// The restaurant's settings: name, phone, address, time zone, currency and default
/// language. Editable with settings.edit, read-only otherwise. A failed save keeps the
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
    void offerReload();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    RestaurantRepository m_repository;
    RestaurantSettings m_loaded;
    /// The phone as the form showed it after loading, to tell whether it was edited.
    QString m_loadedPhoneText;
    bool m_editable = false;
};
