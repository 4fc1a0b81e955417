#include "ServiceSteps.h"

#include "ProxyReach.h"
#include "SharedMigrations.h"

#include "DatabaseSteps.h"
#include "DnsRecordCheck.h"
#include "StartWatch.h"
#include "Timings.h"
#include "checks/CommandCheck.h"
#include "checks/DatabaseCheck.h"
#include "checks/HealthWait.h"
#include "checks/HttpCheck.h"
#include "checks/LogScan.h"
#include "database/DatabaseTarget.h"
#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"
#include "plan/Procedure.h"
#include "remote/PortForward.h"
#include "remote/SshHost.h"
#include "remote/WaitHere.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

namespace puw::ServiceSteps {

namespace {
// An HTTP check's URL as seen from the new host, reached through an SSH tunnel so that firewalls and
// private addresses do not matter. The tunnel lives as long as the returned object.
struct TunnelledUrl {
    QUrl url;
    QString originalHost;
    std::unique_ptr<PortForward> forward;
};

TunnelledUrl throughTunnel(JobContext& ctx, const QUrl& url)
{
    TunnelledUrl result{url, {}, nullptr};
    SshHost* host = ctx.hosts().sshHost(HostRole::New);
    if (!host || ctx.isDryRun())
        return result;
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    result.forward.reset(host->forward(url.host(), port));
    const RemoteError ready = waitHere(result.forward->ready());
    if (ready.isError()) {
        ctx.log(
            JobText::tr("No tunnel to %1 (%2); checking it directly.").arg(url.authority(), ready.message));
        result.forward.reset();
        return result;
    }
    result.originalHost = url.host();
    result.url.setHost(QStringLiteral("127.0.0.1"));
    result.url.setPort(result.forward->localPort());
    return result;
}

std::optional<HttpCheckRequest> httpRequest(JobContext& ctx, const HttpCheckSpec& spec, TunnelledUrl* tunnel,
                                            QString* error)
{
    const auto url = ctx.expand(spec.url, HostRole::New);
    if (!url.ok()) {
        *error = JobText::tr("The check \"%1\" uses {{%2}}, which has no value.").arg(spec.name, url.error());
        return std::nullopt;
    }
    *tunnel = throughTunnel(ctx, QUrl(url.value()));
    HttpCheckRequest request = HttpCheckRequest::fromSpec(spec, tunnel->url);
    request.originalHost = tunnel->originalHost;
    if (auto body = ctx.expand(spec.bodyContains, HostRole::New); body.ok())
        request.bodyContains = body.value();
    return request;
}

QStringList logFiles(JobContext& ctx)
{
    QStringList files;
    for (const QString& file : ctx.recipe().recipe().logFiles) {
        if (auto path = ctx.expand(file, HostRole::New); path.ok())
            files.append(path.value());
    }
    return files;
}
// The new database answers the recipe's migration-head query through Qt Sql, over an SSH tunnel to the
// database's port as the new host sees it (the engine thread queries; the SSH worker pumps the tunnel).
std::optional<CheckResult> databaseCheck(JobContext& ctx)
{
    const Recipe& recipe = ctx.recipe().recipe();
    // A shared database: old's server is the one the new installation uses.
    const HostRole role = newInstallationDatabaseHost(procedureOf(ctx.plan()));
    const auto query = ctx.expand(recipe.migrations.headQuery, role);
    if (recipe.migrations.headQuery.isEmpty() || !query.ok() || ctx.isDryRun())
        return std::nullopt;
    if (auto viaClient =
            DatabaseSteps::headCheckThroughClient(ctx, role, query.value())) // peer, socket (db team)
        return viaClient;
    const auto target =
        DatabaseTarget::fromBinding(ctx.recipe(), {{QStringLiteral("host_address"), ctx.hostAddress(role)}});
    if (!target.ok() || target->usesCompose())
        return std::nullopt; // inside compose the port is not published: the command checks cover it
    const bool postgres = ctx.recipe().databaseEngine() == DatabaseEngine::PostgreSql;
    const int port = target->port.isEmpty() ? (postgres ? 5432 : 3306) : target->port.toInt();
    QUrl url;
    url.setScheme(QStringLiteral("tcp"));
    url.setHost(target->host);
    url.setPort(port);
    TunnelledUrl tunnel = throughTunnel(ctx, url);
    DatabaseCheckRequest request;
    request.name = JobText::tr("Database answers (migration head)");
    request.engine = ctx.recipe().databaseEngine();
    request.host = tunnel.url.host();
    request.port = tunnel.url.port();
    request.database = target->name;
    request.user = target->app.user;
    request.password = ctx.secret(recipe.database.credential, role).value_or(QString());
    request.query = query.value();
    request.compare = DatabaseCheckRequest::Compare::NotEmpty;
    return runDatabaseCheck(request);
}
} // namespace

StepOutcome migrateStartAndWait(JobContext& ctx)
{
    const Recipe& recipe = ctx.recipe().recipe();
    if (auto refused = SharedMigrations::refuseUnlessAllowed(ctx))
        return *refused;
    QStringList applied;
    Timings::PartClock migrating(ctx, DowntimePart::kMigrate);
    if (!recipe.migrations.apply.isEmpty()) {
        ctx.log(JobText::tr("Applying the new version's migrations."));
        const ShellOutcome migrate = ctx.runRecipe(HostRole::New, recipe.migrations.apply);
        const QRegularExpression failedLine(recipe.migrations.failedPattern);
        const QRegularExpression pendingLine(recipe.migrations.pendingPattern);
        for (const QString& line :
             (migrate.stdoutText + migrate.stderrText).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // Parsec-style tools report a failed migration and still exit 0: the line decides.
            if (!recipe.migrations.failedPattern.isEmpty() && failedLine.match(line).hasMatch())
                return StepOutcome::failed(
                    JobText::tr("A migration failed: %1. The migrations before it stay "
                                "applied; fix the cause and run this step again.")
                        .arg(line.trimmed()));
            if (!recipe.migrations.pendingPattern.isEmpty() && pendingLine.match(line).hasMatch())
                applied.append(line.section(QLatin1Char(' '), 0, 0).trimmed());
        }
        if (!migrate.ok())
            return StepOutcome::failed(JobText::tr("The migrations failed: %1").arg(migrate.describe()));
        ctx.reportValue(
            SessionKey::kMigrationsApplied,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(applied)).toJson(QJsonDocument::Compact)));
    }
    migrating.done();
    if (ctx.isCancelled())
        return StepOutcome::cancelled(JobText::tr("Cancelled after the migrations."));

    Timings::PartClock starting(ctx, DowntimePart::kStart);
    const auto marks = markLogs(ctx.recordedShell(HostRole::New), logFiles(ctx), true);
    if (marks.ok())
        ctx.reportValue(SessionKey::kLogsMark, QString::number(marks->size()));
    StartWatch watch(ctx, marks.ok() ? marks.value() : QList<LogMark>{});
    watch.markBeforeStart();
    Timings::PartClock service(ctx, DowntimePart::kService); // one command: stop and route are made of these
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Enable); !error.isEmpty())
        return StepOutcome::failed(JobText::tr("The new application did not start: %1").arg(error));
    service.done();
    watch.begin();
    if (recipe.httpChecks.isEmpty() || ctx.isDryRun()) {
        starting.done();
        return StepOutcome::done(JobText::tr("Started; %n migration(s) applied.", nullptr, applied.size()));
    }

    QString error;
    TunnelledUrl tunnel;
    const auto health = httpRequest(ctx, recipe.httpChecks.first(), &tunnel, &error);
    if (!health)
        return StepOutcome::failed(error);
    ctx.log(JobText::tr("Waiting up to %1 s for %2 to answer.")
                .arg(recipe.timeouts.startSeconds)
                .arg(health->url.toString()));
    HealthWaitOptions options;
    options.timeoutMs = recipe.timeouts.startSeconds * 1000;
    options.cancel = ctx.cancelFlag();
    QString cannotStart; // the log or the unit says waiting longer is in vain
    const HealthWaitResult wait = waitUntilHealthy(*health, options, [&](const HealthAttempt& attempt) {
        cannotStart = watch.look(attempt.elapsedMs);
        if (!attempt.result.passed)
            ctx.log(JobText::tr("Not healthy yet (attempt %1): %2")
                        .arg(attempt.number)
                        .arg(attempt.result.detail));
        return attempt.result.passed || cannotStart.isEmpty();
    });
    ctx.reportCheck(wait.result.toRecord(ctx.step()));
    if (wait.stoppedByCaller && !cannotStart.isEmpty())
        return StepOutcome::failed(JobText::tr("The new application did not start: %1").arg(cannotStart));
    if (!wait.result.passed)
        return wait.result.cancelled
                   ? StepOutcome::cancelled(wait.result.detail)
                   : StepOutcome::failed(
                         JobText::tr("The new application is not healthy: %1").arg(wait.result.detail));
    if (marks.ok() && !recipe.logErrorPattern.isEmpty()) {
        const CheckResult scan =
            scanLogs(ctx.recordedShell(HostRole::New),
                     {JobText::tr("Log since start"), marks.value(), recipe.logErrorPattern, true});
        ctx.reportCheck(scan.toRecord(ctx.step()));
    }
    starting.done();
    return StepOutcome::done(JobText::tr("%n migration(s) applied; ", nullptr, applied.size()) +
                             JobText::tr("the new application is healthy (%1).").arg(wait.result.detail));
}

StepOutcome runChecks(JobContext& ctx)
{
    // The checks only look: HTTP requests, the recipe's command checks, the database's migration head.
    const JobContext::ReadOnlyCommands readOnly(ctx);
    const Recipe& recipe = ctx.recipe().recipe();
    QStringList failed;
    int count = 0;
    Timings::PartClock checking(ctx, DowntimePart::kChecks);
    for (const HttpCheckSpec& spec : recipe.httpChecks) {
        QString error;
        TunnelledUrl tunnel;
        const auto request = httpRequest(ctx, spec, &tunnel, &error);
        if (!request)
            return StepOutcome::failed(error);
        const CheckResult result =
            ctx.isDryRun()
                ? CheckResult{spec.name, QStringLiteral("http"), true, false, JobText::tr("dry run"), 0, {}}
                : runHttpCheck(*request, ctx.cancelFlag());
        ctx.reportCheck(result.toRecord(ctx.step()));
        ctx.log(
            QStringLiteral("%1 %2: %3")
                .arg(result.passed ? QStringLiteral("✔") : QStringLiteral("✘"), spec.name, result.detail));
        ++count;
        if (!result.passed)
            failed.append(spec.name);
    }
    for (const CommandCheckSpec& spec : recipe.commandChecks) {
        const auto argv = ctx.recipe().expand(
            spec.command, {{QStringLiteral("host_address"), ctx.hostAddress(HostRole::New)}});
        if (!argv.ok())
            return StepOutcome::failed(JobText::tr("The check \"%1\" uses {{%2}}, which has no value.")
                                           .arg(spec.name, argv.error()));
        const CheckResult result =
            runCommandCheck(ctx.recordedShell(HostRole::New),
                            {spec.name, argv.value(), spec.command.sudo, spec.outputContains});
        ctx.reportCheck(result.toRecord(ctx.step()));
        ++count;
        if (!result.passed)
            failed.append(spec.name);
    }
    // From the proxy itself: nginx's way to new, and nginx's test of the new upstream (on a copy); for DNS,
    // the record at each resolver with its TTL.
    for (const auto& proxyCheck :
         {ProxyReach::check(ctx), ProxyReach::nginxAcceptsUpstream(ctx), DnsRecordCheck::check(ctx)}) {
        if (!proxyCheck)
            continue;
        ctx.reportCheck(*proxyCheck);
        ctx.log(QStringLiteral("%1 %2: %3")
                    .arg(proxyCheck->passed ? QStringLiteral("✔") : QStringLiteral("✘"), proxyCheck->name,
                         proxyCheck->detail));
        ++count;
        if (!proxyCheck->passed)
            failed.append(proxyCheck->name);
    }
    if (const auto check = databaseCheck(ctx)) {
        ctx.reportCheck(check->toRecord(ctx.step()));
        ctx.log(
            QStringLiteral("%1 %2: %3")
                .arg(check->passed ? QStringLiteral("✔") : QStringLiteral("✘"), check->name, check->detail));
        ++count;
        if (!check->passed)
            failed.append(check->name);
    }
    if (ctx.isCancelled())
        return StepOutcome::cancelled(JobText::tr("Cancelled during the checks."));
    if (!failed.isEmpty())
        return StepOutcome::failed(JobText::tr("%1 of %2 checks failed: %3.")
                                       .arg(failed.size())
                                       .arg(count)
                                       .arg(failed.join(QStringLiteral(", "))));
    checking.done();
    return StepOutcome::done(JobText::tr("All %1 checks passed.").arg(count));
}

} // namespace puw::ServiceSteps
