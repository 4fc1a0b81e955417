#pragma once

#include "recipes/Recipe.h"

#include <QString>
#include <QStringList>

namespace puw {

// The known fixes a recipe may name in database.restoreFixes:
//  "mysql8-collations"  MySQL 8 dump into MariaDB: utf8mb4_0900_ai_ci -> utf8mb4_general_ci,
//                       utf8mb4_0900_bin -> utf8mb4_bin, drops /*!80016 DEFAULT ENCRYPTION='N' */
//                       (a stream filter; INSERT lines, i.e. the data, are left alone)
//  "definer-hosts"      strips DEFINER=`user`@`host` from views, triggers, routines and events, so they
//                       belong to the restoring account (a stream filter; INSERT lines left alone)
//  "max-allowed-packet" mysql/mysqldump clients with --max-allowed-packet=1G, and the server's global
//                       max_allowed_packet raised to at least 64 MiB when the database is created
//  "liquibase-lock"     after the restore, releases Liquibase's DATABASECHANGELOGLOCK (if the table exists)
namespace fixes {
inline QString mysql8Collations()
{
    return QStringLiteral("mysql8-collations");
}
inline QString definerHosts()
{
    return QStringLiteral("definer-hosts");
}
inline QString maxAllowedPacket()
{
    return QStringLiteral("max-allowed-packet");
}
inline QString liquibaseLock()
{
    return QStringLiteral("liquibase-lock");
}
} // namespace fixes

QStringList knownRestoreFixes(DatabaseEngine engine);

// Empty when every name is known for the engine; else a message naming the first unknown one.
QString checkRestoreFixes(const QStringList& names, DatabaseEngine engine);

// The sed arguments (after `sed -E`) of the stream filters among the named fixes; empty: no filter.
QStringList mysqlRestoreFilterArguments(const QStringList& names);

} // namespace puw
