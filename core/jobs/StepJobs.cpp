#include "StepJob.h"

#include "steps/CopyConfigJob.h"
#include "steps/DataStepJobs.h"
#include "steps/DeprovisionJob.h"
#include "steps/InstallNewJob.h"
#include "steps/StopBothJob.h"

namespace puw {

std::unique_ptr<StepJob> createStepJob(StepId step)
{
    switch (step) {
    case StepId::InstallNew:
        return std::make_unique<InstallNewJob>();
    case StepId::CopyConfig:
        return std::make_unique<CopyConfigJob>();
    case StepId::StopBoth:
        return std::make_unique<StopBothJob>();
    case StepId::Deprovision:
        return std::make_unique<DeprovisionJob>();
    case StepId::RehearsalBackup:
        return std::make_unique<RehearsalBackupJob>();
    case StepId::ImportBackup:
        return std::make_unique<ImportBackupJob>();
    case StepId::StartNew:
        return std::make_unique<StartNewJob>();
    case StepId::RunChecks:
        return std::make_unique<RunChecksJob>();
    case StepId::FinalSync:
        return std::make_unique<FinalSyncJob>();
    case StepId::RouteTraffic:
        return std::make_unique<RouteTrafficJob>();
    }
    return nullptr;
}

} // namespace puw
