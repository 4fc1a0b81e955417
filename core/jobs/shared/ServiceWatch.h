#pragma once

#include "jobs/JobContext.h"

#include <QDateTime>

// Steps 7 and 8 both watch that the recipe's services stay stopped: step 7 right after stopping them,
// step 8 once its backup is restored (so that the quiet window a supervisor needs to show itself
// overlaps the backup instead of adding to the downtime).
namespace puw::ServiceWatch {

// How long the stopped services are watched after step 7 stopped them: a supervisor or systemd's
// Restart= brings a merely stopped service back within a second or two.
inline constexpr int kQuietWindowMs = 2000;

// The recipe's services that run on a host.
QStringList activeServices(JobContext& ctx, HostRole role);

// Both hosts' services are stopped, and stay so until windowMs after `since` (0: one look). Done, or
// what came back. Nothing is looked at in a dry run.
Expected<Done, QString> stayedStopped(JobContext& ctx, const QDateTime& since, int windowMs);
// The same from the moment step 7 saw them stopped (services.stopped_at), for the quiet window.
Expected<Done, QString> stayedStoppedSinceStep7(JobContext& ctx);

// "X came back on the old host after being stopped: ..."
QString cameBack(const QStringList& services, HostRole role);

} // namespace puw::ServiceWatch
