// MysqlAdapter: the dump and old's counts in one snapshot. MySQL and MariaDB cannot hand a transaction's
// snapshot to another session, so both snapshots are opened while nothing can commit:
//   1. a mysql session (the dump's login) takes FLUSH TABLES WITH READ LOCK, which waits for running
//      commits and then blocks every write and commit on the server, and opens its own
//      START TRANSACTION WITH CONSISTENT SNAPSHOT;
//   2. mysqldump --single-transaction starts; once it printed the progress line after "-- Starting
//      transaction..." (--verbose), its START TRANSACTION WITH CONSISTENT SNAPSHOT has returned;
//   3. the session unlocks (UNLOCK TABLES after FTWRL ends no transaction) and counts in its snapshot while
//      mysqldump goes on in its own.
// No transaction committed between the two snapshots, so for transactional (InnoDB) tables the dump and
// the counts hold the same rows; MyISAM/Aria tables have no snapshot and are not covered. The lock is held
// from FTWRL to UNLOCK: mysqldump's login and first statement, tens of milliseconds. It lasts at most
// about 2 s: lock_wait_timeout is 1 s for FTWRL (a long statement keeps it from being granted), and the
// lock is released 1 s after it was granted whether or not mysqldump has opened its snapshot by then.
// Only the script's descriptor 3 writes to the session (mysqldump and the timer start without it, the polls
// hold it for milliseconds), so if the script ends for any reason (a failure, a cancel that kills it) the
// session reads end-of-file and quits, and the server drops the lock and the transaction with it.
// Whenever the counts are not the dump's snapshot's (FTWRL refused: no RELOAD privilege; FTWRL not
// granted in time; mysqldump slower than 1 s), the dump goes on unchanged and the counts file says why in a
// "puw-snapshot-failed" line: the import then counts old again, as it does without this.
#include "MysqlAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"
#include "remote/ShellQuote.h"

namespace puw {

namespace {
constexpr char lockSql[] = "SET SESSION lock_wait_timeout = 1;\n"
                           "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;\n"
                           "SET @puw_t = NOW(6);\n"
                           "FLUSH TABLES WITH READ LOCK;\n"
                           "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY;\n"
                           "SELECT 'puw-locked';\n";
constexpr char unlockSql[] = "UNLOCK TABLES;\n"
                             "SELECT 'puw-lock-us', TIMESTAMPDIFF(MICROSECOND, @puw_t, NOW(6));\n"
                             "SET SESSION lock_wait_timeout = @@GLOBAL.lock_wait_timeout;\n";
} // namespace

std::optional<DatabaseCommand> MysqlAdapter::snapshotDumpCommand(const QString& countsFile) const
{
    const DatabaseAccess& access = target().access(DatabasePurpose::Dump);
    const detail::ClientCommand login = client(access);
    const QString session = mysql(access, true, {QStringLiteral("--unbuffered")}).commandLine;
    const QString pass = login.readsPassword() ? QStringLiteral("printf '%s\\n' \"$puw_pw\" | ") : QString();
    const QString counts = shellQuote(countsFile);

    QString line =
        QStringLiteral("umask 077; puw_d=$(mktemp -d) || exit 1; mkfifo -- \"$puw_d/q\" || exit 1; ");
    if (login.readsPassword())
        line += QStringLiteral("IFS= read -r puw_pw || exit 1; ");
    // The session starts before descriptor 3 exists, so it holds no writer of its own input.
    line += QStringLiteral("{ %1 <\"$puw_d/q\" >\"$puw_d/out\" 2>\"$puw_d/err\"; echo $? >\"$puw_d/rc\"; } & "
                           "exec 3>\"$puw_d/q\"; ")
                .arg(session);
    if (login.readsPassword())
        line += QStringLiteral("printf '%s\\n' \"$puw_pw\" >&3; ");
    line += QStringLiteral("printf '%s' %1 >&3; ").arg(shellQuote(QString::fromLatin1(lockSql)));
    // Up to 60 s for the login and the lock (FTWRL itself gives up after 1 s).
    const QString locked = QStringLiteral("grep -q '^puw-locked' \"$puw_d/out\" 2>/dev/null");
    line += QStringLiteral("puw_n=0; until %1 || [ -f \"$puw_d/rc\" ] || [ \"$puw_n\" -ge 6000 ]; do "
                           "puw_n=$((puw_n + 1)); sleep 0.01; done; ")
                .arg(locked);
    line +=
        QStringLiteral(
            "if ! %1 || [ -f \"$puw_d/rc\" ]; then exec 3>&-; puw_why=$(grep -m 1 '^ERROR' \"$puw_d/err\"); "
            "%2%3; puw_rc=$?; "
            "printf 'puw-snapshot-failed lock %s\\n' \"${puw_why:-no answer}\" >%4; "
            "else ")
            .arg(locked, pass, login.words(dumpArguments(false)), counts);
    // Locked: mysqldump runs beside the script, its progress lines in a file.
    line += QStringLiteral("{ %1%2 2>\"$puw_d/derr\"; echo $? >\"$puw_d/drc\"; } 3>&- & puw_dpid=$!; ")
                .arg(pass, login.words(dumpArguments(true)));
    // Up to 1 s (a timer beside it) for mysqldump's progress line after "-- Starting transaction...".
    const QString opened =
        QStringLiteral("sed -n '/^-- Starting transaction/{n;p;}' \"$puw_d/derr\" 2>/dev/null | grep -q .");
    line +=
        QStringLiteral("( sleep 1; : >\"$puw_d/late\" ) >/dev/null 2>&1 3>&- & puw_tpid=$!; "
                       "until %1 || [ -f \"$puw_d/late\" ] || [ -f \"$puw_d/drc\" ]; do sleep 0.01; done; "
                       "kill \"$puw_tpid\" 2>/dev/null; puw_snap=no; if %1; then puw_snap=yes; fi; ")
            .arg(opened);
    line += QStringLiteral("if [ \"$puw_snap\" = yes ]; then printf '%s' %1 >&3; "
                           "else printf '%s' %2 >&3; fi; exec 3>&-; wait \"$puw_dpid\"; wait; ")
                .arg(shellQuote(QString::fromLatin1(unlockSql) + QString::fromUtf8(countSql()) +
                                QStringLiteral("COMMIT;\n")),
                     shellQuote(QString::fromLatin1(unlockSql)));
    line += QStringLiteral("puw_rc=$(cat \"$puw_d/drc\" 2>/dev/null || echo 1); "
                           "grep -v '^-- ' \"$puw_d/derr\" >&2; "
                           "grep '^puw-lock-us' \"$puw_d/out\" >%1; "
                           "if [ \"$puw_snap\" != yes ]; then echo 'puw-snapshot-failed dump' >>%1; "
                           "elif [ \"$(cat \"$puw_d/rc\")\" != 0 ]; then "
                           "printf 'puw-snapshot-failed count %s\\n' "
                           "\"$(grep -m 1 '^ERROR' \"$puw_d/err\")\" >>%1; "
                           "else grep -e '^puw-count' -e '^puw-end' \"$puw_d/out\" >>%1; fi; fi; ")
                .arg(counts);
    if (login.needsSudo())
        line +=
            QStringLiteral("if [ -n \"${SUDO_USER:-}\" ]; then chown -- \"$SUDO_USER\" %1; fi; ").arg(counts);
    line += QStringLiteral("rm -rf -- \"$puw_d\"; exit \"$puw_rc\"");

    DatabaseCommand command;
    command.commandLine = line;
    command.secretInput = login.passwordLine();
    command.sudo = login.needsSudo();
    return command;
}

Expected<TableCounts, QString> MysqlAdapter::parseSnapshotCounts(const ShellOutcome& outcome,
                                                                 TableChecksums* checksums,
                                                                 qint64* pauseMicros) const
{
    if (pauseMicros)
        *pauseMicros = -1;
    if (!outcome.ok())
        return parseTableCounts(outcome, checksums);
    const QStringList lines = outcome.stdoutText.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList fields = line.trimmed().split(QLatin1Char('\t'));
        if (pauseMicros && fields.size() == 2 && fields[0] == QLatin1String("puw-lock-us"))
            *pauseMicros = fields[1].toLongLong();
        if (!line.startsWith(QLatin1String("puw-snapshot-failed")))
            continue;
        const QString kind = line.trimmed().section(QLatin1Char(' '), 1, 1);
        const QString detail = line.trimmed().section(QLatin1Char(' '), 2);
        const QString after =
            Database::tr("old's counts are taken after the dump, and while old keeps taking writes the "
                         "import may find counts that differ");
        if (kind == QLatin1String("lock") &&
            (detail.contains(QLatin1String("1227")) || detail.contains(QLatin1String("RELOAD"))))
            //: %1: the server's error, %2: what follows (old's counts are taken after the dump...)
            return unexpected(Database::tr("the dump login lacks the RELOAD privilege that FLUSH TABLES WITH "
                                           "READ LOCK needs (%1), so %2. Grant it (GRANT RELOAD ON *.* TO "
                                           "the dump login) to count in the dump's own snapshot")
                                  .arg(detail, after));
        if (kind == QLatin1String("lock"))
            return unexpected(Database::tr("the global read lock was not granted within 1 s (%1), so %2")
                                  .arg(detail, after));
        if (kind == QLatin1String("dump"))
            return unexpected(Database::tr("mysqldump did not open its transaction within 1 s of the global "
                                           "read lock, which was released so as not to hold the "
                                           "application's writes any longer, so %1")
                                  .arg(after));
        return unexpected(
            Database::tr("counting in the dump's snapshot failed (%1), so %2").arg(detail, after));
    }
    return parseTableCounts(outcome, checksums);
}

} // namespace puw
