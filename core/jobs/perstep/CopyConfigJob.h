#pragma once

#include "jobs/JobContext.h"
#include "jobs/StepJob.h"

namespace puw {

// Step 2: compares the recipe's configuration files on both hosts (read-only), keeps a local copy of
// both versions (owner-only, inside the session's backup folder) for the side-by-side view and the
// report, and copies the chosen ones (option "files"; all that differ when absent) to the new host,
// keeping owner and mode, after keeping the new host's original as FILE.puw-original; then the recipe's
// configuration folders, whole. Option "compareOnly" stops after the comparison.
//
// Guarantee: the bytes of a file only travel through JobContext::readData (never into the journal or the
// report); a path the old host names must match the recipe's patterns; a symbolic link on old is refused
// with its target named, one on new is replaced (see ConfigRead, ConfigInstall).
class CopyConfigJob : public StepJob {
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxFolderBytes = 64 * 1024 * 1024;

    StepId step() const override { return StepId::CopyConfig; }
    StepOutcome run(JobContext& ctx) override;
};

} // namespace puw
