#include "StopBothJob.h"

#include "database/DatabaseAdapter.h"
#include "jobs/DowntimeModel.h"
#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/DatabaseSteps.h"
#include "jobs/shared/ServiceWatch.h"
#include "jobs/shared/Timings.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"

#include <QDateTime>
#include <QLocale>

namespace puw {

namespace {
// Before the downtime begins: the prediction again, with the old database's size now, so that the rows
// written since the rehearsal count. Best effort: nothing is refused for it.
void refreshPrediction(JobContext& ctx)
{
    if (ctx.isDryRun() || ctx.sessionValue(SessionKey::kRehearsalTimings).isEmpty())
        return;
    qint64 bytes = -1;
    if (auto db = DatabaseSteps::adapterFor(ctx, HostRole::Old); db.ok()) {
        if (const auto size = db.value()->sizeEstimate(ctx.recordedShell(HostRole::Old)); size.ok()) {
            bytes = size.value();
            ctx.reportValue(SessionKey::kCutoverDatabaseBytes, QString::number(bytes));
        }
    }
    const DowntimePrediction prediction = predictDowntime(ctx.sessionValues(), bytes);
    if (prediction.totalMs <= 0)
        return;
    ctx.reportValue(SessionKey::kDowntimePredictedMs, QString::number(prediction.totalMs));
    ctx.reportValue(SessionKey::kDowntimePrediction, prediction.toJson());
    //: %1 seconds with one decimal; %2 the parts of the prediction, e.g. "streaming the backup 2.1 s, ..."
    ctx.log(JobText::tr("Predicted downtime: %1 s (%2).")
                .arg(QLocale().toString(prediction.totalMs / 1000.0, 'f', 1),
                     Downtime::describeParts(prediction.parts)));
}
} // namespace

StepOutcome StopBothJob::run(JobContext& ctx)
{
    if (!ctx.option(StepOption::kConfirmed).toBool())
        return StepOutcome::failed(
            JobText::tr("Stopping the old installation starts the downtime: confirm it on "
                        "this page (or pass --assume-yes) first."));

    refreshPrediction(ctx);
    ctx.reportValue(SessionKey::kCutoverTimings, QString()); // a new cutover: its own timings
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QString startedAt = start.toString(Qt::ISODateWithMs);
    ctx.reportValue(SessionKey::kDowntimeStartedAt, startedAt);
    ctx.log(JobText::tr("Downtime begins: stopping the application on the old host."));
    if (const QString error = controlAllServices(ctx, HostRole::Old, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(JobText::tr("Could not stop the old installation (%1). Nothing else was "
                                               "changed; roll back to restart it.")
                                       .arg(error));
    if (ctx.isCancelled())
        return StepOutcome::cancelled(
            JobText::tr("Cancelled after stopping the old host; roll back to restart it."));
    if (const QString error = controlAllServices(ctx, HostRole::New, ServiceAction::Disable);
        !error.isEmpty())
        return StepOutcome::failed(
            JobText::tr("The old installation is stopped, but the new one could not be "
                        "(%1).")
                .arg(error));

    // Seen stopped here; step 8 keeps watching while it works (ServiceWatch), so that the quiet
    // window a supervisor needs to show itself overlaps the backup instead of adding to the downtime.
    if (const auto stopped = ServiceWatch::stayedStopped(ctx, QDateTime::currentDateTimeUtc(), 0); !stopped)
        return StepOutcome::failed(stopped.error());
    const QDateTime stoppedAt = QDateTime::currentDateTimeUtc();
    ctx.reportValue(SessionKey::kServicesStoppedAt, stoppedAt.toString(Qt::ISODateWithMs));
    Timings::record(ctx, DowntimePart::kStop, start.msecsTo(stoppedAt));
    return StepOutcome::done(
        JobText::tr("Both installations are stopped and disabled; step 8 watches that they stay "
                    "stopped. Downtime began at %1.")
            .arg(QDateTime::fromString(startedAt, Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace puw
