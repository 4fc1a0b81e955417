#include "RouteView.h"

#include "session/SessionController.h"

namespace puw {

RouteView::RouteView(SessionController* controller, QWidget* parent)
    : QLabel(parent), m_controller(controller)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("How requests are switched"));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(controller, &SessionController::planChanged, this, &RouteView::refresh);
    refresh();
}

void RouteView::refresh()
{
    const UpgradePlan& plan = m_controller->plan();
    const RouteSpec& route = plan.route;
    const QString url = route.publicUrl.isEmpty() ? tr("the application's address") : route.publicUrl;
    switch (route.kind) {
    case RouteKind::Nginx:
        if (!route.canary.isEmpty()) {
            QStringList stages;
            for (int percent : route.canary.stagesPercent)
                stages << tr("%1%").arg(percent);
            //: %1 public URL, %2 proxy host, %3 stages like "10%, 50%, 100%", %4 seconds, %5 percent, %6 ms,
            //: %7 the upstream file
            setText(
                tr("Users open %1 through nginx on %2, and old keeps serving them. This step moves them to "
                   "the new installation in stages: %3 of the requests, each share held %4 s while the "
                   "proxy's access log is watched. A stage where more than %5% of the new version's "
                   "answers fail, or their 95th percentile takes longer than %6 ms, sends every request "
                   "back to old by itself. The upstream in %7 is kept as it was, so Roll back can restore "
                   "it.")
                    .arg(url, route.proxy.address, stages.join(QStringLiteral(", ")))
                    .arg(route.canary.holdSeconds)
                    .arg(route.canary.maxErrorRate * 100, 0, 'g', 3)
                    .arg(route.canary.maxP95LatencyMs)
                    .arg(route.upstreamFile));
            break;
        }
        //: %1: public URL, %2: proxy host, %3: upstream file, %4: new host
        setText(
            tr("Users open %1 through nginx on %2. This step writes the upstream in %3 so that it points to "
               "%4, tests the configuration (nginx -t), reloads nginx and checks that the new version "
               "answers through the proxy. The previous file is kept, so Roll back can restore it.")
                .arg(url, route.proxy.address, route.upstreamFile, plan.newHost.address));
        break;
    case RouteKind::Dns:
        //: %1: DNS name, %2: new host, %3: public URL
        setText(tr("Users reach the application by the name %1. Change its DNS record to point to %2 (lower "
                   "the record's TTL a day before, so that resolvers forget the old address quickly). This "
                   "step then asks the resolvers until the name points to the new host and %3 answers.")
                    .arg(route.dnsName, plan.newHost.address, url));
        break;
    case RouteKind::None:
        setText(
            m_controller->hasPlan()
                ? tr("The plan names no route: send users to %1 yourself, then run this step to record it.")
                      .arg(plan.newHost.address)
                : tr("Load a plan to see how requests are switched."));
        break;
    }
}

} // namespace puw
