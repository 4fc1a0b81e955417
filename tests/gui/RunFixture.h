#pragma once

#include "WizardFixture.h"
#include "jobs/HostPool.h"
#include "jobs/StepRunner.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace puw::test {

// The wizard with a real engine whose hosts refuse connections (127.0.0.1, port 1): a step that
// reaches a host fails at once with a connection error, and nothing leaves this machine. Questions the
// wizard asks (stop the servers, roll back, close) are answered with m_confirmAnswer and recorded.
class RunFixture : public WizardFixture {
protected:
    void TearDown() override;

    static UpgradePlan refusingPlan();
    void launchWithRunner();
    void launchWithRunner(const UpgradePlan& plan); // the same hosts that refuse, with this plan
    // The same with the given plan, and hosts that are shells on this machine (HostPool::localConnector).
    void launchWithLocalHosts(const UpgradePlan& plan);
    StepPage* showStep(StepId step); // walks there; the earlier steps must be settled
    // Records steps 1 to last as run and done, as if the admin had run them (nothing runs).
    void settleThrough(StepId last);
    // A picture of the wizard in the build folder (screenshots-run/NAME.png), for a person to look at.
    bool saveScreenshot(const QString& name);

    std::unique_ptr<StepRunner> m_runner;
    bool m_confirmAnswer = false;
    QList<UpgradeWizard::Confirmation> m_questions;

private:
    void startRunner(const UpgradePlan& plan, std::optional<HostPool::Connector> connector);
};

} // namespace puw::test
