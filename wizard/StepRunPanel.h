#pragma once

#include "jobs/StepOutcome.h"
#include "steps/StepCatalogue.h"

#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace puw {

class CommandPreviewPanel;
class LogView;
class ProgressPanel;
class SessionController;
class StepRunner;

// What a step page shows once the wizard has an engine: Run (Retry after a failure, a cancel or an
// interruption), Cancel while it runs, Roll back where the cutover allows it, the progress and the live
// log. The page decides the options a run gets (and may refuse: a question answered "no").
class StepRunPanel : public QWidget {
    Q_OBJECT
public:
    // nullopt: do not start (the admin declined).
    using OptionsProvider = std::function<std::optional<QVariantMap>()>;
    using BusyQuery = std::function<bool()>; // true while any step or a rollback runs

    StepRunPanel(StepId step, SessionController* controller, StepRunner* runner, QWidget* parent = nullptr);

    void setOptionsProvider(OptionsProvider provider) { m_options = std::move(provider); }
    void setBusyQuery(BusyQuery query) { m_busy = std::move(query); }
    void setRunText(const QString& text); // replaces "Run" (not "Retry")
    void setRunGate(bool allowed);        // an extra condition of the page (e.g. a typed name)
    void setRollbackOffered(bool offered);

    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* rollbackButton() const { return m_rollback; }
    LogView* logView() const { return m_log; }
    ProgressPanel* progressPanel() const { return m_progress; }
    QLabel* noteLabel() const { return m_note; }
    CommandPreviewPanel* commandPreview() const { return m_preview; }

public slots:
    void updateButtons();
    void run();
    // Starts the step with these options, without asking the page (e.g. step 2's comparison).
    bool runWith(const QVariantMap& options);

signals:
    void rollbackRequested();

private:
    void onStarted(StepId step);
    void onFinished(StepId step, const StepOutcome& outcome);
    void onRollbackFinished(const StepOutcome& outcome);

    StepId m_step;
    SessionController* m_controller;
    StepRunner* m_runner;
    OptionsProvider m_options;
    BusyQuery m_busy;
    QString m_runText;
    bool m_gate = true;
    bool m_rollbackOffered = false;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_rollback;
    QLabel* m_note;
    CommandPreviewPanel* m_preview;
    ProgressPanel* m_progress;
    LogView* m_log;
};

} // namespace puw
