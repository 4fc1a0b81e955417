// ReplicationSync: step 8's catch-up and promotion, the state read by steps 5 to 7, and the rollback's
// removal (ReplicationSync.h says the design).
#include "ReplicationParts.h"
#include "ReplicationSync.h"

#include "jobs/JobText.h"
#include "jobs/shared/DatabaseSteps.h"
#include "jobs/shared/QueryAlongside.h"
#include "jobs/shared/Timings.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"
#include "remote/SshHost.h"

#include <QElapsedTimer>
#include <QThread>

#include <optional>

namespace puw::ReplicationSync {

using namespace ReplicationParts;

namespace {
// Until new confirmed everything old wrote before now (its application is stopped: nothing more comes).
// Fails when the confirmed position stops moving for the recipe's stall time.
Expected<qint64, QString> waitUntilCaughtUp(JobContext& ctx, const Databases& dbs)
{
    auto first = lag(ctx, dbs);
    if (!first.ok() || ctx.isDryRun())
        return first.ok() ? Expected<qint64, QString>(0) : unexpected(first.error());
    const quint64 target = first->currentLsn;
    const qint64 behindAtStart = qint64(target - std::min(target, first->flushedLsn));
    const int stallMs = ctx.stallMs() > 0 ? ctx.stallMs() : 120000;
    QElapsedTimer clock, still;
    clock.start();
    still.start();
    quint64 lastFlushed = first->flushedLsn;
    while (true) {
        auto now = lag(ctx, dbs);
        if (!now.ok())
            return unexpected(now.error());
        if (now->flushedLsn >= target)
            return behindAtStart;
        if (now->flushedLsn != lastFlushed) {
            lastFlushed = now->flushedLsn;
            still.restart();
        }
        if (still.elapsed() > stallMs) {
            const auto state = progress(ctx, dbs);
            return unexpected(
                JobText::tr("New stopped catching up with old: %1 bytes behind for %2 s (slot "
                            "%3). %4")
                    .arg(target - now->flushedLsn)
                    .arg(stallMs / 1000)
                    .arg(now->slotActive ? JobText::tr("in use") : JobText::tr("not in use"))
                    .arg(state.ok() ? JobText::tr("Look at new's PostgreSQL log.") : state.error()));
        }
        StepProgress shown;
        shown.what = JobText::tr("New applies old's last changes");
        shown.total = behindAtStart;
        shown.done = behindAtStart - qint64(target - std::min(target, now->flushedLsn));
        shown.elapsedMs = clock.elapsed();
        shown.ratePerSecond = shown.elapsedMs > 0 ? shown.done * 1000.0 / shown.elapsedMs : 0;
        ctx.reportProgress(shown);
        if (ctx.isCancelled())
            return unexpected(JobText::tr("Cancelled while new caught up with old."));
        QThread::msleep(100);
    }
}

// Old's sequences as they are now, set on new's sync database.
Expected<Done, QString> carrySequences(JobContext& ctx, const Databases& dbs)
{
    const auto listed = runAdmin(ctx, HostRole::Old, *dbs.oldDb, dbs.replication.sequencesScript(), true,
                                 JobText::tr("Reading old's sequences"));
    if (!listed.ok())
        return unexpected(listed.error());
    const auto statements = ctx.isDryRun() ? Expected<QByteArray, QString>(QByteArray())
                                           : PostgresReplication::setvalStatements(listed.value());
    if (!statements.ok())
        return unexpected(statements.error());
    const auto set = runAdmin(ctx, HostRole::New, *dbs.syncDb, statements.value() + "SELECT 'puw-end';\n",
                              true, JobText::tr("Setting the sequences on new"));
    if (!set.ok())
        return unexpected(set.error());
    return Done{};
}
} // namespace

std::optional<StepOutcome> catchUpAtCutover(JobContext& ctx)
{
    const QString mode = ctx.sessionValue(SessionKey::kSyncMode);
    if (mode != kReplicating && mode != kCaughtUp && mode != kPromoted)
        return std::nullopt;
    auto dbs = databases(ctx);
    if (!dbs.ok())
        return StepOutcome::failed(dbs.error());
    QElapsedTimer clock;
    clock.start();
    Timings::PartClock catchingUp(ctx, DowntimePart::kCatchUp);
    qint64 behind = 0;
    if (mode == kReplicating) {
        if (auto running = progress(ctx, dbs.value()); !running.ok())
            return StepOutcome::failed(running.error());
        const auto caughtUp = waitUntilCaughtUp(ctx, dbs.value());
        if (!caughtUp.ok())
            return StepOutcome::failed(caughtUp.error());
        behind = caughtUp.value();
        if (auto carried = carrySequences(ctx, dbs.value()); !carried.ok())
            return StepOutcome::failed(carried.error());
        if (auto removed = removeReplication(ctx, dbs.value(), true); !removed.ok())
            return StepOutcome::failed(removed.error());
        ctx.reportValue(SessionKey::kSyncMode, kCaughtUp);
    }
    if (mode != kPromoted) {
        const auto promoted = runAdmin(ctx, HostRole::New, *dbs->newDb,
                                       PostgresReplication::promoteScript(dbs->newDb->target().name), false,
                                       JobText::tr("Making the sync database new's application database"));
        if (!promoted.ok())
            return StepOutcome::failed(promoted.error());
        ctx.reportValue(SessionKey::kSyncMode, kPromoted);
    }
    catchingUp.done();
    const qint64 caughtUpMs = clock.elapsed();

    // Old is stopped: its counts now are its last data, and new must hold exactly them. Both hosts count
    // at once (old's on a channel of its own), as the comparison is most of what is left of the downtime.
    Timings::PartClock compare(ctx, DowntimePart::kCompare);
    std::optional<QueryAlongside> oldAlongside;
    const DatabaseCommand oldCount = dbs->oldDb->tableCountsCommand();
    SshHost* oldHost = ctx.hosts().sshHost(HostRole::Old);
    if (!ctx.isDryRun() && oldHost) {
        const auto sudoLine = DatabaseSteps::detail::relaySudoLine(ctx, HostRole::Old, oldCount);
        if (!sudoLine.ok())
            return StepOutcome::failed(sudoLine.error());
        oldAlongside.emplace(ctx, oldHost, oldCount, ctx.recipe().recipe().timeouts.commandSeconds * 1000,
                             sudoLine.value());
    }
    const DatabaseAdapter& oldDb = *dbs->oldDb;
    StepOutcome compared = DatabaseSteps::detail::compareWithOld(
        ctx, oldDb, *dbs->newDb,
        [&](TableChecksums* checksums) {
            return oldAlongside ? oldDb.parseTableCounts(oldAlongside->wait(), checksums)
                                : oldDb.tableCounts(ctx.recordedShell(HostRole::Old), checksums);
        },
        caughtUpMs);
    if (compared.state != StepState::Done)
        return compared;
    compare.done();
    ctx.reportValue(SessionKey::kSyncMode, QString());
    ctx.reportValue(SessionKey::kSyncState, QString());
    compared.summary = JobText::tr("New caught up with old in %1 s (%2 bytes of WAL behind at the stop), "
                                   "replication removed from both hosts. %3")
                           .arg(QLocale().toString(caughtUpMs / 1000.0, 'f', 1))
                           .arg(behind)
                           .arg(compared.summary);
    return compared;
}

Expected<QString, QString> readState(JobContext& ctx)
{
    if (ctx.sessionValue(SessionKey::kSyncMode) != kReplicating)
        return QString();
    auto dbs = databases(ctx);
    if (!dbs.ok())
        return unexpected(dbs.error());
    const auto running = progress(ctx, dbs.value());
    if (!running.ok())
        return unexpected(running.error());
    const auto behind = lag(ctx, dbs.value());
    if (!behind.ok())
        return unexpected(behind.error());
    recordState(ctx, running.value(), behind.value());
    return JobText::tr("Replication: new is %1 bytes behind old.").arg(behind->bytesBehind());
}

Expected<QString, QString> removeFromHosts(JobContext& ctx)
{
    const QString mode = ctx.sessionValue(SessionKey::kSyncMode);
    if (mode != kReplicating && mode != kCaughtUp)
        return QString();
    auto dbs = databases(ctx);
    if (!dbs.ok())
        return unexpected(dbs.error());
    if (auto removed = removeReplication(ctx, dbs.value(), false); !removed.ok())
        return unexpected(removed.error());
    ctx.reportValue(SessionKey::kSyncMode, QString());
    ctx.reportValue(SessionKey::kSyncState, QString());
    QString text = JobText::tr("Replication removed: no subscription or sync database on new, no slot, "
                               "publication or role on old.");
    if (!ctx.sessionValue(SessionKey::kSyncWalRestartMs).isEmpty())
        text += JobText::tr(" Old's wal_level stays logical; ALTER SYSTEM RESET wal_level and a restart of "
                            "old's PostgreSQL undo it.");
    return text;
}

} // namespace puw::ReplicationSync
