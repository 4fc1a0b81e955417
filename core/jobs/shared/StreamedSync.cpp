// Step 8's fast path: dump, copy and restore overlap, so the downtime is about the longest of them
// instead of their sum. The backup is kept whole on the new host and locally, and counts as good only
// when the dump exited 0 and both hashes agree.
#include "DatabaseSteps.h"

#include "BackupFolder.h"
#include "BackupSpace.h"
#include "DatabasePreflight.h"
#include "QueryAlongside.h"
#include "Timings.h"
#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"
#include "remote/SshHost.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>

namespace puw::DatabaseSteps {

std::optional<StepOutcome> streamIntoNew(JobContext& ctx)
{
    auto dbs = detail::bothAdapters(ctx);
    if (!dbs.ok())
        return StepOutcome::failed(dbs.error());
    const DatabaseAdapter& oldDb = *dbs->oldDb;
    const DatabaseAdapter& newDb = *dbs->newDb;
    SshHost* oldHost = ctx.hosts().sshHost(HostRole::Old);
    if (!newDb.canStreamRestore() || (!ctx.isDryRun() && !oldHost))
        return std::nullopt;

    const QString name = detail::dumpName(oldDb, detail::labelOf(BackupKind::Final));
    auto partial = PartialDump::forFinalPath(detail::remoteBackupDir(ctx) + QLatin1Char('/') + name);
    if (!partial.ok())
        return StepOutcome::failed(partial.error());
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    const QString localCopy = detail::localCopyPath(ctx, name);
    // The login user's folder, even when the restore writes into it through sudo.
    if (const auto folder = BackupFolder::prepare(ctx, HostRole::New); !folder)
        return StepOutcome::failed(folder.error());
    QElapsedTimer clock;
    clock.start();
    Timings::PartClock prepare(ctx, DowntimePart::kPrepare);
    const auto size = oldDb.sizeEstimate(ctx.recordedShell(HostRole::Old));
    // Before the new database is dropped: a refusal here leaves everything as it was.
    if (const auto space =
            BackupSpace::preflight(ctx, detail::remoteBackupDir(ctx), size.ok() ? size.value() : -1);
        !space)
        return StepOutcome::failed(space.error());
    // Never drop and restore into a server that is old's, or another than the admin login's.
    if (auto servers = DatabasePreflight::guardServers(ctx, oldDb, newDb); !servers.ok())
        return StepOutcome::failed(servers.error());
    ctx.log(JobText::tr("Recreating the database on the new host; the backup is restored as it arrives."));
    if (auto created = newDb.recreateDatabase(newShell); !created.ok())
        return StepOutcome::failed(created.error());
    prepare.done();

    const int timeoutMs = ctx.recipe().recipe().timeouts.commandSeconds * 1000;
    const DatabaseCommand count = oldDb.tableCountsCommand();
    Timings::PartClock stream(ctx, DowntimePart::kStream);
    std::optional<QueryAlongside> oldCount;
    if (!ctx.isDryRun()) {
        const auto sudoLine = detail::relaySudoLine(ctx, HostRole::Old, count);
        if (!sudoLine.ok())
            return StepOutcome::failed(sudoLine.error());
        oldCount.emplace(ctx, oldHost, count, timeoutMs, sudoLine.value());
    }
    const auto relayed =
        detail::relayDump(ctx, oldDb.dumpCommand(), newDb.streamRestoreCommand(partial.value()), localCopy,
                          BackupKind::Final, size.ok() ? size.value() : -1);
    const ShellOutcome oldCountOutcome = oldCount ? oldCount->wait() : ShellOutcome{};
    if (!relayed.ok())
        return StepOutcome::failed(relayed.error());
    const RelayResult& result = relayed->result;
    if (!result.ok) {
        detail::recordBackup(ctx, BackupKind::Final, localCopy, relayed.value(), partial.value(), nullptr);
        return StepOutcome::failed(
            JobText::tr("The backup did not complete (%1). What arrived stays as %2 on the new host and is "
                        "never restored; the new database is incomplete.")
                .arg(result.error.message, partial->path()));
    }
    auto file = newDb.promoteStreamed(newShell, partial.value(), result.sha256);
    detail::recordBackup(ctx, BackupKind::Final, localCopy, relayed.value(), partial.value(),
                         file.ok() ? &file.value() : nullptr);
    if (!file.ok())
        return StepOutcome::failed(file.error());
    stream.done();

    Timings::PartClock postData(ctx, DowntimePart::kPostData);
    if (auto rest = newDb.finishStreamedRestore(newShell, file.value(), {4}); !rest.ok())
        return StepOutcome::failed(rest.error());
    postData.done();
    if (!ctx.isDryRun())
        ctx.reportValue(SessionKey::kRestoreLastMs, QString::number(clock.elapsed()));
    Timings::PartClock compare(ctx, DowntimePart::kCompare);
    TableChecksums oldChecksums;
    const auto oldCounts = oldCount ? oldDb.parseTableCounts(oldCountOutcome, &oldChecksums)
                                    : oldDb.tableCounts(ctx.recordedShell(HostRole::Old), &oldChecksums);
    StepOutcome compared =
        detail::compareWithOld(ctx, oldDb, newDb, oldCounts, oldChecksums, clock.elapsed());
    if (compared.state == StepState::Done)
        compare.done();
    if (compared.state == StepState::Done && ctx.isDryRun())
        compared.summary =
            JobText::tr("Dry run: the dump would stream from old to new and be restored as it arrives.");
    else if (compared.state == StepState::Done)
        compared.summary =
            JobText::tr("Backed up and restored at once (%1, SHA-256 %2). %3")
                .arg(QLocale().formattedDataSize(result.bytes), result.sha256.left(16), compared.summary);
    return compared;
}

} // namespace puw::DatabaseSteps
