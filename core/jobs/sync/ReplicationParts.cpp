#include "ReplicationParts.h"

#include "database/SqlQuoting.h"
#include "jobs/JobText.h"
#include "jobs/shared/DatabaseSteps.h"
#include "journal/SessionValues.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace puw::ReplicationParts {

Expected<Databases, QString> databases(JobContext& ctx)
{
    auto both = DatabaseSteps::detail::bothAdapters(ctx);
    if (!both.ok())
        return unexpected(both.error());
    Databases dbs;
    dbs.oldDb = std::move(both->oldDb);
    dbs.newDb = std::move(both->newDb);
    DatabaseTarget sync = dbs.newDb->target();
    sync.name = PostgresReplication::syncDatabaseName(sync.name);
    dbs.syncDb = DatabaseAdapter::create(dbs.newDb->engine(), sync);
    dbs.replication = PostgresReplication(dbs.oldDb->target().excludeTables);
    return dbs;
}

Expected<QString, QString> runAdmin(JobContext& ctx, HostRole role, const DatabaseAdapter& db,
                                    const QByteArray& script, bool inAppDatabase, const QString& what,
                                    bool secret, int timeoutMs)
{
    const DatabaseCommand command = db.adminScriptCommand(script, inAppDatabase, secret);
    const ShellOutcome outcome = ctx.recordedShell(role).run(command.request(timeoutMs));
    if (!outcome.ok())
        return unexpected(DatabaseAdapter::describeFailure(what, outcome));
    return outcome.stdoutText;
}

QString oldServerFromNew(JobContext& ctx, const DatabaseAdapter& oldDb)
{
    const QString host = oldDb.target().host;
    static const QStringList loopback{QStringLiteral("127.0.0.1"), QStringLiteral("localhost"),
                                      QStringLiteral("::1"), QString()};
    if (loopback.contains(host) || host.startsWith(QLatin1Char('/')))
        return ctx.hostAddress(HostRole::Old);
    return host;
}

namespace {
// The last error new's PostgreSQL logged (Debian's log files), for a replication that stopped.
QString lastServerError(JobContext& ctx)
{
    RunOptions quiet;
    quiet.sudo = true;
    quiet.logLines = false;
    quiet.timeoutMs = 20000;
    const ShellOutcome found =
        ctx.runLine(HostRole::New,
                    QStringLiteral("tail -n 400 /var/log/postgresql/postgresql-*.log 2>/dev/null | "
                                   "grep -E 'ERROR|FATAL' | tail -n 1"),
                    quiet);
    const QString line = found.stdoutText.trimmed();
    return line.isEmpty() ? JobText::tr("see new's PostgreSQL log") : line.right(400);
}
} // namespace

Expected<PostgresReplication::Progress, QString> progress(JobContext& ctx, const Databases& dbs)
{
    const auto output = runAdmin(ctx, HostRole::New, *dbs.syncDb, PostgresReplication::progressScript(), true,
                                 JobText::tr("Reading the subscription on new"));
    if (!output.ok())
        return unexpected(output.error());
    if (ctx.isDryRun())
        return PostgresReplication::Progress{1, 1, true, 0, 0};
    auto read = PostgresReplication::parseProgress(output.value());
    if (!read.ok())
        return read;
    if (read->tables == 0)
        return unexpected(JobText::tr("New's database %1 has no subscription to old: replication is not "
                                      "running (run step 4 again to start it).")
                              .arg(dbs.syncDb->target().name));
    if (read->applyErrors > 0 || read->copyErrors > 0)
        return unexpected(JobText::tr("The replication from old to new failed (%1 apply and %2 copy errors "
                                      "on new): %3. Roll back, fix the cause and run step 4 again.")
                              .arg(read->applyErrors)
                              .arg(read->copyErrors)
                              .arg(lastServerError(ctx)));
    return read;
}

Expected<PostgresReplication::Lag, QString> lag(JobContext& ctx, const Databases& dbs)
{
    const auto output = runAdmin(ctx, HostRole::Old, *dbs.oldDb, PostgresReplication::lagScript(), true,
                                 JobText::tr("Reading the replication slot on old"));
    if (!output.ok())
        return unexpected(output.error());
    if (ctx.isDryRun())
        return PostgresReplication::Lag{};
    return PostgresReplication::parseLag(output.value());
}

void recordState(JobContext& ctx, const PostgresReplication::Progress& progress,
                 const PostgresReplication::Lag& lag)
{
    if (ctx.isDryRun())
        return;
    QJsonObject state{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("bytesBehind"), double(lag.bytesBehind())},
                      {QStringLiteral("tablesReady"), progress.tablesReady},
                      {QStringLiteral("tables"), progress.tables},
                      {QStringLiteral("errors"), double(progress.applyErrors + progress.copyErrors)}};
    ctx.reportValue(SessionKey::kSyncState,
                    QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
}

Expected<Done, QString> removeReplication(JobContext& ctx, const Databases& dbs, bool keepSyncDatabase)
{
    // The sync database may not exist (an earlier removal, a start that stopped early): no subscription.
    const auto exists =
        runAdmin(ctx, HostRole::New, *dbs.newDb,
                 QStringLiteral("SELECT 'puw-sync exists ' || count(*) FROM pg_database WHERE "
                                "datname = %1;\nSELECT 'puw-end';\n")
                     .arg(sql::pgString(dbs.syncDb->target().name))
                     .toUtf8(),
                 false, JobText::tr("Looking for new's sync database"));
    if (!exists.ok())
        return unexpected(exists.error());
    if (ctx.isDryRun() || exists->contains(QStringLiteral("puw-sync exists 1"))) {
        const auto connected =
            runAdmin(ctx, HostRole::New, *dbs.syncDb, PostgresReplication::unsubscribeScript(), true,
                     JobText::tr("Removing the subscription on new"));
        if (!connected.ok()) {
            ctx.log(JobText::tr("%1; removing it without reaching old, then old's slot directly.")
                        .arg(connected.error()));
            const auto detached =
                runAdmin(ctx, HostRole::New, *dbs.syncDb, PostgresReplication::detachScript(), true,
                         JobText::tr("Removing the subscription on new"));
            if (!detached.ok())
                return unexpected(detached.error());
        }
    }
    if (!keepSyncDatabase) {
        const auto dropped =
            runAdmin(ctx, HostRole::New, *dbs.syncDb,
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\nSELECT 'puw-end';\n")
                         .arg(sql::pgIdentifier(dbs.syncDb->target().name))
                         .toUtf8(),
                     false, JobText::tr("Dropping new's sync database"));
        if (!dropped.ok())
            return unexpected(dropped.error());
    }
    const auto info = dbs.newDb->serverInfo(ctx.recordedShell(HostRole::New), DatabasePurpose::Admin, false);
    const QString subscriber = info.ok() ? info->identity.id : QString();
    const auto unpublished =
        runAdmin(ctx, HostRole::Old, *dbs.oldDb, PostgresReplication::unpublishScript(subscriber), true,
                 JobText::tr("Removing the slot, publication and role on old"));
    if (!unpublished.ok())
        return unexpected(unpublished.error());
    const auto left = runAdmin(ctx, HostRole::Old, *dbs.oldDb, PostgresReplication::leftoversScript(), true,
                               JobText::tr("Checking that nothing of the replication is left on old"));
    if (!left.ok())
        return unexpected(left.error());
    const QStringList found =
        ctx.isDryRun() ? QStringList{} : PostgresReplication::parseLeftovers(left.value());
    if (!found.isEmpty())
        return unexpected(
            JobText::tr("Still on old after the removal: %1. A slot left behind keeps old's WAL "
                        "and fills its disk: drop it with SELECT pg_drop_replication_slot(...).")
                .arg(found.join(QStringLiteral(", "))));
    return Done{};
}

} // namespace puw::ReplicationParts
