#include "StopBothJob.h"

#include "jobs/ServiceControl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace puw {

namespace {
class StopText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

// How long the stopped services are watched, and how often: a supervisor or systemd's Restart= brings a
// merely stopped service back within a second or two.
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

    // Polled rather than slept: the services must be seen stopped on every poll for a quiet window. A
    // supervisor that restarts them later still cannot spoil the data: step 8 checks again that the old
    // host stayed stopped through the whole backup.
    QElapsedTimer quiet;
    quiet.start();
    if (!ctx.isDryRun())
        ctx.log(StopText::tr("Watching for %1 s that nothing starts the application again.")
                    .arg(kQuietWindowMs / 1000.0, 0, 'f', 1));
    for (;;) {
        for (HostRole role : {HostRole::Old, HostRole::New}) {
            const QStringList back = ctx.isDryRun() ? QStringList() : activeServices(ctx, role);
            if (!back.isEmpty())
                return StepOutcome::failed(cameBack(back, role));
        }
        if (ctx.isDryRun() || quiet.elapsed() >= kQuietWindowMs)
            break;
        if (ctx.isCancelled())
            return StepOutcome::cancelled(
                StopText::tr("Cancelled after stopping the old host; roll back to restart it."));
        QThread::msleep(kPollMs);
    }
    return StepOutcome::done(
        StopText::tr("Both installations are stopped and stay stopped. Downtime began at %1.")
            .arg(QDateTime::fromString(startedAt, Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace puw
