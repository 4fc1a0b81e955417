#include "PostgresAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"
#include "RestoreFixes.h"
#include "SqlQuoting.h"
#include "remote/ShellQuote.h"

namespace puw {

namespace {
// Each table's exact count and content checksum, its name as hex (so that any name survives the line
// format), then an end marker: a missing marker means the output was cut. The checksum is the sum of the
// first 64 bits of each row's md5 (of its text form): independent of the order of the rows, so no sort.
constexpr char countScript[] =
    R"SQL(SELECT format('SELECT %L || '' '' || count(*) || '' '' || coalesce(sum((''x'' || left(md5(t::text), 16))::bit(64)::bigint::numeric), 0) FROM %I.%I t',
       'puw-count ' || encode(convert_to(n.nspname || '.' || c.relname, 'UTF8'), 'hex'), n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
ORDER BY n.nspname, c.relname \gexec
SELECT 'puw-end';
)SQL";

// Values arrive as psql variables (-v db=... -v owner=...): :'db' and :"db" quote them.
constexpr char recreateScript[] =
    R"SQL(SELECT current_setting('server_version_num')::int >= 130000 AS puw_force \gset
SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity
WHERE datname = :'db' AND pid <> pg_backend_pid();
\if :puw_force
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
\else
DROP DATABASE IF EXISTS :"db";
\endif
CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
)SQL";

constexpr char liquibaseUnlock[] = R"SQL(DO $puw$ BEGIN
  IF to_regclass('databasechangeloglock') IS NOT NULL THEN
    UPDATE databasechangeloglock SET locked = false, lockgranted = NULL, lockedby = NULL WHERE id = 1;
  END IF;
END $puw$;
)SQL";
} // namespace

QString PostgresAdapter::connectionString(const DatabaseAccess& access, const QString& database) const
{
    QStringList parts;
    if (access.method == DatabaseAccess::Method::Password && access.socket.isEmpty()) {
        parts << QStringLiteral("host=") + sql::pgConninfoValue(target().host)
              << QStringLiteral("port=") + sql::pgConninfoValue(target().port);
    } else if (!access.socket.isEmpty()) {
        parts << QStringLiteral("host=") + sql::pgConninfoValue(access.socket);
        if (!target().port.isEmpty())
            parts << QStringLiteral("port=") + sql::pgConninfoValue(target().port);
    }
    if (!access.user.isEmpty())
        parts << QStringLiteral("user=") + sql::pgConninfoValue(access.user);
    parts << QStringLiteral("dbname=") + sql::pgConninfoValue(database);
    return parts.join(QLatin1Char(' '));
}

detail::ClientCommand PostgresAdapter::client(const DatabaseAccess& access) const
{
    return detail::ClientCommand(target(), access, QStringLiteral("PGPASSWORD"));
}

DatabaseCommand PostgresAdapter::psql(const DatabaseAccess& access, const QString& database,
                                      const QStringList& arguments, const QByteArray& script) const
{
    QStringList argv{QStringLiteral("psql"),
                     QStringLiteral("-X"),
                     QStringLiteral("-w"),
                     QStringLiteral("-q"),
                     QStringLiteral("-A"),
                     QStringLiteral("-t"),
                     QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("--dbname=") + connectionString(access, database)};
    argv << arguments;
    return client(access).command(argv, script);
}

DatabaseCommand PostgresAdapter::dumpCommand() const
{
    // zlib level 1, not the default 6: on the sandbox's 971 MB database the dump took 13 s instead of
    // 32 s for 11% more bytes (84 vs 75 MiB); the dump is the slowest part of the downtime.
    QStringList argv{QStringLiteral("pg_dump"), QStringLiteral("--format=custom"),
                     QStringLiteral("--compress=1"), QStringLiteral("-w"),
                     QStringLiteral("--dbname=") + connectionString(dumpAccess(), target().name)};
    for (const QString& table : target().excludeTables)
        argv << QStringLiteral("--exclude-table=") + sql::pgExactPattern(table);
    return client(dumpAccess()).command(argv);
}

DatabaseCommand PostgresAdapter::recreateCommand() const
{
    return psql(target().admin, QStringLiteral("postgres"),
                {QStringLiteral("-v"), QStringLiteral("db=") + target().name, QStringLiteral("-v"),
                 QStringLiteral("owner=") + target().app.user},
                recreateScript);
}

DatabaseCommand PostgresAdapter::restoreCommand(const DumpFile& dump, const RestoreOptions& options) const
{
    return restoreFromFile(dump, restoreArguments({}), options, false);
}

DatabaseCommand PostgresAdapter::restoreFromFile(const DumpFile& dump, QStringList argv,
                                                 const RestoreOptions& options, bool readsPart) const
{
    const detail::ClientCommand restore = client(restoreAccess());
    DatabaseCommand command;
    command.secretInput = restore.passwordLine();
    command.sudo = restore.needsSudo();
    const QString guard = detail::refusePartialGuard(dump.path());
    if (!readsFileOnStdin()) {
        // Parallel restore needs a file it can seek in: pg_restore opens it itself.
        argv << QStringLiteral("--jobs=%1").arg(std::max(1, options.jobs)) << dump.path();
        command.commandLine = guard + restore.words(argv);
        return command;
    }
    // Inside a compose service the file is on the host, and through sudo it is the login user's (0600 in
    // a 0700 folder) while pg_restore runs as another account: it reaches pg_restore on stdin (no -j
    // then), after the password line the client reads first.
    QString producer =
        (restore.readsPassword() ? QStringLiteral("IFS= read -r puw_pw && printf '%s\\n' \"$puw_pw\" && ")
                                 : QString()) +
        QStringLiteral("cat -- ") + shellQuote(dump.path());
    // A pg_restore that needs only part of the archive stops reading early: cat's SIGPIPE (141) is expected.
    if (readsPart)
        producer += QStringLiteral(" || [ $? -eq 141 ]");
    command.commandLine = guard + detail::pipelineWithStatus(producer, restore.words(argv),
                                                             QStringLiteral("reading the dump file"));
    return command;
}

std::optional<DatabaseCommand> PostgresAdapter::schemaRestoreCommand(const DumpFile& dump) const
{
    return restoreFromFile(
        dump, restoreArguments({QStringLiteral("--section=pre-data"), QStringLiteral("--section=post-data")}),
        {}, true);
}

DatabaseAdapter::StreamRestoreStage PostgresAdapter::streamRestoreStage() const
{
    // From a stream, pg_restore runs alone (no -j): the tables and their rows here; the indexes and
    // constraints come afterwards from the verified file, in parallel (afterStreamCommand).
    const detail::ClientCommand restore = client(restoreAccess());
    StreamRestoreStage stage;
    stage.restore = restore.words(
        restoreArguments({QStringLiteral("--section=pre-data"), QStringLiteral("--section=data")}));
    stage.passwordLine = restore.passwordLine();
    stage.sudo = restore.needsSudo();
    return stage;
}

std::optional<DatabaseCommand> PostgresAdapter::afterStreamCommand(const DumpFile& dump,
                                                                   const RestoreOptions& options) const
{
    return restoreFromFile(dump, restoreArguments({QStringLiteral("--section=post-data")}), options, true);
}

QStringList PostgresAdapter::restoreArguments(const QStringList& sections) const
{
    // --verbose: a line for each object restored (one on stderr as each index build starts and, with -j,
    // ends), the progress the stall limit watches instead of a time limit.
    QStringList argv{QStringLiteral("pg_restore"), QStringLiteral("--exit-on-error"),
                     QStringLiteral("--verbose")};
    // As the application's own account everything it creates is its own; as the superuser the dump's
    // owners and grants are kept, so that they match old's (the roles must exist on new: step 1 checks).
    if (restoreAccess().user == target().app.user)
        argv << QStringLiteral("--no-owner");
    argv << QStringLiteral("-w") << sections
         << QStringLiteral("--dbname=") + connectionString(restoreAccess(), target().name);
    return argv;
}

bool PostgresAdapter::readsFileOnStdin() const
{
    return target().usesCompose() || client(restoreAccess()).needsSudo();
}

QList<DatabaseCommand> PostgresAdapter::postRestoreCommands() const
{
    QList<DatabaseCommand> commands;
    if (target().restoreFixes.contains(fixes::liquibaseLock()))
        commands << psql(restoreAccess(), target().name, {}, liquibaseUnlock);
    return commands;
}

DatabaseCommand PostgresAdapter::tableCountsCommand() const
{
    return psql(countAccess(), target().name, {}, countScript);
}

DatabaseCommand PostgresAdapter::sizeCommand() const
{
    return psql(countAccess(), target().name,
                {QStringLiteral("-c"), QStringLiteral("SELECT pg_database_size(current_database())")});
}

DatabaseCommand PostgresAdapter::serverVersionCommand() const
{
    return psql(countAccess(), target().name,
                {QStringLiteral("-c"), QStringLiteral("SELECT current_setting('server_version')")});
}

DatabaseCommand PostgresAdapter::dumpToolVersionCommand() const
{
    DatabaseCommand command;
    command.commandLine =
        detail::toolWords(target(), {QStringLiteral("pg_dump"), QStringLiteral("--version")});
    command.sudo = target().usesCompose() && target().composeSudo;
    return command;
}

DatabaseCommand PostgresAdapter::queryValueCommand(const QString& sql) const
{
    return psql(countAccess(), target().name, {QStringLiteral("-c"), sql});
}

QString PostgresAdapter::verifyFileWords(const QString& path) const
{
    // `pg_restore --list` reads only the table of contents, which a dump streamed to a pipe writes first:
    // a cut file lists fine. Reading every entry to /dev/null finds the missing end.
    if (!target().usesCompose())
        return shellJoin(
            {QStringLiteral("pg_restore"), QStringLiteral("-f"), QStringLiteral("/dev/null"), path});
    return detail::toolWords(
               target(), {QStringLiteral("pg_restore"), QStringLiteral("-f"), QStringLiteral("/dev/null")}) +
           QStringLiteral(" < ") + shellQuote(path);
}

Expected<ServerVersion, QString> PostgresAdapter::parseServerVersion(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking the PostgreSQL server's version"), outcome));
    ServerVersion version;
    version.product = QStringLiteral("PostgreSQL");
    version.text = detail::parseSingleValue(outcome.stdoutText, false).trimmed();
    if (!detail::parseVersionNumbers(version.text, &version.major, &version.minor))
        return unexpected(Database::tr("Cannot read the server version \"%1\".").arg(version.text));
    return version;
}

Expected<ServerVersion, QString> PostgresAdapter::parseDumpToolVersion(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking pg_dump's version"), outcome));
    // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)"
    ServerVersion version;
    version.product = QStringLiteral("PostgreSQL");
    version.text = detail::parseSingleValue(outcome.stdoutText, false).trimmed();
    const QString numbers = version.text.section(QStringLiteral(") "), 1);
    if (!detail::parseVersionNumbers(numbers.isEmpty() ? version.text : numbers, &version.major,
                                     &version.minor))
        return unexpected(Database::tr("Cannot read pg_dump's version \"%1\".").arg(version.text));
    return version;
}

DatabaseCommand PostgresAdapter::scriptCommand(const DatabaseAccess& access, bool inAppDatabase,
                                               const QByteArray& script) const
{
    return psql(access, inAppDatabase ? target().name : QStringLiteral("postgres"), {}, script);
}

} // namespace puw
