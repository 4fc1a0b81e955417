#include "Timings.h"

#include "journal/Downtime.h"
#include "journal/SessionValues.h"

namespace puw::Timings {

void record(JobContext& ctx, QLatin1String part, qint64 ms)
{
    if (ctx.isDryRun())
        return;
    const bool cutover = stepNumber(ctx.step()) >= stepNumber(StepId::StopBoth);
    const QLatin1String key = cutover ? SessionKey::kCutoverTimings : SessionKey::kRehearsalTimings;
    QMap<QString, qint64> timings = readTimings(ctx.sessionValue(key));
    timings.insert(part, ms);
    ctx.reportValue(key, writeTimings(timings));
}

} // namespace puw::Timings
