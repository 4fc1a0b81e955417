#include "DeprovisionJob.h"

#include "jobs/ServiceControl.h"

#include <QCoreApplication>

namespace puw {

namespace {
class DeprovisionText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};
} // namespace

StepOutcome DeprovisionJob::run(JobContext& ctx)
{
    const QString typed = ctx.option(QStringLiteral("typedHost")).toString();
    if (typed != ctx.plan().oldHost.address)
        return StepOutcome::failed(
            DeprovisionText::tr("To retire the old installation, type its host name \"%1\" "
                                "exactly.")
                .arg(ctx.plan().oldHost.address));
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(DeprovisionText::tr("Could not disable the old services: %1").arg(error));
    return StepOutcome::done(
        DeprovisionText::tr("The old installation's services are stopped and disabled. Its "
                            "database, configuration and the final backup were kept."));
}

} // namespace puw
