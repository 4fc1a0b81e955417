#pragma once

#include "NginxCanary.h"

namespace puw {

// How a stage of the canary is judged and named, in words (NginxCanary.cpp uses these).

// "stage 2 (50%)": index 0 is stage 1.
QString canaryStageName(int index, int percent);

// Empty while the stage may go on; otherwise which limit the new upstream passed, with its figures, e.g.
// "7 of 61 requests to the new version failed (11.5%, limit 1.0%)". Before the hold's end only a limit passed
// with at least minRequests requests counts; at its end, fewer requests than minRequests fail too.
QString canaryLimitPassed(const CanaryPlan& plan, const CanaryStats& stats, int secondsHeld, bool holdEnded);

// "12.3%" for a fraction of 0.123.
QString canaryPercentText(double fraction);

} // namespace puw
