#include "TesterPreviewJob.h"

#include "jobs/JobContext.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/TesterPreview.h"

namespace puw {

StepOutcome TesterPreviewJob::run(JobContext& ctx)
{
    return ctx.option(StepOption::kPreview).toString() == QLatin1String("open") ? TesterPreview::open(ctx)
                                                                                : TesterPreview::close(ctx);
}

} // namespace puw
