#include "StopBothJob.h"

#include "jobs/ServiceControl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

namespace puw {

namespace {
class StopText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

// How long the stopped services are watched after step 7 stopped them, and how often: a supervisor or
// systemd's Restart= brings a merely stopped service back within a second or two.
constexpr int kQuietWindowMs = 2000;
constexpr int kPollMs = 200;

} // namespace

QString StopBothJob::cameBack(const QStringList& services, HostRole role)
{
    return StopText::tr("%1 came back on the %2 host after being stopped: something restarts it "
                        "(Restart=always, a watchdog, a cron job). Find it and turn it off (e.g. systemctl "
                        "mask), then run this step again.")
        .arg(services.join(QStringLiteral(", ")), hostRoleLabel(role));
}

QStringList StopBothJob::activeServices(JobContext& ctx, HostRole role)
{
    QStringList active;
    for (const ServiceSpec& service : ctx.recipe().recipe().services) {
        if (serviceIsActive(ctx, role, service))
            active.append(service.name);
    }
    return active;
}

QString StopBothJob::watchStayedStopped(JobContext& ctx, const QDateTime& since, int windowMs)
{
    if (ctx.isDryRun())
        return {};
    for (;;) {
        for (HostRole role : {HostRole::Old, HostRole::New}) {
            const QStringList back = activeServices(ctx, role);
            if (!back.isEmpty())
                return cameBack(back, role);
        }
        const qint64 left = windowMs - since.msecsTo(QDateTime::currentDateTimeUtc());
        if (left <= 0 || ctx.isCancelled())
            return {};
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(left, kPollMs)));
    }
}

QString StopBothJob::watchStayedStopped(JobContext& ctx)
{
    const QDateTime since =
        QDateTime::fromString(ctx.sessionValue(QStringLiteral("services.stopped_at")), Qt::ISODateWithMs);
    return watchStayedStopped(ctx, since.isValid() ? since : QDateTime::currentDateTimeUtc(), kQuietWindowMs);
}

StepOutcome StopBothJob::run(JobContext& ctx)
{
    if (!ctx.option(QStringLiteral("confirmed")).toBool())
        return StepOutcome::failed(
            StopText::tr("Stopping the old installation starts the downtime: confirm it on "
                         "this page (or pass --assume-yes) first."));

    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ctx.reportValue(QStringLiteral("downtime.started_at"), startedAt);
    ctx.log(StopText::tr("Downtime begins: stopping the application on the old host."));
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(StopText::tr("Could not stop the old installation (%1). Nothing else was "
                                                "changed; roll back to restart it.")
                                       .arg(error));
    if (ctx.isCancelled())
        return StepOutcome::cancelled(
            StopText::tr("Cancelled after stopping the old host; roll back to restart it."));
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(
            StopText::tr("The old installation is stopped, but the new one could not be "
                         "(%1).")
                .arg(error));

    // Seen stopped here; step 8 keeps watching while it works (watchStayedStopped), so that the quiet
    // window a supervisor needs to show itself overlaps the backup instead of adding to the downtime.
    if (const QString error = watchStayedStopped(ctx, QDateTime::currentDateTimeUtc(), 0); !error.isEmpty())
        return StepOutcome::failed(error);
    ctx.reportValue(QStringLiteral("services.stopped_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return StepOutcome::done(
        StopText::tr("Both installations are stopped and disabled; step 8 watches that they stay "
                     "stopped. Downtime began at %1.")
            .arg(QDateTime::fromString(startedAt, Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace puw
