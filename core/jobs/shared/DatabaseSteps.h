#pragma once

#include "checks/CheckResult.h"
#include "database/DatabaseCommand.h"
#include "database/DatabaseOutput.h"
#include "database/DumpFile.h"
#include "jobs/JobContext.h"
#include "remote/StreamRelay.h"

#include <functional>
#include <memory>
#include <optional>

namespace puw {

class DatabaseAdapter;

// The database work of steps 3 and 4, shared with step 8 (which repeats them with fresh data). In a dry
// run every command is recorded as it would run, in the same order, and none runs.
namespace DatabaseSteps {

// The rehearsal's backup (step 3) or the final one (step 8): which session values it writes
// (backup.rehearsal_* or backup.final_*) and the word in the dump's file name.
enum class BackupKind { Rehearsal, Final };

// The application's database on one host, with the password from the keychain or the environment.
Expected<std::unique_ptr<DatabaseAdapter>, QString> adapterFor(JobContext& ctx, HostRole role);

// Streams a dump from old to new through this program, with a local copy and SHA-256 on the way, into
// a .partial file on the new host that is promoted only when complete. Records the backup artefact and
// the session values backup.path, backup.sha256 and the timing and size of its kind.
StepOutcome streamBackup(JobContext& ctx, BackupKind kind);

// Recreates the database on the new host from the backup of backup.path, then compares per-table row
// counts and the migration head with the old host, and lists the migrations still to apply.
StepOutcome restoreAndCompare(JobContext& ctx);

// Step 8's fast path (StreamedSync.cpp), when the new host's database can take a stream
// (DatabaseAdapter::canStreamRestore): recreates the database, then streams the dump from old to new with
// the local copy and SHA-256 and restores it as it arrives, while the new host writes the whole file
// beside it; the file is promoted only when the dump exited 0 and the new host's SHA-256 equals the
// relay's. Then the rest of the restore from that file (post-data), and the comparison with the old host
// (whose counts are read during the stream: it is stopped). Records what streamBackup and
// restoreAndCompare do. Returns nullopt when the fast path does not apply (the caller takes the two steps).
std::optional<StepOutcome> streamIntoNew(JobContext& ctx);

// A rollback after users reached the new installation: dumps the new host's database to a verified file
// on the new host (the application must be stopped). Returns the file's path.
Expected<QString, QString> backupNewInPlace(JobContext& ctx);

// Step 6: when the new host's count access logs in without a TCP password (peer, unix_socket, compose),
// the migration-head query through the database's client there (DatabaseHeadCheck.cpp); nullopt when
// the tunnelled Qt Sql check applies.
std::optional<CheckResult> headCheckThroughClient(JobContext& ctx, HostRole role, const QString& headQuery);

namespace detail {
QString remoteBackupDir(const JobContext& ctx); // on the new host (BackupFolder)
QString labelOf(BackupKind kind);               // "rehearsal", "final"

struct Adapters {
    std::unique_ptr<DatabaseAdapter> oldDb;
    std::unique_ptr<DatabaseAdapter> newDb;
};
Expected<Adapters, QString> bothAdapters(JobContext& ctx);
// "<database>-<label>-<UTC stamp>.dump"
QString dumpName(const DatabaseAdapter& db, const QString& label);
// Where the local copy of a dump goes: ctx.backupDir(), created owner-only (not in a dry run).
QString localCopyPath(JobContext& ctx, const QString& name);

// What a relay side that runs through sudo writes first on stdin: nothing when the host's sudo needs no
// password (asked once with `sudo -n true`), else the sudo password line. The error: no password known.
Expected<QByteArray, QString> relaySudoLine(JobContext& ctx, HostRole role, const DatabaseCommand& command);

struct RelayRun {
    RelayResult result;
    qint64 elapsedMs = 0;
};
// dump on old | receive on new through this program, with the local copy, progress and cancel; both sides
// go to the journal. In a dry run both are recorded as they would run and the result is a complete
// stream whose hash is a placeholder.
Expected<RelayRun, QString> relayDump(JobContext& ctx, const DatabaseCommand& dump,
                                      const DatabaseCommand& receive, const QString& localCopy,
                                      BackupKind kind, qint64 expectedBytes);
// The one record of a backup: its two artefacts, the local copy (kind backup) and the file the new host
// keeps (kind host-backup, "new:PATH": the promoted dump, or the .partial left where it stopped), complete
// only with the promoted file; and when complete the session values backup.path, backup.sha256 and the kind's
// timing and size. In a dry run only the path and the hash, so that the import that follows lists its
// commands on that file.
void recordBackup(JobContext& ctx, BackupKind kind, const QString& localCopy, const RelayRun& run,
                  const PartialDump& partial, const DumpFile* promoted);
// Old's counts and checksums in the snapshot of the dump just made (SnapshotCounts.cpp): kept as session
// values (an error clears them, and says why unless it is empty); snapshotFor() reads them back, false
// when the last backup has none.
void recordSnapshot(JobContext& ctx, const Expected<TableCounts, QString>& counts,
                    const TableChecksums& checksums);
bool snapshotFor(JobContext& ctx, TableCounts* counts, TableChecksums* checksums);

// After a restore: per-table counts and content checksums old vs new (the old ones given), the migration
// head, the pending migrations. Fails on any count or checksum that differs. In a dry run the commands
// are listed, nothing compared.
StepOutcome compareWithOld(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           const Expected<TableCounts, QString>& oldCounts,
                           const TableChecksums& oldChecksums, qint64 restoreMs);
// The same, with old's counts taken from oldCountsAfterNew once new's are read: old's may be running
// alongside new's meanwhile (QueryAlongside), so that the two hosts count at the same time.
using OldCounts = std::function<Expected<TableCounts, QString>(TableChecksums*)>;
StepOutcome compareWithOld(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           const OldCounts& oldCountsAfterNew, qint64 restoreMs);
} // namespace detail

} // namespace DatabaseSteps

} // namespace puw
