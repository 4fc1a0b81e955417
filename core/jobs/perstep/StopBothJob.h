#pragma once

#include "jobs/JobContext.h"
#include "jobs/StepJob.h"

namespace puw {

// Step 7: the downtime begins. Stops the application on the old and the new host so that it stays
// stopped (disabled: a supervisor or Restart=always must not bring it back while data moves), checks
// that it did, and records when the downtime began. Refuses to run without the admin's confirmation
// (StepOption::kConfirmed), which the wizard's commit page and --assume-yes give. Step 8 goes on watching
// that they stay stopped (shared/ServiceWatch.h).
class StopBothJob : public StepJob {
public:
    StepId step() const override { return StepId::StopBoth; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
