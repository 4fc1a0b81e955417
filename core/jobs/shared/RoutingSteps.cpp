#include "RoutingSteps.h"

#include "CanarySteps.h"
#include "TesterPreview.h"
#include "Timings.h"
#include "jobs/JobText.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"
#include "routing/DnsRoute.h"
#include "routing/NginxSwitch.h"
#include "routing/RouteFromRecipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace puw::RoutingSteps {

namespace {
// The public URL is verified on the path of the recipe's first HTTP check (its health page), with the
// check's placeholders filled in as for the new host (the URL may be a variable, "{{health_url}}").
HttpCheckRequest publicCheck(JobContext& ctx)
{
    const auto& checks = ctx.recipe().recipe().httpChecks;
    QString path = QStringLiteral("/");
    if (!checks.isEmpty()) {
        const auto url = ctx.expand(checks.first().url, HostRole::New);
        const QString expandedPath = url.ok() ? QUrl(url.value()).path() : QString();
        if (!expandedPath.isEmpty())
            path = expandedPath;
    }
    return publicUrlCheck(ctx.plan().route, path, {});
}

// After the canary's last stage: the public address answers (on fresh connections) through new.
Expected<Done, StepOutcome> verifyPublicAddress(JobContext& ctx)
{
    if (ctx.isDryRun())
        return Done{};
    HealthWaitOptions options;
    options.timeoutMs = 15000;
    options.intervalMs = 100;
    options.cancel = ctx.cancelFlag();
    const HealthWaitResult wait = waitUntilHealthy(publicCheck(ctx), options);
    ctx.reportCheck(wait.result.toRecord(ctx.step()));
    if (wait.result.passed)
        return Done{};
    StepOutcome outcome =
        StepOutcome::failed(JobText::tr("nginx sends every request to new, but %1 does not answer: %2")
                                .arg(ctx.plan().route.publicUrl, wait.result.detail));
    outcome.offerRollback = true;
    return unexpected(outcome);
}

QString downtimeText(JobContext& ctx, const QDateTime& end)
{
    const QDateTime start =
        QDateTime::fromString(ctx.sessionValue(SessionKey::kDowntimeStartedAt), Qt::ISODateWithMs);
    if (!start.isValid())
        return {};
    const qint64 seconds = start.secsTo(end);
    return JobText::tr(" Downtime: %1 min %2 s.").arg(seconds / 60).arg(seconds % 60);
}

void for_each_line(JobContext& ctx, const QStringList& lines)
{
    for (const QString& line : lines)
        ctx.log(line);
}

// A step 9 killed between nginx's reload and the journal's record of it leaves no record: the proxy's file
// itself says whether it routes to the new installation. Unreadable counts as switched, so that the
// revert runs and says what it finds.
bool switchedWithoutRecord(JobContext& ctx)
{
    if (ctx.isDryRun())
        return false;
    auto setup = nginxSetupFor(ctx.recipe(), ctx.plan().route);
    auto upstream = nginxUpstreamFor(ctx.recipe());
    if (!setup.ok() || !upstream.ok())
        return false;
    const auto holds = nginxHolds(ctx.recordedShell(HostRole::Proxy), setup.value(), upstream.value());
    if (holds && !holds.value())
        return false;
    ctx.log(
        holds
            ? JobText::tr("The proxy routes to the new installation (an earlier run of step 9 "
                          "switched it): switching it back.")
            : JobText::tr("Could not read the proxy's upstream file (%1): reverting it.").arg(holds.error()));
    return true;
}

// The testers' preview has no purpose once users are on new or back on old. A preview that cannot be
// closed does not hold up the switch or the rollback (it only leads testers to new): the log says so.
void closeTesterPreview(JobContext& ctx)
{
    if (const auto closed = TesterPreview::closeIfOpen(ctx); !closed.ok())
        ctx.log(JobText::tr("The testers' preview could not be closed: %1 Close it from step 7's page.")
                    .arg(closed.error()));
}
} // namespace

StepOutcome routeToNew(JobContext& ctx)
{
    const QDateTime begun = QDateTime::currentDateTimeUtc();
    const RouteSpec& route = ctx.plan().route;
    if (route.kind == RouteKind::Nginx) {
        auto setup = nginxSetupFor(ctx.recipe(), route);
        auto upstream = nginxUpstreamFor(ctx.recipe());
        if (!setup.ok() || !upstream.ok())
            return StepOutcome::failed(setup.ok() ? upstream.error() : setup.error());
        setup->cancel = ctx.cancelFlag();
        setup->dryRun = ctx.isDryRun(); // lists the whole switch
        closeTesterPreview(ctx);
        if (!route.canary.isEmpty()) {
            const StepOutcome staged = CanarySteps::moveInStages(ctx, setup.value(), upstream.value());
            if (staged.state != StepState::Done)
                return staged;
            ctx.reportValue(SessionKey::kRouteSwitched, QStringLiteral("nginx"));
            if (auto verified = verifyPublicAddress(ctx); !verified.ok())
                return verified.error();
            return StepOutcome::done(JobText::tr("Users reach the new installation: %1. No downtime: old "
                                                 "served every request until nginx sent it to new.")
                                         .arg(staged.summary));
        }
        // Right after a reload, nginx workers of the previous configuration may still take a connection
        // and answer 502 (the old installation is stopped): one good answer is not enough, three in a row
        // on fresh connections are (seen in the e2e suite on a loaded machine). Polled often, since the
        // downtime clock runs until then; the previous file is kept.
        setup->verifyConsecutive = 3;
        setup->verifyIntervalMs = 100;
        const RouteResult result = switchNginx(ctx.recordedShell(HostRole::Proxy), setup.value(),
                                               upstream.value(), publicCheck(ctx));
        for_each_line(ctx, result.actions);
        // Reloaded is switched, whatever the check that follows says: the rollback must revert it.
        if (result.reloaded)
            ctx.reportValue(SessionKey::kRouteSwitched, QStringLiteral("nginx"));
        if (!result.verification.name.isEmpty())
            ctx.reportCheck(result.verification.toRecord(ctx.step()));
        if (!result.ok && !ctx.isDryRun()) {
            StepOutcome outcome = StepOutcome::failed(result.detail);
            outcome.offerRollback = true;
            return outcome;
        }
        ctx.reportValue(SessionKey::kRouteSwitched, QStringLiteral("nginx"));
    } else if (route.kind == RouteKind::Dns) {
        // Every resolver the plan names must give the new address before users are said to be there.
        for (const QString& resolver : route.resolvers()) {
            DnsWaitRequest request;
            request.name = route.dnsName;
            request.expected = QHostAddress(ctx.plan().newHost.address);
            request.resolver = QHostAddress(resolver);
            request.resolverPort = route.resolverPort;
            request.cancel = ctx.cancelFlag();
            request.intervalMs = 1000; // the downtime clock runs until the answer comes
            ctx.log(JobText::tr("Change the DNS record of %1 to %2; waiting until %3 answers with it.")
                        .arg(route.dnsName, ctx.plan().newHost.address,
                             resolver.isEmpty() ? JobText::tr("the system's resolver") : resolver));
            const DnsWaitResult result = ctx.isDryRun()
                                             ? DnsWaitResult{}
                                             : waitForDns(request, [&](const DnsAttempt&) { return true; });
            ctx.reportCheck(result.result.toRecord(ctx.step()));
            if (!ctx.isDryRun() && !result.result.passed) {
                StepOutcome outcome = StepOutcome::failed(result.result.detail);
                outcome.offerRollback = true;
                return outcome;
            }
        }
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    ctx.reportValue(SessionKey::kDowntimeEndedAt, end.toString(Qt::ISODateWithMs));
    Timings::record(ctx, DowntimePart::kRoute, begun.msecsTo(end));
    return StepOutcome::done(JobText::tr("Users reach the new installation.") + downtimeText(ctx, end));
}

Expected<Done, QString> routeBackToOld(JobContext& ctx)
{
    const RouteSpec& route = ctx.plan().route;
    if (route.kind == RouteKind::Dns)
        return unexpected(JobText::tr("Point the DNS record of %1 back to %2.")
                              .arg(route.dnsName, ctx.plan().oldHost.address));
    if (route.kind != RouteKind::Nginx)
        return Done{};
    closeTesterPreview(ctx);
    if (ctx.sessionValue(SessionKey::kRouteSwitched).isEmpty() && !switchedWithoutRecord(ctx)) {
        // The proxy still points to the old installation: back in service once it answers there.
        if (ctx.isDryRun())
            return Done{};
        HealthWaitOptions options;
        options.timeoutMs = ctx.recipe().recipe().timeouts.startSeconds * 1000;
        options.intervalMs = 250;
        options.cancel = ctx.cancelFlag();
        const HealthWaitResult wait = waitUntilHealthy(publicCheck(ctx), options);
        ctx.reportCheck(wait.result.toRecord(ctx.step()));
        if (!wait.result.passed)
            return unexpected(JobText::tr("%1 does not answer: %2").arg(route.publicUrl, wait.result.detail));
        return Done{};
    }
    auto setup = nginxSetupFor(ctx.recipe(), route);
    if (!setup.ok())
        return unexpected(setup.error());
    setup->dryRun = ctx.isDryRun(); // lists the whole revert
    const RouteResult result =
        revertNginx(ctx.recordedShell(HostRole::Proxy), setup.value(), publicCheck(ctx));
    for_each_line(ctx, result.actions);
    if (!result.ok && !ctx.isDryRun())
        return unexpected(result.detail);
    return Done{};
}

} // namespace puw::RoutingSteps
