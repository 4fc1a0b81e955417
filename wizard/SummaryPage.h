#pragma once

#include "steps/StepCatalogue.h"

#include <QWizardPage>

class QTableWidget;

namespace puw {

class SessionController;

// The last page: every step with its state, duration and result, as the journal holds them.
// The measured downtime and Export report arrive with the report issue.
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { StepColumn, StateColumn, DurationColumn, ResultColumn, ColumnCount };

    explicit SummaryPage(SessionController* controller, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void initializePage() override;

public slots:
    void refresh();

private:
    void refreshRow(StepId id);

    SessionController* m_controller;
    QTableWidget* m_table;
};

} // namespace puw
