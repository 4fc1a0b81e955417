#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Step 9: users go to the new installation (RoutingSteps::routeToNew); the downtime ends.
class RouteTrafficJob : public StepJob {
public:
    StepId step() const override { return StepId::RouteTraffic; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
