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
    // A database that is a compose service of the application (Parsec's postgres) belongs to the old
    // installation: its container goes too. `rm --stop` keeps the named volumes, so the data stays.
    const DatabaseSpec& database = ctx.recipe().recipe().database;
    if (!database.composeService.isEmpty()) {
        ServiceSpec container;
        container.name = QStringLiteral("database");
        container.manager = ServiceSpec::Manager::Compose;
        container.composeFile = database.composeFile;
        container.composeService = database.composeService;
        const ShellOutcome removed = controlService(ctx, HostRole::Old, container, ServiceAction::Disable);
        if (!removed.ok())
            //: %1 why (the command's error)
            return StepOutcome::failed(JobText::tr("Could not stop the old database's container: %1. Its "
                                                   "services are disabled; run this step again.")
                                           .arg(removed.describe()));
        ctx.log(JobText::tr("The old database's container is removed; its volume, which holds the data, "
                            "stays."));
    }
    return StepOutcome::done(JobText::tr("The old installation's services are stopped and disabled. Its "
                                         "database, configuration and the final backup were kept."));
}

} // namespace puw
