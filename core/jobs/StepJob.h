#pragma once

#include "StepOutcome.h"
#include "steps/StepCatalogue.h"

#include <memory>

namespace puw {

class JobContext;

// The work of one checklist step. Runs in the engine's thread; talks to hosts only through the context,
// which records every command and reports every line. A job checks ctx.isCancelled() between commands:
// cancelling is cooperative, and "cancelled" is not "failed".
class StepJob {
public:
    virtual ~StepJob() = default;
    virtual StepId step() const = 0;
    virtual StepOutcome run(JobContext& ctx) = 0;
};

std::unique_ptr<StepJob> createStepJob(StepId step);

} // namespace puw
