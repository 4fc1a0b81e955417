// DatabaseAdapter: the cutover's streamed restore. The dump is restored while it arrives instead of after
// it was written, and the file is still written whole beside it, so that the backup is as complete and as
// verified as one written first.
#include "DatabaseAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"
#include "remote/ShellQuote.h"

namespace puw {

namespace {
// Runs stage with its exit status recorded in "$puw_d/NAME" (POSIX sh has no pipefail).
QString withStatus(const QString& stage, const QString& name)
{
    return QStringLiteral("{ %1; echo $? >\"$puw_d/%2\"; }").arg(stage, name);
}

// Passes the password line on unchanged (the restore client reads it first), then runs words on the rest.
// dash and bash read it byte by byte from a pipe, so the dump after it stays whole.
QString afterPasswordLine(const QString& words, bool password)
{
    return password ? QStringLiteral("IFS= read -r puw_pw && printf '%s\\n' \"$puw_pw\" && ") + words : words;
}
// producer (its exit status in "$puw_d/NAME") | filter | restore, all after the password line; check is
// true when every stage before the restore exited 0.
struct RestorePipeline {
    QString pipeline;
    QString check;
};
RestorePipeline restorePipeline(const QString& producer, const QString& name, const QString& filter,
                                const QString& restore, bool password)
{
    RestorePipeline result;
    result.pipeline = withStatus(afterPasswordLine(producer, password), name);
    result.check = QStringLiteral("[ \"$(cat \"$puw_d/%1\" 2>/dev/null)\" = 0 ]").arg(name);
    if (!filter.isEmpty()) {
        result.pipeline +=
            QStringLiteral(" | ") + withStatus(afterPasswordLine(filter, password), QStringLiteral("filter"));
        result.check += QStringLiteral(" && [ \"$(cat \"$puw_d/filter\" 2>/dev/null)\" = 0 ]");
    }
    result.pipeline += QStringLiteral(" | { %1; }").arg(restore);
    return result;
}
} // namespace

bool DatabaseAdapter::canStreamRestore() const
{
    // Through sudo the whole line runs as root and hands the files back to the login user at the end;
    // inside compose the restore client reads the stream through `exec -T` like any other.
    return true;
}

DatabaseCommand DatabaseAdapter::streamRestoreCommand(const PartialDump& partial) const
{
    const StreamRestoreStage stage = streamRestoreStage();
    const bool password = !stage.passwordLine.isEmpty();
    const QString file = shellQuote(partial.path());
    const QString sumFile = shellQuote(partial.path() + QStringLiteral(".sha256"));
    const QString folder = partial.finalPath().section(QLatin1Char('/'), 0, -2);

    // tee -p: a restore that stops reading early (with an error, which fails the step) does not cut the
    // file or the hash short.
    const RestorePipeline stages =
        restorePipeline(QStringLiteral("tee -p -- %1 \"$puw_d/f\"").arg(file), QStringLiteral("tee"),
                        stage.filter, stage.restore, password);
    const QString& pipeline = stages.pipeline;
    const QString& statusCheck = stages.check;

    QString line = QStringLiteral("umask 077 && ");
    if (!folder.isEmpty())
        line += QStringLiteral("mkdir -p -- %1 && ").arg(shellQuote(folder));
    line +=
        QStringLiteral("rm -f -- %1 %2 %3 || exit 1; ").arg(shellQuote(partial.finalPath()), file, sumFile);
    // The hash is taken from a FIFO that tee feeds: no second read of the file.
    line += QStringLiteral("puw_d=$(mktemp -d) || exit 1; "
                           "mkfifo -- \"$puw_d/f\" || { rm -rf -- \"$puw_d\"; exit 1; }; "
                           "sha256sum <\"$puw_d/f\" >\"$puw_d/sum\" 2>/dev/null & puw_sp=$!; ");
    line += pipeline + QStringLiteral("; puw_rc=$?; ");
    line +=
        QStringLiteral("if [ \"$puw_rc\" -ne 0 ] || ! { %1; }; then kill \"$puw_sp\" 2>/dev/null; "
                       "rm -rf -- \"$puw_d\"; echo %2\" (restore exit status $puw_rc)\" >&2; exit 1; fi; ")
            .arg(statusCheck,
                 shellQuote(QStringLiteral("puw: the streamed restore failed; what arrived stays at ") +
                            partial.path()));
    line += QStringLiteral("wait \"$puw_sp\" && puw_sum=$(cat \"$puw_d/sum\") || { rm -rf -- \"$puw_d\"; "
                           "echo 'puw: hashing the dump failed' >&2; exit 1; }; "
                           "rm -rf -- \"$puw_d\"; printf '%s\\n' \"${puw_sum%% *}\" >%1")
                .arg(sumFile);
    // Through sudo the files are root's: the login user who promotes them gets them back.
    if (stage.sudo)
        line += QStringLiteral(" && if [ -n \"${SUDO_USER:-}\" ]; then chown -- \"$SUDO_USER\" %1 %2; fi")
                    .arg(file, sumFile);

    DatabaseCommand command;
    command.commandLine = line;
    command.secretInput = stage.passwordLine;
    command.sudo = stage.sudo;
    return command;
}

DatabaseCommand DatabaseAdapter::promoteStreamedCommand(const PartialDump& partial,
                                                        const QString& expectedSha256) const
{
    const QString sumFile = shellQuote(partial.path() + QStringLiteral(".sha256"));
    QString line;
    // mysqldump's trailer is one short read at the end; pg_restore already read the archive to its end.
    if (engine() == DatabaseEngine::MySql)
        line += QStringLiteral("%1 || { echo %2 >&2; exit 1; }; ")
                    .arg(verifyFileWords(partial.path()),
                         shellQuote(QStringLiteral("puw: the dump has no completion trailer; it stays at ") +
                                    partial.path()));
    line += QStringLiteral("[ \"$(cat -- %1 2>/dev/null)\" = %2 ] || { echo %3 >&2; exit 1; }; "
                           "rm -f -- %1 && %4")
                .arg(sumFile, shellQuote(expectedSha256.toLower()),
                     shellQuote(QStringLiteral("puw: the SHA-256 of the dump written on the new host "
                                               "differs from the one sent; it stays at ") +
                                partial.path()),
                     partial.durableRenameWords());
    DatabaseCommand command;
    command.commandLine = line;
    return command;
}

Expected<DumpFile, QString> DatabaseAdapter::promoteStreamed(HostShell& newHost, const PartialDump& partial,
                                                             const QString& expectedSha256) const
{
    if (expectedSha256.isEmpty())
        return unexpected(Database::tr("A streamed dump needs the SHA-256 the relay computed."));
    const ShellOutcome outcome = run(newHost, promoteStreamedCommand(partial, expectedSha256));
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Verifying the dump %1").arg(partial.path()), outcome));
    return DumpFile(partial.finalPath(), expectedSha256.toLower());
}

DatabaseCommand DatabaseAdapter::restoreRowsAsStreamedCommand(const DumpFile& dump) const
{
    const StreamRestoreStage stage = streamRestoreStage();
    const bool password = !stage.passwordLine.isEmpty();
    const RestorePipeline stages =
        restorePipeline(QStringLiteral("cat -- ") + shellQuote(dump.path()), QStringLiteral("cat"),
                        stage.filter, stage.restore, password);
    const QString& pipeline = stages.pipeline;
    const QString& statusCheck = stages.check;
    QString line = detail::refusePartialGuard(dump.path());
    line += QStringLiteral("puw_d=$(mktemp -d) || exit 1; ") + pipeline + QStringLiteral("; puw_rc=$?; ");
    line += QStringLiteral("if [ \"$puw_rc\" -ne 0 ] || ! { %1; }; then rm -rf -- \"$puw_d\"; "
                           "echo %2\" (restore exit status $puw_rc)\" >&2; exit 1; fi; rm -rf -- \"$puw_d\"")
                .arg(statusCheck, shellQuote(QStringLiteral("puw: restoring the rows of ") + dump.path() +
                                             QStringLiteral(" failed")));
    DatabaseCommand command;
    command.commandLine = line;
    command.secretInput = stage.passwordLine;
    command.sudo = stage.sudo;
    return command;
}

Expected<Done, QString> DatabaseAdapter::restoreRowsAsStreamed(HostShell& newHost, const DumpFile& dump) const
{
    if (newHost.hostLabel() == QLatin1String("old"))
        return unexpected(
            Database::tr("Refusing to restore into the database \"%1\" on the old host.").arg(target().name));
    const ShellOutcome outcome = runLong(newHost, restoreRowsAsStreamedCommand(dump));
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Restoring %1 into \"%2\" (stopped at the first error)")
                                .arg(dump.path(), target().name),
                            outcome));
    return Done{};
}

Expected<Done, QString> DatabaseAdapter::finishStreamedRestore(HostShell& newHost, const DumpFile& dump,
                                                               const RestoreOptions& options) const
{
    if (newHost.hostLabel() == QLatin1String("old"))
        return unexpected(
            Database::tr("Refusing to restore into the database \"%1\" on the old host.").arg(target().name));
    if (const auto rest = afterStreamCommand(dump, options)) {
        const ShellOutcome outcome = runLong(newHost, *rest);
        if (!outcome.ok())
            return unexpected(
                describeFailure(Database::tr("Restoring the indexes and constraints of %1 into \"%2\"")
                                    .arg(dump.path(), target().name),
                                outcome));
    }
    for (const DatabaseCommand& fix : postRestoreCommands()) {
        const ShellOutcome fixed = run(newHost, fix);
        if (!fixed.ok())
            return unexpected(describeFailure(Database::tr("A fix after the restore"), fixed));
    }
    return Done{};
}

} // namespace puw
