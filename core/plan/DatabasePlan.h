#pragma once

#include "HostRole.h"
#include "JsonFieldReader.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// The purposes a database connection serves ("dump", "restore", "count", "admin") and the ways a recipe
// or plan may say to log in for each ("app", "app-socket", "app-peer", "superuser"; DatabaseTarget.h says
// what each does). The lists are here so that recipes and plans check names the same way.
QStringList databasePurposeKeys();
QStringList databaseAccessModeNames();

// How to reach the database on one host, where it differs from the recipe's database section.
struct DatabaseHostSettings {
    QMap<QString, QString> access; // purpose key -> mode; a purpose not named keeps the recipe's way
    QString socket;                // the socket directory (PostgreSQL) or file (MySQL); empty: the default

    bool isEmpty() const { return access.isEmpty() && socket.isEmpty(); }
    bool operator==(const DatabaseHostSettings&) const = default;
};

// How the data reaches new at cutover (database.sync):
//  - Dump: step 8 dumps old and restores the whole database on new, during the downtime.
//  - Replication: from step 4 on, a second database on new follows old by the engine's own replication
//    (core/database/sync/); step 8 only waits until it has applied old's last change, then it becomes the
//    application's database. Where old cannot replicate, the dump stays the mode, with the reason.
enum class DatabaseSync { Dump, Replication };
QString databaseSyncKey(DatabaseSync sync); // "dump", "replication"

// The plan's "database" section: { "old": {...}, "new": {...}, "allowDowngrade": "reason", "shared": true,
// "sync": "replication" }.
struct DatabasePlan {
    DatabaseHostSettings oldHost;
    DatabaseHostSettings newHost;
    // Non-empty: the new server may be older than the old one (a major version down), for this reason.
    QString downgradeReason;
    // Old and new use one database server, old's (the new installation's configuration points at it): the
    // shared-database procedure (core/plan/Procedure.h) runs, with no import and no downtime.
    bool shared = false;
    DatabaseSync sync = DatabaseSync::Dump;

    const DatabaseHostSettings& forRole(HostRole role) const
    {
        return role == HostRole::New ? newHost : oldHost;
    }
    bool isEmpty() const
    {
        return oldHost.isEmpty() && newHost.isEmpty() && downgradeReason.isEmpty() && !shared &&
               sync == DatabaseSync::Dump;
    }
    bool operator==(const DatabasePlan&) const = default;
};

// Reads one purpose -> mode object (a recipe's database.access, a plan host's settings); an unknown
// purpose or mode fails the reader with the field and the names it accepts. extraKeys: other keys the
// object may hold (they are left to the caller).
QMap<QString, QString> readDatabaseAccess(JsonFieldReader& reader, const QJsonObject& object,
                                          const QString& path, const QStringList& extraKeys = {});
// The plan's section (empty when the plan has none); writing gives it back (toJson: empty when empty).
DatabasePlan readDatabasePlan(JsonFieldReader& reader, const QJsonObject& root);
QJsonObject databasePlanToJson(const DatabasePlan& plan);

} // namespace puw
