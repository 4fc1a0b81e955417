// DatabaseAdapter: the roles (PostgreSQL) or accounts (MySQL/MariaDB) old has, as statements that create
// them the same on new. Read on old with its admin login (by default the superuser through the OS, which
// may read the password hashes: PostgreSQL's pg_authid, MariaDB's SHOW CREATE USER), so the application on
// new logs in with the password it has on old. The statements hold those hashes: callers read them with
// JobContext::readData and hand them to new as secret input, never into a record.
#include "DatabaseAdapter.h"

#include "DatabaseText.h"
#include "SqlQuoting.h"

namespace puw {

namespace {
QString pgArray(const QStringList& roles)
{
    QStringList literals;
    for (const QString& role : roles)
        literals << sql::pgString(role);
    return QStringLiteral("ARRAY[%1]::text[]").arg(literals.join(QStringLiteral(", ")));
}

// The attributes every CREATE ROLE states; %1 is the relation (pg_authid with the hash, or pg_roles).
constexpr char pgCreateRole[] =
    "SELECT format('CREATE ROLE %I WITH %s %s %s %s %s %s %s CONNECTION LIMIT %s', a.rolname,"
    " CASE WHEN a.rolsuper THEN 'SUPERUSER' ELSE 'NOSUPERUSER' END,"
    " CASE WHEN a.rolinherit THEN 'INHERIT' ELSE 'NOINHERIT' END,"
    " CASE WHEN a.rolcreaterole THEN 'CREATEROLE' ELSE 'NOCREATEROLE' END,"
    " CASE WHEN a.rolcreatedb THEN 'CREATEDB' ELSE 'NOCREATEDB' END,"
    " CASE WHEN a.rolcanlogin THEN 'LOGIN' ELSE 'NOLOGIN' END,"
    " CASE WHEN a.rolreplication THEN 'REPLICATION' ELSE 'NOREPLICATION' END,"
    " CASE WHEN a.rolbypassrls THEN 'BYPASSRLS' ELSE 'NOBYPASSRLS' END, a.rolconnlimit)"
    " || %2 || CASE WHEN a.rolvaliduntil IS NOT NULL THEN format(' VALID UNTIL %L', a.rolvaliduntil)"
    " ELSE '' END || ';' FROM %1 a WHERE a.rolname = ANY (%3);\n";

QByteArray postgresDefinitions(const QStringList& roles)
{
    const QString names = pgArray(roles);
    const QString withHash = QLatin1String(pgCreateRole)
                                 .arg(QStringLiteral("pg_authid"),
                                      QStringLiteral("CASE WHEN a.rolpassword IS NOT NULL THEN format(' "
                                                     "PASSWORD %L', a.rolpassword) ELSE '' END"),
                                      names);
    const QString withoutHash =
        QLatin1String(pgCreateRole).arg(QStringLiteral("pg_roles"), QStringLiteral("''"), names);
    // Memberships of the created roles, each only if the granted role exists on new by then.
    const QString grants =
        QStringLiteral("SELECT format('DO %L;', format('BEGIN IF EXISTS (SELECT 1 FROM pg_roles "
                       "WHERE rolname = %L) THEN EXECUTE %L; END IF; END', g.rolname, "
                       "format('GRANT %I TO %I', g.rolname, m.rolname))) FROM pg_auth_members am "
                       "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                       "WHERE m.rolname = ANY (%1);\n")
            .arg(names);
    // Only a superuser may read pg_authid: the others copy the roles without their passwords.
    return (QStringLiteral("SELECT rolsuper AS puw_superuser FROM pg_roles WHERE rolname = current_user "
                           "\\gset\n\\if :puw_superuser\n") +
            withHash + QStringLiteral("\\else\n") + withoutHash + QStringLiteral("\\endif\n") + grants +
            QStringLiteral("SELECT 'puw-end';\n"))
        .toUtf8();
}
} // namespace

DatabaseCommand DatabaseAdapter::accountsCommand(const QStringList& users) const
{
    QStringList literals;
    for (const QString& user : users)
        literals << sql::mysqlString(user);
    const QString script =
        QStringLiteral("SELECT CONCAT('puw-account ', HEX(User), ' ', HEX(Host)) FROM "
                       "mysql.user WHERE User IN (%1);\nSELECT 'puw-end';\n")
            .arg(literals.isEmpty() ? QStringLiteral("NULL") : literals.join(QLatin1Char(',')));
    return scriptCommand(m_target.admin, false, script.toUtf8());
}

Expected<QList<std::pair<QString, QString>>, QString>
DatabaseAdapter::parseAccounts(const QString& output) const
{
    QList<std::pair<QString, QString>> accounts;
    bool ended = false;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("puw-end"))
            ended = true;
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() == 3 && words[0] == QLatin1String("puw-account"))
            accounts.append({QString::fromUtf8(QByteArray::fromHex(words[1].toLatin1())),
                             QString::fromUtf8(QByteArray::fromHex(words[2].toLatin1()))});
    }
    if (!ended)
        return unexpected(Database::tr("The list of accounts ended early: the end marker is missing."));
    return accounts;
}

DatabaseCommand
DatabaseAdapter::roleDefinitionsCommand(const QStringList& roles,
                                        const QList<std::pair<QString, QString>>& accounts) const
{
    if (engine() == DatabaseEngine::PostgreSql)
        return scriptCommand(m_target.admin, false, postgresDefinitions(roles));
    QString script;
    for (const auto& [user, host] : accounts) {
        const QString account = sql::mysqlString(user) + QLatin1Char('@') + sql::mysqlString(host);
        script += QStringLiteral("SHOW CREATE USER %1;\nSHOW GRANTS FOR %1;\n").arg(account);
    }
    return scriptCommand(m_target.admin, false, (script + QStringLiteral("SELECT 'puw-end';\n")).toUtf8());
}

Expected<QByteArray, QString> DatabaseAdapter::parseRoleDefinitions(const QByteArray& output) const
{
    QByteArray statements = output;
    const QByteArray end = "puw-end\n";
    if (!statements.endsWith(end))
        return unexpected(Database::tr("The roles' definitions ended early: the end marker is missing."));
    statements.chop(end.size());
    if (engine() == DatabaseEngine::PostgreSql)
        return statements;
    // MySQL prints each SHOW's statement on a line of its own, without the semicolon.
    QByteArray script;
    for (const QByteArray& line : statements.split('\n')) {
        if (!line.trimmed().isEmpty())
            script += line + ";\n";
    }
    return script;
}

DatabaseCommand DatabaseAdapter::createRolesCommand(const QByteArray& statements) const
{
    // The statements hold password hashes: they go as secret input, after the admin's own password line.
    DatabaseCommand command = scriptCommand(m_target.admin, false, {});
    command.secretInput += statements;
    command.input.clear();
    return command;
}

DatabaseCommand DatabaseAdapter::adminScriptCommand(const QByteArray& script, bool inAppDatabase,
                                                    bool secret) const
{
    if (!secret)
        return scriptCommand(m_target.admin, inAppDatabase, script);
    DatabaseCommand command = scriptCommand(m_target.admin, inAppDatabase, {});
    command.secretInput += script;
    command.input.clear();
    return command;
}

} // namespace puw
