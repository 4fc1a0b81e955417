#include "StepJob.h"

#include "steps/CopyConfigJob.h"
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
    case StepId::ImportBackup:
    case StepId::StartNew:
    case StepId::RunChecks:
    case StepId::FinalSync:
    case StepId::RouteTraffic:
        break; // built on the database, check and routing modules
    }
    return nullptr;
}

} // namespace puw
