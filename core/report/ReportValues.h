#pragma once

// The named session values the report reads (Journal::setValue / Journal::value). The engine writes
// exactly these keys; a key that was never written shows as "not recorded" in the report.
//
//   key                     written by         value
//   downtime.predicted_ms   step 7 (before)    milliseconds the rehearsal predicts, decimal integer
//   downtime.started_at     step 7             ISO 8601 UTC with milliseconds (JournalTime format)
//   downtime.ended_at       step 9             ISO 8601 UTC; absent while users are still cut off
//   version.old             discovery          the application's version on the old host, free text
//   version.new             step 1             the application's version on the new host
//   hostkey.old             first connection   "ED25519 SHA256:..." (algorithm, space, fingerprint)
//   hostkey.new             first connection   same format
//   hostkey.proxy           first connection   same format; only when the plan routes through nginx
//   run.user                session start      the local user who ran the upgrade
//   run.machine             session start      the local machine's host name
//   program.version         session start      this program's version (PUW_VERSION)
//   rowcounts.old           step 4 / step 8    JSON object {"table": count, ...} (the latest count)
//   rowcounts.new           step 4 / step 8    JSON object {"table": count, ...}
//   migrations.applied      step 5 / step 8    JSON array of migration names, in the order applied
//   config.copied           step 2             JSON array of {"path": "...", "sha256": "..."}
//
// Without downtime.started_at/ended_at the report falls back to the start of step 7 and the end of
// step 9, and says so.
namespace puw::ReportValues {

inline constexpr const char* kDowntimePredictedMs = "downtime.predicted_ms";
inline constexpr const char* kDowntimeStartedAt = "downtime.started_at";
inline constexpr const char* kDowntimeEndedAt = "downtime.ended_at";
inline constexpr const char* kVersionOld = "version.old";
inline constexpr const char* kVersionNew = "version.new";
inline constexpr const char* kHostKeyOld = "hostkey.old";
inline constexpr const char* kHostKeyNew = "hostkey.new";
inline constexpr const char* kHostKeyProxy = "hostkey.proxy";
inline constexpr const char* kRunUser = "run.user";
inline constexpr const char* kRunMachine = "run.machine";
inline constexpr const char* kProgramVersion = "program.version";
inline constexpr const char* kRowCountsOld = "rowcounts.old";
inline constexpr const char* kRowCountsNew = "rowcounts.new";
inline constexpr const char* kMigrationsApplied = "migrations.applied";
inline constexpr const char* kConfigCopied = "config.copied";

} // namespace puw::ReportValues
