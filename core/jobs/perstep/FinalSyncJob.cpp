#include "FinalSyncJob.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/DatabaseSteps.h"
#include "jobs/shared/ServiceSteps.h"
#include "jobs/shared/ServiceWatch.h"
#include "jobs/shared/Timings.h"
#include "jobs/sync/ReplicationSync.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"

namespace puw {

namespace {
// A part of the cutover that did not succeed: named, and the rollback offered.
StepOutcome inCutover(StepOutcome outcome, const QString& part)
{
    if (outcome.state == StepState::Done)
        return outcome;
    outcome.summary = JobText::tr("%1: %2").arg(part, outcome.summary);
    outcome.offerRollback = true;
    return outcome;
}

// An earlier run of this step that was killed, cancelled or failed after it started the new application
// left it running (and enabled): the backup must not be restored under it, and the watch would take it
// for something that restarts it. Stopped again, as step 7 left it, before anything else.
QString stopWhatAnEarlierRunStarted(JobContext& ctx)
{
    if (ctx.option(StepOption::kEarlierRuns).toInt() <= 0)
        return {};
    ctx.log(JobText::tr("This step ran before: stopping the new application again in case that run "
                        "started it."));
    return controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
}
} // namespace

StepOutcome FinalSyncJob::run(JobContext& ctx)
{
    if (ctx.sessionValue(SessionKey::kDowntimeStartedAt).isEmpty() && !ctx.isDryRun())
        return StepOutcome::failed(
            JobText::tr("Both servers must be stopped first (step 7), or the backup would "
                        "miss what users write meanwhile."));
    if (const QString error = stopWhatAnEarlierRunStarted(ctx); !error.isEmpty())
        return inCutover(StepOutcome::failed(error), JobText::tr("Resume"));
    // Restored while it streams when the new host's database allows it; else written, verified, restored.
    // Each part reads what the one before recorded (the backup's path): reportValue keeps it in ctx.
    StepOutcome restore;
    if (auto synced = ReplicationSync::catchUpAtCutover(ctx)) {
        restore = inCutover(*synced, JobText::tr("Catch-up"));
    } else if (auto streamed = DatabaseSteps::streamIntoNew(ctx)) {
        restore = inCutover(*streamed, JobText::tr("Backup and import"));
    } else {
        const StepOutcome backup = inCutover(
            DatabaseSteps::streamBackup(ctx, DatabaseSteps::BackupKind::Final), JobText::tr("Backup"));
        if (backup.state != StepState::Done)
            return backup;
        restore = inCutover(DatabaseSteps::restoreAndCompare(ctx), JobText::tr("Import"));
    }
    if (restore.state != StepState::Done)
        return restore;
    // The backup is the old data only if nothing started the old services again while it ran, and the
    // restore is whole only if the new ones stayed stopped: watched until the quiet window has passed.
    Timings::PartClock watching(ctx, DowntimePart::kWatch);
    const auto stopped = ServiceWatch::stayedStoppedSinceStep7(ctx);
    if (!stopped)
        return inCutover(
            StepOutcome::failed(stopped.error() + JobText::tr(" The backup may miss what it wrote.")),
            JobText::tr("Backup"));
    watching.done();
    const StepOutcome start = inCutover(ServiceSteps::migrateStartAndWait(ctx), JobText::tr("Start"));
    if (start.state != StepState::Done)
        return start;
    const StepOutcome checks = inCutover(ServiceSteps::runChecks(ctx), JobText::tr("Checks"));
    if (checks.state != StepState::Done)
        return checks;
    return StepOutcome::done(
        JobText::tr("Fresh data imported and tested: %1 %2").arg(restore.summary, checks.summary));
}

} // namespace puw
