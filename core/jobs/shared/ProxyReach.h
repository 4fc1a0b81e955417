#pragma once

#include "jobs/JobContext.h"
#include "journal/JournalRecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace puw {

// Step 6 (and step 8's re-test), on the proxy host. Can the proxy itself reach the new application where
// nginx will send users? The program's own checks reach new from here (through new's SSH); a firewall between
// proxy and new, or an upstream template naming an address or port the application does not listen on, would
// show only in step 9, during the downtime. So, on the proxy host, each server of the new upstream (the
// recipe's nginx template with the plan's values) is asked for the recipe's first HTTP check's path over
// a plain TCP connection (bash's /dev/tcp: no curl needed there), and any HTTP answer passes: the other
// checks judge health. Read-only; nothing is returned for a plan whose route is not nginx.
namespace ProxyReach {

struct Upstream {
    QString host; // as nginx will connect: a name, an IPv4 address, or [IPv6]
    QString port;
};
// The "server HOST:PORT" entries of an upstream block (unix: sockets and entries without a port left out).
QList<Upstream> upstreamServers(const QString& upstreamText);

std::optional<CheckRecord> check(JobContext& ctx);

// Also on the proxy: nginx's test accepts its configuration with the new upstream in place, tried on a
// copy of the configuration (nginx_commands::testCopy), so that a template error shows in the rehearsal
// and not in step 9; what nginx serves is not touched. Nothing for a plan whose route is not nginx.
std::optional<CheckRecord> nginxAcceptsUpstream(JobContext& ctx);

} // namespace ProxyReach

} // namespace puw
