#include "CanarySteps.h"

#include "ProxyReach.h"
#include "jobs/JobText.h"
#include "journal/SessionValues.h"
#include "routing/CanaryRecord.h"
#include "routing/NginxCanary.h"

#include <QDateTime>

namespace puw::CanarySteps {

namespace {
CanaryPlan canaryPlanOf(const CanarySpec& spec)
{
    CanaryPlan plan;
    plan.stagesPercent = spec.stagesPercent;
    plan.holdSeconds = spec.holdSeconds;
    plan.maxErrorRate = spec.maxErrorRate;
    plan.maxP95LatencyMs = spec.maxP95LatencyMs;
    plan.minRequests = spec.minRequests;
    return plan;
}

// The new version as nginx names it in $upstream_addr: the first server of the all-to-new upstream.
QString newUpstreamOf(const QString& allToNew)
{
    const QList<ProxyReach::Upstream> servers = ProxyReach::upstreamServers(allToNew);
    return servers.isEmpty() ? QString() : servers.first().host + QLatin1Char(':') + servers.first().port;
}

QString progressText(const CanaryProgress& progress, int stageCount)
{
    const CanaryStats& stats = progress.stats;
    //: %1 stage number, %2 number of stages, %3 share in percent, %4 requests at new, %5 failed, %6 rate
    QString text =
        JobText::tr("Stage %1 of %2: %3% of requests to new. %4 requests reached it, %5 failed (%6%)")
            .arg(progress.stageIndex + 1)
            .arg(stageCount)
            .arg(progress.percent)
            .arg(stats.requests)
            .arg(stats.errors)
            .arg(100.0 * stats.errorRate(), 0, 'f', 1);
    if (stats.p95LatencyMs >= 0)
        text += JobText::tr(", p95 %1 ms").arg(stats.p95LatencyMs);
    return text + QLatin1Char('.');
}

CanaryStageRecord journalRecord(const CanaryHeldStage& held)
{
    CanaryStageRecord record;
    record.percent = held.percent;
    record.startMs = held.startMs;
    record.endMs = held.endMs;
    record.requests = held.stats.requests;
    record.failed = held.stats.errors;
    record.total = held.stats.totalRequests;
    record.p95Ms = held.stats.p95LatencyMs;
    record.passed = held.passed;
    record.verdict = held.verdict;
    return record;
}
} // namespace

StepOutcome moveInStages(JobContext& ctx, const NginxSetup& setup, const QString& allToNew)
{
    const CanarySpec& spec = ctx.plan().route.canary;
    const QString newUpstream = newUpstreamOf(allToNew);
    if (newUpstream.isEmpty())
        return StepOutcome::failed(
            JobText::tr("The recipe's nginx upstream names no server with a port, so the canary cannot tell "
                        "the new version's requests in the proxy's log. Nothing was changed."));
    const auto contentFor = [&](int percent) -> Expected<QString, QString> {
        if (percent >= 100)
            return allToNew;
        return ctx.recipe().expand(ctx.recipe().recipe().routing.nginxCanaryUpstream,
                                   {{QStringLiteral("old_weight"), QString::number(100 - percent)},
                                    {QStringLiteral("new_weight"), QString::number(percent)}});
    };
    const int stageCount = int(spec.stagesPercent.size());
    const auto observe = [&](const CanaryProgress& progress) {
        StepProgress shown;
        shown.what = progressText(progress, stageCount);
        shown.done = progress.secondsHeld;
        shown.total = spec.holdSeconds;
        shown.elapsedMs = qint64(progress.secondsHeld) * 1000;
        shown.isBytes = false;
        ctx.reportProgress(shown);
    };
    QStringList stages;
    for (int percent : spec.stagesPercent)
        stages << QStringLiteral("%1%").arg(percent);
    //: %1 the stages, e.g. "10%, 50%, 100%", %2 seconds, %3 the new upstream server (address:port)
    ctx.log(
        JobText::tr("Moving users to new in stages of %1, each held %2 s, watching %3 in the proxy's access "
                    "log.")
            .arg(stages.join(QStringLiteral(", ")))
            .arg(spec.holdSeconds)
            .arg(newUpstream));
    const CanaryResult result = runNginxCanary(ctx.recordedShell(HostRole::Proxy), setup, canaryPlanOf(spec),
                                               contentFor, newUpstream, observe);
    for (const QString& line : result.actions)
        ctx.log(line);
    QList<CanaryStageRecord> records;
    for (const CanaryHeldStage& held : result.stages)
        records << journalRecord(held);
    if (result.ok) {
        // The last stage is not held: nginx runs the all-to-new upstream from now on.
        CanaryStageRecord all;
        all.percent = 100;
        all.startMs = all.endMs = QDateTime::currentMSecsSinceEpoch();
        all.passed = true;
        all.verdict = JobText::tr("every request to new from here");
        records << all;
    }
    if (!ctx.isDryRun())
        ctx.reportValue(SessionKey::kCanaryStages, canaryStagesToJson(records));
    if (result.ok)
        return StepOutcome::done(result.detail);
    // Not rolled back by itself (a command failed on the way back): the proxy may hold a canary's file,
    // so the rollback must revert it.
    if (!result.rolledBack)
        ctx.reportValue(SessionKey::kRouteSwitched, QStringLiteral("nginx"));
    StepOutcome outcome = StepOutcome::failed(result.detail);
    outcome.offerRollback = true;
    return outcome;
}

} // namespace puw::CanarySteps
