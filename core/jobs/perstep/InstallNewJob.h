#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Step 1: is the new host ready? The programs the recipe needs are there, the new version answers, and
// the versions of both installations are recorded. Read-only on both hosts.
class InstallNewJob : public StepJob {
public:
    StepId step() const override { return StepId::InstallNew; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
