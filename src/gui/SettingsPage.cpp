#include "SettingsPage.h"
#include "ui_SettingsPage.h"

#include "AppContext.h"
#include "EditConflict.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "Membership.h"
#include "PhoneNumber.h"
#include "Prompter.h"
#include "SessionManager.h"

#include <QEvent>

using namespace Qt::StringLiterals;

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_sessions(context.sessions())
    , m_repository(context.appConnectionName())
    , m_editable(context.sessions().session().can(QLatin1String(Permissions::SettingsEdit)))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsPage"));

    m_ui->timeZoneComboBox->addItems(RestaurantRepository::timeZoneNames());
    m_ui->currencyComboBox->addItem(QString(), QStringLiteral("XOF"));
    for (const QString &code : LanguageManager::supportedLanguages())
        m_ui->languageComboBox->addItem(LanguageManager::nativeName(code), code);

    m_ui->nameLineEdit->setReadOnly(!m_editable);
    m_ui->phoneLineEdit->setReadOnly(!m_editable);
    m_ui->addressPlainTextEdit->setReadOnly(!m_editable);
    m_ui->timeZoneComboBox->setEnabled(m_editable);
    m_ui->currencyComboBox->setEnabled(m_editable);
    m_ui->languageComboBox->setEnabled(m_editable);
    m_ui->rememberSessionsCheckBox->setEnabled(m_editable);
    m_ui->idleLockSpinBox->setReadOnly(!m_editable);
    m_ui->idleLockSpinBox->setMaximum(RestaurantSettings::MaxIdleLockMinutes);
    m_ui->savePushButton->setVisible(m_editable);
    m_ui->revertPushButton->setVisible(m_editable);

    connect(m_ui->savePushButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &SettingsPage::updateButtons);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &SettingsPage::updateButtons);
    connect(m_ui->phoneLineEdit, &QLineEdit::textEdited, m_ui->phoneMessageLabel,
        &MessageLabel::clearMessage);
    connect(m_ui->phoneLineEdit, &QLineEdit::editingFinished, this, &SettingsPage::checkPhone);
    connect(m_ui->addressPlainTextEdit, &QPlainTextEdit::textChanged, this,
        &SettingsPage::updateButtons);
    connect(m_ui->timeZoneComboBox, &QComboBox::currentIndexChanged, this,
        &SettingsPage::updateButtons);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
        &SettingsPage::updateButtons);
    connect(
        m_ui->rememberSessionsCheckBox, &QCheckBox::toggled, this, &SettingsPage::updateButtons);
    connect(m_ui->idleLockSpinBox, &QSpinBox::valueChanged, this, &SettingsPage::updateButtons);

    retranslate();
    revert();
}

SettingsPage::~SettingsPage() = default;

bool SettingsPage::hasUnsavedChanges() const
{
    const RestaurantSettings edited = editedSettings();
    return edited.name != m_loaded.name || edited.address != m_loaded.address
        || edited.timeZone != m_loaded.timeZone || edited.currency != m_loaded.currency
        || edited.defaultLanguage != m_loaded.defaultLanguage
        || edited.rememberSessions != m_loaded.rememberSessions
        || edited.idleLockMinutes != m_loaded.idleLockMinutes
        || m_ui->phoneLineEdit->text().trimmed() != m_loadedPhoneText;
}

void SettingsPage::save()
{
    if (!m_editable)
        return;
    m_ui->messageLabel->clearMessage();

    if (!checkPhone()) {
        m_ui->phoneLineEdit->setFocus();
        return;
    }

    const RestaurantSettings edited = editedSettings();
    const Outcome outcome = m_repository.save(edited, m_ui->phoneLineEdit->text().trimmed());
    if (!outcome.ok) {
        qCWarning(lcUi) << "Saving the restaurant settings failed:" << outcome.message;
        m_ui->messageLabel->showError(outcome.message);
        if (outcome.kind == DatabaseError::Kind::VersionConflict)
            offerReload(edited);
        return;
    }

    qCInfo(lcUi) << "Saved the settings of restaurant" << m_loaded.id;
    const bool renamed = edited.name != m_loaded.name;
    revert();
    // This PC follows the new shared-computer settings at once.
    m_sessions.reloadRestaurantPolicy();
    m_ui->messageLabel->showSuccess(tr("The settings were saved."));
    if (renamed)
        emit restaurantRenamed(m_loaded.name);
}

void SettingsPage::revert()
{
    DatabaseError error;
    const std::optional<RestaurantSettings> loaded = m_repository.load(&error);
    if (!loaded) {
        m_ui->messageLabel->showError(error.message());
        return;
    }

    m_loaded = *loaded;
    fillForm(m_loaded);
    m_ui->messageLabel->clearMessage();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

RestaurantSettings SettingsPage::editedSettings() const
{
    RestaurantSettings edited = m_loaded;
    edited.name = m_ui->nameLineEdit->text().trimmed();
    edited.address = m_ui->addressPlainTextEdit->toPlainText().trimmed();
    edited.timeZone = m_ui->timeZoneComboBox->currentText();
    edited.currency = m_ui->currencyComboBox->currentData().toString();
    edited.defaultLanguage = m_ui->languageComboBox->currentData().toString();
    edited.rememberSessions = m_ui->rememberSessionsCheckBox->isChecked();
    edited.idleLockMinutes = m_ui->idleLockSpinBox->value();
    return edited;
}

void SettingsPage::fillForm(const RestaurantSettings &settings)
{
    m_ui->nameLineEdit->setText(settings.name);

    const PhoneNumber phone = PhoneNumber::parse(settings.phone);
    const QString phoneText = phone.isValid() ? phone.formatted() : settings.phone;
    m_ui->phoneLineEdit->setText(phoneText);
    m_loadedPhoneText = phoneText;
    m_ui->phoneMessageLabel->clearMessage();

    m_ui->addressPlainTextEdit->setPlainText(settings.address);

    // A zone saved by another version of the program stays selectable.
    if (m_ui->timeZoneComboBox->findText(settings.timeZone) < 0)
        m_ui->timeZoneComboBox->addItem(settings.timeZone);
    m_ui->timeZoneComboBox->setCurrentText(settings.timeZone);

    const int currency = m_ui->currencyComboBox->findData(settings.currency);
    m_ui->currencyComboBox->setCurrentIndex(qMax(currency, 0));
    const int language = m_ui->languageComboBox->findData(settings.defaultLanguage);
    m_ui->languageComboBox->setCurrentIndex(qMax(language, 0));

    m_ui->rememberSessionsCheckBox->setChecked(settings.rememberSessions);
    m_ui->idleLockSpinBox->setValue(settings.idleLockMinutes);

    updateButtons();
}

bool SettingsPage::checkPhone()
{
    const QString typed = m_ui->phoneLineEdit->text();
    if (typed.trimmed().isEmpty()) {
        m_ui->phoneMessageLabel->clearMessage();
        return true;
    }

    return m_ui->phoneMessageLabel->checkPhoneNumber(typed);
}

void SettingsPage::updateButtons()
{
    const bool changed = m_editable && hasUnsavedChanges();
    m_ui->savePushButton->setEnabled(changed);
    m_ui->revertPushButton->setEnabled(changed);
}

void SettingsPage::retranslate()
{
    m_ui->currencyComboBox->setItemText(0, tr("CFA franc (XOF)"));
    m_ui->idleLockSpinBox->setSpecialValueText(tr("Never", "lock when idle"));
    m_ui->idleLockSpinBox->setSuffix(tr(" min", "minutes"));
    if (m_editable)
        m_ui->readOnlyNoticeLabel->clearMessage();
    else
        m_ui->readOnlyNoticeLabel->showNotice(tr("Only an owner can change these settings."));
    if (m_ui->phoneMessageLabel->kind() != MessageLabel::Kind::None)
        checkPhone();
}

void SettingsPage::offerReload(const RestaurantSettings &edited)
{
    DatabaseError error;
    const std::optional<RestaurantSettings> current = m_repository.load(&error);
    if (!current) {
        m_ui->messageLabel->showError(error.message());
        return;
    }

    const QString question =
        tr("Someone else saved the restaurant's settings while you were editing. Load their "
           "version? Your changes on this page will be replaced.");
    const QString changes = EditConflict::toHtml(EditConflict::compare(edited, *current));
    const bool reloadNow =
        Prompter::confirm(this, QStringLiteral("reloadSettingsPrompt"), tr("Settings changed"),
            u"<p>%1</p>%2"_s.arg(question.toHtmlEscaped(), changes), tr("&Load their version"));
    if (!reloadNow)
        return;

    revert();
    m_ui->messageLabel->showNotice(
        tr("These are the current settings. Make your changes again and save."));
}
