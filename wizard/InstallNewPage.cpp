#include "InstallNewPage.h"

#include "jobs/StepOptions.h"
#include "jobs/shared/MissingRoles.h"
#include "session/SessionController.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace puw {

InstallNewPage::InstallNewPage(SessionController* controller, QWidget* parent)
    : StepPage(StepId::InstallNew, controller, parent),
      m_createRoles(new QCheckBox(tr("Create the missing database roles on new as old defines them "
                                     "(attributes, memberships and, where old's admin login may read "
                                     "them, the same passwords); nothing changes on old"),
                                  this))
{
    m_createRoles->setAccessibleName(tr("Create the missing database roles on new"));
    m_createRoles->setVisible(false);
    workArea()->insertWidget(0, m_createRoles);
    connect(controller, &SessionController::stepChanged, this, [this](StepId changed) {
        if (changed == StepId::InstallNew)
            updateOffer();
    });
    connect(controller, &SessionController::sessionChanged, this, &InstallNewPage::updateOffer);
}

void InstallNewPage::initializePage()
{
    StepPage::initializePage();
    updateOffer();
}

void InstallNewPage::updateOffer()
{
    // Offered once step 1's last roles check failed; kept while ticked, so a retry still creates them.
    bool rolesMissing = false;
    if (controller()->hasSession()) {
        for (const CheckRecord& check : controller()->journal().checks(controller()->sessionId())) {
            if (check.step == StepId::InstallNew && check.name == MissingRoles::checkName())
                rolesMissing = !check.passed;
        }
    }
    m_createRoles->setVisible(rolesMissing || m_createRoles->isChecked());
}

std::optional<QVariantMap> InstallNewPage::runOptions()
{
    return previewOptions();
}

QVariantMap InstallNewPage::previewOptions()
{
    if (!m_createRoles->isHidden() && m_createRoles->isChecked())
        return {{StepOption::kCreateRoles, true}};
    return {};
}

} // namespace puw
