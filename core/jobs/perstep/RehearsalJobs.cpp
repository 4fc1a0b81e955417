#include "RehearsalJobs.h"

#include "jobs/shared/DatabaseSteps.h"
#include "jobs/shared/ServiceSteps.h"
#include "jobs/sync/ReplicationSync.h"

namespace puw {

StepOutcome RehearsalBackupJob::run(JobContext& ctx)
{
    return DatabaseSteps::streamBackup(ctx, DatabaseSteps::BackupKind::Rehearsal);
}

StepOutcome ImportBackupJob::run(JobContext& ctx)
{
    // With the plan's replication, new's sync database starts following old once the import is done.
    return ReplicationSync::startAfterImport(ctx, DatabaseSteps::restoreAndCompare(ctx));
}

StepOutcome StartNewJob::run(JobContext& ctx)
{
    StepOutcome started = ServiceSteps::migrateStartAndWait(ctx);
    // The replication's state read again for the pages; step 6 fails on a broken one, this step says it.
    if (const auto replication = ReplicationSync::readState(ctx); !replication.ok())
        ctx.log(replication.error());
    return started;
}

StepOutcome RunChecksJob::run(JobContext& ctx)
{
    StepOutcome checked = ServiceSteps::runChecks(ctx);
    if (checked.state != StepState::Done)
        return checked;
    // A replication that broke since step 4 must show before the downtime, not in step 8.
    const auto replication = ReplicationSync::readState(ctx);
    if (!replication.ok())
        return StepOutcome::failed(replication.error());
    if (!replication->isEmpty())
        checked.summary += QLatin1Char(' ') + replication.value();
    return checked;
}

} // namespace puw
