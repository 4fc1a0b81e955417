#pragma once

#include "jobs/JobContext.h"

namespace puw {

// The work of steps 5 and 6 on the new host, shared with step 8.
namespace ServiceSteps {

// Applies the recipe's migrations (a line matching the failure pattern fails the step even when the
// command exits 0), starts the application so that it stays enabled, and waits until it is healthy.
StepOutcome migrateStartAndWait(JobContext& ctx);

// Every automated check of the recipe against the new host: HTTP (through an SSH tunnel), commands, the
// application's log since it started. Each result is recorded; any failure fails the step.
StepOutcome runChecks(JobContext& ctx);

} // namespace ServiceSteps

} // namespace puw
