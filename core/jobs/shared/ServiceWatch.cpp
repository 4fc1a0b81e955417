#include "ServiceWatch.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "journal/SessionValues.h"

#include <QThread>

#include <algorithm>

namespace puw::ServiceWatch {

namespace {
constexpr int kPollMs = 200;
} // namespace

QString cameBack(const QStringList& services, HostRole role)
{
    return JobText::tr("%1 came back on the %2 host after being stopped: something restarts it "
                       "(Restart=always, a watchdog, a cron job). Find it and turn it off (e.g. systemctl "
                       "mask), then run this step again.")
        .arg(services.join(QStringLiteral(", ")), hostRoleLabel(role));
}

QStringList activeServices(JobContext& ctx, HostRole role)
{
    QStringList active;
    for (const ServiceSpec& service : ctx.recipe().recipe().services) {
        if (serviceIsActive(ctx, role, service))
            active.append(service.name);
    }
    return active;
}

namespace {
// The services that run again on a host, or why one of them could not be looked at.
Expected<QStringList, QString> runningServices(JobContext& ctx, HostRole role)
{
    QStringList running;
    for (const ServiceSpec& service : ctx.recipe().recipe().services) {
        const ServiceStatus status = serviceStatus(ctx, role, service);
        if (status.state == ServiceState::Unknown)
            //: %1 a service, %2 "old" or "new", %3 why (e.g. "connection lost")
            return unexpected(JobText::tr("Could not tell whether %1 is stopped on the %2 host (%3), so "
                                          "the backup cannot be trusted to hold everything users wrote. "
                                          "Check the host, then run this step again.")
                                  .arg(service.name, hostRoleLabel(role), status.detail));
        if (status.state == ServiceState::Running)
            running.append(service.name);
    }
    return running;
}
} // namespace

Expected<Done, QString> stayedStopped(JobContext& ctx, const QDateTime& since, int windowMs)
{
    if (ctx.isDryRun())
        return Done{};
    for (;;) {
        for (HostRole role : {HostRole::Old, HostRole::New}) {
            const auto back = runningServices(ctx, role);
            if (!back)
                return unexpected(back.error());
            if (!back->isEmpty())
                return unexpected(cameBack(back.value(), role));
        }
        const qint64 left = windowMs - since.msecsTo(QDateTime::currentDateTimeUtc());
        if (left <= 0 || ctx.isCancelled())
            return Done{};
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(left, kPollMs)));
    }
}

Expected<Done, QString> stayedStoppedSinceStep7(JobContext& ctx)
{
    const QDateTime since =
        QDateTime::fromString(ctx.sessionValue(SessionKey::kServicesStoppedAt), Qt::ISODateWithMs);
    return stayedStopped(ctx, since.isValid() ? since : QDateTime::currentDateTimeUtc(), kQuietWindowMs);
}

} // namespace puw::ServiceWatch
