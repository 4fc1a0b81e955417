#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Step 1: is the new host ready? The programs the recipe needs are there, the new version answers, the
// versions of both installations are recorded, the database checks pass (DatabasePreflight.h) and nothing
// else listens where the new application will (AppPortsCheck.h). Read-only on both hosts, unless the admin
// asked it to create on new the database roles old's data names (step option createRoles).
class InstallNewJob : public StepJob {
public:
    StepId step() const override { return StepId::InstallNew; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
