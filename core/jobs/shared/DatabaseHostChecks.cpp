// Step 1's checks of the new host for the database: the roles the dump names exist there, its data
// directory has room for old's database, its restore client reads old's dumps, and its clock agrees with
// old's.
#include "DatabasePreflight.h"

#include "BackupSpace.h"
#include "MissingRoles.h"
#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace puw::DatabasePreflight::detail {

namespace {
CheckRecord record(JobContext& ctx, const QString& name, bool passed, const QString& detail)
{
    return checkRecord(ctx, name, passed, detail);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

// The host's clock minus this computer's, in ms, from `date` halfway through the round trip.
Expected<double, QString> clockOffsetMs(JobContext& ctx, HostRole role)
{
    RunOptions quiet;
    quiet.logLines = false;
    quiet.timeoutMs = 30000;
    const qint64 sent = QDateTime::currentMSecsSinceEpoch();
    const ShellOutcome outcome = ctx.run(role, {QStringLiteral("date"), QStringLiteral("+%s%N")}, quiet);
    const qint64 received = QDateTime::currentMSecsSinceEpoch();
    bool ok = false;
    const double remoteNs = outcome.stdoutText.trimmed().toDouble(&ok);
    if (!outcome.ok() || !ok)
        return unexpected(JobText::tr("Cannot read the clock of the %1 host.").arg(hostRoleLabel(role)));
    return remoteNs / 1e6 - (sent + received) / 2.0;
}
} // namespace

qint64 dataSpaceNeeded(qint64 databaseBytes)
{
    // The restored database is about old's size (pg_database_size and MySQL's data plus index length count
    // the indexes); a tenth more for what grows meanwhile and for the WAL/redo the restore writes.
    return databaseBytes + databaseBytes / 10 + 64ll * 1024 * 1024;
}

CheckRecord rolesCheck(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb)
{
    const QString name = MissingRoles::checkName();
    const auto roles = MissingRoles::find(ctx, oldDb, newDb);
    if (!roles.ok())
        return record(ctx, name, false, roles.error());
    if (roles->missing.isEmpty())
        return record(ctx, name, true, roles->named.join(QStringLiteral(", ")));
    const bool postgres = oldDb.engine() == DatabaseEngine::PostgreSql;
    //: %4 a command that creates one role by hand
    return record(ctx, name, false,
                  JobText::tr("On new (%1) the role(s) %2 do not exist; old's database names %3 (owners and "
                              "grantees). Needed: every one of them. Fix: let the program create them on new "
                              "as old defines them (the step's \"Create the missing roles\", or "
                              "--create-missing-roles), or create them yourself (%4), then run this step "
                              "again.")
                      .arg(ctx.hostAddress(HostRole::New), roles->missing.join(QStringLiteral(", ")),
                           roles->named.join(QStringLiteral(", ")),
                           postgres ? QStringLiteral("sudo -u postgres createuser ROLE")
                                    : QStringLiteral("CREATE USER and GRANT as on old, from SHOW GRANTS")));
}

CheckRecord dataSpaceCheck(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb)
{
    const QString name = JobText::tr("New's data directory has room for the database");
    const auto bytes = oldDb.sizeEstimate(ctx.recordedShell(HostRole::Old));
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    const auto folder = newDb.parseDataDirectory(newShell.run(newDb.dataDirectoryCommand().request(60000)));
    if (!bytes.ok() || !folder.ok())
        return record(ctx, name, false, bytes.ok() ? folder.error() : bytes.error());
    const auto free = BackupSpace::parseDfAvailable(
        newShell.run(newDb.freeSpaceCommand(folder.value()).request(30000)).stdoutText);
    if (!free.ok())
        return record(ctx, name, false, free.error());
    const qint64 needed = dataSpaceNeeded(bytes.value());
    if (free.value() >= needed)
        return record(ctx, name, true,
                      JobText::tr("%1 free in %2 on new, %3 needed")
                          .arg(size(free.value()), folder.value(), size(needed)));
    return record(
        ctx, name, false,
        JobText::tr("On new (%1) the database's data directory %2 has %3 free; the restore needs about "
                    "%4 (old's database is %5, plus a tenth and 64 MiB). Fix: free space on that file "
                    "system or grow it, then run this step again.")
            .arg(ctx.hostAddress(HostRole::New), folder.value(), size(free.value()), size(needed),
                 size(bytes.value())));
}

CheckRecord restoreToolCheck(JobContext& ctx, const DatabaseAdapter& newDb,
                             const Expected<ServerVersion, QString>& dumpTool,
                             const Expected<ServerVersion, QString>& restoreTool)
{
    const QString tool = newDb.restoreToolName();
    const QString name = JobText::tr("%1 on new can read old's dumps").arg(tool);
    if (!dumpTool.ok() || !restoreTool.ok())
        return record(ctx, name, false, restoreTool.ok() ? dumpTool.error() : restoreTool.error());
    if (restoreToolCanRead(newDb.engine(), restoreTool.value(), dumpTool.value()))
        //: %1 e.g. "pg_restore (PostgreSQL) 15.4" on new, %2 new's address, %3 old's dump tool's version
        return record(ctx, name, true,
                      JobText::tr("%1 on new (%2) reads what %3 on old (%4) writes")
                          .arg(restoreTool->text, ctx.hostAddress(HostRole::New), dumpTool->text,
                               ctx.hostAddress(HostRole::Old)));
    return record(
        ctx, name, false,
        JobText::tr("On new (%1) %2 is %3.%4, older than pg_dump %5.%6 on old (%7): it refuses the dump "
                    "(\"unsupported version ... in file header\"). Needed: %2 %5 or newer on new. Fix: "
                    "install the PostgreSQL client of version %5 on new (Debian: postgresql-client-%5 from "
                    "the PostgreSQL apt repository), then run this step again.")
            .arg(ctx.hostAddress(HostRole::New), tool)
            .arg(restoreTool->major)
            .arg(restoreTool->minor)
            .arg(dumpTool->major)
            .arg(dumpTool->minor)
            .arg(ctx.hostAddress(HostRole::Old)));
}

CheckRecord clockCheck(JobContext& ctx)
{
    const QString name = JobText::tr("The clocks of old and new agree");
    const auto oldOffset = clockOffsetMs(ctx, HostRole::Old);
    const auto newOffset = clockOffsetMs(ctx, HostRole::New);
    if (!oldOffset.ok() || !newOffset.ok())
        return record(ctx, name, false, oldOffset.ok() ? newOffset.error() : oldOffset.error());
    const double skewSeconds = std::abs(oldOffset.value() - newOffset.value()) / 1000.0;
    constexpr double kMaxSkewSeconds = 5.0;
    if (skewSeconds < kMaxSkewSeconds)
        return record(ctx, name, true, JobText::tr("%1 s apart").arg(skewSeconds, 0, 'f', 2));
    return record(
        ctx, name, false,
        JobText::tr("The clocks of old (%1) and new (%2) are %3 s apart; needed: under %4 s (timestamps "
                    "written by old and by new must stay in order). Fix: enable time synchronisation on "
                    "both hosts (systemd-timesyncd or chrony), then run this step again.")
            .arg(ctx.hostAddress(HostRole::Old), ctx.hostAddress(HostRole::New))
            .arg(skewSeconds, 0, 'f', 1)
            .arg(kMaxSkewSeconds, 0, 'f', 0));
}

} // namespace puw::DatabasePreflight::detail
