#include "HealthWait.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace puw {

namespace {

// Sleeps up to ms, waking early when cancelled. Returns false when cancelled.
bool pause(qint64 ms, const std::atomic<bool>* cancel)
{
    QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(
            static_cast<unsigned long>(std::min<qint64>(50, std::max<qint64>(1, until.remainingTime()))));
    }
    return !(cancel && cancel->load());
}

} // namespace

HealthWaitResult waitUntilHealthy(const HttpCheckRequest& check, const HealthWaitOptions& options,
                                  const HealthAttemptHandler& onAttempt)
{
    HealthWaitResult wait;
    wait.result.name = check.name;
    wait.result.kind = QStringLiteral("http");
    wait.result.checkedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    CheckResult last;
    for (;;) {
        HttpCheckRequest attempt = check;
        const qint64 left = options.timeoutMs - clock.elapsed();
        attempt.timeoutMs = attemptTimeoutMs(left, options.attemptTimeoutMs);
        last = runHttpCheck(attempt, options.cancel);
        ++wait.attempts;
        wait.result.elapsedMs = clock.elapsed();
        if (last.cancelled) {
            wait.result.cancelled = true;
            break;
        }
        if (onAttempt && !onAttempt({wait.attempts, clock.elapsed(), last})) {
            wait.stoppedByCaller = !last.passed;
            if (!last.passed)
                break;
        }
        if (last.passed)
            break;
        const qint64 remaining = options.timeoutMs - clock.elapsed();
        if (remaining <= 0)
            break;
        if (!pause(std::min<qint64>(options.intervalMs, remaining), options.cancel)) {
            wait.result.cancelled = true;
            break;
        }
    }
    wait.result.elapsedMs = clock.elapsed();
    const QString took = formatDuration(wait.result.elapsedMs);
    if (last.passed) {
        wait.result.passed = true;
        wait.result.detail =
            wait.attempts == 1
                ? Checks::tr("healthy at the first attempt: %1").arg(last.detail)
                : Checks::tr("healthy after %1 attempts in %2: %3").arg(wait.attempts).arg(took, last.detail);
    } else if (wait.result.cancelled) {
        wait.result.detail =
            Checks::tr("cancelled after %n attempt(s) in %1", nullptr, wait.attempts).arg(took);
    } else if (wait.stoppedByCaller) {
        wait.result.detail = Checks::tr("stopped after %n attempt(s) in %1; last: %2", nullptr, wait.attempts)
                                 .arg(took, last.detail);
    } else {
        wait.result.detail =
            Checks::tr("not healthy within %1 (%n attempt(s)); last: %2", nullptr, wait.attempts)
                .arg(formatDuration(options.timeoutMs), last.detail);
    }
    return wait;
}

} // namespace puw
