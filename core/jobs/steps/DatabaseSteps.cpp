#include "DatabaseSteps.h"

#include "BackupSpace.h"
#include "database/DatabaseAdapter.h"
#include "database/DatabaseOutput.h"
#include "database/DumpFile.h"
#include "remote/SshHost.h"
#include "remote/StreamRelay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace puw::DatabaseSteps {

namespace {
class DbText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

// Where dumps land on the new host: a folder the login user owns, outside the application's own.
const QString kRemoteBackupDir = QStringLiteral("/var/tmp/parallel-upgrade");

QString countsJson(const TableCounts& counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CommandRecord relayRecord(HostRole role, const DatabaseCommand& command, const CommandResult& result,
                          const QDateTime& started)
{
    CommandRecord record;
    record.host = hostRoleLabel(role);
    record.command = command.display();
    record.exitCode = result.status == CommandResult::Status::Exited ? result.exitCode : -1;
    record.output = result.stderrTail.join(QLatin1Char('\n'));
    record.startedAt = started;
    record.endedAt = QDateTime::currentDateTimeUtc();
    return record;
}
} // namespace

Expected<std::unique_ptr<DatabaseAdapter>, QString> adapterFor(JobContext& ctx, HostRole role)
{
    const DatabaseSpec& spec = ctx.recipe().recipe().database;
    QString password;
    if (!spec.credential.isEmpty()) {
        const auto secret =
            ctx.isDryRun() ? std::optional(QStringLiteral("dry-run")) : ctx.secret(spec.credential, role);
        if (!secret)
            return unexpected(
                DbText::tr("The database password (\"%1\") for the %2 host is not available: store it "
                           "in the keychain or name an environment variable for it in the plan.")
                    .arg(spec.credential, hostRoleLabel(role)));
        password = *secret;
    }
    auto adapter = DatabaseAdapter::fromBinding(
        ctx.recipe(), {{QStringLiteral("host_address"), ctx.hostAddress(role)}}, password);
    if (!adapter.ok())
        return unexpected(adapter.error());
    adapter.value()->setCommandTimeoutMs(ctx.recipe().recipe().timeouts.commandSeconds * 1000);
    return std::move(adapter).value();
}

namespace detail {

QString remoteBackupDir()
{
    return kRemoteBackupDir;
}

Expected<RelayRun, QString> relayDump(JobContext& ctx, const DatabaseCommand& dump,
                                      const DatabaseCommand& receive, const QString& localCopy,
                                      const QString& label, qint64 expectedBytes)
{
    SshHost* from = ctx.hosts().sshHost(HostRole::Old);
    SshHost* to = ctx.hosts().sshHost(HostRole::New);
    if (!from || !to)
        return unexpected(DbText::tr("The backup streams over SSH and a host is not connected."));
    ctx.log(DbText::tr("Streaming the %1 backup from old to new (local copy: %2).").arg(label, localCopy));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    StreamRelay relay(from, dump.relaySpec(), to, receive.relaySpec(), localCopy);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&relay, &StreamRelay::progress, [&](qint64 bytes, double rate) {
        ctx.reportProgress({DbText::tr("Streaming the backup to the new host"), bytes, expectedBytes, rate,
                            clock.elapsed(), true});
    });
    QEventLoop loop;
    QObject::connect(&relay, &StreamRelay::finished, &loop, &QEventLoop::quit);
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, [&] {
        if (ctx.isCancelled())
            relay.cancel();
    });
    cancelWatch.start(200);
    relay.start();
    if (!relay.future().isFinished())
        loop.exec();
    RelayRun run{relay.result(), clock.elapsed()};
    ctx.recordCommand(relayRecord(HostRole::Old, dump, run.result.source, started));
    ctx.recordCommand(relayRecord(HostRole::New, receive, run.result.sink, started));
    return run;
}

StepOutcome compareWithOld(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           const Expected<TableCounts, QString>& oldCounts, qint64 restoreMs)
{
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    const auto newCounts = newDb.tableCounts(newShell);
    if (!oldCounts.ok() || !newCounts.ok())
        return StepOutcome::failed(oldCounts.ok() ? newCounts.error() : oldCounts.error());
    ctx.reportValue(QStringLiteral("rowcounts.old"), countsJson(oldCounts.value()));
    ctx.reportValue(QStringLiteral("rowcounts.new"), countsJson(newCounts.value()));
    const TableCountComparison comparison =
        compareTableCounts(oldCounts.value(), newCounts.value(), oldDb.target().excludeTables);
    qint64 rows = 0;
    for (const TableCountRow& row : comparison.rows)
        rows += qMax<qint64>(row.newCount, 0);
    ctx.reportCheck(
        {0,
         ctx.step(),
         DbText::tr("Row counts old vs new"),
         QStringLiteral("database"),
         comparison.allMatch(),
         comparison.allMatch()
             ? DbText::tr("%1 tables, %2 rows, all equal").arg(comparison.rows.size()).arg(rows)
             : DbText::tr("differ in %1").arg(comparison.mismatchedTables().join(QStringLiteral(", "))),
         {}});
    if (!comparison.allMatch())
        return StepOutcome::failed(DbText::tr("The restored database differs from the old one in %1.")
                                       .arg(comparison.mismatchedTables().join(QStringLiteral(", "))));

    const MigrationSpec& migrations = ctx.recipe().recipe().migrations;
    if (!migrations.headQuery.isEmpty()) {
        const auto query = ctx.expand(migrations.headQuery, HostRole::Old);
        const auto oldHead = query.ok() ? oldDb.migrationHead(ctx.recordedShell(HostRole::Old), query.value())
                                        : Expected<QString, QString>(unexpected(query.error()));
        const auto newHead = query.ok() ? newDb.migrationHead(newShell, query.value())
                                        : Expected<QString, QString>(unexpected(query.error()));
        if (oldHead.ok() && newHead.ok()) {
            ctx.reportValue(QStringLiteral("migration.head"), newHead.value());
            ctx.reportCheck({0,
                             ctx.step(),
                             DbText::tr("Migration head old vs new"),
                             QStringLiteral("database"),
                             oldHead.value() == newHead.value(),
                             DbText::tr("old %1, new %2").arg(oldHead.value(), newHead.value()),
                             {}});
        }
    }
    QStringList pending;
    if (!migrations.list.isEmpty()) {
        const ShellOutcome listing = ctx.runRecipe(HostRole::New, migrations.list);
        const QRegularExpression pendingLine(migrations.pendingPattern);
        for (const QString& line : listing.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (pendingLine.match(line).hasMatch())
                pending.append(line.trimmed());
        }
        ctx.reportValue(QStringLiteral("migrations.listing"), listing.stdoutText.trimmed());
        ctx.reportValue(
            QStringLiteral("migrations.pending"),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(pending)).toJson(QJsonDocument::Compact)));
    }
    return StepOutcome::done(
        DbText::tr("Restored %1 rows in %2 tables in %3 s; every count matches the old host. "
                   "%4 migration(s) to apply.")
            .arg(rows)
            .arg(comparison.rows.size())
            .arg(restoreMs / 1000.0, 0, 'f', 1)
            .arg(pending.size()));
}

} // namespace detail

StepOutcome streamBackup(JobContext& ctx, const QString& label)
{
    auto oldDb = adapterFor(ctx, HostRole::Old);
    auto newDb = adapterFor(ctx, HostRole::New);
    if (!oldDb.ok() || !newDb.ok())
        return StepOutcome::failed(oldDb.ok() ? newDb.error() : oldDb.error());

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString name = QStringLiteral("%1-%2-%3.dump").arg(oldDb.value()->target().name, label, stamp);
    auto partial = PartialDump::forFinalPath(kRemoteBackupDir + QLatin1Char('/') + name);
    if (!partial.ok())
        return StepOutcome::failed(partial.error());
    const QString localCopy = QDir(ctx.backupDir()).filePath(name);
    QDir().mkpath(ctx.backupDir());
    QFile::setPermissions(ctx.backupDir(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const auto size = oldDb.value()->sizeEstimate(ctx.recordedShell(HostRole::Old));
    if (!ctx.run(HostRole::New, {QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("-m"),
                                 QStringLiteral("700"), kRemoteBackupDir})
             .ok())
        return StepOutcome::failed(DbText::tr("Cannot create %1 on the new host.").arg(kRemoteBackupDir));
    if (const QString full = BackupSpace::preflight(ctx, kRemoteBackupDir, size.ok() ? size.value() : -1);
        !full.isEmpty())
        return StepOutcome::failed(full);

    const DatabaseCommand dump = oldDb.value()->dumpCommand();
    const DatabaseCommand receive = newDb.value()->receiveCommand(partial.value());
    if (ctx.isDryRun()) {
        ctx.recordCommand({0,
                           ctx.step(),
                           QStringLiteral("old"),
                           dump.display() + QStringLiteral("  | (relay) |"),
                           0,
                           {},
                           {},
                           DbText::tr("(dry run: not executed)")});
        ctx.recordCommand({0,
                           ctx.step(),
                           QStringLiteral("new"),
                           receive.display(),
                           0,
                           {},
                           {},
                           DbText::tr("(dry run: not executed)")});
        return StepOutcome::done(DbText::tr("Dry run: the dump would stream from old to new."));
    }

    const auto relayed =
        detail::relayDump(ctx, dump, receive, localCopy, label, size.ok() ? size.value() : -1);
    if (!relayed.ok())
        return StepOutcome::failed(relayed.error());
    const RelayResult& result = relayed->result;
    const qint64 elapsedMs = relayed->elapsedMs;
    if (!result.ok) {
        ctx.reportArtefact(
            {0, ctx.step(), QStringLiteral("backup"), localCopy, result.bytes, result.sha256, false, {}});
        return StepOutcome::failed(
            DbText::tr("The backup did not complete (%1). What arrived stays as %2 on the new "
                       "host and is never restored.")
                .arg(result.error.message, partial->path()));
    }
    auto file = newDb.value()->promote(ctx.recordedShell(HostRole::New), partial.value(), result.sha256);
    if (!file.ok()) {
        ctx.reportArtefact(
            {0, ctx.step(), QStringLiteral("backup"), localCopy, result.bytes, result.sha256, false, {}});
        return StepOutcome::failed(file.error());
    }
    ctx.reportArtefact(
        {0, ctx.step(), QStringLiteral("backup"), localCopy, result.bytes, result.sha256, true, {}});
    ctx.reportValue(QStringLiteral("backup.path"), file->path());
    ctx.reportValue(QStringLiteral("backup.sha256"), file->sha256());
    ctx.reportValue(QStringLiteral("backup.%1_ms").arg(label), QString::number(elapsedMs));
    ctx.reportValue(QStringLiteral("backup.%1_bytes").arg(label), QString::number(result.bytes));
    const double seconds = qMax<qint64>(elapsedMs, 1) / 1000.0;
    return StepOutcome::done(DbText::tr("Backed up %1 in %2 s (%3/s); SHA-256 %4.")
                                 .arg(QLocale().formattedDataSize(result.bytes))
                                 .arg(seconds, 0, 'f', 1)
                                 .arg(QLocale().formattedDataSize(qint64(result.bytes / seconds)))
                                 .arg(result.sha256.left(16)));
}

StepOutcome restoreAndCompare(JobContext& ctx)
{
    auto oldDb = adapterFor(ctx, HostRole::Old);
    auto newDb = adapterFor(ctx, HostRole::New);
    if (!oldDb.ok() || !newDb.ok())
        return StepOutcome::failed(oldDb.ok() ? newDb.error() : oldDb.error());
    const QString path = ctx.sessionValue(QStringLiteral("backup.path"));
    if (path.isEmpty() && !ctx.isDryRun())
        return StepOutcome::failed(
            DbText::tr("There is no complete backup to import: run the backup step first."));
    QElapsedTimer clock;
    clock.start();
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    auto dump =
        newDb.value()->verifyExisting(newShell, path, ctx.sessionValue(QStringLiteral("backup.sha256")));
    if (!dump.ok() && !ctx.isDryRun())
        return StepOutcome::failed(dump.error());
    if (ctx.isDryRun())
        return StepOutcome::done(DbText::tr("Dry run: the backup would be restored on the new host."));

    ctx.log(DbText::tr("Recreating the database on the new host and restoring %1.").arg(path));
    if (auto created = newDb.value()->recreateDatabase(newShell); !created.ok())
        return StepOutcome::failed(created.error());
    if (auto restored = newDb.value()->restore(newShell, dump.value(), {4}); !restored.ok())
        return StepOutcome::failed(restored.error());
    ctx.reportValue(QStringLiteral("restore.last_ms"), QString::number(clock.elapsed()));

    const auto oldCounts = oldDb.value()->tableCounts(ctx.recordedShell(HostRole::Old));
    return detail::compareWithOld(ctx, *oldDb.value(), *newDb.value(), oldCounts, clock.elapsed());
}

} // namespace puw::DatabaseSteps
