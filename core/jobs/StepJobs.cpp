#include "StepJob.h"

#include "perstep/CopyConfigJob.h"
#include "perstep/DeprovisionJob.h"
#include "perstep/FinalSyncJob.h"
#include "perstep/InstallNewJob.h"
#include "perstep/RehearsalJobs.h"
#include "perstep/RouteTrafficJob.h"
#include "perstep/StopBothJob.h"

#include <array>

namespace puw {

namespace {
template <typename Job> std::unique_ptr<StepJob> make()
{
    return std::make_unique<Job>();
}

struct StepJobEntry {
    StepId step;
    std::unique_ptr<StepJob> (*create)();
};

// The step map: which job does each step's work, and where it lives (core/jobs/perstep/). The work that
// several steps share is in core/jobs/shared/: DatabaseSteps (3, 4, 8), ServiceSteps (5, 6, 8),
// ServiceWatch (7, 8), RoutingSteps (9, rollback), BackupSpace (3, 8). The rollback is RollbackJob.
// Each row: the step, its job, and (in the comment) the file of core/jobs/perstep/ that holds the job.
constexpr std::array kStepJobs{
    StepJobEntry{StepId::InstallNew, make<InstallNewJob>},           // InstallNewJob.cpp
    StepJobEntry{StepId::CopyConfig, make<CopyConfigJob>},           // CopyConfigJob.cpp
    StepJobEntry{StepId::RehearsalBackup, make<RehearsalBackupJob>}, // RehearsalJobs.cpp
    StepJobEntry{StepId::ImportBackup, make<ImportBackupJob>},       // RehearsalJobs.cpp
    StepJobEntry{StepId::StartNew, make<StartNewJob>},               // RehearsalJobs.cpp
    StepJobEntry{StepId::RunChecks, make<RunChecksJob>},             // RehearsalJobs.cpp
    StepJobEntry{StepId::StopBoth, make<StopBothJob>},               // StopBothJob.cpp
    StepJobEntry{StepId::FinalSync, make<FinalSyncJob>},             // FinalSyncJob.cpp
    StepJobEntry{StepId::RouteTraffic, make<RouteTrafficJob>},       // RouteTrafficJob.cpp
    StepJobEntry{StepId::Deprovision, make<DeprovisionJob>},         // DeprovisionJob.cpp
};
} // namespace

std::unique_ptr<StepJob> createStepJob(StepId step)
{
    for (const StepJobEntry& entry : kStepJobs) {
        if (entry.step == step)
            return entry.create();
    }
    return nullptr;
}

} // namespace puw
