#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Step 8: with both servers stopped (step 7), a fresh backup, its import, the start and the checks as
// one action: the same shared work as steps 3 to 6, while ServiceWatch makes sure the services stay
// stopped. A failure offers the rollback.
class FinalSyncJob : public StepJob {
public:
    StepId step() const override { return StepId::FinalSync; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
