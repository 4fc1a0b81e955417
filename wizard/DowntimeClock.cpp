#include "DowntimeClock.h"

#include "StepStateDisplay.h"
#include "journal/JournalTime.h"
#include "journal/SessionValues.h"
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
    QDateTime started;
    QDateTime ended;
    qint64 predicted = -1;
    if (m_controller->hasSession()) {
        const Journal& journal = m_controller->journal();
        const qint64 session = m_controller->sessionId();
        const QString startText = journal.value(session, SessionKey::kDowntimeStartedAt);
        const QString endText = journal.value(session, SessionKey::kDowntimeEndedAt);
        started = startText.isEmpty() ? m_controller->step(StepId::StopBoth).startedAt
                                      : JournalTime::fromValue(startText);
        const StepRecord route = m_controller->step(StepId::RouteTraffic);
        ended = !endText.isEmpty()               ? JournalTime::fromValue(endText)
                : route.state == StepState::Done ? route.endedAt
                                                 : QDateTime();
        bool isNumber = false;
        predicted = journal.value(session, SessionKey::kDowntimePredictedMs).toLongLong(&isNumber);
        if (!isNumber)
            predicted = -1;
    }
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
    setVisible(true);
    if (ended.isValid())
        m_ticker.stop();
    else if (!m_ticker.isActive())
        m_ticker.start();
}

} // namespace puw
