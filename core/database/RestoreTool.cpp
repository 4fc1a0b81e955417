// DatabaseAdapter: the client on the new host that restores the dump (pg_restore, or the mysql client),
// and whether it can read what old's dump tool writes.
#include "DatabaseAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"

namespace puw {

namespace {
// "pg_restore (PostgreSQL) 15.4 (Debian 15.4-1)" -> 15.4; "mysql  Ver 15.1 Distrib 10.11.6-MariaDB, ..."
// -> 10.11; "mysql  Ver 8.0.36 for Linux" -> 8.0; "mysql from 11.4.2-MariaDB, client 15.2" -> 11.4.
bool readClientVersion(DatabaseEngine engine, const QString& text, ServerVersion* version)
{
    QString numbers;
    if (engine == DatabaseEngine::PostgreSql) {
        numbers = text.section(QStringLiteral(") "), 1);
    } else {
        for (const QString& marker :
             {QStringLiteral("Distrib "), QStringLiteral(" from "), QStringLiteral("Ver ")}) {
            numbers = text.section(marker, 1);
            if (!numbers.isEmpty())
                break;
        }
    }
    return detail::parseVersionNumbers(numbers.isEmpty() ? text : numbers, &version->major, &version->minor);
}
} // namespace

QString DatabaseAdapter::restoreToolName() const
{
    return engine() == DatabaseEngine::PostgreSql ? QStringLiteral("pg_restore") : QStringLiteral("mysql");
}

DatabaseCommand DatabaseAdapter::restoreToolVersionCommand() const
{
    DatabaseCommand command;
    command.commandLine = detail::toolWords(m_target, {restoreToolName(), QStringLiteral("--version")});
    command.sudo = m_target.usesCompose() && m_target.composeSudo;
    return command;
}

Expected<ServerVersion, QString> DatabaseAdapter::parseRestoreToolVersion(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Asking %1's version").arg(restoreToolName()), outcome));
    ServerVersion version;
    version.text = detail::parseSingleValue(outcome.stdoutText, false).trimmed();
    version.product = engine() == DatabaseEngine::PostgreSql ? QStringLiteral("PostgreSQL")
                      : version.text.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                          ? QStringLiteral("MariaDB")
                          : QStringLiteral("MySQL");
    if (!readClientVersion(engine(), version.text, &version))
        return unexpected(
            Database::tr("Cannot read %1's version \"%2\".").arg(restoreToolName(), version.text));
    return version;
}

Expected<ServerVersion, QString> DatabaseAdapter::restoreToolVersion(HostShell& shell) const
{
    return parseRestoreToolVersion(run(shell, restoreToolVersionCommand()));
}

bool restoreToolCanRead(DatabaseEngine engine, const ServerVersion& restoreTool,
                        const ServerVersion& dumpTool)
{
    // pg_restore reads the archives of its own and older pg_dumps; a newer pg_dump may write a newer
    // archive format, which it refuses ("unsupported version (1.15) in file header"). The format changes
    // only with a major version, so the major decides. mysqldump writes SQL text, which any mysql client
    // reads (whether the server takes it is the server version's check).
    if (engine == DatabaseEngine::PostgreSql)
        return restoreTool.major >= dumpTool.major;
    return true;
}

} // namespace puw
