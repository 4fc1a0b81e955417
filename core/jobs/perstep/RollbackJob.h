#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Not a checklist step: from steps 7 to 9, puts the old installation back into service. The new one is
// stopped (its database backed up first when users reached it), the old services are enabled and
// started again, the route goes back. The old database was never written by the new version, so
// nothing of it is lost.
class RollbackJob : public StepJob {
public:
    StepId step() const override { return StepId::StopBoth; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
