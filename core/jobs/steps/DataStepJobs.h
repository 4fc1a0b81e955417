#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Steps 3 to 6, 8 and 9: each a thin job over the shared step logic (DatabaseSteps, ServiceSteps,
// RoutingSteps), so that step 8 repeats 3 to 6 with exactly the same code.
class RehearsalBackupJob : public StepJob {
public:
    StepId step() const override { return StepId::RehearsalBackup; }
    StepOutcome run(JobContext& ctx) override;
};

class ImportBackupJob : public StepJob {
public:
    StepId step() const override { return StepId::ImportBackup; }
    StepOutcome run(JobContext& ctx) override;
};

class StartNewJob : public StepJob {
public:
    StepId step() const override { return StepId::StartNew; }
    StepOutcome run(JobContext& ctx) override;
};

class RunChecksJob : public StepJob {
public:
    StepId step() const override { return StepId::RunChecks; }
    StepOutcome run(JobContext& ctx) override;
};

// Step 8: with both servers stopped, a fresh backup, its import, the start and the checks as one action.
// A failure offers the rollback.
class FinalSyncJob : public StepJob {
public:
    StepId step() const override { return StepId::FinalSync; }
    StepOutcome run(JobContext& ctx) override;
};

class RouteTrafficJob : public StepJob {
public:
    StepId step() const override { return StepId::RouteTraffic; }
    StepOutcome run(JobContext& ctx) override;
};

// Not a checklist step: from steps 7 to 9, puts the old installation back into service. The new one is
// stopped, the route goes back, the old services are enabled and started again. The old database was
// never written by the new version, so nothing is lost.
class RollbackJob : public StepJob {
public:
    StepId step() const override { return StepId::StopBoth; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
