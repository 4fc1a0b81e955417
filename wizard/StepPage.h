#pragma once

#include "steps/StepCatalogue.h"

#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace puw {

class SessionController;

// The page of one checklist step: what it is for, its state and duration from the journal, and the
// actions the admin may take. Next is enabled only once the step is done or deliberately skipped.
// Later pages (issue 6) subclass it and fill workArea() with progress, log and step-specific views, and
// actionRow() with Run, Retry and Cancel.
class StepPage : public QWizardPage {
    Q_OBJECT
public:
    StepPage(StepId step, SessionController* controller, QWidget* parent = nullptr);

    StepId step() const { return m_step; }
    bool isComplete() const override;
    void initializePage() override;

    QPushButton* skipButton() const { return m_skipButton; } // null when the step cannot be skipped
    QLabel* stateLabel() const { return m_stateText; }

public slots:
    void refresh();

protected:
    SessionController* controller() const { return m_controller; }
    QVBoxLayout* workArea() const { return m_workArea; }
    QHBoxLayout* actionRow() const { return m_actionRow; }

private:
    void skip();

    StepId m_step;
    SessionController* m_controller;
    QLabel* m_stateIcon = nullptr;
    QLabel* m_stateText = nullptr;
    QLabel* m_duration = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_skipButton = nullptr;
    QVBoxLayout* m_workArea = nullptr;
    QHBoxLayout* m_actionRow = nullptr;
    bool m_wasComplete = false;
};

} // namespace puw
