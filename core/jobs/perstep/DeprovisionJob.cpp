#include "DeprovisionJob.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "jobs/StepOptions.h"

#include <QCoreApplication>

namespace puw {

StepOutcome DeprovisionJob::run(JobContext& ctx)
{
    const QString typed = ctx.option(StepOption::kTypedHost).toString();
    if (typed != ctx.plan().oldHost.address)
        return StepOutcome::failed(JobText::tr("To retire the old installation, type its host name \"%1\" "
                                               "exactly.")
                                       .arg(ctx.plan().oldHost.address));
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(JobText::tr("Could not disable the old services: %1").arg(error));
    return StepOutcome::done(JobText::tr("The old installation's services are stopped and disabled. Its "
                                         "database, configuration and the final backup were kept."));
}

} // namespace puw
