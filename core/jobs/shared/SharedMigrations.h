#pragma once

#include "jobs/JobContext.h"
#include "jobs/StepOutcome.h"

#include <optional>

namespace puw::SharedMigrations {

// Step 5 of a shared-database plan, before the new version's migrations run: they would change the
// database old serves while users work on it. Lists them first (the recipe's migrations.list on new) and
// lets them run only when the recipe says they are backward compatible and the admin typed old's address
// (StepOption::kTypedHost) to confirm; otherwise refuses with the migrations named, the reason and the fix
// (the separate-database procedure). Nothing pending, or not a shared database: no refusal.
std::optional<StepOutcome> refuseUnlessAllowed(JobContext& ctx);

} // namespace puw::SharedMigrations
