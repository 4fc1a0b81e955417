#pragma once

#include "jobs/JobContext.h"
#include "journal/JournalRecords.h"

#include <optional>

namespace puw::DnsRecordCheck {

// Step 6 of a plan routed by DNS: asks each resolver the plan names (route.resolver and route.resolvers)
// for the record step 9 changes, and records what it points to now with its live TTL, and the advice the
// step 7 page shows (lower the TTL one TTL ahead), as the session value dns.advice. A resolver that does
// not answer fails the check now, not step 9's wait during the downtime. Nothing for other routes.
std::optional<CheckRecord> check(JobContext& ctx);

} // namespace puw::DnsRecordCheck
