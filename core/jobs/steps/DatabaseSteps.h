#pragma once

#include "jobs/JobContext.h"

#include <memory>

namespace puw {

class DatabaseAdapter;

// The database work of steps 3 and 4, shared with step 8 (which repeats them with fresh data).
namespace DatabaseSteps {

// The application's database on one host, with the password from the keychain or the environment.
Expected<std::unique_ptr<DatabaseAdapter>, QString> adapterFor(JobContext& ctx, HostRole role);

// Streams a dump from old to new through this program, with a local copy and SHA-256 on the way, into
// a .partial file on the new host that is promoted only when complete. Records the backup artefact and
// the session values "backup.path" and "backup.sha256". label: "rehearsal" or "final".
StepOutcome streamBackup(JobContext& ctx, const QString& label);

// Recreates the database on the new host from the backup of "backup.path", then compares per-table row
// counts and the migration head with the old host, and lists the migrations still to apply.
StepOutcome restoreAndCompare(JobContext& ctx);

} // namespace DatabaseSteps

} // namespace puw
