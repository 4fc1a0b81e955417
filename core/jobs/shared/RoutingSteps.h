#pragma once

#include "jobs/JobContext.h"

namespace puw::RoutingSteps {

// Step 9: switches nginx to the new host (or waits for DNS to point at it), verifies through the public
// URL and stops the downtime clock.
StepOutcome routeToNew(JobContext& ctx);

// Part of a rollback: puts the previous nginx upstream back and sees the old installation answer. With
// DNS, the admin has to point the record back: the reason says so.
Expected<Done, QString> routeBackToOld(JobContext& ctx);

} // namespace puw::RoutingSteps
