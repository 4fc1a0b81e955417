#pragma once

#include "jobs/JobContext.h"

namespace puw {

// The testers' preview of a plan with route.preview (nginx): before step 9, testers reach the new
// installation through the proxy on the preview's port while users stay on old. Every command goes through
// the context (recorded, redacted, cancellable, listed in a dry run). Opening reloads the production
// proxy, so it needs the proxy's address typed in full (StepOption::kTypedProxy).
namespace TesterPreview {

// Writes the program's own block (nginx_preview::block) into its own file, runs nginx's test (a refusal
// removes the file again: nginx never loads it and the proxy is as it was), reloads, and asks the preview
// from the proxy itself; no answer closes it again. A file there that the program did not write is never
// replaced. Records preview.opened_at and preview.url.
StepOutcome open(JobContext& ctx);

// Removes the block's file, runs the test (a refusal puts the file back) and reloads. Records
// preview.closed_at. With no file there, it says so and records the preview closed.
StepOutcome close(JobContext& ctx);

// Step 9 and the rollback: closes the preview if its file is still on the proxy; nothing for a plan
// without one.
Expected<Done, QString> closeIfOpen(JobContext& ctx);

} // namespace TesterPreview

} // namespace puw
