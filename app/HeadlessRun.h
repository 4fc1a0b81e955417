#pragma once

#include "plan/UpgradePlan.h"
#include "steps/StepCatalogue.h"

#include <QString>

namespace puw {

// What `parallel-upgrade --headless` was asked to do.
struct HeadlessOptions {
    UpgradePlan plan;
    QString planPath;
    QString sessionDir;
    StepId through = StepId::RouteTraffic; // the last step to run
    bool assumeYes = false;                // confirms step 7 (and step 10 when asked for)
    bool dryRun = false;                   // lists every command, runs none
    bool rollback = false;
    QString reportPath;
};

// Runs the plan's steps in order, in the session journal of that plan, resuming where it says; prints
// one line per event to stdout. Returns the process exit code: 0 only if every step run succeeded.
int runHeadless(const HeadlessOptions& options);

} // namespace puw
