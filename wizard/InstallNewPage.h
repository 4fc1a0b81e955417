#pragma once

#include "StepPage.h"

class QCheckBox;

namespace puw {

// Step 1's page. When step 1 refused because database roles old's data names are missing on new, it
// offers to create them as old defines them (with the same passwords where old's admin login may read
// them); the box is off until the admin ticks it, and a run (or "Show the commands") with it ticked
// creates them on new before the checks. Only new changes.
class InstallNewPage : public StepPage {
    Q_OBJECT
public:
    explicit InstallNewPage(SessionController* controller, QWidget* parent = nullptr);
    void initializePage() override;

    QCheckBox* createRolesBox() const { return m_createRoles; }

protected:
    std::optional<QVariantMap> runOptions() override;
    QVariantMap previewOptions() override;

private:
    void updateOffer();

    QCheckBox* m_createRoles;
};

} // namespace puw
