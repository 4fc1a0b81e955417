#pragma once

#include "jobs/JobContext.h"
#include "util/Expected.h"

#include <optional>

namespace puw {

// The plan's database.sync = "replication" (plan/DatabasePlan.h): new's data follows old from step 4 to
// the cutover, so that step 8 only catches up instead of dumping and restoring the whole database.
//
// The honest design: the rehearsal stays what it is without the mode. Step 4 imports the dump into the
// application's database on new as always, and steps 5 and 6 start and check v2 on that copy, with its
// migrations. Beside it a second database (PostgresReplication::syncDatabaseName) gets the dump's schema
// without rows and a subscription to old that copies every table and then applies old's changes. v2's
// migrations never touch it while it replicates. At cutover (step 8, old stopped) new waits until it has
// applied old's last change, sets the sequences, removes the subscription, the slot, the publication and
// the role, and the sync database replaces the rehearsal's copy under the application's name; then the
// counts and checksums are compared and v2 migrates and starts as without the mode.
//
// Where old cannot replicate (MariaDB for now, a compose service, a table without a key, a precondition
// old's admin must fix) the streamed dump stays the mode and sync.reason says why.
namespace ReplicationSync {

// Step 4, after the import (imported): starts the mode, or records why the dump stays the mode. Changes
// old (a role, a publication, a slot; wal_level and a restart of its PostgreSQL only when the page's
// typed confirmation, StepOption::kRestartOldDatabase, names old's address).
StepOutcome startAfterImport(JobContext& ctx, StepOutcome imported);

// Step 8 while the mode runs: the catch-up and promotion; nullopt when it does not (the dump moves the
// data). Resumes where an earlier run stopped (sync.mode "caught-up", "promoted").
std::optional<StepOutcome> catchUpAtCutover(JobContext& ctx);

// How far new is behind, read now and recorded as sync.state (steps 5 to 7 call it at their end); a
// broken replication is an error naming what new's server said.
Expected<QString, QString> readState(JobContext& ctx);

// Rollback: removes the subscription and the sync database on new, the slot, publication and role on old.
// The text says what stays (wal_level = logical on old, when the mode set it).
Expected<QString, QString> removeFromHosts(JobContext& ctx);

} // namespace ReplicationSync

} // namespace puw
