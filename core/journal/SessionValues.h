#pragma once

#include "plan/HostRole.h"

#include <QLatin1String>
#include <QList>
#include <QString>

// clang-format off
// Every named value of a session (Journal::setValue / Journal::value, JobContext::reportValue /
// sessionValue): the engine, the runner, the wizard and the report use these constants and no other
// key. A key that was never written reads as empty (the report says "not recorded").
//
//   key                      written by            value
//   run.user                 first step run        the local user who ran the upgrade
//   run.machine              first step run        the local machine's host name
//   program.version          first step run        this program's version (PUW_VERSION)
//   hostkey.old|new|proxy    first connection      "ED25519 SHA256:..." (algorithm, space, fingerprint)
//   version.old, version.new step 1                the application's version on each host, free text
//   config.compared          step 2                JSON array of {"path", "same", "oldSha256", ...}
//   config.copied            step 2                JSON array of {"path": "...", "sha256": "..."}
//   backup.path              step 3 / step 8       the latest complete backup on the new host
//   backup.sha256            step 3 / step 8       its SHA-256, hex
//   backup.rehearsal_ms      step 3                milliseconds the rehearsal's stream took
//   backup.rehearsal_bytes   step 3                bytes of the rehearsal's backup
//   backup.final_ms          step 8                milliseconds the final stream took
//   backup.final_bytes       step 8                bytes of the final backup
//   restore.last_ms          step 4 / step 8       milliseconds of the latest restore, stream included
//   rowcounts.old|new        step 4 / step 8       JSON object {"table": count, ...} (the latest count)
//   migration.head           step 4 / step 8       the new database's migration head, free text
//   migrations.listing       step 4 / step 8       the recipe's migration listing, as printed
//   migrations.pending       step 4 / step 8       JSON array of the pending migrations' lines
//   migrations.applied       step 5 / step 8       JSON array of migration names, in the order applied
//   logs.mark                step 5 / step 8       how many log files were marked before the start
//   rehearsal.timings        steps 3 to 6          JSON {"part": ms}: the rehearsal's timings of what the
//                                                  cutover repeats (parts in journal/Downtime.h)
//   rehearsal.database_bytes step 3                the old database's size when the rehearsal backed it up
//   downtime.predicted_ms    end of step 6; step 7 milliseconds the model predicts, decimal integer
//   downtime.prediction      end of step 6; step 7 JSON {"parts": {"part": ms}, "scale": x}: its parts
//   cutover.database_bytes   step 7 (before)       the old database's size just before the downtime
//   cutover.timings          steps 7 to 9          JSON {"part": ms}: the cutover's measured parts
//   downtime.started_at      step 7                ISO 8601 UTC with milliseconds (JournalTime format)
//   services.stopped_at      step 7                ISO 8601 UTC: both hosts seen stopped
//   downtime.ended_at        step 9                ISO 8601 UTC; absent while users are still cut off
//   route.switched           step 9; rollback      "nginx" once the proxy points to new; emptied by one
//   rollback.at              rollback              ISO 8601 UTC of the latest rollback that succeeded
//   sync.mode                step 4; rollback      "replication" while new's sync database follows old;
//                                                  "dump" (with sync.reason) where the plan asked for it
//                                                  and old could not; emptied once the mode is removed
//   sync.reason              step 4                why the plan's replication did not start (text)
//   sync.database            step 4                the database on new that follows old
//   sync.state               steps 4 to 8          JSON {"at", "bytesBehind", "tablesReady", "tables",
//                                                  "errors"}: the latest reading of the replication
//   sync.wal_restart_ms      step 4                how long old's PostgreSQL was unavailable while it
//                                                  restarted for wal_level = logical
//   preview.opened_at        the testers' preview  ISO 8601 UTC: the preview's block was loaded by nginx
//   preview.url              the testers' preview  where testers reached the new installation
//   preview.closed_at        preview; step 9;      ISO 8601 UTC: the block was removed and nginx reloaded;
//                            rollback              empty while the preview is open
//   import.ansible           --import-ansible      JSON array of the Ansible logs the session was read from
//   import.notes             --import-ansible      JSON array of sentences: what the Ansible run did not do
//                                                  (acknowledged by the operator) or did differently
// clang-format on
namespace puw::SessionKey {

inline constexpr QLatin1String kRunUser{"run.user"};
inline constexpr QLatin1String kRunMachine{"run.machine"};
inline constexpr QLatin1String kProgramVersion{"program.version"};
inline constexpr QLatin1String kHostKeyOld{"hostkey.old"};
inline constexpr QLatin1String kHostKeyNew{"hostkey.new"};
inline constexpr QLatin1String kHostKeyProxy{"hostkey.proxy"};
inline constexpr QLatin1String kVersionOld{"version.old"};
inline constexpr QLatin1String kVersionNew{"version.new"};
inline constexpr QLatin1String kConfigCompared{"config.compared"};
inline constexpr QLatin1String kConfigCopied{"config.copied"};
inline constexpr QLatin1String kBackupPath{"backup.path"};
inline constexpr QLatin1String kBackupSha256{"backup.sha256"};
inline constexpr QLatin1String kBackupRehearsalMs{"backup.rehearsal_ms"};
inline constexpr QLatin1String kBackupRehearsalBytes{"backup.rehearsal_bytes"};
inline constexpr QLatin1String kBackupFinalMs{"backup.final_ms"};
inline constexpr QLatin1String kBackupFinalBytes{"backup.final_bytes"};
inline constexpr QLatin1String kRestoreLastMs{"restore.last_ms"};
inline constexpr QLatin1String kRowCountsOld{"rowcounts.old"};
inline constexpr QLatin1String kRowCountsNew{"rowcounts.new"};
// {table: content checksum} beside the counts (the database adapters' checksums; equal content, equal sums)
inline constexpr QLatin1String kChecksumsOld{"checksums.old"};
inline constexpr QLatin1String kChecksumsNew{"checksums.new"};
// old's counts and checksums in the snapshot of the dump at backup.path (PostgreSQL), as JSON objects
inline constexpr QLatin1String kSnapshotCounts{"rowcounts.snapshot"};
inline constexpr QLatin1String kSnapshotChecksums{"checksums.snapshot"};
inline constexpr QLatin1String kMigrationHead{"migration.head"};
inline constexpr QLatin1String kMigrationsListing{"migrations.listing"};
inline constexpr QLatin1String kMigrationsPending{"migrations.pending"};
inline constexpr QLatin1String kMigrationsApplied{"migrations.applied"};
inline constexpr QLatin1String kLogsMark{"logs.mark"};
inline constexpr QLatin1String kRehearsalTimings{"rehearsal.timings"};
inline constexpr QLatin1String kRehearsalDatabaseBytes{"rehearsal.database_bytes"};
inline constexpr QLatin1String kDowntimePredictedMs{"downtime.predicted_ms"};
inline constexpr QLatin1String kDowntimePrediction{"downtime.prediction"};
inline constexpr QLatin1String kCutoverDatabaseBytes{"cutover.database_bytes"};
inline constexpr QLatin1String kCutoverTimings{"cutover.timings"};
inline constexpr QLatin1String kDowntimeStartedAt{"downtime.started_at"};
inline constexpr QLatin1String kServicesStoppedAt{"services.stopped_at"};
inline constexpr QLatin1String kDowntimeEndedAt{"downtime.ended_at"};
inline constexpr QLatin1String kRouteSwitched{"route.switched"};
// Step 6 of a DNS route: what to change, the record's live TTL at each resolver, and the advice (text).
inline constexpr QLatin1String kDnsAdvice{"dns.advice"};
// Step 9's canary: one JSON object per stage (percent, start and end in ms since the epoch, requests and
// failures seen at new, p95 latency), in order; and the share in force now ("0" after a rollback).
inline constexpr QLatin1String kCanaryStages{"canary.stages"};
inline constexpr QLatin1String kRollbackAt{"rollback.at"};
inline constexpr QLatin1String kSyncMode{"sync.mode"};
inline constexpr QLatin1String kSyncReason{"sync.reason"};
inline constexpr QLatin1String kSyncDatabase{"sync.database"};
inline constexpr QLatin1String kSyncState{"sync.state"};
inline constexpr QLatin1String kSyncWalRestartMs{"sync.wal_restart_ms"};
inline constexpr QLatin1String kPreviewOpenedAt{"preview.opened_at"};
inline constexpr QLatin1String kPreviewUrl{"preview.url"};
inline constexpr QLatin1String kPreviewClosedAt{"preview.closed_at"};
inline constexpr QLatin1String kImportedFrom{"import.ansible"};
inline constexpr QLatin1String kImportNotes{"import.notes"};

// hostkey.old, hostkey.new or hostkey.proxy.
inline QLatin1String hostKey(HostRole role)
{
    switch (role) {
    case HostRole::Old:
        return kHostKeyOld;
    case HostRole::New:
        return kHostKeyNew;
    case HostRole::Proxy:
        break;
    }
    return kHostKeyProxy;
}

// Every key above, for tests and tools that compare what a run wrote with this list.
inline QList<QLatin1String> all()
{
    return {kRunUser,
            kRunMachine,
            kProgramVersion,
            kHostKeyOld,
            kHostKeyNew,
            kHostKeyProxy,
            kVersionOld,
            kVersionNew,
            kConfigCompared,
            kConfigCopied,
            kBackupPath,
            kBackupSha256,
            kBackupRehearsalMs,
            kBackupRehearsalBytes,
            kBackupFinalMs,
            kBackupFinalBytes,
            kRestoreLastMs,
            kRowCountsOld,
            kRowCountsNew,
            kChecksumsOld,
            kChecksumsNew,
            kSnapshotCounts,
            kSnapshotChecksums,
            kMigrationHead,
            kMigrationsListing,
            kMigrationsPending,
            kMigrationsApplied,
            kLogsMark,
            kRehearsalTimings,
            kRehearsalDatabaseBytes,
            kDowntimePredictedMs,
            kDowntimePrediction,
            kCutoverDatabaseBytes,
            kCutoverTimings,
            kDowntimeStartedAt,
            kServicesStoppedAt,
            kDowntimeEndedAt,
            kRouteSwitched,
            kDnsAdvice,
            kCanaryStages,
            kRollbackAt,
            kSyncMode,
            kSyncReason,
            kSyncDatabase,
            kSyncState,
            kSyncWalRestartMs,
            kPreviewOpenedAt,
            kPreviewUrl,
            kPreviewClosedAt,
            kImportedFrom,
            kImportNotes};
}

} // namespace puw::SessionKey
