#include "MysqlAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"
#include "RestoreFixes.h"
#include "SqlQuoting.h"
#include "remote/ShellQuote.h"

namespace puw {

namespace {
const QString maxPacket = QStringLiteral("--max-allowed-packet=1073741824");

// Each table's exact count and content checksum, its name as hex (any name survives the line format), then
// an end marker. The checksum is the sum of the first 64 bits of each row's MD5 over QUOTE() of every
// column (NULL stays distinct from the text 'NULL'): independent of the order of the rows, so no sort.
constexpr char countScript[] = R"SQL(SET SESSION group_concat_max_len = 1073741824;
SELECT GROUP_CONCAT(CONCAT('SELECT ''puw-count'', ', QUOTE(HEX(t.table_name)), ', COUNT(*), ',
    'COALESCE(SUM(CAST(CONV(LEFT(MD5(CONCAT_WS('','', ',
    (SELECT GROUP_CONCAT(CONCAT('QUOTE(`', REPLACE(c.column_name, '`', '``'), '`)') ORDER BY c.ordinal_position
                         SEPARATOR ', ')
     FROM information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name),
    ')), 16), 16, 10) AS UNSIGNED)), 0) FROM `', REPLACE(t.table_name, '`', '``'), '`')
    ORDER BY t.table_name SEPARATOR ' UNION ALL ')
INTO @puw_q FROM information_schema.tables t WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE';
SET @puw_q = IFNULL(@puw_q, 'SELECT ''puw-count'', '''', 0, 0 FROM DUAL WHERE FALSE');
PREPARE puw_s FROM @puw_q;
EXECUTE puw_s;
DEALLOCATE PREPARE puw_s;
SELECT 'puw-end';
)SQL";

constexpr char liquibaseUnlock[] = R"SQL(SET @puw_q = IF((SELECT COUNT(*) FROM information_schema.tables
  WHERE table_schema = DATABASE() AND table_name = 'DATABASECHANGELOGLOCK') > 0,
  'UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE ID = 1', 'DO 0');
PREPARE puw_s FROM @puw_q;
EXECUTE puw_s;
DEALLOCATE PREPARE puw_s;
)SQL";
} // namespace

detail::ClientCommand MysqlAdapter::client(const DatabaseAccess& access) const
{
    return detail::ClientCommand(target(), access, QStringLiteral("MYSQL_PWD"));
}

bool MysqlAdapter::hasFix(const QString& name) const
{
    return target().restoreFixes.contains(name);
}

QStringList MysqlAdapter::connectionArguments(const QString& program, const DatabaseAccess& access) const
{
    QStringList argv{program, QStringLiteral("--no-defaults")};
    if (access.method == DatabaseAccess::Method::Password && access.socket.isEmpty()) {
        argv << QStringLiteral("--protocol=TCP") << QStringLiteral("--host=") + target().host
             << QStringLiteral("--port=") + target().port;
    } else {
        argv << QStringLiteral("--protocol=SOCKET");
        if (!access.socket.isEmpty())
            argv << QStringLiteral("--socket=") + access.socket;
    }
    if (!access.user.isEmpty())
        argv << QStringLiteral("--user=") + access.user;
    argv << QStringLiteral("--default-character-set=utf8mb4");
    return argv;
}

DatabaseCommand MysqlAdapter::mysql(const DatabaseAccess& access, bool withDatabase,
                                    const QStringList& arguments, const QByteArray& script) const
{
    QStringList argv = connectionArguments(QStringLiteral("mysql"), access);
    argv << QStringLiteral("--batch") << QStringLiteral("--skip-column-names");
    if (withDatabase)
        argv << QStringLiteral("--database=") + target().name;
    argv << arguments;
    return client(access).command(argv, script);
}

QStringList MysqlAdapter::dumpArguments(bool verbose) const
{
    QStringList argv =
        connectionArguments(QStringLiteral("mysqldump"), target().access(DatabasePurpose::Dump));
    argv << QStringLiteral("--single-transaction") << QStringLiteral("--routines")
         << QStringLiteral("--events") << QStringLiteral("--triggers") << QStringLiteral("--no-tablespaces")
         << QStringLiteral("--hex-blob");
    if (verbose)
        argv << QStringLiteral("--verbose");
    if (hasFix(fixes::maxAllowedPacket()))
        argv << maxPacket;
    for (const QString& table : target().excludeTables)
        argv << QStringLiteral("--ignore-table=") + target().name + QLatin1Char('.') + table;
    // No --databases: the dump then carries no CREATE DATABASE/USE and restores into any name.
    argv << QStringLiteral("--") << target().name;
    return argv;
}

DatabaseCommand MysqlAdapter::dumpCommand() const
{
    return client(target().access(DatabasePurpose::Dump)).command(dumpArguments(false));
}

DatabaseCommand MysqlAdapter::recreateCommand() const
{
    const QString name = sql::mysqlIdentifier(target().name);
    QString script = QStringLiteral("DROP DATABASE IF EXISTS %1;\nCREATE DATABASE %1").arg(name);
    if (!target().charset.isEmpty() && sql::isPlainSqlWord(target().charset))
        script += QStringLiteral(" CHARACTER SET ") + target().charset;
    script += QStringLiteral(";\n");
    if (hasFix(fixes::maxAllowedPacket()))
        script += QStringLiteral(
            "SET GLOBAL max_allowed_packet = GREATEST(@@GLOBAL.max_allowed_packet, 67108864);\n");
    return mysql(target().admin, false, {}, script.toUtf8());
}

QStringList MysqlAdapter::restoreArguments() const
{
    QStringList argv =
        connectionArguments(QStringLiteral("mysql"), target().access(DatabasePurpose::Restore));
    argv << QStringLiteral("--batch");
    if (hasFix(fixes::maxAllowedPacket()))
        argv << maxPacket;
    argv << QStringLiteral("--database=") + target().name;
    return argv;
}

DatabaseAdapter::StreamRestoreStage MysqlAdapter::streamRestoreStage() const
{
    const detail::ClientCommand restore = client(target().access(DatabasePurpose::Restore));
    StreamRestoreStage stage;
    stage.restore = restore.words(restoreArguments());
    stage.passwordLine = restore.passwordLine();
    stage.sudo = restore.needsSudo();
    const QStringList filter = mysqlRestoreFilterArguments(target().restoreFixes);
    if (!filter.isEmpty()) // bytes, not characters: the C locale leaves any byte sequence alone
        stage.filter = QStringLiteral("LC_ALL=C ") +
                       shellJoin(QStringList{QStringLiteral("sed"), QStringLiteral("-E")} + filter);
    return stage;
}

DatabaseCommand MysqlAdapter::restoreCommand(const DumpFile& dump, const RestoreOptions& /*options*/) const
{
    const detail::ClientCommand restore = client(target().access(DatabasePurpose::Restore));
    const QStringList consumer = restoreArguments();

    QString producer = restore.readsPassword()
                           ? QStringLiteral("IFS= read -r puw_pw && printf '%s\\n' \"$puw_pw\" && ")
                           : QString();
    const QStringList filter = mysqlRestoreFilterArguments(target().restoreFixes);
    if (filter.isEmpty())
        producer += QStringLiteral("cat -- ") + shellQuote(dump.path());
    else // bytes, not characters: the C locale leaves any byte sequence alone
        producer += QStringLiteral("LC_ALL=C ") +
                    shellJoin(QStringList{QStringLiteral("sed"), QStringLiteral("-E")} + filter) +
                    QStringLiteral(" < ") + shellQuote(dump.path());

    DatabaseCommand command;
    command.secretInput = restore.passwordLine();
    command.sudo = restore.needsSudo();
    command.commandLine = detail::refusePartialGuard(dump.path()) +
                          detail::pipelineWithStatus(producer, restore.words(consumer),
                                                     QStringLiteral("reading the dump file"));
    return command;
}

QList<DatabaseCommand> MysqlAdapter::postRestoreCommands() const
{
    QList<DatabaseCommand> commands;
    if (hasFix(fixes::liquibaseLock()))
        commands << mysql(target().access(DatabasePurpose::Restore), true, {}, liquibaseUnlock);
    return commands;
}

DatabaseCommand MysqlAdapter::tableCountsCommand() const
{
    return mysql(target().access(DatabasePurpose::Count), true, {}, countScript);
}

QByteArray MysqlAdapter::countSql()
{
    return countScript;
}

DatabaseCommand MysqlAdapter::sizeCommand() const
{
    return mysql(target().access(DatabasePurpose::Count), true, {},
                 "SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables "
                 "WHERE table_schema = DATABASE();\n");
}

DatabaseCommand MysqlAdapter::serverVersionCommand() const
{
    return mysql(target().access(DatabasePurpose::Count), true, {}, "SELECT VERSION();\n");
}

DatabaseCommand MysqlAdapter::dumpToolVersionCommand() const
{
    DatabaseCommand command;
    command.commandLine =
        detail::toolWords(target(), {QStringLiteral("mysqldump"), QStringLiteral("--version")});
    command.sudo = target().usesCompose() && target().composeSudo;
    return command;
}

DatabaseCommand MysqlAdapter::queryValueCommand(const QString& sql) const
{
    // --raw: the value as stored, without the batch mode's \t and \n escapes.
    QString script = sql.trimmed();
    if (!script.endsWith(QLatin1Char(';')))
        script += QLatin1Char(';');
    return mysql(target().access(DatabasePurpose::Count), true, {QStringLiteral("--raw")},
                 script.toUtf8() + '\n');
}

QString MysqlAdapter::verifyFileWords(const QString& path) const
{
    // mysqldump writes "-- Dump completed" last, after everything else.
    return QStringLiteral("tail -n 1 -- %1 | grep -q '^-- Dump completed'").arg(shellQuote(path));
}

Expected<ServerVersion, QString> MysqlAdapter::parseServerVersion(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking the MySQL server's version"), outcome));
    ServerVersion version;
    version.text = detail::parseSingleValue(outcome.stdoutText, false).trimmed();
    version.product = version.text.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                          ? QStringLiteral("MariaDB")
                          : QStringLiteral("MySQL");
    if (!detail::parseVersionNumbers(version.text, &version.major, &version.minor))
        return unexpected(Database::tr("Cannot read the server version \"%1\".").arg(version.text));
    return version;
}

Expected<ServerVersion, QString> MysqlAdapter::parseDumpToolVersion(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking mysqldump's version"), outcome));
    // "mysqldump  Ver 10.19 Distrib 10.11.6-MariaDB, for debian-linux-gnu" or "mysqldump  Ver 8.0.36 for
    // Linux"
    ServerVersion version;
    version.text = detail::parseSingleValue(outcome.stdoutText, false).trimmed();
    version.product = version.text.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                          ? QStringLiteral("MariaDB")
                          : QStringLiteral("MySQL");
    QString numbers = version.text.section(QStringLiteral("Distrib "), 1);
    if (numbers.isEmpty())
        numbers = version.text.section(QStringLiteral("Ver "), 1);
    if (!detail::parseVersionNumbers(numbers, &version.major, &version.minor))
        return unexpected(Database::tr("Cannot read mysqldump's version \"%1\".").arg(version.text));
    return version;
}

DatabaseCommand MysqlAdapter::scriptCommand(const DatabaseAccess& access, bool inAppDatabase,
                                            const QByteArray& script) const
{
    return mysql(access, inAppDatabase, {}, script);
}

} // namespace puw
