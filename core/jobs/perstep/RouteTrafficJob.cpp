#include "RouteTrafficJob.h"

#include "jobs/shared/RoutingSteps.h"

namespace puw {

StepOutcome RouteTrafficJob::run(JobContext& ctx)
{
    return RoutingSteps::routeToNew(ctx);
}

} // namespace puw
