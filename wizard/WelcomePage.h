#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace puw {

class SessionController;

// The first page: what a parallel upgrade is, and the plan this upgrade follows (or that none is loaded).
// Choosing the recipe and hosts on this page comes with the plan editor (issue 6); for now a plan file is
// loaded.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(SessionController* controller, QWidget* parent = nullptr);

    QLabel* planSummary() const { return m_planSummary; }
    QPushButton* loadPlanButton() const { return m_loadPlan; }

    void initializePage() override;

signals:
    // A plan file was loaded by the admin: the wizard offers to resume its unfinished session, if any.
    void planLoaded();

public slots:
    void refresh();

private:
    void choosePlanFile();

    SessionController* m_controller;
    QLabel* m_planSummary;
    QLabel* m_sessionSummary;
    QPushButton* m_loadPlan;
};

} // namespace puw
