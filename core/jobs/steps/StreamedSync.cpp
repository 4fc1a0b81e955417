// Step 8's fast path: dump, copy and restore overlap, so the downtime is about the longest of them
// instead of their sum. The backup is kept whole on the new host and locally, and counts as good only
// when the dump exited 0 and both hashes agree.
#include "DatabaseSteps.h"

#include "BackupSpace.h"
#include "database/DatabaseAdapter.h"
#include "remote/CommandRun.h"
#include "remote/SshHost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>

namespace puw::DatabaseSteps {

namespace {
class SyncText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

// A read-only query on the old host that runs while the stream does (the old host is stopped, so its
// answer does not change meanwhile). Journalled like any command.
class QueryAlongside {
public:
    QueryAlongside(JobContext& ctx, SshHost* host, const DatabaseCommand& command, int timeoutMs)
        : m_ctx(ctx), m_command(command), m_started(QDateTime::currentDateTimeUtc())
    {
        m_run.reset(host->run(command.relaySpec(timeoutMs)));
        QObject::connect(m_run.get(), &CommandRun::stdoutLines, m_run.get(),
                         [this](const QStringList& lines) {
                             for (const QString& line : lines)
                                 m_outcome.stdoutText += line + QLatin1Char('\n');
                         });
        QObject::connect(m_run.get(), &CommandRun::stderrLines, m_run.get(),
                         [this](const QStringList& lines) {
                             for (const QString& line : lines)
                                 m_outcome.stderrText += line + QLatin1Char('\n');
                         });
    }

    ShellOutcome wait()
    {
        if (!m_run->isFinished()) {
            QEventLoop loop;
            QObject::connect(m_run.get(), &CommandRun::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const CommandResult& result = m_run->result();
        m_outcome.status = result.status == CommandResult::Status::Exited ? ShellOutcome::Status::Exited
                           : result.status == CommandResult::Status::Cancelled
                               ? ShellOutcome::Status::Cancelled
                           : result.status == CommandResult::Status::TimedOut ? ShellOutcome::Status::TimedOut
                                                                              : ShellOutcome::Status::Failed;
        m_outcome.exitCode = result.exitCode;
        m_outcome.error = result.describe();
        m_ctx.recordCommand({0, m_ctx.step(), hostRoleLabel(HostRole::Old), m_command.display(),
                             result.status == CommandResult::Status::Exited ? result.exitCode : -1, m_started,
                             QDateTime::currentDateTimeUtc(), m_outcome.stderrText.trimmed()});
        return m_outcome;
    }

private:
    JobContext& m_ctx;
    DatabaseCommand m_command;
    QDateTime m_started;
    std::unique_ptr<CommandRun> m_run;
    ShellOutcome m_outcome;
};
} // namespace

std::optional<StepOutcome> streamIntoNew(JobContext& ctx)
{
    auto oldDb = adapterFor(ctx, HostRole::Old);
    auto newDb = adapterFor(ctx, HostRole::New);
    if (!oldDb.ok() || !newDb.ok())
        return StepOutcome::failed(oldDb.ok() ? newDb.error() : oldDb.error());
    SshHost* oldHost = ctx.hosts().sshHost(HostRole::Old);
    if (!newDb.value()->canStreamRestore() || (!ctx.isDryRun() && !oldHost))
        return std::nullopt;

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString name = QStringLiteral("%1-final-%2.dump").arg(oldDb.value()->target().name, stamp);
    auto partial = PartialDump::forFinalPath(detail::remoteBackupDir() + QLatin1Char('/') + name);
    if (!partial.ok())
        return StepOutcome::failed(partial.error());
    const DatabaseCommand dump = oldDb.value()->dumpCommand();
    const DatabaseCommand receive = newDb.value()->streamRestoreCommand(partial.value());
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    if (ctx.isDryRun()) {
        (void)newDb.value()->recreateDatabase(newShell);
        const QString notRun = SyncText::tr("(dry run: not executed)");
        ctx.recordCommand({0,
                           ctx.step(),
                           QStringLiteral("old"),
                           dump.display() + QStringLiteral("  | (relay) |"),
                           0,
                           {},
                           {},
                           notRun});
        ctx.recordCommand({0, ctx.step(), QStringLiteral("new"), receive.display(), 0, {}, {}, notRun});
        return StepOutcome::done(
            SyncText::tr("Dry run: the dump would stream from old to new and be restored as it arrives."));
    }

    const QString localCopy = QDir(ctx.backupDir()).filePath(name);
    QDir().mkpath(ctx.backupDir());
    QFile::setPermissions(ctx.backupDir(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QElapsedTimer clock;
    clock.start();
    const auto size = oldDb.value()->sizeEstimate(ctx.recordedShell(HostRole::Old));
    // Before the new database is dropped: a refusal here leaves everything as it was.
    if (const QString full =
            BackupSpace::preflight(ctx, detail::remoteBackupDir(), size.ok() ? size.value() : -1);
        !full.isEmpty())
        return StepOutcome::failed(full);
    ctx.log(SyncText::tr("Recreating the database on the new host; the backup is restored as it arrives."));
    if (auto created = newDb.value()->recreateDatabase(newShell); !created.ok())
        return StepOutcome::failed(created.error());

    const int timeoutMs = ctx.recipe().recipe().timeouts.commandSeconds * 1000;
    const DatabaseCommand count = oldDb.value()->tableCountsCommand();
    std::optional<QueryAlongside> oldCount;
    if (!count.sudo) // the relay's commands cannot answer a sudo password prompt
        oldCount.emplace(ctx, oldHost, count, timeoutMs);
    const auto relayed = detail::relayDump(ctx, dump, receive, localCopy, QStringLiteral("final"),
                                           size.ok() ? size.value() : -1);
    const ShellOutcome oldCountOutcome = oldCount ? oldCount->wait() : ShellOutcome{};
    if (!relayed.ok())
        return StepOutcome::failed(relayed.error());
    const RelayResult& result = relayed->result;
    auto badArtefact = [&] {
        ctx.reportArtefact(
            {0, ctx.step(), QStringLiteral("backup"), localCopy, result.bytes, result.sha256, false, {}});
    };
    if (!result.ok) {
        badArtefact();
        return StepOutcome::failed(
            SyncText::tr("The backup did not complete (%1). What arrived stays as %2 on the new host and is "
                         "never restored; the new database is incomplete.")
                .arg(result.error.message, partial->path()));
    }
    auto file = newDb.value()->promoteStreamed(newShell, partial.value(), result.sha256);
    if (!file.ok()) {
        badArtefact();
        return StepOutcome::failed(file.error());
    }
    ctx.reportArtefact(
        {0, ctx.step(), QStringLiteral("backup"), localCopy, result.bytes, result.sha256, true, {}});
    ctx.reportValue(QStringLiteral("backup.path"), file->path());
    ctx.reportValue(QStringLiteral("backup.sha256"), file->sha256());
    ctx.reportValue(QStringLiteral("backup.final_ms"), QString::number(relayed->elapsedMs));
    ctx.reportValue(QStringLiteral("backup.final_bytes"), QString::number(result.bytes));

    if (auto rest = newDb.value()->finishStreamedRestore(newShell, file.value(), {4}); !rest.ok())
        return StepOutcome::failed(rest.error());
    ctx.reportValue(QStringLiteral("restore.last_ms"), QString::number(clock.elapsed()));
    const auto oldCounts = oldCount ? oldDb.value()->parseTableCounts(oldCountOutcome)
                                    : oldDb.value()->tableCounts(ctx.recordedShell(HostRole::Old));
    StepOutcome compared =
        detail::compareWithOld(ctx, *oldDb.value(), *newDb.value(), oldCounts, clock.elapsed());
    if (compared.state == StepState::Done)
        compared.summary =
            SyncText::tr("Backed up and restored at once (%1, SHA-256 %2). %3")
                .arg(QLocale().formattedDataSize(result.bytes), result.sha256.left(16), compared.summary);
    return compared;
}

} // namespace puw::DatabaseSteps
