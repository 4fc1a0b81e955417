#pragma once

#include "jobs/JobContext.h"
#include "jobs/StepJob.h"

#include <QDateTime>

namespace puw {

// Step 7: the downtime begins. Stops the application on the old and the new host so that it stays
// stopped (disabled: a supervisor or Restart=always must not bring it back while data moves), checks
// that it did, and records when the downtime began. Refuses to run without the admin's confirmation
// (option "confirmed"), which the wizard's commit page and --assume-yes give.
class StopBothJob : public StepJob {
public:
    StepId step() const override { return StepId::StopBoth; }
    StepOutcome run(JobContext& ctx) override;

    // The recipe's services that run on a host (step 8 asks again after its backup).
    static QStringList activeServices(JobContext& ctx, HostRole role);
    // Step 8, once its backup is restored: both hosts' services are still stopped, and stay so until at
    // least the quiet window after step 7 stopped them has passed. Empty, or what came back.
    static QString watchStayedStopped(JobContext& ctx);
    static QString watchStayedStopped(JobContext& ctx, const QDateTime& since, int windowMs);
    // "X came back on the old host after being stopped: ..."
    static QString cameBack(const QStringList& services, HostRole role);
};

} // namespace puw
