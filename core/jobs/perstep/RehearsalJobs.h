#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Steps 3 to 6, the rehearsal: each a thin job over the shared work (jobs/shared/), so that step 8
// repeats them with exactly the same code.

// Step 3: a backup streamed from old to new, with a local copy (DatabaseSteps::streamBackup).
class RehearsalBackupJob : public StepJob {
public:
    StepId step() const override { return StepId::RehearsalBackup; }
    StepOutcome run(JobContext& ctx) override;
};

// Step 4: that backup restored on the new host and compared with the old one.
class ImportBackupJob : public StepJob {
public:
    StepId step() const override { return StepId::ImportBackup; }
    StepOutcome run(JobContext& ctx) override;
};

// Step 5: the migrations, then the new application started and healthy.
class StartNewJob : public StepJob {
public:
    StepId step() const override { return StepId::StartNew; }
    StepOutcome run(JobContext& ctx) override;
};

// Step 6: every automated check of the recipe against the new host.
class RunChecksJob : public StepJob {
public:
    StepId step() const override { return StepId::RunChecks; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
