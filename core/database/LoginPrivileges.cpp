// DatabaseAdapter: what the login of each purpose may do, against what the program asks of it. The table
// below is the one place that says which privilege each purpose needs; the scripts ask the server about
// exactly those, read-only, and print "puw-privilege INDEX yes|no [DETAIL]" lines and "puw-end".
#include "LoginPrivileges.h"
#include "DatabaseAdapter.h"

#include "DatabaseText.h"
#include "SqlQuoting.h"

namespace puw {

namespace {
LoginPrivilege needed(const QString& name, bool required, const QString& why)
{
    return {name, false, required, {}, why};
}

QList<LoginPrivilege> postgresNeeds(DatabasePurpose purpose)
{
    switch (purpose) {
    case DatabasePurpose::Dump:
    case DatabasePurpose::Count:
        return {needed(Database::tr("read every table and sequence"), true,
                       purpose == DatabasePurpose::Dump ? Database::tr("the dump reads all of them")
                                                        : Database::tr("the counts read all of them"))};
    case DatabasePurpose::Restore:
        return {needed(Database::tr("act as the database's owner"), true,
                       Database::tr("the restore creates the owner's tables in the database step 4 makes"))};
    case DatabasePurpose::Admin:
        return {needed(QStringLiteral("CREATEDB"), true,
                       Database::tr("steps 4 and 8 drop and create the database")),
                needed(Database::tr("hand databases to the owner"), true,
                       Database::tr("the database is created owned by the application's role")),
                needed(QStringLiteral("pg_signal_backend"), false,
                       Database::tr("ends sessions still connected before the drop"))};
    }
    return {};
}

QList<LoginPrivilege> mysqlNeeds(DatabasePurpose purpose)
{
    switch (purpose) {
    case DatabasePurpose::Dump:
        return {
            needed(QStringLiteral("SELECT"), true, Database::tr("the dump reads every table")),
            needed(QStringLiteral("SHOW VIEW"), true, Database::tr("the dump reads the views' definitions")),
            needed(QStringLiteral("TRIGGER"), true, Database::tr("the dump reads the triggers")),
            needed(QStringLiteral("EVENT"), true, Database::tr("the dump reads the events")),
            needed(QStringLiteral("RELOAD"), false,
                   Database::tr("counts in the dump's own snapshot; without it they are taken after "
                                "the dump"))};
    case DatabasePurpose::Count:
        return {needed(QStringLiteral("SELECT"), true, Database::tr("the counts read every table"))};
    case DatabasePurpose::Restore: {
        QList<LoginPrivilege> list;
        for (const char* name : {"CREATE", "DROP", "ALTER", "INDEX", "INSERT", "LOCK TABLES", "CREATE VIEW",
                                 "TRIGGER", "CREATE ROUTINE", "EVENT"})
            list << needed(QLatin1String(name), true, Database::tr("the restore runs the dump's statements"));
        list << needed(Database::tr("create routines with binary logging on"), false,
                       Database::tr("only when the dump holds routines: SUPER, or the server's "
                                    "log_bin_trust_function_creators"));
        return list;
    }
    case DatabasePurpose::Admin:
        return {needed(QStringLiteral("CREATE"), true, Database::tr("steps 4 and 8 create the database")),
                needed(QStringLiteral("DROP"), true, Database::tr("steps 4 and 8 drop the database first"))};
    }
    return {};
}

// Every relation the dump or the counts read, and every schema holding one, that this login cannot
// (superusers can read all).
constexpr char postgresUnreadable[] =
    R"SQL(SELECT 'puw-privilege 0 ' || CASE WHEN count(*) = 0 THEN 'yes' ELSE 'no ' ||
  array_to_string((array_agg(replace(quote_ident(n.nspname) || '.' || quote_ident(c.relname), E'\n', ' ')
                   ORDER BY n.nspname, c.relname))[1:5], ', ') || CASE WHEN count(*) > 5 THEN ', ...' ELSE '' END END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm', 'S') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
  AND (NOT has_schema_privilege(n.oid, 'USAGE') OR NOT has_table_privilege(c.oid, 'SELECT'));
SELECT 'puw-end';
)SQL";

QByteArray postgresScript(DatabasePurpose purpose, const QString& owner)
{
    if (purpose == DatabasePurpose::Dump || purpose == DatabasePurpose::Count)
        return postgresUnreadable;
    // The owner role may not exist yet on new (the roles check says so): then no one can act as it.
    const QString member =
        QStringLiteral("(r.rolsuper OR CASE WHEN NOT EXISTS (SELECT 1 FROM pg_roles o "
                       "WHERE o.rolname = %1) THEN false ELSE pg_has_role(%1, 'MEMBER') END)")
            .arg(sql::pgString(owner));
    const auto line = [](int index, const QString& condition) {
        return QStringLiteral(
                   "SELECT 'puw-privilege %1 ' || CASE WHEN %2 THEN 'yes' ELSE 'no' END FROM pg_roles r "
                   "WHERE r.rolname = current_user;\n")
            .arg(index)
            .arg(condition);
    };
    QString script;
    if (purpose == DatabasePurpose::Restore) {
        script = line(0, member);
    } else {
        script = line(0, QStringLiteral("(r.rolsuper OR r.rolcreatedb)")) + line(1, member) +
                 line(2, QStringLiteral("(r.rolsuper OR pg_has_role('pg_signal_backend', 'MEMBER'))"));
    }
    return (script + QStringLiteral("SELECT 'puw-end';\n")).toUtf8();
}

// MySQL/MariaDB have no has_privilege(): the grants of the current account, globally or on a database
// pattern the application's database matches (information_schema lists ALL as each privilege).
QByteArray mysqlScript(DatabasePurpose purpose, const QString& database)
{
    QString script =
        QStringLiteral("SET @puw_host = SUBSTRING_INDEX(CURRENT_USER(), '@', -1);\n"
                       "SET @puw_grantee = CONCAT('''', LEFT(CURRENT_USER(), CHAR_LENGTH(CURRENT_USER()) - "
                       "CHAR_LENGTH(@puw_host) - 1), '''@''', @puw_host, '''');\n");
    script += QStringLiteral("SET @puw_db = %1;\n").arg(sql::mysqlString(database));
    const auto granted = [](const QString& privilege) {
        const QString name = sql::mysqlString(privilege);
        return QStringLiteral(
                   "(EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES u WHERE u.GRANTEE = "
                   "@puw_grantee AND u.PRIVILEGE_TYPE = %1) OR EXISTS (SELECT 1 FROM "
                   "information_schema.SCHEMA_PRIVILEGES s WHERE s.GRANTEE = @puw_grantee AND "
                   "s.PRIVILEGE_TYPE = %1 AND (@puw_db = s.TABLE_SCHEMA OR @puw_db LIKE s.TABLE_SCHEMA)))")
            .arg(name);
    };
    const QList<LoginPrivilege> needs = mysqlNeeds(purpose);
    for (int index = 0; index < needs.size(); ++index) {
        const bool binlogRoutines = purpose == DatabasePurpose::Restore && index == needs.size() - 1;
        const QString condition =
            binlogRoutines
                ? QStringLiteral(
                      "(@@GLOBAL.log_bin = 0 OR @@GLOBAL.log_bin_trust_function_creators = 1 OR ") +
                      granted(QStringLiteral("SUPER")) + QLatin1Char(')')
                : granted(needs[index].name);
        script += QStringLiteral("SELECT CONCAT('puw-privilege %1 ', IF(%2, 'yes', 'no'));\n")
                      .arg(index)
                      .arg(condition);
    }
    return (script + QStringLiteral("SELECT 'puw-end';\n")).toUtf8();
}
} // namespace

namespace detail {
QList<LoginPrivilege> neededPrivileges(DatabaseEngine engine, DatabasePurpose purpose)
{
    return engine == DatabaseEngine::PostgreSql ? postgresNeeds(purpose) : mysqlNeeds(purpose);
}
} // namespace detail

DatabaseCommand DatabaseAdapter::privilegesCommand(DatabasePurpose purpose, bool inAppDatabase) const
{
    const QByteArray script = engine() == DatabaseEngine::PostgreSql
                                  ? postgresScript(purpose, m_target.app.user)
                                  : mysqlScript(purpose, m_target.name);
    return scriptCommand(m_target.access(purpose), inAppDatabase, script);
}

Expected<QList<LoginPrivilege>, QString> DatabaseAdapter::parsePrivileges(DatabasePurpose purpose,
                                                                          const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking what the login may do"), outcome));
    QList<LoginPrivilege> privileges = detail::neededPrivileges(engine(), purpose);
    QList<bool> answered(privileges.size(), false);
    bool ended = false;
    for (const QString& line : outcome.stdoutText.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("puw-end"))
            ended = true;
        if (!line.startsWith(QLatin1String("puw-privilege ")))
            continue;
        const QStringList words = line.mid(14).split(QLatin1Char(' '));
        bool ok = false;
        const int index = words.value(0).toInt(&ok);
        if (!ok || index < 0 || index >= privileges.size() || words.size() < 2)
            continue;
        privileges[index].granted = words[1] == QLatin1String("yes");
        privileges[index].detail = words.mid(2).join(QLatin1Char(' ')).trimmed();
        answered[index] = true;
    }
    if (!ended || answered.contains(false))
        return unexpected(Database::tr("The server's answer about the login's privileges ended early."));
    return privileges;
}

Expected<QList<LoginPrivilege>, QString>
DatabaseAdapter::loginPrivileges(HostShell& shell, DatabasePurpose purpose, bool inAppDatabase) const
{
    return parsePrivileges(purpose, run(shell, privilegesCommand(purpose, inAppDatabase)));
}

} // namespace puw
