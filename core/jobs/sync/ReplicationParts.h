#pragma once

#include "database/DatabaseAdapter.h"
#include "database/sync/PostgresReplication.h"
#include "jobs/JobContext.h"

#include <memory>

// What the replication's start, catch-up and removal share (jobs/sync/), not for other callers.
namespace puw::ReplicationParts {

// sync.mode values.
inline constexpr QLatin1String kReplicating{"replication"};
inline constexpr QLatin1String kCaughtUp{"caught-up"}; // the subscription is gone, the data is old's last
inline constexpr QLatin1String kPromoted{"promoted"};  // the sync database is the application's now
inline constexpr QLatin1String kDump{"dump"};          // the plan asked for replication, old could not

struct Databases {
    std::unique_ptr<DatabaseAdapter> oldDb;  // the application's database on old
    std::unique_ptr<DatabaseAdapter> newDb;  // the application's database on new
    std::unique_ptr<DatabaseAdapter> syncDb; // new's database that follows old
    PostgresReplication replication;
};
Expected<Databases, QString> databases(JobContext& ctx);

// An admin script on a host, recorded (a secret script's text is not); its stdout, or the client's error
// named with what.
Expected<QString, QString> runAdmin(JobContext& ctx, HostRole role, const DatabaseAdapter& db,
                                    const QByteArray& script, bool inAppDatabase, const QString& what,
                                    bool secret = false, int timeoutMs = 120000);

// Old's server as new reaches it: the recipe's host for old, or old's own address where that is loopback.
QString oldServerFromNew(JobContext& ctx, const DatabaseAdapter& oldDb);

// The subscription's state on new and the slot on old, as sync.state JSON; fails on a broken replication
// with the last error new's PostgreSQL logged.
Expected<PostgresReplication::Progress, QString> progress(JobContext& ctx, const Databases& dbs);
Expected<PostgresReplication::Lag, QString> lag(JobContext& ctx, const Databases& dbs);
void recordState(JobContext& ctx, const PostgresReplication::Progress& progress,
                 const PostgresReplication::Lag& lag);

// Removes the subscription (connected, else detached), then old's slots, publication and role, then checks
// that nothing of the mode is left on old. keepSyncDatabase: the catch-up keeps it to promote it.
Expected<Done, QString> removeReplication(JobContext& ctx, const Databases& dbs, bool keepSyncDatabase);

} // namespace puw::ReplicationParts
