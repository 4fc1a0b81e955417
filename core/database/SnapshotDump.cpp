// PostgresAdapter: the dump and old's counts in one snapshot. A psql session exports a snapshot
// (pg_export_snapshot()) and keeps its transaction open; pg_dump --snapshot dumps exactly what that
// snapshot sees, while the same session counts and checksums every table in it. Writes that go on
// meanwhile are in neither, so new (restored from the dump) can be compared with these figures exactly.
#include "PostgresAdapter.h"

#include "ClientCommand.h"
#include "remote/ShellQuote.h"

namespace puw {

std::optional<DatabaseCommand> PostgresAdapter::snapshotDumpCommand(const QString& countsFile) const
{
    const DatabaseCommand dump = dumpCommand();
    // The session logs in as the dump does: a snapshot is imported by the same account that exported it.
    DatabaseCommand session = psql(dumpAccess(), target().name, {});
    const bool password = !dump.secretInput.isEmpty();
    const QString passLine = QStringLiteral("printf '%s\\n' \"$puw_pw\"");
    const QString fail = QStringLiteral("cat \"$puw_d/err\" >&2; exec 3>&-; rm -rf -- \"$puw_d\"; exit 1");

    QString line =
        QStringLiteral("umask 077; puw_d=$(mktemp -d) || exit 1; mkfifo -- \"$puw_d/q\" || exit 1; ");
    if (password)
        line += QStringLiteral("IFS= read -r puw_pw || exit 1; ");
    line += QStringLiteral("{ %1 <\"$puw_d/q\" >\"$puw_d/out\" 2>\"$puw_d/err\"; echo $? >\"$puw_d/rc\"; } & "
                           "exec 3>\"$puw_d/q\"; ")
                .arg(session.commandLine);
    if (password)
        line += passLine + QStringLiteral(" >&3; ");
    line += QStringLiteral("printf '%s\\n' 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;' "
                           "\"SELECT 'puw-snapshot ' || pg_export_snapshot();\" >&3; ");
    // Up to 60 s for the session to log in and export its snapshot.
    line += QStringLiteral("puw_n=0; until grep -q '^puw-snapshot ' \"$puw_d/out\" 2>/dev/null; do "
                           "if [ -f \"$puw_d/rc\" ] || [ \"$puw_n\" -ge 1200 ]; then %1; fi; "
                           "puw_n=$((puw_n + 1)); sleep 0.05; done; "
                           "puw_snap=$(sed -n 's/^puw-snapshot //p' \"$puw_d/out\"); ")
                .arg(fail);
    // The counts run in the session while pg_dump runs; the snapshot stays until pg_dump is done.
    line +=
        QStringLiteral("printf '%s' %1 >&3; ").arg(shellQuote(QString::fromUtf8(tableCountsCommand().input)));
    line += (password ? passLine + QStringLiteral(" | ") : QString()) + dump.commandLine +
            QStringLiteral(" \"--snapshot=$puw_snap\"; puw_rc=$?; ");
    line += QStringLiteral("printf '%s\\n' 'COMMIT;' >&3; exec 3>&-; wait; "
                           "if [ \"$(cat \"$puw_d/rc\")\" != 0 ]; then cat \"$puw_d/err\" >&2; puw_rc=1; fi; "
                           "grep '^puw-' \"$puw_d/out\" | grep -v '^puw-snapshot ' >%1; ")
                .arg(shellQuote(countsFile));
    if (dump.sudo)
        line += QStringLiteral("if [ -n \"${SUDO_USER:-}\" ]; then chown -- \"$SUDO_USER\" %1; fi; ")
                    .arg(shellQuote(countsFile));
    line += QStringLiteral("rm -rf -- \"$puw_d\"; exit \"$puw_rc\"");

    DatabaseCommand command;
    command.commandLine = line;
    command.secretInput = dump.secretInput;
    command.sudo = dump.sudo;
    return command;
}

} // namespace puw
