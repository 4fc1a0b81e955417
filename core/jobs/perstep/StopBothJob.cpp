#include "StopBothJob.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/ServiceWatch.h"
#include "journal/SessionValues.h"

#include <QDateTime>

namespace puw {

StepOutcome StopBothJob::run(JobContext& ctx)
{
    if (!ctx.option(StepOption::kConfirmed).toBool())
        return StepOutcome::failed(
            JobText::tr("Stopping the old installation starts the downtime: confirm it on "
                        "this page (or pass --assume-yes) first."));

    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ctx.reportValue(SessionKey::kDowntimeStartedAt, startedAt);
    ctx.log(JobText::tr("Downtime begins: stopping the application on the old host."));
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(JobText::tr("Could not stop the old installation (%1). Nothing else was "
                                               "changed; roll back to restart it.")
                                       .arg(error));
    if (ctx.isCancelled())
        return StepOutcome::cancelled(
            JobText::tr("Cancelled after stopping the old host; roll back to restart it."));
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(
            JobText::tr("The old installation is stopped, but the new one could not be "
                        "(%1).")
                .arg(error));

    // Seen stopped here; step 8 keeps watching while it works (ServiceWatch), so that the quiet
    // window a supervisor needs to show itself overlaps the backup instead of adding to the downtime.
    if (const auto stopped = ServiceWatch::stayedStopped(ctx, QDateTime::currentDateTimeUtc(), 0); !stopped)
        return StepOutcome::failed(stopped.error());
    ctx.reportValue(SessionKey::kServicesStoppedAt,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return StepOutcome::done(
        JobText::tr("Both installations are stopped and disabled; step 8 watches that they stay "
                    "stopped. Downtime began at %1.")
            .arg(QDateTime::fromString(startedAt, Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace puw
