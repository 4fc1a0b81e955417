#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Step 10: retires the old installation after the soak period: its services are stopped and disabled for
// good. Nothing is deleted: the old database, the configuration and the final backup stay. Runs only
// with the old host's address typed in full by the admin (option "typedHost").
class DeprovisionJob : public StepJob {
public:
    StepId step() const override { return StepId::Deprovision; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
