#pragma once

#include "UpgradeEngine.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace puw {

class SessionController;

// The GUI thread's handle on the engine: starts a step, cancels it, and writes everything the engine
// reports into the session's journal (which belongs to this thread). Pages and the headless runner
// observe its signals; nothing here blocks.
class StepRunner : public QObject {
    Q_OBJECT
public:
    StepRunner(SessionController* controller, UpgradeEngine::Setup setup, QObject* parent = nullptr);
    ~StepRunner() override; // cancels a running step and waits for the engine thread to end

    bool isRunning() const { return m_running.has_value(); }
    std::optional<StepId> runningStep() const { return m_running; }

    // Marks the step running in the journal and hands it to the engine. False (and errorOccurred) when
    // another step runs or the journal refuses the transition.
    bool start(StepId step, const QVariantMap& options = {});
    void cancel();
    // From steps 7 to 9: the old installation back into service; steps 7 to 9 become "not started".
    bool rollback();

signals:
    void stepStarted(puw::StepId step);
    void logLine(puw::StepId step, const QString& host, const QString& line, bool isStderr);
    void progress(puw::StepId step, const puw::StepProgress& progress);
    void commandFinished(puw::StepId step, const puw::CommandRecord& command);
    void stepFinished(puw::StepId step, const puw::StepOutcome& outcome);
    void rollbackFinished(const puw::StepOutcome& outcome);
    void errorOccurred(const QString& message);

private:
    void recordWhoRuns();
    void onCommand(StepId step, const CommandRecord& command);
    void onCheck(StepId step, const CheckRecord& check);
    void onArtefact(StepId step, const ArtefactRecord& artefact);
    void onValue(StepId step, const QString& key, const QString& value);
    void onFinished(StepId step, const StepOutcome& outcome);
    void onRollbackFinished(const StepOutcome& outcome);
    void recordPredictedDowntime();

    SessionController* m_controller;
    QThread m_thread;
    UpgradeEngine* m_engine;
    std::optional<StepId> m_running;
    bool m_rollingBack = false;
};

} // namespace puw
