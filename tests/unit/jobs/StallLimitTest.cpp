// The recipe's timeouts.stallSeconds reaches the commands a job runs through its door (and through the
// recorded shell the database adapters use), and a stalled command's failure says which recipe setting to
// raise and which host to check.
#include "jobs/JobContext.h"
#include "recipes/RecipeLoader.h"
#include "remote/LocalShell.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const char kRecipe[] = R"({
  "format": 1, "id": "stall", "title": "Stall limit test",
  "versionCommand": ["true"],
  "services": [{"name": "app", "manager": "commands", "start": ["true"], "stop": ["true"],
                "status": ["true"]}],
  "database": {"engine": "postgresql", "name": "app", "user": "app"},
  "timeouts": {"commandSeconds": 20, "stallSeconds": 1}
})";

class LocalHosts : public HostAccess {
public:
    Expected<HostShell*, QString> shell(HostRole) override { return &m_shell; }
    SshHost* sshHost(HostRole) override { return nullptr; }

private:
    LocalShell m_shell{QStringLiteral("new")};
};

class StallLimitTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto recipe = RecipeLoader::fromJson(kRecipe, QStringLiteral("stall.json"));
        ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
        m_plan.recipeId = QStringLiteral("stall");
        m_plan.oldHost = {QStringLiteral("old.test"), 0, QStringLiteral("admin"), {}};
        m_plan.newHost = {QStringLiteral("new.test"), 0, QStringLiteral("admin"), {}};
        auto binding = RecipeBinding::bind(recipe.value(), m_plan, QStringLiteral("/nowhere/plan.json"));
        ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
        m_binding = std::make_unique<RecipeBinding>(binding.value());
        m_ctx = std::make_unique<JobContext>(
            StepId::FinalSync, m_plan, *m_binding, m_hosts,
            [this](const JobEvent& event) {
                if (const auto* command = event.as<CommandRecord>())
                    m_commands.append(*command);
            },
            m_cancelled, QStringLiteral("/nowhere/backups"), false);
    }

    UpgradePlan m_plan;
    std::unique_ptr<RecipeBinding> m_binding;
    LocalHosts m_hosts;
    std::atomic<bool> m_cancelled{false};
    QList<CommandRecord> m_commands;
    std::unique_ptr<JobContext> m_ctx;
};

const QString silentIndex =
    QStringLiteral("echo 'pg_restore: creating INDEX big_idx' >&2; sleep 20; echo never");

} // namespace

TEST_F(StallLimitTest, AStalledCommandNamesTheRecipeSettingToRaiseAndTheHostToCheck)
{
    EXPECT_EQ(m_ctx->stallMs(), 1000);
    RunOptions options;
    options.timeoutMs = 0;
    options.stallMs = m_ctx->stallMs();
    QElapsedTimer clock;
    clock.start();
    const ShellOutcome outcome = m_ctx->runLine(HostRole::New, silentIndex, options);
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_TRUE(outcome.stalled);
    const std::string error = outcome.error.toStdString();
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("creating INDEX big_idx"))) << error;
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("raise timeouts.stallSeconds in the recipe (now 1 s)")))
        << error;
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("check the new host"))) << error;
    // The journal keeps the command and why it was stopped.
    ASSERT_EQ(m_commands.size(), 1);
    EXPECT_TRUE(m_commands.at(0).output.contains(QStringLiteral("timeouts.stallSeconds")));
    EXPECT_EQ(m_commands.at(0).exitCode, -1);
}

TEST_F(StallLimitTest, TheRecordedShellCarriesTheStallLimitOfTheDatabaseAdapters)
{
    ShellRequest request;
    request.commandLine = silentIndex;
    request.stallMs = m_ctx->stallMs();
    const ShellOutcome outcome = m_ctx->recordedShell(HostRole::New).run(request, {});
    EXPECT_EQ(outcome.status, ShellOutcome::Status::TimedOut);
    EXPECT_TRUE(outcome.stalled);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("timeouts.stallSeconds")))
        << outcome.error.toStdString();
}
