// ReplicationSync::startAfterImport: step 4's start of the mode (ReplicationSync.h says the design).
#include "ReplicationParts.h"
#include "ReplicationSync.h"

#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "journal/SessionValues.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

namespace puw::ReplicationSync {

using namespace ReplicationParts;

namespace {
// The step is done (the import is), the dump stays the mode, and the page and report say why.
StepOutcome dumpStays(JobContext& ctx, StepOutcome imported, const QString& reason)
{
    ctx.log(JobText::tr("Replication does not start: %1 Step 8 will dump and restore instead.").arg(reason));
    ctx.reportValue(SessionKey::kSyncMode, kDump);
    ctx.reportValue(SessionKey::kSyncReason, reason);
    imported.summary +=
        JobText::tr(" Replication did not start (%1): step 8 will dump and restore.").arg(reason);
    return imported;
}

// A password no one types: the subscription holds it, nothing else does.
QString newPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

// wal_level = logical through ALTER SYSTEM and a restart of old's PostgreSQL; how long its database did
// not answer, or why it could not be done.
Expected<qint64, QString> restartForLogicalWal(JobContext& ctx, const Databases& dbs, const QString& cluster)
{
    const QString unit = PostgresReplication::debianClusterUnit(cluster);
    if (unit.isEmpty())
        return unexpected(
            JobText::tr("old's PostgreSQL is not a Debian cluster (cluster_name \"%1\"), so the "
                        "program does not know how to restart it: set wal_level = logical in "
                        "its postgresql.conf and restart it yourself.")
                .arg(cluster));
    if (auto set = runAdmin(ctx, HostRole::Old, *dbs.oldDb, PostgresReplication::enableLogicalWalScript(),
                            false, JobText::tr("Setting wal_level = logical on old"));
        !set.ok())
        return unexpected(set.error());
    ctx.log(JobText::tr("Restarting %1 on old: its database is unavailable until it is back.").arg(unit));
    QElapsedTimer clock;
    clock.start();
    RunOptions sudo;
    sudo.sudo = true;
    sudo.timeoutMs = 180000;
    const ShellOutcome restarted =
        ctx.run(HostRole::Old, {QStringLiteral("systemctl"), QStringLiteral("restart"), unit}, sudo);
    if (!restarted.ok())
        return unexpected(
            JobText::tr("Restarting %1 on old failed (%2): look at `systemctl status %1` there.")
                .arg(unit, restarted.describe()));
    // Back when it answers a query again.
    while (!ctx.isCancelled()) {
        const auto answer = runAdmin(ctx, HostRole::Old, *dbs.oldDb, QByteArrayLiteral("SELECT 'puw-end';\n"),
                                     false, JobText::tr("Asking old's PostgreSQL"), false, 10000);
        if (answer.ok())
            return clock.elapsed();
        if (clock.elapsed() > 120000)
            return unexpected(
                JobText::tr("old's PostgreSQL did not answer within 2 minutes of its restart: %1")
                    .arg(answer.error()));
        QThread::msleep(200);
    }
    return unexpected(JobText::tr("Cancelled while old's PostgreSQL restarted."));
}

// Waits for the subscription's copy of every table, reporting tables done; fails on a broken replication.
Expected<PostgresReplication::Progress, QString> waitForCopy(JobContext& ctx, const Databases& dbs)
{
    QElapsedTimer clock;
    clock.start();
    while (true) {
        auto read = progress(ctx, dbs);
        if (!read.ok() || read->copied() || ctx.isDryRun())
            return read;
        StepProgress shown;
        shown.what = JobText::tr("New copies old's tables for the replication");
        shown.done = read->tablesReady;
        shown.total = read->tables;
        shown.isBytes = false;
        shown.elapsedMs = clock.elapsed();
        shown.ratePerSecond = shown.elapsedMs > 0 ? read->tablesReady * 1000.0 / shown.elapsedMs : 0;
        ctx.reportProgress(shown);
        if (ctx.isCancelled())
            return unexpected(JobText::tr("Cancelled while new copied old's tables."));
        QThread::msleep(500);
    }
}
} // namespace

StepOutcome startAfterImport(JobContext& ctx, StepOutcome imported)
{
    if (imported.state != StepState::Done || ctx.plan().database.sync != DatabaseSync::Replication)
        return imported;
    auto dbs = databases(ctx);
    if (!dbs.ok())
        return StepOutcome::failed(dbs.error());
    if (dbs->oldDb->engine() != DatabaseEngine::PostgreSql)
        return dumpStays(ctx, imported,
                         JobText::tr("replication is built for PostgreSQL only so far, and this database is "
                                     "MySQL/MariaDB."));
    if (dbs->oldDb->target().usesCompose() || dbs->newDb->target().usesCompose())
        return dumpStays(
            ctx, imported,
            JobText::tr("replication between databases inside compose services is not built yet."));

    const auto readOutput =
        runAdmin(ctx, HostRole::Old, *dbs->oldDb, dbs->replication.readinessScript(), true,
                 JobText::tr("Reading what old's PostgreSQL allows for replication"));
    if (!readOutput.ok())
        return StepOutcome::failed(readOutput.error());
    PostgresReplication::Readiness assumed; // a dry run reads nothing: as if old were ready
    assumed.walLevel = QStringLiteral("logical");
    auto readiness = ctx.isDryRun() ? Expected<PostgresReplication::Readiness, QString>(assumed)
                                    : PostgresReplication::parseReadiness(readOutput.value());
    if (!readiness.ok())
        return StepOutcome::failed(readiness.error());
    if (const QStringList blockers = readiness->blockers(); !blockers.isEmpty() && !ctx.isDryRun())
        return dumpStays(ctx, imported, blockers.join(QLatin1Char(' ')));
    if (readiness->needsLogicalWal()) {
        if (ctx.option(StepOption::kRestartOldDatabase).toString() != ctx.plan().oldHost.address)
            return dumpStays(
                ctx, imported,
                JobText::tr("old's wal_level is \"%1\"; replication needs \"logical\", which takes "
                            "a restart of old's PostgreSQL (its database unavailable for some "
                            "seconds). To allow it, type old's address on step 4's page and run "
                            "the step again.")
                    .arg(readiness->walLevel));
        const auto restart = restartForLogicalWal(ctx, dbs.value(), readiness->clusterName);
        if (!restart.ok())
            return dumpStays(ctx, imported, restart.error());
        ctx.reportValue(SessionKey::kSyncWalRestartMs, QString::number(restart.value()));
        ctx.log(JobText::tr("Old's PostgreSQL was unavailable for %1 s while it restarted.")
                    .arg(QLocale().toString(restart.value() / 1000.0, 'f', 1)));
    }

    // What an earlier run left (a subscription, a slot) goes first: the names are fixed.
    if (auto removed = removeReplication(ctx, dbs.value(), false); !removed.ok())
        return StepOutcome::failed(removed.error());
    const QString password = newPassword();
    if (auto published =
            runAdmin(ctx, HostRole::Old, *dbs->oldDb, dbs->replication.publishScript(password), true,
                     JobText::tr("Creating the replication role and publication on old"), true);
        !published.ok())
        return StepOutcome::failed(published.error());

    // The dump's tables, indexes and constraints without rows, in a database of their own on new.
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    auto dump = dbs->syncDb->verifyExisting(newShell, ctx.sessionValue(SessionKey::kBackupPath),
                                            ctx.sessionValue(SessionKey::kBackupSha256));
    const auto schema = dump.ok() ? dbs->syncDb->schemaRestoreCommand(dump.value()) : std::nullopt;
    Expected<Done, QString> prepared = dump.ok() ? dbs->syncDb->recreateDatabase(newShell)
                                                 : Expected<Done, QString>(unexpected(dump.error()));
    if (prepared.ok() && schema) {
        const ShellOutcome restored = newShell.run(schema->request(0));
        if (!restored.ok())
            prepared = unexpected(DatabaseAdapter::describeFailure(
                JobText::tr("Restoring old's schema into %1").arg(dbs->syncDb->target().name), restored));
    }
    const QString oldServer = oldServerFromNew(ctx, *dbs->oldDb);
    if (prepared.ok()) {
        const auto subscribed =
            runAdmin(ctx, HostRole::New, *dbs->syncDb,
                     PostgresReplication::subscribeScript(oldServer, dbs->oldDb->target().port,
                                                          dbs->oldDb->target().name, password),
                     true, JobText::tr("Subscribing new to old"), true);
        if (!subscribed.ok())
            prepared = unexpected(
                JobText::tr("%1. New must reach old's PostgreSQL at %2 as %3: old's listen_addresses and a "
                            "pg_hba.conf line for new's address must allow it.")
                    .arg(subscribed.error(), oldServer, QString::fromLatin1(PostgresReplication::kName)));
    }
    Expected<PostgresReplication::Progress, QString> copied = unexpected(QString());
    if (prepared.ok())
        copied = waitForCopy(ctx, dbs.value());
    if (!prepared.ok() || !copied.ok()) {
        const QString reason = prepared.ok() ? copied.error() : prepared.error();
        if (auto removed = removeReplication(ctx, dbs.value(), false); !removed.ok())
            return StepOutcome::failed(reason + QLatin1Char(' ') + removed.error());
        return ctx.isCancelled() ? StepOutcome::failed(reason) : dumpStays(ctx, imported, reason);
    }
    const auto behind = lag(ctx, dbs.value());
    if (behind.ok())
        recordState(ctx, copied.value(), behind.value());
    ctx.reportValue(SessionKey::kSyncMode, kReplicating);
    ctx.reportValue(SessionKey::kSyncReason, QString());
    ctx.reportValue(SessionKey::kSyncDatabase, dbs->syncDb->target().name);
    imported.summary += JobText::tr(" New's %1 now follows old by logical replication (%2 tables copied); "
                                    "step 8 only catches up.")
                            .arg(dbs->syncDb->target().name)
                            .arg(copied->tables);
    return imported;
}

} // namespace puw::ReplicationSync
