#include "UpgradeDriver.h"

#include "GuiSecrets.h"
#include "LogView.h"
#include "StepPage.h"
#include "StepRunPanel.h"
#include "jobs/StepRunner.h"
#include "plan/RecipeCatalogue.h"
#include "recipes/RecipeLoader.h"
#include "secrets/CredentialStore.h"
#include "secrets/SecretSources.h"
#include "steps/StepState.h"
#include "util/AppPaths.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace puw::test {

UpgradeDriver::UpgradeDriver() = default;
UpgradeDriver::~UpgradeDriver() = default;

void UpgradeDriver::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    const QString error = m_world.load();
    ASSERT_TRUE(error.isEmpty()) << "the sandbox plan does not load (is the world up?): "
                                 << error.toStdString();

    // What main() does with --plan: the journal, the controller with the plan, the wizard, the engine.
    const QString sessionDir = m_dir.filePath(QStringLiteral("session"));
    auto journal = Journal::open(sessionDir);
    ASSERT_TRUE(journal.ok()) << (journal.ok() ? "" : journal.error().toStdString());
    m_controller = std::make_unique<SessionController>(std::move(journal).value());
    m_controller->setPlan(m_world.plan(), m_world.planPath());
    m_wizard = std::make_unique<UpgradeWizard>(m_controller.get());
    m_wizard->resize(1100, 800);
    m_wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));

    const UpgradePlan& plan = m_controller->plan();
    auto recipe = RecipeLoader::loadById(plan.recipeId, AppPaths::userRecipeDir());
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    auto binding = RecipeBinding::bind(recipe.value(), plan, m_controller->planPath());
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
    auto redactor = m_controller->journal().sharedRedactor();
    m_store = std::make_unique<CredentialStore>(redactor, CredentialStore::Options{});
    auto sources = std::make_shared<SecretSources>(plan.secretEnvironment, m_store.get(), redactor);
    m_secrets = std::make_shared<GuiSecrets>(plan, sources, m_store.get(), redactor, m_wizard.get());
    // The world's host keys are in its known_hosts and its secrets in the environment: an admin would
    // be asked nothing. A question here is a failure, not a dialog that waits forever.
    m_secrets->setHostKeyQuestion([this](const HostKeyInfo& key) {
        m_questionsNobodyExpected.append(QStringLiteral("host key of ") + key.host);
        return false;
    });
    m_secrets->setSecretQuestion([this](const GuiSecrets::SecretPrompt& prompt) {
        m_questionsNobodyExpected.append(QStringLiteral("secret: ") + prompt.title);
        return std::optional<GuiSecrets::SecretAnswer>();
    });
    UpgradeEngine::Setup setup{
        plan, binding.value(), {}, m_secrets, m_dir.filePath(QStringLiteral("backups")), false};
    setup.ssh.knownHostsFile = plan.knownHostsFile;
    setup.ssh.prompter = m_secrets;
    setup.ssh.redactor = redactor;
    m_runner = std::make_unique<StepRunner>(m_controller.get(), setup);
    m_wizard->setRunner(m_runner.get());
    m_answerer = new ModalAnswerer(m_wizard.get());
    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kWelcomePageId);
}

void UpgradeDriver::TearDown()
{
    EXPECT_TRUE(m_answerer == nullptr || m_answerer->unexpected().isEmpty())
        << "boxes nobody expected: " << m_answerer->unexpected().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(m_questionsNobodyExpected.isEmpty())
        << "asked: " << m_questionsNobodyExpected.join(QLatin1Char('\n')).toStdString();
    if (m_secrets)
        m_secrets->abandonQuestions();
    m_wizard.reset(); // the pages hold the runner
    m_runner.reset();
    m_secrets.reset();
    m_store.reset();
    m_controller.reset();
}

StepPage* UpgradeDriver::shownStep() const
{
    return qobject_cast<StepPage*>(m_wizard->currentPage());
}

bool UpgradeDriver::pressRun(StepPage* page, int timeoutSeconds, const std::function<void()>& whileRunning)
{
    QSignalSpy finished(m_runner.get(), &StepRunner::stepFinished);
    QPushButton* run = page->runPanel()->runButton();
    if (!run->isVisible() || !run->isEnabled())
        return false;
    QTest::mouseClick(run, Qt::LeftButton);
    if (finished.isEmpty() && !m_runner->isRunning())
        return false; // the page decided not to start: a question answered "no"
    if (!whileRunning)
        return !finished.isEmpty() || finished.wait(timeoutSeconds * 1000);
    QDeadlineTimer deadline(timeoutSeconds * 1000LL);
    while (finished.isEmpty() && !deadline.hasExpired()) {
        whileRunning();
        finished.wait(100);
    }
    return !finished.isEmpty();
}

bool UpgradeDriver::pressNext()
{
    const int before = m_wizard->currentId();
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return m_wizard->currentId() != before;
}

void UpgradeDriver::screenshot(const QString& name, QWidget* window)
{
    QString dir = qEnvironmentVariable("PUW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().absoluteFilePath(QStringLiteral("screenshots-upgrade"));
    QDir().mkpath(dir);
    QApplication::processEvents(); // layouts and the log's last batch
    const QPixmap picture = (window ? window : m_wizard.get())->grab();
    const QString file =
        QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(m_shots++, 2, 10, QLatin1Char('0')).arg(name));
    EXPECT_TRUE(!picture.isNull() && picture.save(file)) << "cannot write " << file.toStdString();
}

std::string UpgradeDriver::describe(StepId step) const
{
    const StepRecord record = m_controller->step(step);
    QString text = QStringLiteral("step %1 is %2: %3")
                       .arg(stepNumber(step))
                       .arg(stepStateLabel(record.state), record.summary);
    if (StepPage* page = m_wizard->stepPage(step); page && page->runPanel()) {
        const QStringList lines = page->runPanel()->logView()->toPlainText().split(QLatin1Char('\n'));
        text += QStringLiteral("\nlast lines of its log:\n") +
                lines.mid(qMax(0, lines.size() - 15)).join(QLatin1Char('\n'));
    }
    return text.toStdString();
}

} // namespace puw::test
