#pragma once

#include "ModalAnswerer.h"
#include "SandboxWorld.h"
#include "UpgradeWizard.h"
#include "session/SessionController.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace puw {
class CredentialStore;
class GuiSecrets;
class StepPage;
class StepRunner;
} // namespace puw

namespace puw::test {

// The program as main() puts it together for a plan given on the command line (journal, controller,
// wizard, secrets from the plan's environment variables, engine), on the sandbox's plan, and the
// clicks an administrator makes. Screenshots of what is shown go to $PUW_SCREENSHOT_DIR (default
// screenshots-upgrade/ in the working folder), numbered in the order they were taken.
class UpgradeDriver : public ::testing::Test {
protected:
    UpgradeDriver();
    ~UpgradeDriver() override;
    void SetUp() override;
    void TearDown() override;

    // Presses Run on the shown step page and waits for the step to end; false if it did not start.
    // whileRunning, if given, is called every 100 ms until then.
    bool pressRun(StepPage* page, int timeoutSeconds = 600, const std::function<void()>& whileRunning = {});
    // Presses Next; true when the wizard moved on.
    bool pressNext();
    StepPage* shownStep() const;
    void screenshot(const QString& name, QWidget* window = nullptr);
    // The step's result, state and last lines of its log, for failure messages.
    std::string describe(StepId step) const;

    SandboxWorld m_world;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<CredentialStore> m_store;
    std::shared_ptr<GuiSecrets> m_secrets;
    std::unique_ptr<StepRunner> m_runner;
    std::unique_ptr<UpgradeWizard> m_wizard;
    ModalAnswerer* m_answerer = nullptr;
    QStringList m_questionsNobodyExpected; // host keys or secrets asked of the admin
    int m_shots = 0;
};

} // namespace puw::test
