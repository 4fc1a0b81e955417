#include "DatabaseSteps.h"

#include "BackupFolder.h"
#include "BackupSpace.h"
#include "DatabasePreflight.h"
#include "Timings.h"
#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"
#include "jobs/ServiceControlCompose.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"
#include "util/SafeFileName.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

namespace puw::DatabaseSteps {

namespace {
// Where the cutover restores while the dump streams, the rehearsal restores the rows the same way (from
// the file) and then the indexes and constraints, so that each part is timed as the cutover will run it;
// elsewhere the whole file at once, as the cutover does too.
Expected<Done, QString> restoreLikeTheCutover(JobContext& ctx, const DatabaseAdapter& newDb,
                                              HostShell& newShell, const DumpFile& dump)
{
    Timings::PartClock rows(ctx, DowntimePart::kData);
    if (!newDb.canStreamRestore()) {
        auto restored = newDb.restore(newShell, dump, {4});
        if (restored.ok())
            rows.done();
        return restored;
    }
    if (auto restored = newDb.restoreRowsAsStreamed(newShell, dump); !restored.ok())
        return restored;
    rows.done();
    Timings::PartClock postData(ctx, DowntimePart::kPostData);
    auto rest = newDb.finishStreamedRestore(newShell, dump, {4});
    if (rest.ok())
        postData.done();
    return rest;
}
} // namespace

Expected<std::unique_ptr<DatabaseAdapter>, QString> adapterFor(JobContext& ctx, HostRole role)
{
    const DatabaseSpec& spec = ctx.recipe().recipe().database;
    const QMap<QString, QString> extra{{QStringLiteral("host_address"), ctx.hostAddress(role)}};
    const DatabaseHostSettings& settings = ctx.plan().database.forRole(role);
    // The password is asked for only when a purpose this host serves logs in with it (peer and
    // unix_socket need none): old is dumped and counted; new also restored into and administered.
    auto target = DatabaseTarget::fromBinding(ctx.recipe(), extra, settings);
    if (!target.ok())
        return unexpected(target.error());
    // Inside a compose service: the host's own spelling of compose (docker-compose where the plugin is
    // missing, as on Debian 12) and sudo only where the login user cannot reach docker's socket.
    if (target->usesCompose()) {
        const auto compose = composeHost(ctx, role);
        if (!compose.ok())
            return unexpected(compose.error());
        target->composeCommand = compose->words;
        target->composeSudo = compose->sudo;
    }
    const QList<DatabasePurpose> purposes =
        role == HostRole::Old ? QList<DatabasePurpose>{DatabasePurpose::Dump, DatabasePurpose::Count}
                              : QList<DatabasePurpose>{};
    QString password;
    if (!spec.credential.isEmpty() && target->needsAppPassword(purposes)) {
        const auto secret = ctx.isDryRun() ? std::optional(kDryRunSecret) : ctx.secret(spec.credential, role);
        if (!secret)
            return unexpected(
                JobText::tr("The database password (\"%1\") for the %2 host is not available: store it "
                            "in the keychain or name an environment variable for it in the plan.")
                    .arg(spec.credential, hostRoleLabel(role)));
        password = *secret;
    }
    target->setAppPassword(password);
    auto adapter = DatabaseAdapter::create(ctx.recipe().databaseEngine(), std::move(target).value());
    adapter->setCommandTimeoutMs(ctx.recipe().recipe().timeouts.commandSeconds * 1000);
    adapter->setStallMs(ctx.stallMs());
    return adapter;
}

namespace detail {

QString remoteBackupDir(const JobContext& ctx)
{
    return BackupFolder::on(ctx, HostRole::New);
}

QString labelOf(BackupKind kind)
{
    return kind == BackupKind::Final ? QStringLiteral("final") : QStringLiteral("rehearsal");
}

Expected<Adapters, QString> bothAdapters(JobContext& ctx)
{
    auto oldDb = adapterFor(ctx, HostRole::Old);
    if (!oldDb.ok())
        return unexpected(oldDb.error());
    auto newDb = adapterFor(ctx, HostRole::New);
    if (!newDb.ok())
        return unexpected(newDb.error());
    return Adapters{std::move(oldDb).value(), std::move(newDb).value()};
}

QString dumpName(const DatabaseAdapter& db, const QString& label)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The database's name may hold '/', a leading '-' or anything else PostgreSQL allows in a name.
    return QStringLiteral("%1-%2-%3.dump").arg(safeFileNamePart(db.target().name), label, stamp);
}

QString localCopyPath(JobContext& ctx, const QString& name)
{
    if (!ctx.isDryRun()) {
        QDir().mkpath(ctx.backupDir());
        QFile::setPermissions(ctx.backupDir(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return QDir(ctx.backupDir()).filePath(name);
}

} // namespace detail

StepOutcome streamBackup(JobContext& ctx, BackupKind kind)
{
    // The rehearsal is the first step that moves data: the database checks before it (step 1's too).
    if (kind == BackupKind::Rehearsal) {
        if (auto refused = DatabasePreflight::reportChecks(ctx))
            return *refused;
    }
    auto dbs = detail::bothAdapters(ctx);
    if (!dbs.ok())
        return StepOutcome::failed(dbs.error());
    const DatabaseAdapter& oldDb = *dbs->oldDb;
    const DatabaseAdapter& newDb = *dbs->newDb;

    const QString name = detail::dumpName(oldDb, detail::labelOf(kind));
    auto partial = PartialDump::forFinalPath(detail::remoteBackupDir(ctx) + QLatin1Char('/') + name);
    if (!partial.ok())
        return StepOutcome::failed(partial.error());
    const QString localCopy = detail::localCopyPath(ctx, name);

    Timings::PartClock look(ctx, DowntimePart::kLook);
    const auto size = oldDb.sizeEstimate(ctx.recordedShell(HostRole::Old));
    if (size.ok())
        look.done();
    if (kind == BackupKind::Rehearsal && size.ok() && !ctx.isDryRun())
        ctx.reportValue(SessionKey::kRehearsalDatabaseBytes, QString::number(size.value()));
    if (const auto folder = BackupFolder::prepare(ctx, HostRole::New); !folder)
        return StepOutcome::failed(folder.error());
    if (const auto space =
            BackupSpace::preflight(ctx, detail::remoteBackupDir(ctx), size.ok() ? size.value() : -1);
        !space)
        return StepOutcome::failed(space.error());

    // Old's counts and checksums in the dump's own snapshot (PostgreSQL, MySQL/MariaDB), into a file on old
    // beside it.
    const QString countsFile =
        BackupFolder::on(ctx, HostRole::Old) + QLatin1Char('/') + name + QStringLiteral(".counts");
    const std::optional<DatabaseCommand> snapshotDump = oldDb.snapshotDumpCommand(countsFile);
    if (snapshotDump) {
        if (const auto folder = BackupFolder::prepare(ctx, HostRole::Old); !folder)
            return StepOutcome::failed(folder.error());
    }
    const auto relayed = detail::relayDump(ctx, snapshotDump ? *snapshotDump : oldDb.dumpCommand(),
                                           newDb.receiveCommand(partial.value()), localCopy, kind,
                                           size.ok() ? size.value() : -1);
    if (!relayed.ok())
        return StepOutcome::failed(relayed.error());
    const RelayResult& result = relayed->result;
    if (!result.ok) {
        detail::recordBackup(ctx, kind, localCopy, relayed.value(), partial.value(), nullptr);
        return StepOutcome::failed(
            JobText::tr("The backup did not complete (%1). What arrived stays as %2 on the new "
                        "host and is never restored.")
                .arg(result.error.message, partial->path()));
    }
    auto file = newDb.promote(ctx.recordedShell(HostRole::New), partial.value(), result.sha256);
    detail::recordBackup(ctx, kind, localCopy, relayed.value(), partial.value(),
                         file.ok() ? &file.value() : nullptr);
    if (!file.ok())
        return StepOutcome::failed(file.error());
    TableChecksums snapshotSums;
    if (snapshotDump) {
        RunOptions quiet;
        quiet.logLines = false;
        const ShellOutcome read =
            ctx.run(HostRole::Old,
                    {QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("cat -- \"$1\" && rm -f -- \"$1\""), QStringLiteral("sh"), countsFile},
                    quiet);
        qint64 pauseMicros = -1;
        const auto counts = oldDb.parseSnapshotCounts(read, &snapshotSums, &pauseMicros);
        if (pauseMicros >= 0)
            ctx.log(JobText::tr("Old's writes were held for %1 ms while the dump and the count opened the "
                                "same snapshot.")
                        .arg(QLocale().toString(pauseMicros / 1000.0, 'f', 1)));
        detail::recordSnapshot(ctx, counts, snapshotSums);
    } else {
        detail::recordSnapshot(ctx, unexpected(QString()), snapshotSums);
    }
    Timings::record(ctx, DowntimePart::kStream, relayed->elapsedMs);
    if (ctx.isDryRun())
        return StepOutcome::done(JobText::tr("Dry run: the dump would stream from old to new."));
    const double seconds = qMax<qint64>(relayed->elapsedMs, 1) / 1000.0;
    return StepOutcome::done(JobText::tr("Backed up %1 in %2 s (%3/s); SHA-256 %4.")
                                 .arg(QLocale().formattedDataSize(result.bytes))
                                 .arg(seconds, 0, 'f', 1)
                                 .arg(QLocale().formattedDataSize(qint64(result.bytes / seconds)))
                                 .arg(result.sha256.left(16)));
}

StepOutcome restoreAndCompare(JobContext& ctx)
{
    auto dbs = detail::bothAdapters(ctx);
    if (!dbs.ok())
        return StepOutcome::failed(dbs.error());
    const DatabaseAdapter& oldDb = *dbs->oldDb;
    const DatabaseAdapter& newDb = *dbs->newDb;
    QString path = ctx.sessionValue(SessionKey::kBackupPath);
    if (path.isEmpty() && !ctx.isDryRun())
        return StepOutcome::failed(
            JobText::tr("There is no complete backup to import: run the backup step first."));
    if (path.isEmpty()) // a dry run of this step alone: the file step 3 would have written
        path = detail::remoteBackupDir(ctx) + QLatin1Char('/') +
               detail::dumpName(oldDb, detail::labelOf(BackupKind::Rehearsal));
    QElapsedTimer clock;
    clock.start();
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    auto dump = newDb.verifyExisting(newShell, path, ctx.sessionValue(SessionKey::kBackupSha256));
    if (!dump.ok())
        return StepOutcome::failed(dump.error());

    ctx.log(JobText::tr("Recreating the database on the new host and restoring %1.").arg(path));
    // Never drop and restore into a server that is old's, or another than the admin login's.
    if (auto servers = DatabasePreflight::guardServers(ctx, oldDb, newDb); !servers.ok())
        return StepOutcome::failed(servers.error());
    Timings::PartClock prepare(ctx, DowntimePart::kPrepare);
    if (auto created = newDb.recreateDatabase(newShell); !created.ok())
        return StepOutcome::failed(created.error());
    prepare.done();
    if (auto restored = restoreLikeTheCutover(ctx, newDb, newShell, dump.value()); !restored.ok())
        return StepOutcome::failed(restored.error());
    if (!ctx.isDryRun())
        ctx.reportValue(SessionKey::kRestoreLastMs, QString::number(clock.elapsed()));

    Timings::PartClock compare(ctx, DowntimePart::kCompare);
    Timings::PartClock counting(ctx, DowntimePart::kOldCounts);
    TableChecksums oldChecksums;
    TableCounts snapshot;
    Expected<TableCounts, QString> oldCounts = snapshot;
    if (detail::snapshotFor(ctx, &snapshot, &oldChecksums)) {
        // Writes on old since the dump are in neither: new holds exactly the snapshot's rows.
        ctx.log(JobText::tr("Old's counts and checksums are those of the dump's own snapshot."));
        oldCounts = snapshot;
    } else {
        oldCounts = oldDb.tableCounts(ctx.recordedShell(HostRole::Old), &oldChecksums);
    }
    if (oldCounts.ok())
        counting.done();
    StepOutcome compared =
        detail::compareWithOld(ctx, oldDb, newDb, oldCounts, oldChecksums, clock.elapsed());
    if (compared.state == StepState::Done)
        compare.done();
    return compared;
}

} // namespace puw::DatabaseSteps
