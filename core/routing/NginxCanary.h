#pragma once

#include "CanaryLog.h"
#include "NginxSwitch.h"

#include <functional>

namespace puw {

// How traffic moves to the new installation in stages, and what a stage must show to go on.
struct CanaryPlan {
    QList<int> stagesPercent = {10, 50, 100}; // rising, each 1..100, the last one 100
    int holdSeconds = 300;                    // how long each stage below 100 is watched
    double maxErrorRate = 0.01;               // a fraction: 0.01 is 1% of the new version's answers
    int maxP95LatencyMs = 0;                  // 95th percentile of the new version's answer time; 0: no limit
    int minRequests = 20;                     // a stage that saw fewer requests to the new version fails
    QString logPath = QString::fromLatin1(kDefaultCanaryLogPath);
};

// What a stage shows while it is held (the GUI's live view).
struct CanaryProgress {
    int stageIndex = 0; // 0 for the first stage
    int percent = 0;    // the share of requests nginx sends to the new installation in this stage
    int secondsHeld = 0;
    CanaryStats stats; // the new upstream's figures since the stage began
};

// A stage that was held: its share, when it was in force, what the log showed and the verdict.
struct CanaryHeldStage {
    int percent = 0;
    int secondsHeld = 0;
    qint64 startMs = 0; // ms since the epoch: nginx runs the stage's upstream from then (reloaded)
    qint64 endMs = 0;   // ... until the hold ended or a limit was passed
    CanaryStats stats;
    bool passed = false;
    QString verdict; // in words: held within the limits, or the limit passed
};

struct CanaryResult {
    bool ok = false;         // every stage passed and nginx sends everything to the new installation
    bool rolledBack = false; // a failure put the original file back and nginx runs it again
    QString detail;          // what happened, in words: for a failed stage, its share, figures and limit
    QList<CanaryHeldStage> stages; // the stages that were held (not the last one, 100%)
    QStringList actions;           // one line per command (log reads: one summary line per stage)
};

// The upstream content for a share of requests to the new installation (for 100: the normal all-to-new
// content), or why it cannot be made.
using CanaryContentFor = std::function<Expected<QString, QString>(int percent)>;
// Called at the start of each hold and then at least every second during it, from the runner's thread.
using CanaryObserver = std::function<void(const CanaryProgress&)>;

// Runs the canary on the proxy. First every stage's content is built (a failure there changes nothing).
// The file's original is kept as FILE.puw-previous as switchNginx keeps it, never replaced by canary
// content: when the file already holds a canary's content (a run killed mid-way) or the all-to-new content
// and a previous copy exists, that copy is the original and is kept.
// Each stage below 100 writes its content with canaryLogFormatBlock(plan.logPath) appended, runs the test
// (a refused file is replaced by the original: nginx never loads it), reloads, notes the log's end, then
// reads the new lines every second and judges the new upstream (newUpstream, "address:port"): at the
// hold's end fewer than minRequests requests, an error rate over maxErrorRate or a p95 over
// maxP95LatencyMs fails the stage; with minRequests requests or more, a limit passed fails it at once.
// A failed stage, a failed command after the first change, or setup.cancel puts the original back (test,
// reload): the detail names the stage, the share, the figures and the limit passed.
// The last stage (100) is written, tested and reloaded like switchNginx and not held: the caller verifies
// the public URL (revertNginx goes back to the original).
// In a dry run, every command of every stage is listed (one log read per stage), with no wait.
CanaryResult runNginxCanary(HostShell& proxy, const NginxSetup& setup, const CanaryPlan& plan,
                            const CanaryContentFor& contentFor, const QString& newUpstream,
                            const CanaryObserver& observer = {});

// Empty when the plan can be run; otherwise what is wrong with it, for people.
QString canaryPlanProblem(const CanaryPlan& plan);

} // namespace puw
