#pragma once

#include "jobs/JobContext.h"
#include "jobs/StepOutcome.h"
#include "routing/NginxSwitch.h"

namespace puw::CanarySteps {

// Step 9 of a plan with route.canary (a shared database: old still serves): moves users to new in the
// plan's stages through nginx's weighted upstream (the recipe's routing.nginxCanaryUpstream with
// {{old_weight}} and {{new_weight}}), holding each while the proxy's access log is watched
// (routing/NginxCanary.h), then sends everything to new (routing.nginxUpstream). The share in force and
// the new version's error rate go out as progress every second; each stage held is recorded in the
// journal (canary.stages) for the page and the report. A stage past the plan's limits sends every request
// back to old by itself and fails the step with the figures. Done: every request goes to new (the caller
// verifies the public address).
StepOutcome moveInStages(JobContext& ctx, const NginxSetup& setup, const QString& allToNew);

} // namespace puw::CanarySteps
