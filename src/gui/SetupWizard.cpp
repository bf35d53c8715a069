#include "SetupWizard.h"

#include "Logging.h"
#include "OwnerWizardPage.h"
#include "RestaurantWizardPage.h"
#include "SetupService.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPixmap>

SetupWizard::SetupWizard(SetupService &setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup)
    , m_restaurantPage(new RestaurantWizardPage(this))
    , m_ownerPage(new OwnerWizardPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap,
        QPixmap(QStringLiteral(":/icons/resto360-256.png"))
            .scaled(56, 56, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    // Room for a three-line message under a field: QWizard does not grow when a page needs
    // more height after it is shown.
    setMinimumSize(680, 600);

    setPage(RestaurantPageId, m_restaurantPage);
    setPage(OwnerPageId, m_ownerPage);
    setStartId(RestaurantPageId);

    nameButtons();
    retranslate();
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() != OwnerPageId || m_created)
        return QWizard::validateCurrentPage();

    // Creation derives the owner's key on a worker thread: start it, stay on this page,
    // and finish the wizard from the callback.
    if (!m_ownerPage->isBusy())
        startCreation();
    return false;
}

void SetupWizard::initializePage(int id)
{
    if (id == OwnerPageId)
        m_ownerPage->setRestaurantName(m_restaurantPage->restaurantName());
    QWizard::initializePage(id);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::startCreation()
{
    RestaurantSetup request;
    m_restaurantPage->fillSetup(request);
    m_ownerPage->fillSetup(request);

    if (const QString problem = SetupService::validate(request); !problem.isEmpty()) {
        m_ownerPage->showError(problem);
        return;
    }

    m_ownerPhoneInput = request.ownerPhoneInput;
    m_ownerPage->setBusy(true);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);

    m_setup.createRestaurant(
        request, this, [this](const Outcome &outcome) { finishCreation(outcome); });
}

void SetupWizard::finishCreation(const Outcome &outcome)
{
    m_ownerPage->setBusy(false);
    button(QWizard::BackButton)->setEnabled(true);
    button(QWizard::CancelButton)->setEnabled(true);

    if (!outcome.ok) {
        qCWarning(lcUi) << "Creating the restaurant failed:" << outcome.message;
        m_ownerPage->showError(outcome.message);
        return;
    }

    qCInfo(lcUi) << "Created restaurant" << outcome.value;
    m_created = true;
    m_restaurantId = outcome.value;
    emit restaurantCreated(m_restaurantId);
    accept();
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Welcome to RESTO360 Back Office"));
    setButtonText(QWizard::FinishButton, tr("&Create the restaurant"));

    button(QWizard::NextButton)->setAccessibleName(tr("Next step"));
    button(QWizard::BackButton)->setAccessibleName(tr("Previous step"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Create the restaurant"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel setup"));
}

void SetupWizard::nameButtons()
{
    // Tests and screen readers find the wizard's own buttons by these names.
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelPushButton"));
}
