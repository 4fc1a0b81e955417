#include "RehearsalJobs.h"

#include "jobs/shared/DatabaseSteps.h"
#include "jobs/shared/ServiceSteps.h"

namespace puw {

StepOutcome RehearsalBackupJob::run(JobContext& ctx)
{
    return DatabaseSteps::streamBackup(ctx, DatabaseSteps::BackupKind::Rehearsal);
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

} // namespace puw
