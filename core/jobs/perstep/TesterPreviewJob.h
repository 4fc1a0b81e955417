#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Not a checklist step: opens or closes the testers' preview (TesterPreview.h) as the option preview
// says ("open" or "close"). The runner offers it from the end of step 6 until step 9 is done; recorded
// under step 6, whose state it never changes.
class TesterPreviewJob : public StepJob {
public:
    StepId step() const override { return StepId::RunChecks; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
