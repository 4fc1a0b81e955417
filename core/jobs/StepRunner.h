#pragma once

#include "UpgradeEngine.h"
#include "session/SessionRecorder.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace puw {

class SessionController;

// The GUI thread's handle on the engine: starts a step, cancels it, and hands everything the engine
// reports to the SessionRecorder, which writes it into the session's journal (which belongs to this
// thread); then passes it on, redacted, as one signal. Pages and the headless runner observe its signals;
// nothing here blocks.
class StepRunner : public QObject {
    Q_OBJECT
public:
    StepRunner(SessionController* controller, UpgradeEngine::Setup setup, QObject* parent = nullptr);
    // With hosts from the given connector (HostPool::localConnector in tests).
    StepRunner(SessionController* controller, UpgradeEngine::Setup setup, HostPool::Connector connector,
               QObject* parent = nullptr);
    ~StepRunner() override; // cancels a running step and waits for the engine thread to end

    bool isRunning() const { return m_running.has_value(); }
    std::optional<StepId> runningStep() const { return m_running; }

    // Marks the step running in the journal and hands it to the engine. False (and errorOccurred) when
    // another step runs or the journal refuses the transition.
    bool start(StepId step, const QVariantMap& options = {});
    void cancel();
    // From steps 7 to 9: the old installation back into service; steps 7 to 9 become "not started".
    bool rollback();
    // After the upgrade: removes these dumps ("ROLE:PATH", from the journal's host backups) from the
    // hosts; no step changes state. False (and errorOccurred) while a step, a rollback or a removal runs.
    bool removeHostBackups(const QStringList& hostFiles);
    bool isRemovingHostBackups() const { return m_removingBackups; }
    // The testers' preview (TesterPreview.h): open from the end of step 6 until step 9 is done, with the
    // proxy's address as the admin typed it; close at any time. No step changes state. False (and
    // errorOccurred) while other work runs or, for open, outside those steps. Not cancellable (cancel()
    // leaves it alone): it ends within seconds, and stopping it between the file and the reload would leave
    // the proxy half-changed.
    bool openTesterPreview(const QString& typedProxy);
    bool closeTesterPreview();
    bool isChangingTesterPreview() const { return m_changingPreview; }
    // Whether the preview may be opened now: the plan has one and step 6 is done, step 9 not; else why not.
    QString testerPreviewUnavailableBecause() const;
    // Asks the engine what the step would run (StepPreview.h); answers with stepPreviewed, redacted.
    // Nothing is recorded and no state changes. False (and errorOccurred) while a step or rollback runs.
    bool preview(StepId step, const QVariantMap& options = {});

signals:
    void stepStarted(puw::StepId step);
    // What the running job reported, already in the journal, every text redacted.
    void event(const puw::JobEvent& event);
    void stepFinished(puw::StepId step, const puw::StepOutcome& outcome);
    void rollbackFinished(const puw::StepOutcome& outcome);
    void hostBackupsRemoved(const puw::StepOutcome& outcome);
    void testerPreviewStarted(bool open);
    void testerPreviewChanged(bool open, const puw::StepOutcome& outcome);
    void stepPreviewed(const puw::StepPreview& preview);
    void errorOccurred(const QString& message);

private:
    void recordWhoRuns();
    void onEvent(const JobEvent& event);
    void onFinished(StepId step, const StepOutcome& outcome);
    void onRollbackFinished(const StepOutcome& outcome);
    void onHostBackupsRemoved(const StepOutcome& outcome);
    void onPreviewed(const StepPreview& preview);
    void onTesterPreviewChanged(bool open, const StepOutcome& outcome);
    bool startTesterPreview(bool open, const QVariantMap& options);
    bool busy() const { return m_running || m_rollingBack || m_removingBackups || m_changingPreview; }
    void recordPredictedDowntime();
    void failOnJournalError(StepOutcome& outcome);

    SessionController* m_controller;
    SessionRecorder m_recorder;
    QThread m_thread;
    UpgradeEngine* m_engine;
    std::optional<StepId> m_running;
    bool m_rollingBack = false;
    bool m_removingBackups = false;
    bool m_changingPreview = false;
    QString m_journalError; // a record of the running job that could not be written
};

} // namespace puw
