#include "RollbackJob.h"

#include "jobs/sync/ReplicationSync.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "jobs/shared/DatabaseSteps.h"
#include "jobs/shared/RoutingSteps.h"
#include "journal/SessionValues.h"
#include "plan/Procedure.h"

#include <QDateTime>

namespace puw {

namespace {
QString localTime(const QString& utc)
{
    return QDateTime::fromString(utc, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A shared database: old never stopped and both versions wrote to one database, so no data is lost and
// nothing is restored. The route goes back first (users leave new), then new stops.
StepOutcome rollBackSharedDatabase(JobContext& ctx)
{
    QStringList problems;
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Enable); !error.isEmpty())
        return StepOutcome::failed(JobText::tr("The old installation does not run: %1").arg(error));
    if (const auto routed = RoutingSteps::routeBackToOld(ctx); !routed)
        problems.append(routed.error());
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
        !error.isEmpty())
        problems.append(error);
    const QString kept = JobText::tr(" The shared database keeps what users wrote through either version; "
                                     "the new version's migrations stay applied (the recipe says the old "
                                     "version works with them).");
    if (!problems.isEmpty())
        return StepOutcome::failed(JobText::tr("The old installation serves, but: %1.%2")
                                       .arg(problems.join(QStringLiteral("; ")), kept));
    return StepOutcome::done(
        JobText::tr("Users reach the old installation again and the new one is stopped.") + kept);
}
} // namespace

StepOutcome RollbackJob::run(JobContext& ctx)
{
    if (procedureOf(ctx.plan()) == Procedure::SharedDatabase)
        return rollBackSharedDatabase(ctx);
    // New first (it must not take writes), then old, then the route: the route's verification needs
    // the old application answering.
    QStringList problems;
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
        !error.isEmpty())
        problems.append(error);
    // After step 9 users may have written to the new installation: that data is not in the old database.
    // With the new application stopped, its database is backed up whole before anything else happens.
    const QString switchedAt = ctx.sessionValue(SessionKey::kDowntimeEndedAt);
    QString newBackup;
    if (!switchedAt.isEmpty()) {
        if (!problems.isEmpty())
            return StepOutcome::failed(
                JobText::tr("Users reach the new installation, and it could not be stopped (%1): "
                            "nothing else was changed.")
                    .arg(problems.join(QStringLiteral("; "))));
        auto saved = DatabaseSteps::backupNewInPlace(ctx);
        if (!saved.ok())
            return StepOutcome::failed(
                JobText::tr("Users reached the new installation since %1, and its data could not be "
                            "backed up (%2), so the rollback stopped before starting the old one. "
                            "The new application is stopped; its database is untouched.")
                    .arg(localTime(switchedAt), saved.error()));
        newBackup = saved.value();
    }
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Enable); !error.isEmpty())
        return StepOutcome::failed(
            JobText::tr("The old installation could not be started again: %1").arg(error));
    if (const auto routed = RoutingSteps::routeBackToOld(ctx); !routed)
        problems.append(routed.error());
    // A slot left on old keeps its WAL until the disk is full: the replication goes with the rollback.
    QString replication;
    if (const auto removed = ReplicationSync::removeFromHosts(ctx); !removed.ok())
        problems.append(removed.error());
    else if (!removed->isEmpty())
        replication = QLatin1Char(' ') + removed.value();
    const QString lost =
        switchedAt.isEmpty()
            ? QString()
            : JobText::tr(" What users wrote to the new installation since %1 is NOT in it: it is kept "
                          "only in the new host's backup %2.")
                  .arg(localTime(switchedAt), newBackup);
    if (!problems.isEmpty())
        return StepOutcome::failed(JobText::tr("The old installation runs again, but: %1.%2")
                                       .arg(problems.join(QStringLiteral("; ")), lost));
    return StepOutcome::done(
        JobText::tr("The old installation is back in service, with its data as it was when "
                    "it stopped.") +
        lost + replication);
}

} // namespace puw
