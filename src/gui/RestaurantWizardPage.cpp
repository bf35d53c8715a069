#include "RestaurantWizardPage.h"
#include "ui_RestaurantWizardPage.h"

#include "LanguageManager.h"
#include "PhoneNumber.h"
#include "RestaurantRepository.h"
#include "SetupService.h"

#include <QEvent>

RestaurantWizardPage::RestaurantWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RestaurantWizardPage>())
{
    m_ui->setupUi(this);

    const RestaurantSetup defaults;
    m_ui->timeZoneComboBox->addItems(RestaurantRepository::timeZoneNames());
    m_ui->timeZoneComboBox->setCurrentText(defaults.timeZone);
    // The only currency for now; the item's text is set by retranslateCurrency().
    m_ui->currencyComboBox->addItem(QString(), defaults.currency);
    retranslateCurrency();
    fillLanguages();

    connect(
        m_ui->restaurantNameLineEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->restaurantPhoneLineEdit, &QLineEdit::editingFinished, this,
        &RestaurantWizardPage::checkPhone);
    connect(m_ui->restaurantPhoneLineEdit, &QLineEdit::textEdited, m_ui->phoneMessageLabel,
        &MessageLabel::clearMessage);
}

RestaurantWizardPage::~RestaurantWizardPage() = default;

void RestaurantWizardPage::fillSetup(RestaurantSetup &setup) const
{
    setup.name = restaurantName();
    setup.phoneInput = m_ui->restaurantPhoneLineEdit->text().trimmed();
    setup.address = m_ui->addressPlainTextEdit->toPlainText().trimmed();
    setup.timeZone = m_ui->timeZoneComboBox->currentText();
    setup.currency = m_ui->currencyComboBox->currentData().toString();
    setup.language = m_ui->languageComboBox->currentData().toString();
}

QString RestaurantWizardPage::restaurantName() const
{
    return m_ui->restaurantNameLineEdit->text().trimmed();
}

bool RestaurantWizardPage::isComplete() const
{
    return !restaurantName().isEmpty();
}

bool RestaurantWizardPage::validatePage()
{
    if (!checkPhone()) {
        m_ui->restaurantPhoneLineEdit->setFocus();
        return false;
    }
    return true;
}

void RestaurantWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCurrency();
        checkPhone();
    }
    QWizardPage::changeEvent(event);
}

bool RestaurantWizardPage::checkPhone()
{
    const QString typed = m_ui->restaurantPhoneLineEdit->text();
    if (typed.trimmed().isEmpty()) {
        m_ui->phoneMessageLabel->clearMessage();
        return true;
    }

    return m_ui->phoneMessageLabel->checkPhoneNumber(typed);
}

void RestaurantWizardPage::fillLanguages()
{
    const QString french = QStringLiteral("fr");
    for (const QString &code : LanguageManager::supportedLanguages())
        m_ui->languageComboBox->addItem(LanguageManager::nativeName(code), code);
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(french));
}

void RestaurantWizardPage::retranslateCurrency()
{
    m_ui->currencyComboBox->setItemText(0, tr("CFA franc (XOF)"));
}
