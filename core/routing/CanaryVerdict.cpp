#include "CanaryVerdict.h"

#include <algorithm>

namespace puw {

QString canaryStageName(int index, int percent)
{
    //: a stage of the canary in the step's log: %1 its number (1 for the first), %2 the share in percent
    return Routing::tr("stage %1 (%2%)").arg(index + 1).arg(percent);
}

QString canaryPercentText(double fraction)
{
    return Routing::tr("%1%").arg(QString::number(fraction * 100.0, 'f', 1));
}

QString canaryLimitPassed(const CanaryPlan& plan, const CanaryStats& stats, int secondsHeld, bool holdEnded)
{
    const bool enough = stats.requests >= std::max(1, plan.minRequests);
    if (enough && stats.errorRate() > plan.maxErrorRate)
        //: %1 failed requests, %2 requests to the new version, %3 their part, %4 the plan's limit
        return Routing::tr("%1 of %2 requests to the new version failed (%3, limit %4)")
            .arg(stats.errors)
            .arg(stats.requests)
            .arg(canaryPercentText(stats.errorRate()), canaryPercentText(plan.maxErrorRate));
    if (enough && plan.maxP95LatencyMs > 0 && stats.p95LatencyMs > plan.maxP95LatencyMs)
        return Routing::tr("the new version answered 95% of %1 requests within %2 ms (limit %3 ms)")
            .arg(stats.requests)
            .arg(stats.p95LatencyMs)
            .arg(plan.maxP95LatencyMs);
    if (holdEnded && stats.requests < plan.minRequests)
        return Routing::tr("only %1 of the %n request(s) needed to judge the new version reached it in %2 s",
                           nullptr, plan.minRequests)
            .arg(stats.requests)
            .arg(secondsHeld);
    return {};
}

QString canaryPlanProblem(const CanaryPlan& plan)
{
    if (plan.stagesPercent.isEmpty())
        return Routing::tr("the canary has no stage");
    QStringList words;
    for (const int percent : plan.stagesPercent)
        words << QString::number(percent);
    int previous = 0;
    for (const int percent : plan.stagesPercent) {
        if (percent <= previous || percent > 100)
            return Routing::tr("the canary's stages must rise from 1 to 100 percent, not %1")
                .arg(words.join(QStringLiteral(", ")));
        previous = percent;
    }
    if (previous != 100)
        return Routing::tr("the canary's last stage must be 100 percent, not %1").arg(previous);
    if (plan.holdSeconds < 1)
        return Routing::tr("each stage of the canary must be held for at least a second");
    if (plan.maxErrorRate < 0 || plan.maxErrorRate > 1)
        return Routing::tr("the canary's error rate limit must be a fraction between 0 and 1");
    return canaryLogPathProblem(plan.logPath);
}

} // namespace puw
