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

Expected<Done, QString> stayedStopped(JobContext& ctx, const QDateTime& since, int windowMs)
{
    if (ctx.isDryRun())
        return Done{};
    for (;;) {
        for (HostRole role : {HostRole::Old, HostRole::New}) {
            const QStringList back = activeServices(ctx, role);
            if (!back.isEmpty())
                return unexpected(cameBack(back, role));
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
