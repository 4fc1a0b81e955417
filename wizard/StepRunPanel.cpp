#include "StepRunPanel.h"

#include "CommandPreviewPanel.h"
#include "LogView.h"
#include "ProgressPanel.h"
#include "jobs/StepRunner.h"
#include "session/SessionController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

StepRunPanel::StepRunPanel(StepId step, SessionController* controller, StepRunner* runner, QWidget* parent)
    : QWidget(parent), m_step(step), m_controller(controller), m_runner(runner),
      m_runText(tr("&Run this step"))
{
    setAccessibleName(tr("Running step %1").arg(stepNumber(step)));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(m_runText, this);
    m_cancel = new QPushButton(tr("&Cancel the step"), this);
    m_cancel->setAccessibleName(tr("Cancel step %1").arg(stepNumber(step)));
    m_cancel->setToolTip(tr("Stops the running command; the step can be retried."));
    m_rollback = new QPushButton(tr("R&oll back…"), this);
    m_rollback->setAccessibleName(tr("Roll back to the old installation"));
    m_rollback->setToolTip(tr("Stop the new installation, start the old one and route requests back."));
    m_rollback->setVisible(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_rollback);
    layout->addLayout(buttons);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note about the run of step %1").arg(stepNumber(step)));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    m_preview = new CommandPreviewPanel(step, runner, this);
    layout->addWidget(m_preview);

    m_progress = new ProgressPanel(this);
    layout->addWidget(m_progress);
    m_log = new LogView(this);
    m_log->setAccessibleName(tr("Output of step %1").arg(stepNumber(step)));
    layout->addWidget(m_log, 1);

    connect(m_run, &QPushButton::clicked, this, &StepRunPanel::run);
    connect(m_cancel, &QPushButton::clicked, runner, &StepRunner::cancel);
    connect(m_rollback, &QPushButton::clicked, this, &StepRunPanel::rollbackRequested);
    connect(runner, &StepRunner::stepStarted, this, &StepRunPanel::onStarted);
    connect(runner, &StepRunner::stepFinished, this, &StepRunPanel::onFinished);
    connect(runner, &StepRunner::rollbackFinished, this, &StepRunPanel::onRollbackFinished);
    connect(runner, &StepRunner::event, this, [this](const JobEvent& event) {
        if (event.step != m_step)
            return;
        if (const LogLine* line = event.as<LogLine>())
            m_log->appendLine(line->host, line->text, line->isStderr);
        else if (const StepProgress* progress = event.as<StepProgress>())
            m_progress->showProgress(*progress);
    });
    connect(controller, &SessionController::stepChanged, this, [this](StepId changed) {
        if (changed == m_step)
            updateButtons();
    });
    connect(controller, &SessionController::sessionChanged, this, &StepRunPanel::updateButtons);
    updateButtons();
}

void StepRunPanel::setRunText(const QString& text)
{
    m_runText = text;
    updateButtons();
}

void StepRunPanel::setRunGate(bool allowed)
{
    m_gate = allowed;
    updateButtons();
}

void StepRunPanel::setRollbackOffered(bool offered)
{
    m_rollbackOffered = offered;
    updateButtons();
}

void StepRunPanel::updateButtons()
{
    const StepState state = m_controller->step(m_step).state;
    const bool busy = m_busy ? m_busy() : m_runner->isRunning();
    const bool thisRuns = m_runner->runningStep() == m_step;
    const bool again =
        state == StepState::Failed || state == StepState::Cancelled || state == StepState::Interrupted;
    //: the Run button after a failed, cancelled or interrupted run
    m_run->setText(again ? tr("&Retry") : m_runText);
    m_run->setAccessibleName(again ? tr("Retry step %1").arg(stepNumber(m_step))
                                   : tr("Run step %1").arg(stepNumber(m_step)));
    m_run->setEnabled(!busy && m_gate && isAllowedTransition(state, StepState::Running));
    m_run->setVisible(!isSettled(state));
    m_cancel->setEnabled(thisRuns);
    m_cancel->setVisible(thisRuns || !isSettled(state));
    m_rollback->setVisible(m_rollbackOffered);
    m_rollback->setEnabled(m_rollbackOffered && !busy);
    m_preview->setBusy(busy);
}

void StepRunPanel::run()
{
    std::optional<QVariantMap> options = m_options ? m_options() : std::optional<QVariantMap>(QVariantMap{});
    if (options)
        runWith(*options);
}

bool StepRunPanel::runWith(const QVariantMap& options)
{
    m_log->clearLog();
    m_note->setVisible(false);
    return m_runner->start(m_step, options);
}

void StepRunPanel::onStarted(StepId step)
{
    if (step == m_step)
        //: shown with a busy indicator while a step runs without measurable progress
        m_progress->showBusy(tr("Working…"));
    updateButtons();
}

void StepRunPanel::onFinished(StepId step, const StepOutcome& outcome)
{
    if (step == m_step) {
        m_log->flush();
        m_progress->stop();
        if (outcome.offerRollback)
            setRollbackOffered(true);
    }
    updateButtons();
}

void StepRunPanel::onRollbackFinished(const StepOutcome& outcome)
{
    if (m_rollbackOffered) {
        //: %1: the state of the rollback (done, failed), %2: what it did, in words
        m_note->setText(tr("Rollback %1: %2").arg(stepStateLabel(outcome.state).toLower(), outcome.summary));
        m_note->setVisible(true);
    }
    updateButtons();
}

} // namespace puw
