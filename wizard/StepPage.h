#pragma once

#include "steps/StepCatalogue.h"

#include <QVariantMap>
#include <QWizardPage>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace puw {

class SessionController;
class StepRunPanel;
class StepRunner;

// The page of one checklist step: what it is for, its state and duration from the journal, and the
// actions the admin may take. Next is enabled only once the step is done or deliberately skipped.
// Once the wizard has an engine (attachRunner), the page gets a StepRunPanel: Run/Retry, Cancel, the
// progress and the live log. Pages with their own needs subclass it (step 7, step 10).
class StepPage : public QWizardPage {
    Q_OBJECT
public:
    StepPage(StepId step, SessionController* controller, QWidget* parent = nullptr);

    StepId step() const { return m_step; }
    bool isComplete() const override;
    void initializePage() override;

    QPushButton* skipButton() const { return m_skipButton; } // null when the step cannot be skipped
    QLabel* stateLabel() const { return m_stateText; }
    QLabel* whyLabel() const { return m_why; }
    QLabel* tipsLabel() const { return m_tips; }          // the tips for this step, as a bulleted list
    StepRunPanel* runPanel() const { return m_runPanel; } // null until attachRunner
    // Shown when the plan's procedure leaves this step out (Procedure.h): why, and that Run records it.
    QLabel* leftOutNote() const { return m_leftOut; }
    // Why the plan's procedure leaves this step out; empty when it is part of it.
    QString leftOutReason() const;

    // Gives the page the engine's handle; called once by the wizard.
    void attachRunner(StepRunner* runner);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override; // a new palette: the state's colour follows
    SessionController* controller() const { return m_controller; }
    QVBoxLayout* workArea() const { return m_workArea; }
    QHBoxLayout* actionRow() const { return m_actionRow; }
    // The options of a run, or nullopt when the page decides not to start (the admin declined).
    virtual std::optional<QVariantMap> runOptions() { return QVariantMap{}; }
    // The options "Show the commands" lists the step with: those of a run, without asking anything (a
    // confirmation counts as given, since a preview executes nothing).
    virtual QVariantMap previewOptions() { return {}; }
    // Called once the run panel exists: subclasses set its text, gate and rollback offer.
    virtual void runnerAttached() {}
    StepRunner* runner() const { return m_runner; } // null until attachRunner
    // True while a step or a rollback runs anywhere in the wizard.
    bool wizardBusy() const;

private:
    void skip();

    StepId m_step;
    SessionController* m_controller;
    QLabel* m_why = nullptr;
    QLabel* m_tips = nullptr;
    QLabel* m_stateIcon = nullptr;
    QLabel* m_stateText = nullptr;
    QLabel* m_duration = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_skipButton = nullptr;
    QVBoxLayout* m_body = nullptr; // everything of the page, inside its scroll area
    QVBoxLayout* m_workArea = nullptr;
    QHBoxLayout* m_actionRow = nullptr;
    QLabel* m_notYet = nullptr;
    QLabel* m_leftOut = nullptr;
    QList<QWidget*> m_downtimeNotes; // hidden when the procedure has no downtime
    StepRunPanel* m_runPanel = nullptr;
    StepRunner* m_runner = nullptr;
    bool m_wasComplete = false;
};

} // namespace puw
