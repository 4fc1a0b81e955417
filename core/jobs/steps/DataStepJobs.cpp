#include "DataStepJobs.h"

#include "DatabaseSteps.h"
#include "RoutingSteps.h"
#include "ServiceSteps.h"
#include "StopBothJob.h"
#include "jobs/ServiceControl.h"

#include <QCoreApplication>
#include <QDateTime>

namespace puw {

namespace {
class DataJobText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

QString localTime(const QString& utc)
{
    return QDateTime::fromString(utc, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

StepOutcome inCutover(StepOutcome outcome, const QString& part)
{
    if (outcome.state == StepState::Done)
        return outcome;
    outcome.summary = DataJobText::tr("%1: %2").arg(part, outcome.summary);
    outcome.offerRollback = true;
    return outcome;
}
} // namespace

StepOutcome RehearsalBackupJob::run(JobContext& ctx)
{
    return DatabaseSteps::streamBackup(ctx, QStringLiteral("rehearsal"));
}

StepOutcome ImportBackupJob::run(JobContext& ctx)
{
    return DatabaseSteps::restoreAndCompare(ctx);
}

StepOutcome StartNewJob::run(JobContext& ctx)
{
    return ServiceSteps::migrateStartAndWait(ctx);
}

StepOutcome RunChecksJob::run(JobContext& ctx)
{
    return ServiceSteps::runChecks(ctx);
}

StepOutcome FinalSyncJob::run(JobContext& ctx)
{
    if (ctx.sessionValue(QStringLiteral("downtime.started_at")).isEmpty() && !ctx.isDryRun())
        return StepOutcome::failed(
            DataJobText::tr("Both servers must be stopped first (step 7), or the backup would "
                            "miss what users write meanwhile."));
    // Restored while it streams when the new host's database allows it; else written, verified, restored.
    // Each part reads what the one before recorded (the backup's path): reportValue keeps it in ctx.
    StepOutcome restore;
    if (auto streamed = DatabaseSteps::streamIntoNew(ctx)) {
        restore = inCutover(*streamed, DataJobText::tr("Backup and import"));
    } else {
        const StepOutcome backup =
            inCutover(DatabaseSteps::streamBackup(ctx, QStringLiteral("final")), DataJobText::tr("Backup"));
        if (backup.state != StepState::Done)
            return backup;
        restore = inCutover(DatabaseSteps::restoreAndCompare(ctx), DataJobText::tr("Import"));
    }
    if (restore.state != StepState::Done)
        return restore;
    // The backup is the old data only if nothing started the old services again while it ran, and the
    // restore is whole only if the new ones stayed stopped: watched until the quiet window has passed.
    if (const QString back = StopBothJob::watchStayedStopped(ctx); !back.isEmpty())
        return inCutover(StepOutcome::failed(back + DataJobText::tr(" The backup may miss what it wrote.")),
                         DataJobText::tr("Backup"));
    const StepOutcome start = inCutover(ServiceSteps::migrateStartAndWait(ctx), DataJobText::tr("Start"));
    if (start.state != StepState::Done)
        return start;
    const StepOutcome checks = inCutover(ServiceSteps::runChecks(ctx), DataJobText::tr("Checks"));
    if (checks.state != StepState::Done)
        return checks;
    return StepOutcome::done(
        DataJobText::tr("Fresh data imported and tested: %1 %2").arg(restore.summary, checks.summary));
}

StepOutcome RouteTrafficJob::run(JobContext& ctx)
{
    return RoutingSteps::routeToNew(ctx);
}

StepOutcome RollbackJob::run(JobContext& ctx)
{
    // New first (it must not take writes), then old, then the route: the route's verification needs
    // the old application answering.
    QStringList problems;
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
        !error.isEmpty())
        problems.append(error);
    // After step 9 users may have written to the new installation: that data is not in the old database.
    // With the new application stopped, its database is backed up whole before anything else happens.
    const QString switchedAt = ctx.sessionValue(QStringLiteral("downtime.ended_at"));
    QString newBackup;
    if (!switchedAt.isEmpty()) {
        if (!problems.isEmpty())
            return StepOutcome::failed(
                DataJobText::tr("Users reach the new installation, and it could not be stopped (%1): "
                                "nothing else was changed.")
                    .arg(problems.join(QStringLiteral("; "))));
        auto saved = DatabaseSteps::backupNewInPlace(ctx);
        if (!saved.ok())
            return StepOutcome::failed(
                DataJobText::tr("Users reached the new installation since %1, and its data could not be "
                                "backed up (%2), so the rollback stopped before starting the old one. "
                                "The new application is stopped; its database is untouched.")
                    .arg(localTime(switchedAt), saved.error()));
        newBackup = saved.value();
    }
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Enable); !error.isEmpty())
        return StepOutcome::failed(
            DataJobText::tr("The old installation could not be started again: %1").arg(error));
    if (const QString error = RoutingSteps::routeBackToOld(ctx); !error.isEmpty())
        problems.append(error);
    const QString lost =
        switchedAt.isEmpty()
            ? QString()
            : DataJobText::tr(" What users wrote to the new installation since %1 is NOT in it: it is kept "
                              "only in the new host's backup %2.")
                  .arg(localTime(switchedAt), newBackup);
    if (!problems.isEmpty())
        return StepOutcome::failed(DataJobText::tr("The old installation runs again, but: %1.%2")
                                       .arg(problems.join(QStringLiteral("; ")), lost));
    return StepOutcome::done(
        DataJobText::tr("The old installation is back in service, with its data as it was when "
                        "it stopped.") +
        lost);
}

} // namespace puw
