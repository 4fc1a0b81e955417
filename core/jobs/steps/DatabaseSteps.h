#pragma once

#include "database/DatabaseCommand.h"
#include "database/DatabaseOutput.h"
#include "jobs/JobContext.h"
#include "remote/StreamRelay.h"

#include <memory>
#include <optional>

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

// Step 8's fast path (StreamedSync.cpp), when the new host's database can take a stream
// (DatabaseAdapter::canStreamRestore): recreates the database, then streams the dump from old to new with
// the local copy and SHA-256 and restores it as it arrives, while the new host writes the whole file
// beside it; the file is promoted only when the dump exited 0 and the new host's SHA-256 equals the
// relay's. Then the rest of the restore from that file, and the comparison with the old host (whose
// counts are read during the stream: it is stopped). Records what streamBackup and restoreAndCompare do.
// Returns nullopt when the fast path does not apply (the caller takes the two steps).
std::optional<StepOutcome> streamIntoNew(JobContext& ctx);

// A rollback after users reached the new installation: dumps the new host's database to a verified file
// on the new host (the application must be stopped). Returns the file's path.
Expected<QString, QString> backupNewInPlace(JobContext& ctx);

namespace detail {
QString remoteBackupDir();
struct RelayRun {
    RelayResult result;
    qint64 elapsedMs = 0;
};
// dump on old | receive on new through this program, with the local copy, progress and cancel; both sides
// go to the journal.
Expected<RelayRun, QString> relayDump(JobContext& ctx, const DatabaseCommand& dump,
                                      const DatabaseCommand& receive, const QString& localCopy,
                                      const QString& label, qint64 expectedBytes);
// After a restore: per-table counts old vs new (the old ones given), the migration head, the pending
// migrations. Fails on any count that differs.
StepOutcome compareWithOld(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           const Expected<TableCounts, QString>& oldCounts, qint64 restoreMs);
} // namespace detail

} // namespace DatabaseSteps

} // namespace puw
