#include "RoutingSteps.h"

#include "routing/DnsRoute.h"
#include "routing/NginxSwitch.h"
#include "routing/RouteFromRecipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace puw::RoutingSteps {

namespace {
class RouteText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

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

QString downtimeText(JobContext& ctx, const QDateTime& end)
{
    const QDateTime start =
        QDateTime::fromString(ctx.sessionValue(QStringLiteral("downtime.started_at")), Qt::ISODateWithMs);
    if (!start.isValid())
        return {};
    const qint64 seconds = start.secsTo(end);
    return RouteText::tr(" Downtime: %1 min %2 s.").arg(seconds / 60).arg(seconds % 60);
}

void for_each_line(JobContext& ctx, const QStringList& lines)
{
    for (const QString& line : lines)
        ctx.log(line);
}
} // namespace

StepOutcome routeToNew(JobContext& ctx)
{
    const RouteSpec& route = ctx.plan().route;
    if (route.kind == RouteKind::Nginx) {
        auto setup = nginxSetupFor(ctx.recipe(), route);
        auto upstream = nginxUpstreamFor(ctx.recipe());
        if (!setup.ok() || !upstream.ok())
            return StepOutcome::failed(setup.ok() ? upstream.error() : setup.error());
        setup->cancel = ctx.cancelFlag();
        // Right after a reload, nginx workers of the previous configuration may still take a connection
        // and answer 502 (the old installation is stopped): one good answer is not enough, three in a row
        // on fresh connections are (seen in the e2e suite on a loaded machine). Polled often, since the
        // downtime clock runs until then; the previous file is kept.
        setup->verifyConsecutive = 3;
        setup->verifyIntervalMs = 100;
        const RouteResult result = switchNginx(ctx.recordedShell(HostRole::Proxy), setup.value(),
                                               upstream.value(), publicCheck(ctx));
        for_each_line(ctx, result.actions);
        if (!result.verification.name.isEmpty())
            ctx.reportCheck(result.verification.toRecord(ctx.step()));
        if (!result.ok && !ctx.isDryRun()) {
            StepOutcome outcome = StepOutcome::failed(result.detail);
            outcome.offerRollback = true;
            return outcome;
        }
        ctx.reportValue(QStringLiteral("route.switched"), QStringLiteral("nginx"));
    } else if (route.kind == RouteKind::Dns) {
        DnsWaitRequest request;
        request.name = route.dnsName;
        request.expected = QHostAddress(ctx.plan().newHost.address);
        request.resolver = QHostAddress(route.resolver);
        request.resolverPort = route.resolverPort;
        request.cancel = ctx.cancelFlag();
        request.intervalMs = 1000; // the downtime clock runs until the answer comes
        ctx.log(RouteText::tr("Change the DNS record of %1 to %2; waiting until %3 answers with it.")
                    .arg(route.dnsName, ctx.plan().newHost.address,
                         route.resolver.isEmpty() ? RouteText::tr("the system's resolver") : route.resolver));
        const DnsWaitResult result =
            ctx.isDryRun() ? DnsWaitResult{} : waitForDns(request, [&](const DnsAttempt&) { return true; });
        ctx.reportCheck(result.result.toRecord(ctx.step()));
        if (!ctx.isDryRun() && !result.result.passed) {
            StepOutcome outcome = StepOutcome::failed(result.result.detail);
            outcome.offerRollback = true;
            return outcome;
        }
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    ctx.reportValue(QStringLiteral("downtime.ended_at"), end.toString(Qt::ISODateWithMs));
    return StepOutcome::done(RouteText::tr("Users reach the new installation.") + downtimeText(ctx, end));
}

QString routeBackToOld(JobContext& ctx)
{
    const RouteSpec& route = ctx.plan().route;
    if (route.kind == RouteKind::Dns)
        return RouteText::tr("Point the DNS record of %1 back to %2.")
            .arg(route.dnsName, ctx.plan().oldHost.address);
    if (route.kind != RouteKind::Nginx)
        return {};
    if (ctx.sessionValue(QStringLiteral("route.switched")).isEmpty()) {
        // The proxy still points to the old installation: back in service once it answers there.
        if (ctx.isDryRun())
            return {};
        HealthWaitOptions options;
        options.timeoutMs = ctx.recipe().recipe().timeouts.startSeconds * 1000;
        options.intervalMs = 250;
        options.cancel = ctx.cancelFlag();
        const HealthWaitResult wait = waitUntilHealthy(publicCheck(ctx), options);
        ctx.reportCheck(wait.result.toRecord(ctx.step()));
        return wait.result.passed
                   ? QString()
                   : RouteText::tr("%1 does not answer: %2").arg(route.publicUrl, wait.result.detail);
    }
    auto setup = nginxSetupFor(ctx.recipe(), route);
    if (!setup.ok())
        return setup.error();
    const RouteResult result =
        revertNginx(ctx.recordedShell(HostRole::Proxy), setup.value(), publicCheck(ctx));
    for_each_line(ctx, result.actions);
    return result.ok || ctx.isDryRun() ? QString() : result.detail;
}

} // namespace puw::RoutingSteps
