#include "RunFixture.h"

#include "StepPage.h"
#include "recipes/RecipeLoader.h"
#include "remote/SshPrompter.h"

#include <QDir>
#include <QFile>
#include <QPixmap>

namespace puw::test {

void RunFixture::TearDown()
{
    m_wizard.reset(); // the pages hold the runner
    m_runner.reset();
    WizardFixture::TearDown();
}

UpgradePlan RunFixture::refusingPlan()
{
    UpgradePlan plan = demoPlan();
    for (HostSpec* host : {&plan.oldHost, &plan.newHost, &plan.route.proxy}) {
        host->address = QStringLiteral("127.0.0.1");
        host->port = 1;
        host->user = QStringLiteral("nobody");
    }
    plan.oldHost.address = QStringLiteral("127.0.0.1"); // step 10 wants this typed
    // A plan the welcome page accepts: the new host must differ from the old one (here by its user).
    plan.newHost.user = QStringLiteral("nobody-new");
    return plan;
}

void RunFixture::launchWithRunner()
{
    startRunner(refusingPlan(), std::nullopt);
}

void RunFixture::launchWithRunner(const UpgradePlan& plan)
{
    startRunner(plan, std::nullopt);
}

void RunFixture::launchWithLocalHosts(const UpgradePlan& plan)
{
    startRunner(plan, HostPool::localConnector());
}

void RunFixture::startRunner(const UpgradePlan& plan, std::optional<HostPool::Connector> connector)
{
    launch(false);
    m_controller->setPlan(plan, planPath());
    auto recipe = RecipeLoader::loadById(QStringLiteral("demo"), m_dir.filePath(QStringLiteral("recipes")));
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    auto binding = RecipeBinding::bind(recipe.value(), m_controller->plan(), planPath());
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();

    auto prompter = std::make_shared<FixedPrompter>();
    UpgradeEngine::Setup setup{
        m_controller->plan(), binding.value(), {}, nullptr, m_dir.filePath(QStringLiteral("backups")), false};
    const QString sshConfig = m_dir.filePath(QStringLiteral("ssh_config"));
    QFile(sshConfig).open(QIODevice::WriteOnly); // empty: the user's own config plays no part
    setup.ssh.sshConfigFile = sshConfig;
    setup.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
    setup.ssh.useAgent = false;
    setup.ssh.connectTimeoutMs = 3000;
    setup.ssh.prompter = prompter;
    setup.ssh.redactor = m_controller->journal().sharedRedactor();
    m_runner = connector ? std::make_unique<StepRunner>(m_controller.get(), setup, *connector)
                         : std::make_unique<StepRunner>(m_controller.get(), setup);
    m_wizard->setConfirmQuestion([this](const UpgradeWizard::Confirmation& question) {
        m_questions.append(question);
        return m_confirmAnswer;
    });
    m_wizard->setRunner(m_runner.get());
}

void RunFixture::settleThrough(StepId last)
{
    for (int number = 1; number <= stepNumber(last); ++number) {
        const StepId step = *stepFromNumber(number);
        ASSERT_TRUE(m_controller->setStepState(step, StepState::Running));
        ASSERT_TRUE(m_controller->setStepState(step, StepState::Done, QStringLiteral("done in the test")));
    }
}

StepPage* RunFixture::showStep(StepId step)
{
    while (m_wizard->currentId() < UpgradeWizard::pageIdOf(step)) {
        const int before = m_wizard->currentId();
        m_wizard->next();
        if (m_wizard->currentId() == before)
            return nullptr;
    }
    return m_wizard->currentId() == UpgradeWizard::pageIdOf(step) ? m_wizard->stepPage(step) : nullptr;
}

bool RunFixture::saveScreenshot(const QString& name)
{
    const QString dir = QDir::current().absoluteFilePath(QStringLiteral("screenshots-run"));
    QDir().mkpath(dir);
    m_wizard->resize(1000, 760);
    const QPixmap picture = m_wizard->grab();
    return !picture.isNull() && picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace puw::test
