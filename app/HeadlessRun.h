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
    bool removeHostBackups = false;       // the dumps the session left on the hosts, with assumeYes
    bool createMissingRoles = false;      // steps 1 and 3 create on new the roles old's database names
    bool allowOldDatabaseRestart = false; // step 4 may restart old's PostgreSQL for the plan's replication
    QString preview;                      // "open" or "close": the testers' preview, and nothing else
};

// The exit codes of `parallel-upgrade --headless` (listed in --help and the README). A second SIGINT or
// SIGTERM ends the program at once with 128 + the signal's number (130, 143).
namespace HeadlessExit {
enum Code {
    Succeeded = 0,
    StepFailed = 1,
    NeedsConfirmation = 3, // a step that changes the old installation needs --assume-yes
    Cancelled = 4,         // SIGINT or SIGTERM cancelled the running step; running again resumes
    UsageError = 64,       // as main() answers a wrong option
    BadPlan = 65,
    BadLog = 65, // --import-ansible: a log that is not the json callback's output (as a data error)
    NoJournal = 74,
};
} // namespace HeadlessExit

// Runs the plan's steps in order, in the session journal of that plan, resuming where it says; prints
// one line per event to stdout. Returns the process exit code: 0 only if every step run succeeded.
int runHeadless(const HeadlessOptions& options);

} // namespace puw
