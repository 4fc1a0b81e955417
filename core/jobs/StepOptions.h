#pragma once

#include <QLatin1String>

// What the admin decided for one run of a step, as the page (or the headless runner) hands it to the
// job in StepRunner::start's options and the job reads it with JobContext::option. Every option is one
// of these names.
//
//   option        step   value
//   confirmed     7      true: the admin confirmed that the downtime begins (commit page, --assume-yes)
//   typedHost     5, 10  the old host's address as the admin typed it; the job runs only on an exact match
//                        (step 5: only a shared database's pending migrations need it)
//   files         2      the configuration files to copy (QStringList); absent: every file that differs
//   compareOnly   2      true: compare the files and stop, the step stays "not started"
//   choices       2      per file path, the side each merge hunk takes: a list of "old", "new" or "default"
//   createRoles   1, 3   true: create on new the roles old's database names that new lacks, as old defines
//                        them (MissingRoles.h), before the checks
//   restartOldDatabase 4 the old host's address as typed: the plan's replication may set wal_level =
//                        logical on old and restart old's PostgreSQL (seconds without its database)
//   hostFiles     -      the removal of host backups: the dumps to remove, each "ROLE:PATH" (QStringList)
//   preview       -      the testers' preview (TesterPreviewJob.h): "open" or "close"
//   typedProxy    -      the proxy's address as the admin typed it; the preview opens only on an exact match
//   earlierRuns   any    set by StepRunner, not by pages: how many times the step was started before this
//                        run (a step that resumes after a kill or a failure undoes what those runs left)
namespace puw::StepOption {

inline constexpr QLatin1String kConfirmed{"confirmed"};
inline constexpr QLatin1String kTypedHost{"typedHost"};
inline constexpr QLatin1String kFiles{"files"};
inline constexpr QLatin1String kCompareOnly{"compareOnly"};
inline constexpr QLatin1String kChoices{"choices"};
inline constexpr QLatin1String kEarlierRuns{"earlierRuns"};
inline constexpr QLatin1String kHostFiles{"hostFiles"};
inline constexpr QLatin1String kCreateRoles{"createRoles"};
inline constexpr QLatin1String kRestartOldDatabase{"restartOldDatabase"};
inline constexpr QLatin1String kPreview{"preview"};
inline constexpr QLatin1String kTypedProxy{"typedProxy"};

} // namespace puw::StepOption
