// DatabaseAdapter: what step 1 needs to know of a server beyond its identity: the roles a database's
// objects name (owners and grantees) and the roles a server has, and where its data directory is.
#include "DatabaseAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"
#include "SqlQuoting.h"

namespace puw {

namespace {
// Owners of the schemas and relations, and every role a relation or schema grants to (PUBLIC is 0).
constexpr char postgresNamedRoles[] = R"SQL(SELECT DISTINCT 'puw-role ' || pg_get_userbyid(o) FROM (
  SELECT c.relowner AS o FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
  UNION SELECT n.nspowner FROM pg_namespace n WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
  UNION SELECT (aclexplode(c.relacl)).grantee FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relacl IS NOT NULL AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%') r
WHERE o <> 0;
SELECT 'puw-end';
)SQL";
constexpr char postgresRoles[] = "SELECT 'puw-role ' || rolname FROM pg_roles;\nSELECT 'puw-end';\n";
constexpr char postgresDataDir[] = "SELECT 'puw-datadir ' || current_setting('data_directory');\n";
constexpr char mysqlDataDir[] = "SELECT CONCAT('puw-datadir ', @@datadir);\n";
} // namespace

DatabaseCommand DatabaseAdapter::namedRolesCommand() const
{
    if (engine() == DatabaseEngine::PostgreSql)
        return scriptCommand(m_target.access(DatabasePurpose::Dump), true, postgresNamedRoles);
    // MySQL: the application's account is what the dump's grants and definers need.
    const QString user = m_target.app.user;
    return scriptCommand(m_target.access(DatabasePurpose::Dump), true,
                         QStringLiteral("SELECT CONCAT('puw-role ', %1);\nSELECT 'puw-end';\n")
                             .arg(sql::mysqlString(user))
                             .toUtf8());
}

DatabaseCommand DatabaseAdapter::serverRolesCommand() const
{
    if (engine() == DatabaseEngine::PostgreSql)
        return scriptCommand(m_target.access(DatabasePurpose::Admin), false, postgresRoles);
    return scriptCommand(m_target.access(DatabasePurpose::Admin), false,
                         "SELECT DISTINCT CONCAT('puw-role ', User) FROM mysql.user;\nSELECT 'puw-end';\n");
}

DatabaseCommand DatabaseAdapter::dataDirectoryCommand() const
{
    return scriptCommand(m_target.access(DatabasePurpose::Admin), false,
                         engine() == DatabaseEngine::PostgreSql ? postgresDataDir : mysqlDataDir);
}

DatabaseCommand DatabaseAdapter::freeSpaceCommand(const QString& folder) const
{
    DatabaseCommand command;
    command.commandLine = detail::toolWords(
        m_target, {QStringLiteral("df"), QStringLiteral("-Pk"), QStringLiteral("--"), folder});
    command.sudo = m_target.usesCompose() ? m_target.composeSudo : true;
    return command;
}

Expected<QStringList, QString> DatabaseAdapter::parseRoles(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Listing the database roles"), outcome));
    QStringList roles;
    bool ended = false;
    for (const QString& line : outcome.stdoutText.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("puw-end"))
            ended = true;
        else if (line.startsWith(QLatin1String("puw-role ")))
            roles << line.mid(9).trimmed();
    }
    if (!ended)
        return unexpected(Database::tr("The list of roles ended early: the end marker is missing."));
    roles.removeDuplicates();
    roles.sort();
    return roles;
}

Expected<QString, QString> DatabaseAdapter::parseDataDirectory(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking where the server keeps its data"), outcome));
    for (const QString& line : outcome.stdoutText.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("puw-datadir ")))
            return line.mid(12).trimmed();
    }
    return unexpected(Database::tr("The server did not say where it keeps its data."));
}

} // namespace puw
