#pragma once

#include "jobs/StepJob.h"

namespace puw {

// Not a checklist step: once the upgrade is over, removes the dumps the steps left on the hosts (the
// journal's host backups, handed in as the option hostFiles, each "ROLE:PATH"). Only a file inside that
// host's backup folder (BackupFolder::on), named without "." or ".." parts, is removed; any other path is
// refused and named, never passed to rm. Each removal is recorded (HostBackups::kRemovedKind), so the
// summary page and the report list what is left. Recorded under step 10, whose state it never changes.
class RemoveHostBackupsJob : public StepJob {
public:
    StepId step() const override { return StepId::Deprovision; }
    StepOutcome run(JobContext& ctx) override;

    // Empty when path may be removed on a host whose backup folder is folder; else why not.
    static QString refusal(const QString& path, const QString& folder);
};

} // namespace puw
