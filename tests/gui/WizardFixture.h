#pragma once

#include "UpgradeWizard.h"
#include "plan/UpgradePlan.h"
#include "session/SessionController.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace puw::test {

// A wizard over a real journal in a temporary folder. launch() is "start the program", closeAll() is
// "quit it": the journal (and its lock) is released, so the next launch() sees what a relaunch sees.
class WizardFixture : public ::testing::Test {
protected:
    void SetUp() override;
    // Fails the test if the controller reported an error it did not expect (see m_errors).
    void TearDown() override;

    static UpgradePlan demoPlan();
    QString sessionDir() const { return m_dir.filePath(QStringLiteral("sessions")); }
    QString planPath() const { return m_dir.filePath(QStringLiteral("plan.json")); }

    // Opens the journal, the controller (with the demo plan unless withPlan is false) and the wizard,
    // shown on the welcome page. Resume questions are answered with m_resumeAnswer and recorded.
    void launch(bool withPlan = true);
    void closeAll();

    // A step run to its end as the engine will do it: running, then done (or failed...).
    void finishStep(StepId step, StepState end = StepState::Done, const QString& summary = {});
    void clickNext();
    void clickBack();
    bool nextEnabled() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<UpgradeWizard> m_wizard;
    UpgradeWizard::ResumeChoice m_resumeAnswer = UpgradeWizard::ResumeChoice::Resume;
    QList<UpgradeWizard::ResumeOffer> m_offers;
    QStringList m_errors; // errorOccurred messages; a test that expects some clears them
};

} // namespace puw::test
