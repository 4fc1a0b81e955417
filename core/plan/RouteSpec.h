#pragma once

#include "HostSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace puw {

// Step 9 in stages (nginx routes of shared-database plans only: old must still serve): the share of
// requests sent to new at each stage, how long each is held while the proxy's access log is watched, and
// the limits past which the share goes back to 0% by itself. Empty stages: the switch is all at once.
struct CanarySpec {
    QList<int> stagesPercent; // ascending, each 1..100, the last 100
    int holdSeconds = 60;
    double maxErrorRate = 0.01; // of the requests new answered: 5xx or no answer
    int maxP95LatencyMs = 2000;
    int minRequests = 20; // a stage that saw fewer requests at new cannot be judged: it rolls back

    bool isEmpty() const { return stagesPercent.isEmpty(); }
    bool operator==(const CanarySpec&) const = default;
};

// A way in for testers before step 9 (nginx routes): a server block of its own on the proxy, on another
// port than the public one, that sends its requests to the new installation while users stay on old. With a
// database per host the canary cannot exist (old is stopped before step 9), so this is what testers get.
struct PreviewSpec {
    int port = 0; // on the proxy; 0: no preview
    QString file; // the block's file on the proxy; empty: puw-preview.conf beside the upstream file

    bool isEmpty() const { return port == 0; }
    bool operator==(const PreviewSpec&) const = default;
};

// How users reach the application, and so how step 9 switches them to the new host.
enum class RouteKind { None, Nginx, Dns };

struct RouteSpec {
    RouteKind kind = RouteKind::None;
    QString publicUrl;         // what users open; verified after the switch
    HostSpec proxy;            // nginx: the host that runs the reverse proxy
    QString upstreamFile;      // nginx: the file that names the upstream server
    QString dnsName;           // dns: the name users resolve
    QString resolver;          // dns: the resolver to ask (address), empty for the system's
    QStringList moreResolvers; // dns: other resolvers users rely on ("resolvers"); each must see the change
    int resolverPort = 53;

    // Every resolver the plan names (the first is `resolver`); one empty entry stands for the system's.
    QStringList resolvers() const { return QStringList{resolver} + moreResolvers; }
    CanarySpec canary;   // nginx: the stages of step 9 (route.canary)
    PreviewSpec preview; // nginx: the testers' way to new before step 9 (route.preview)

    bool operator==(const RouteSpec&) const = default;
};

QString routeKindKey(RouteKind kind);

} // namespace puw
