#pragma once

#include "HostSpec.h"

#include <QString>

namespace puw {

// How users reach the application, and so how step 9 switches them to the new host.
enum class RouteKind { None, Nginx, Dns };

struct RouteSpec {
    RouteKind kind = RouteKind::None;
    QString publicUrl;    // what users open; verified after the switch
    HostSpec proxy;       // nginx: the host that runs the reverse proxy
    QString upstreamFile; // nginx: the file that names the upstream server
    QString dnsName;      // dns: the name users resolve
    QString resolver;     // dns: the resolver to ask (address), empty for the system's
    int resolverPort = 53;

    bool operator==(const RouteSpec&) const = default;
};

QString routeKindKey(RouteKind kind);

} // namespace puw
