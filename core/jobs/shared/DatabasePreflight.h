#pragma once

#include "database/DatabaseOutput.h"
#include "database/DatabaseTarget.h"
#include "jobs/JobContext.h"
#include "journal/JournalRecords.h"

#include <QList>

#include <optional>

namespace puw {

class DatabaseAdapter;

// The database checks before anything moves: step 1 runs them once the hosts are reached, and step 3 again
// before its dump (old's data, roles and free space can change in between); step 7's page shows the last
// ones recorded. Also the guard steps 4 and 8 run before they drop the new database. Every refusal names
// the host, the figure, what is needed and the fix. Runs only read-only queries and `--version`s; in a dry
// run the commands are listed and no check is returned.
//
// At step 1 the new installation's database does not exist yet (step 4 creates it), so nothing here logs
// in to it: on new every login reaches the server only (PostgreSQL: its maintenance database "postgres";
// MySQL/MariaDB: no database), as the admin login (roles, data directory) and as the restore login (which
// server it reaches). A missing application database on new therefore never fails a check; a missing
// restore role does (the roles check names it), and so does a server that refuses the restore login
// outside the application's database (pg_hba.conf allowing it only there): fix that rule, or name another
// restore login in the plan's database section. Old is asked inside its application's database.
namespace DatabasePreflight {

// Each check as a record of ctx.step(), returned, not reported: the caller reports them and fails the
// step when one did not pass. In order:
// - old and new reach different servers (old's dump login vs new's restore login);
// - new's admin and restore logins reach the same server; old's dump and count logins too;
// - the dump tool on old is at least old's server's major version (pg_dump; mysqldump reads any);
// - new's server is at least old's version, unless the plan allows a downgrade with a reason;
// - the roles old's database names (owners, grantees; MySQL: the application's account) exist on new;
// - new's data directory has room for old's database (detail::dataSpaceNeeded);
// - the restore client on new (pg_restore, mysql) reads what old's dump tool writes (restoreToolCanRead);
// - the clocks of old and new are less than 5 s apart;
// - each login has the privileges its purpose needs (detail::privilegeChecks).
QList<CheckRecord> checks(JobContext& ctx);

// With the step option createRoles: the roles old's database names that new lacks, created on new as old
// defines them (MissingRoles.h); a failed outcome when that failed, else nullopt. reportChecks calls it.
std::optional<StepOutcome> createMissingRoles(JobContext& ctx);

// createMissingRoles() when asked, then checks() and then more (step 1's port checks), each reported
// (ctx.reportCheck); a failed outcome naming every refusal when one did not pass, else nullopt (go on): `if
// (auto refused = DatabasePreflight::reportChecks(ctx)) return *refused;`
std::optional<StepOutcome> reportChecks(JobContext& ctx, const QList<CheckRecord>& more = {});

// Steps 4 and 8, before the new database is recreated: the server-identity checks above with these
// adapters. Done, or the refusal (both identities named).
Expected<Done, QString> guardServers(JobContext& ctx, const DatabaseAdapter& oldDb,
                                     const DatabaseAdapter& newDb);

namespace detail {
// A check of ctx's step, in the category "database".
CheckRecord checkRecord(JobContext& ctx, const QString& name, bool passed, const QString& detail);
// "old (127.0.15.11), dump login as postgres over the local socket": the login a purpose uses, for people.
QString loginDescription(JobContext& ctx, HostRole role, const DatabaseAdapter& db, DatabasePurpose purpose);
// DatabasePrivilegeChecks.cpp: old's dump (and count, when it logs in otherwise) and new's restore and
// admin logins, each with the privileges LoginPrivileges.h says its purpose needs.
QList<CheckRecord> privilegeChecks(JobContext& ctx, const DatabaseAdapter& oldDb,
                                   const DatabaseAdapter& newDb);
// DatabaseHostChecks.cpp
qint64 dataSpaceNeeded(qint64 databaseBytes);
CheckRecord rolesCheck(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb);
CheckRecord dataSpaceCheck(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb);
CheckRecord restoreToolCheck(JobContext& ctx, const DatabaseAdapter& newDb,
                             const Expected<ServerVersion, QString>& dumpTool,
                             const Expected<ServerVersion, QString>& restoreTool);
CheckRecord clockCheck(JobContext& ctx);
} // namespace detail

} // namespace DatabasePreflight

} // namespace puw
