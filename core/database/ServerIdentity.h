#pragma once

#include "DatabaseOutput.h"
#include "remote/HostShell.h"
#include "util/Expected.h"

#include <QString>

namespace puw {

// Which database server a connection reached, as the server itself says: two connections with the same
// id reached the same server, whatever host names or addresses led there.
// - PostgreSQL: the cluster's system_identifier (pg_control_system()), fixed at initdb;
// - MySQL: @@server_uuid;
// - MariaDB has no server_uuid: the clock-sequence and node part of UUID(), which the server draws at
//   start and keeps until it stops, with @@hostname ("3f1a-7c2e94b0d1aa@db1"): the same for every
//   connection to one running server, different for two servers (and after a restart).
// host and port are where the server says it listens for this connection (PostgreSQL: inet_server_addr()
// and the port setting, "socket" over a socket; MySQL: @@hostname and @@port): for people, not compared.
struct ServerIdentity {
    QString id;
    QString host;
    QString port;

    bool sameServer(const ServerIdentity& other) const { return !id.isEmpty() && id == other.id; }
    // "system identifier 7714964363013566482 (127.0.15.11:5432)"
    QString describe() const;
};

struct ServerInfo {
    ServerIdentity identity;
    ServerVersion version;
};

namespace detail {
// A script for the engine's client that prints "puw-identity ID HOST PORT" and "puw-version TEXT".
QByteArray serverInfoScript(bool postgres);
// The "puw-identity ID HOST PORT" line the identity commands print.
Expected<ServerIdentity, QString> parseIdentityLine(const QString& output);
} // namespace detail

} // namespace puw
