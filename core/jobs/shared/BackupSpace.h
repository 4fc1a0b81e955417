#pragma once

#include "jobs/JobContext.h"
#include "remote/HostShell.h"
#include "util/Expected.h"

#include <QString>

#include <functional>

namespace puw::BackupSpace {

// How big the dump will be, and what that guess rests on (named in the refusal, so the admin can judge it).
struct Estimate {
    enum class Basis { Rehearsal, DatabaseSize };
    qint64 bytes = -1; // -1: unknown, and then nothing is refused
    Basis basis = Basis::DatabaseSize;
    qint64 basisBytes = -1;

    bool known() const { return bytes >= 0; }
};

// rehearsalBytes: the rehearsal's complete backup ("backup.rehearsal_bytes"), -1 when there is none;
// databaseBytes: the adapter's size of the database on the old host, -1 when unknown.
Estimate estimate(qint64 rehearsalBytes, qint64 databaseBytes);

// The free space a backup of that size needs: the estimate, plus a tenth for growth since it was measured,
// plus 32 MiB for what else writes to that file system meanwhile.
qint64 bytesNeeded(qint64 estimateBytes);

// Available bytes from the output of `df -Pk` for one folder (the header, then one line; the file system
// name and the mount point may contain spaces). A negative "Available" (root's reserve in use) is 0.
Expected<qint64, QString> parseDfAvailable(const QString& output);

// Runs `df -Pk` through the shell on the folder, or on its nearest existing parent when it does not exist
// yet; the folder is quoted. The error says why the free space is not known, for the log.
Expected<qint64, QString> freeBytes(HostShell& shell, const QString& folder);

enum class Where { NewHost, ThisComputer };

// The refusal, for people: where, how much is free, how much is needed and why; the fix.
QString refusal(Where where, const QString& folder, qint64 freeBytes, const Estimate& estimate);

// The decision: a refusal when the folder has less free space than the estimate needs; Done when there
// is enough or when either figure is unknown (a guess must never stop a backup). onUnknown hears why the
// free space could not be read.
Expected<Done, QString> check(HostShell& shell, Where where, const QString& folder, const Estimate& estimate,
                              const std::function<void(const QString&)>& onUnknown = {});

// Steps 3 and 8, before anything streams: checks the new host's backup folder (remoteFolder) and this
// computer's (ctx.backupDir()) against the estimate from the rehearsal's backup or databaseBytes (-1:
// unknown). Done to go ahead, or the refusals. Reads nothing on the old host; not in a dry run.
Expected<Done, QString> preflight(JobContext& ctx, const QString& remoteFolder, qint64 databaseBytes);

} // namespace puw::BackupSpace
