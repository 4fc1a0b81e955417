#include "DowntimeClock.h"

#include "StepStateDisplay.h"
#include "session/SessionController.h"

namespace puw {

DowntimeClock::DowntimeClock(SessionController* controller, QWidget* parent)
    : QLabel(parent), m_controller(controller)
{
    setWordWrap(true);
    setAccessibleName(tr("Downtime clock"));
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &DowntimeClock::refresh);
    connect(controller, &SessionController::sessionChanged, this, &DowntimeClock::refresh);
    connect(controller, &SessionController::stepChanged, this, &DowntimeClock::refresh);
    refresh();
}

void DowntimeClock::refresh()
{
    const Downtime downtime = m_controller->downtime();
    const QDateTime started = downtime.startedAt;
    const QDateTime ended = downtime.endedAt;
    const qint64 predicted = downtime.predictedMs;
    // Steps 7 to 9 back to "not started" (a rollback): users are back on the old installation.
    const bool cutoverUnderWay = m_controller->step(StepId::StopBoth).state != StepState::Pending;
    if (!started.isValid() || !cutoverUnderWay) {
        m_ticker.stop();
        setVisible(false);
        return;
    }
    const QDateTime until = ended.isValid() ? ended : QDateTime::currentDateTimeUtc();
    const QString elapsed = StepStateDisplay::formatDuration(qMax<qint64>(started.msecsTo(until), 0));
    QString text = ended.isValid()
                       //: %1: how long users were cut off
                       ? tr("Downtime was %1.").arg(elapsed)
                       //: %1: how long users have been cut off so far
                       : tr("Downtime: %1 so far").arg(elapsed);
    if (predicted > 0)
        //: %1: the downtime the rehearsal predicted
        text += QLatin1Char('\n') + tr("(predicted: %1)").arg(StepStateDisplay::formatDuration(predicted));
    setText(text);
    QStringList parts;
    if (!downtime.predictedParts.isEmpty())
        //: tooltip of the downtime clock; %1: the predicted parts, e.g. "migrations 1.2 s, checks 0.3 s"
        parts.append(tr("Predicted: %1").arg(Downtime::describeParts(downtime.predictedParts)));
    if (!downtime.measuredParts.isEmpty())
        //: tooltip of the downtime clock; %1: the measured parts, e.g. "migrations 1.2 s, checks 0.3 s"
        parts.append(tr("Measured: %1").arg(Downtime::describeParts(downtime.measuredParts)));
    setToolTip(parts.join(QLatin1Char('\n')));
    setVisible(true);
    if (ended.isValid())
        m_ticker.stop();
    else if (!m_ticker.isActive())
        m_ticker.start();
}

} // namespace puw
