#include "DatabasePreflight.h"

#include "DatabaseSteps.h"
#include "MissingRoles.h"
#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "plan/Procedure.h"

namespace puw::DatabasePreflight {

namespace detail {
CheckRecord checkRecord(JobContext& ctx, const QString& name, bool passed, const QString& detail)
{
    return {0, ctx.step(), name, QStringLiteral("database"), passed, detail, QDateTime::currentDateTimeUtc()};
}

QString loginDescription(JobContext& ctx, HostRole role, const DatabaseAdapter& db, DatabasePurpose purpose)
{
    const DatabaseAccess& access = db.target().access(purpose);
    const QString how =
        access.method == DatabaseAccess::Method::Local
            ? JobText::tr("as %1 over the local socket").arg(access.user)
        : access.socket.isEmpty()
            ? JobText::tr("as %1 to %2:%3").arg(access.user, db.target().host, db.target().port)
            : JobText::tr("as %1 over %2").arg(access.user, access.socket);
    //: %1 old or new, %2 its address, %3 the purpose (dump, restore, count, admin), %4 how it logs in
    return JobText::tr("%1 (%2), %3 login %4")
        .arg(hostRoleLabel(role), ctx.hostAddress(role), databasePurposeKey(purpose), how);
}
} // namespace detail

namespace {
CheckRecord record(JobContext& ctx, const QString& name, bool passed, const QString& detail)
{
    return detail::checkRecord(ctx, name, passed, detail);
}

// "old (127.0.15.11), login superuser to 127.0.15.11:5432"
QString where(JobContext& ctx, HostRole role, const DatabaseAdapter& db, DatabasePurpose purpose)
{
    return detail::loginDescription(ctx, role, db, purpose);
}

struct Side {
    HostRole role;
    const DatabaseAdapter* db;
    DatabasePurpose purpose;
    Expected<ServerInfo, QString> info;
};

Side ask(JobContext& ctx, HostRole role, const DatabaseAdapter& db, DatabasePurpose purpose)
{
    // Old's database exists; new's may not yet (step 4 creates it): there the server only.
    return {role, &db, purpose, db.serverInfo(ctx.recordedShell(role), purpose, role == HostRole::Old)};
}

// Fails when different is true and both reach one server, or when it is false and they reach two.
CheckRecord compare(JobContext& ctx, const QString& name, const Side& a, const Side& b, bool different)
{
    if (!a.info.ok() || !b.info.ok())
        return record(ctx, name, false, a.info.ok() ? b.info.error() : a.info.error());
    const bool same = a.info->identity.sameServer(b.info->identity);
    const QString first =
        where(ctx, a.role, *a.db, a.purpose) + QStringLiteral(": ") + a.info->identity.describe();
    const QString second =
        where(ctx, b.role, *b.db, b.purpose) + QStringLiteral(": ") + b.info->identity.describe();
    if (different && same)
        return record(ctx, name, false,
                      JobText::tr("Both reach the same database server: %1; %2. The new host's database "
                                  "would be restored into old's. Fix: make the recipe's database host for "
                                  "new name new's own server (a variable such as db_host left at old's "
                                  "address, or a tunnel), then run this step again.")
                          .arg(first, second));
    if (!different && !same)
        return record(ctx, name, false,
                      JobText::tr("They reach two different servers: %1; %2. Fix: give both purposes the "
                                  "same server (the plan's database.%3 settings or the recipe's database "
                                  "section), then run this step again.")
                          .arg(first, second, hostRoleLabel(a.role)));
    return record(ctx, name, true, different ? JobText::tr("%1; %2").arg(first, second) : first);
}

bool versionAtLeast(const ServerVersion& version, const ServerVersion& needed, bool majorOnly)
{
    if (version.major != needed.major)
        return version.major > needed.major;
    return majorOnly || version.minor >= needed.minor;
}
// The dump tool on old can read old's server (its major version is at least the server's).
CheckRecord dumpToolCheck(JobContext& ctx, const DatabaseAdapter& oldDb,
                          const Expected<ServerVersion, QString>& tool, const ServerVersion& oldServer)
{
    const bool postgres = oldDb.engine() == DatabaseEngine::PostgreSql;
    const QString toolName = postgres ? QStringLiteral("pg_dump") : QStringLiteral("mysqldump");
    if (!tool.ok()) {
        return record(ctx, JobText::tr("%1 can dump old's server").arg(toolName), false, tool.error());
    } else {
        QString why;
        const bool can = dumpToolCanDump(oldDb.engine(), tool.value(), oldServer, &why);
        return record(
            ctx, JobText::tr("%1 can dump old's server").arg(toolName), can,
            can ? JobText::tr("%1 on old (%2) for the server %3 %4")
                          .arg(tool->text, ctx.hostAddress(HostRole::Old), oldServer.product,
                               oldServer.text) +
                      (why.isEmpty() ? QString() : QStringLiteral(" ") + why)
                : JobText::tr("On old (%1) %2 is %3.%4, older than the server's %5.%6: it cannot dump it. "
                              "Needed: %2 %5 or newer. Fix: install the PostgreSQL client of version %5 "
                              "on old (Debian: postgresql-client-%5 from the PostgreSQL apt repository), "
                              "then run this step again.")
                      .arg(ctx.hostAddress(HostRole::Old), toolName)
                      .arg(tool->major)
                      .arg(tool->minor)
                      .arg(oldServer.major)
                      .arg(oldServer.minor));
    }
}

// A shared database: new uses old's server, so nothing is restored on new and new's own server (if any)
// is not asked; what remains is what step 3's safety backup needs on old, and the clocks.
QList<CheckRecord> sharedDatabaseChecks(JobContext& ctx, const DatabaseAdapter& oldDb, const Side& oldDump,
                                        const Side& oldCount)
{
    const auto tool = oldDb.dumpToolVersion(ctx.recordedShell(HostRole::Old));
    if (ctx.isDryRun())
        return {};
    QList<CheckRecord> records{
        compare(ctx, JobText::tr("Old's dump and count logins reach one server"), oldDump, oldCount, false),
        detail::clockCheck(ctx)};
    if (oldDump.info.ok())
        records << dumpToolCheck(ctx, oldDb, tool, oldDump.info->version);
    return records;
}
} // namespace

QList<CheckRecord> checks(JobContext& ctx)
{
    auto dbs = DatabaseSteps::detail::bothAdapters(ctx);
    if (!dbs.ok())
        return {record(ctx, JobText::tr("Database logins"), false, dbs.error())};
    const DatabaseAdapter& oldDb = *dbs->oldDb;
    const DatabaseAdapter& newDb = *dbs->newDb;
    const bool postgres = oldDb.engine() == DatabaseEngine::PostgreSql;

    const Side oldDump = ask(ctx, HostRole::Old, oldDb, DatabasePurpose::Dump);
    const Side oldCount = ask(ctx, HostRole::Old, oldDb, DatabasePurpose::Count);
    if (procedureOf(ctx.plan()) == Procedure::SharedDatabase)
        return sharedDatabaseChecks(ctx, oldDb, oldDump, oldCount);
    const Side newRestore = ask(ctx, HostRole::New, newDb, DatabasePurpose::Restore);
    const Side newAdmin = ask(ctx, HostRole::New, newDb, DatabasePurpose::Admin);
    const auto tool = oldDb.dumpToolVersion(ctx.recordedShell(HostRole::Old));
    const auto restoreTool = newDb.restoreToolVersion(ctx.recordedShell(HostRole::New));
    if (ctx.isDryRun())
        return {};
    QList<CheckRecord> hostChecks{
        detail::rolesCheck(ctx, oldDb, newDb), detail::dataSpaceCheck(ctx, oldDb, newDb),
        detail::restoreToolCheck(ctx, newDb, tool, restoreTool), detail::clockCheck(ctx)};
    hostChecks += detail::privilegeChecks(ctx, oldDb, newDb);

    QList<CheckRecord> records;
    records << compare(ctx, JobText::tr("Old and new are different database servers"), oldDump, newRestore,
                       true)
            << compare(ctx, JobText::tr("New's admin and restore logins reach one server"), newAdmin,
                       newRestore, false)
            << compare(ctx, JobText::tr("Old's dump and count logins reach one server"), oldDump, oldCount,
                       false);
    if (!oldDump.info.ok())
        return records + hostChecks;
    const ServerVersion& oldServer = oldDump.info->version;

    records << dumpToolCheck(ctx, oldDb, tool, oldServer);
    if (newRestore.info.ok()) {
        const ServerVersion& newServer = newRestore.info->version;
        const bool upward = versionAtLeast(newServer, oldServer, postgres);
        const QString reason = ctx.plan().database.downgradeReason;
        const QString name = JobText::tr("New's database server is at least old's version");
        if (upward)
            records << record(ctx, name, true,
                              JobText::tr("old %1 %2, new %3 %4")
                                  .arg(oldServer.product, oldServer.text, newServer.product, newServer.text));
        else if (!reason.isEmpty())
            records << record(ctx, name, true,
                              JobText::tr("new %1 %2 is older than old's %3, allowed by the plan: %4")
                                  .arg(newServer.product, newServer.text, oldServer.text, reason));
        else
            records << record(
                ctx, name, false,
                JobText::tr("On new (%1) the server is %2 %3, older than old's %4: a dump of a newer server "
                            "may not restore there. Needed: %2 %5.%6 or newer. Fix: upgrade new's server, or "
                            "allow the downgrade in the plan with the reason (\"database\": "
                            "{\"allowDowngrade\": \"...\"}).")
                    .arg(ctx.hostAddress(HostRole::New), newServer.product, newServer.text, oldServer.text)
                    .arg(oldServer.major)
                    .arg(oldServer.minor));
    }
    return records + hostChecks;
}

std::optional<StepOutcome> createMissingRoles(JobContext& ctx)
{
    auto dbs = DatabaseSteps::detail::bothAdapters(ctx);
    if (!dbs.ok())
        return StepOutcome::failed(dbs.error());
    const auto roles = MissingRoles::find(ctx, *dbs->oldDb, *dbs->newDb);
    // A dry run learns no names: it lists the commands for the roles new lacks, whichever they are.
    const QStringList missing = ctx.isDryRun() ? QStringList{JobText::tr("ROLE")}
                                : roles.ok()   ? roles->missing
                                               : QStringList{};
    if (!roles.ok() && !ctx.isDryRun())
        return StepOutcome::failed(roles.error());
    if (missing.isEmpty())
        return std::nullopt;
    const JobContext::ChangingCommands changing(ctx); // new's roles change (and old's hashes are read)
    const auto created = MissingRoles::createOnNew(ctx, *dbs->oldDb, *dbs->newDb, missing);
    if (!created.ok())
        //: %1 why the roles could not be created
        return StepOutcome::failed(
            JobText::tr("The missing roles were not created: %1").arg(created.error()));
    ctx.log(JobText::tr("Roles: %1.").arg(created.value()));
    return std::nullopt;
}

std::optional<StepOutcome> reportChecks(JobContext& ctx, const QList<CheckRecord>& more)
{
    if (ctx.option(StepOption::kCreateRoles).toBool()) {
        if (auto refused = createMissingRoles(ctx))
            return refused;
    }
    QStringList refusals;
    for (const CheckRecord& check : checks(ctx) + more) {
        ctx.reportCheck(check);
        if (!check.passed)
            refusals << check.name + QStringLiteral(": ") + check.detail;
    }
    if (refusals.isEmpty())
        return std::nullopt;
    return StepOutcome::failed(refusals.join(QLatin1Char(' ')));
}

Expected<Done, QString> guardServers(JobContext& ctx, const DatabaseAdapter& oldDb,
                                     const DatabaseAdapter& newDb)
{
    const Side oldDump = ask(ctx, HostRole::Old, oldDb, DatabasePurpose::Dump);
    const Side newRestore = ask(ctx, HostRole::New, newDb, DatabasePurpose::Restore);
    const Side newAdmin = ask(ctx, HostRole::New, newDb, DatabasePurpose::Admin);
    if (ctx.isDryRun())
        return Done{};
    QStringList refusals;
    for (const CheckRecord& check :
         {compare(ctx, JobText::tr("Old and new are different database servers"), oldDump, newRestore, true),
          compare(ctx, JobText::tr("New's admin and restore logins reach one server"), newAdmin, newRestore,
                  false)}) {
        ctx.reportCheck(check);
        if (!check.passed)
            refusals << check.name + QStringLiteral(": ") + check.detail;
    }
    if (!refusals.isEmpty())
        return unexpected(
            JobText::tr("Nothing was dropped or restored. %1").arg(refusals.join(QLatin1Char(' '))));
    return Done{};
}

} // namespace puw::DatabasePreflight
