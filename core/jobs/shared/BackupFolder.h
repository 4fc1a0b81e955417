#pragma once

#include "jobs/JobContext.h"

// The folder on a host where the dumps of a session go. Guarantee: before anything is written there,
// prepare() has made sure it is a real folder (not a symbolic link), owned by the login user and readable
// by nobody else (0700), creating it with those rights when missing; a folder another local user made
// first (to read the dumps, or with a link to redirect them) is refused with the reason and the fix.
namespace puw::BackupFolder {

// The default when the plan gives the host no backupDir: /var/tmp survives reboots and is usually large.
QString defaultPath();

// The plan's backupDir for that host, else the default.
QString on(const JobContext& ctx, HostRole role);

// The shell line that creates and checks dir (quoted): it prints "puw-folder link|notdir|owner NAME" and
// exits non-zero when the folder cannot be used.
QString prepareCommand(const QString& dir);

// Runs prepareCommand on the host (nothing runs in a dry run); the error names the host, the folder, the
// cause and the fix.
Expected<Done, QString> prepare(JobContext& ctx, HostRole role);

} // namespace puw::BackupFolder
