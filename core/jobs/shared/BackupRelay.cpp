// The stream of a dump from old to new through this program, and the one record of the backup it makes.
#include "DatabaseSteps.h"

#include "jobs/JobText.h"
#include "journal/SessionValues.h"
#include "remote/SshHost.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace puw::DatabaseSteps::detail {

namespace {
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

// What a dry run records for each side of the relay.
CommandRecord notRun(JobContext& ctx, HostRole role, const QString& command)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {0, ctx.step(), hostRoleLabel(role), command, 0, now, now, JobText::tr("(dry run: not executed)")};
}

// How a dry run says one side of the relay would run (no time limit: only a stall limit, as below).
PlannedCommand plannedSide(JobContext& ctx, PlannedCommand::Kind kind, HostRole role,
                           const DatabaseCommand& command)
{
    PlannedCommand planned;
    planned.kind = kind;
    planned.role = role;
    planned.commandLine = command.commandLine;
    planned.sudo = command.sudo;
    planned.input = command.input;
    planned.timeoutMs = 0;
    if (!command.secretInput.isEmpty())
        planned.secretPurpose = command.secretInput == kDryRunSecret.toUtf8() + '\n'
                                    ? ctx.recipe().recipe().database.credential
                                    : QStringLiteral("unknown");
    return planned;
}
} // namespace

Expected<QByteArray, QString> relaySudoLine(JobContext& ctx, HostRole role, const DatabaseCommand& command)
{
    if (!command.sudo || ctx.isDryRun())
        return QByteArray();
    RunOptions probe;
    probe.timeoutMs = 30000;
    probe.logLines = false;
    const ShellOutcome asked =
        ctx.runLine(role, QStringLiteral("if sudo -n true 2>/dev/null; then echo puw-sudo-free; fi"), probe);
    if (asked.ok() && asked.stdoutText.contains(QLatin1String("puw-sudo-free")))
        return QByteArray();
    const auto password = ctx.secret(QStringLiteral("sudo-password"), role);
    if (!password)
        return unexpected(JobText::tr("sudo on the %1 host needs a password for the database's superuser "
                                      "access and none was given: store it in the keychain or name an "
                                      "environment variable for \"sudo-password\" in the plan.")
                              .arg(hostRoleLabel(role)));
    return password->toUtf8() + '\n';
}

Expected<RelayRun, QString> relayDump(JobContext& ctx, const DatabaseCommand& dump,
                                      const DatabaseCommand& receive, const QString& localCopy,
                                      BackupKind kind, qint64 expectedBytes)
{
    if (ctx.isDryRun()) {
        ctx.notePlanned(plannedSide(ctx, PlannedCommand::Kind::RelaySource, HostRole::Old, dump));
        ctx.recordCommand(notRun(ctx, HostRole::Old, dump.display() + QStringLiteral("  | (relay) |")));
        ctx.notePlanned(plannedSide(ctx, PlannedCommand::Kind::RelaySink, HostRole::New, receive));
        ctx.recordCommand(notRun(ctx, HostRole::New, receive.display()));
        RelayRun run;
        run.result.ok = true;
        run.result.sha256 = kDryRunSha256;
        return run;
    }
    SshHost* from = ctx.hosts().sshHost(HostRole::Old);
    SshHost* to = ctx.hosts().sshHost(HostRole::New);
    if (!from || !to)
        return unexpected(JobText::tr("The backup streams over SSH and a host is not connected."));
    const auto fromSudo = relaySudoLine(ctx, HostRole::Old, dump);
    if (!fromSudo.ok())
        return unexpected(fromSudo.error());
    const auto toSudo = relaySudoLine(ctx, HostRole::New, receive);
    if (!toSudo.ok())
        return unexpected(toSudo.error());
    ctx.log(JobText::tr("Streaming the %1 backup from old to new (local copy: %2).")
                .arg(labelOf(kind), localCopy));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    // No time limit (a large database streams for hours), only a stall limit on each side: a dump, a
    // receiver or a restore that moves no byte for the recipe's stallSeconds ends the stream.
    CommandSpec fromSpec = dump.relaySpec(0, fromSudo.value());
    CommandSpec toSpec = receive.relaySpec(0, toSudo.value());
    fromSpec.stallMs = toSpec.stallMs = ctx.stallMs();
    StreamRelay relay(from, fromSpec, to, toSpec, localCopy);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&relay, &StreamRelay::progress, [&](qint64 bytes, double rate) {
        ctx.reportProgress({JobText::tr("Streaming the backup to the new host"), bytes, expectedBytes, rate,
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
    if (run.result.source.stalled || run.result.sink.stalled)
        run.result.error.message +=
            QLatin1Char(' ') + ctx.stallAdvice(run.result.source.stalled ? HostRole::Old : HostRole::New);
    ctx.recordCommand(relayRecord(HostRole::Old, dump, run.result.source, started));
    ctx.recordCommand(relayRecord(HostRole::New, receive, run.result.sink, started));
    return run;
}

void recordBackup(JobContext& ctx, BackupKind kind, const QString& localCopy, const RelayRun& run,
                  const PartialDump& partial, const DumpFile* promoted)
{
    if (ctx.isDryRun()) {
        if (promoted) {
            ctx.reportValue(SessionKey::kBackupPath, promoted->path());
            ctx.reportValue(SessionKey::kBackupSha256, promoted->sha256());
        }
        return;
    }
    const RelayResult& result = run.result;
    ctx.reportArtefact({0,
                        ctx.step(),
                        QStringLiteral("backup"),
                        localCopy,
                        result.bytes,
                        result.sha256,
                        promoted != nullptr,
                        {}});
    // What stays on the new host, for the report's list of files to remove once the upgrade is over. A
    // .partial holds what arrived before the stream stopped: its size is not known here. A kind of its own:
    // "backup" stays one record per dump (the local copy).
    ctx.reportArtefact(
        {0,
         ctx.step(),
         QStringLiteral("host-backup"),
         hostRoleLabel(HostRole::New) + QLatin1Char(':') + (promoted ? promoted->path() : partial.path()),
         promoted ? result.bytes : -1,
         promoted ? result.sha256 : QString(),
         promoted != nullptr,
         {}});
    if (!promoted)
        return;
    const bool final = kind == BackupKind::Final;
    ctx.reportValue(SessionKey::kBackupPath, promoted->path());
    ctx.reportValue(SessionKey::kBackupSha256, promoted->sha256());
    ctx.reportValue(final ? SessionKey::kBackupFinalMs : SessionKey::kBackupRehearsalMs,
                    QString::number(run.elapsedMs));
    ctx.reportValue(final ? SessionKey::kBackupFinalBytes : SessionKey::kBackupRehearsalBytes,
                    QString::number(result.bytes));
}

} // namespace puw::DatabaseSteps::detail
