// The shared-database procedure through the real runner and engine on local shells: the steps it leaves
// out are recorded as skipped with the reason and run nothing; step 5 applies the new version's migrations
// to the shared database only when the recipe calls them backward compatible and the admin typed old's
// address.
#include "JobFlowWorld.h"
#include "jobs/StepOptions.h"

#include <gtest/gtest.h>

using namespace puw;
using puw::test::JobFlowWorld;

namespace {
// Whether a run of step 5 applied the migrations: the journal holds every command it ran.
bool migrationApplied(JobFlowWorld& world)
{
    for (const CommandRecord& command : world.commands(StepId::StartNew)) {
        if (command.command.endsWith(QStringLiteral("'migrate'"))) // every word is quoted
            return true;
    }
    return false;
}
} // namespace

TEST(SharedDatabaseFlow, ImportStopAndFinalSyncAreSkippedWithTheReasonAndRunNothing)
{
    JobFlowWorld world(false, {}, true, true);
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    for (StepId step : {StepId::ImportBackup, StepId::StopBoth, StepId::FinalSync}) {
        const auto outcome = world.run(step);
        ASSERT_TRUE(outcome.has_value()) << stepNumber(step);
        EXPECT_EQ(outcome->state, StepState::Skipped) << stepNumber(step);
        EXPECT_FALSE(outcome->summary.isEmpty());
        EXPECT_EQ(world.controller().step(step).state, StepState::Skipped);
        EXPECT_TRUE(world.commands(step).isEmpty()) << "step " << stepNumber(step) << " ran commands";
    }
    EXPECT_TRUE(world.controller().step(StepId::StopBoth).summary.contains(QStringLiteral("Nothing stops")));
    EXPECT_TRUE(world.serviceActions().isEmpty())
        << world.serviceActions().join(QLatin1Char('\n')).toStdString();
}

TEST(SharedDatabaseFlow, MigrationsTheRecipeDoesNotCallBackwardCompatibleAreRefusedBeforeAnyChange)
{
    JobFlowWorld world(false, {}, true, false);
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    const auto outcome =
        world.run(StepId::StartNew, {{StepOption::kTypedHost, world.plan().oldHost.address}});
    ASSERT_TRUE(outcome.has_value());
    EXPECT_EQ(outcome->state, StepState::Failed);
    EXPECT_TRUE(outcome->summary.contains(QStringLiteral("0002_orders"))) << outcome->summary.toStdString();
    EXPECT_TRUE(outcome->summary.contains(QStringLiteral("separate-database procedure")));
    EXPECT_FALSE(migrationApplied(world));
    EXPECT_TRUE(world.serviceActions().isEmpty());
}

TEST(SharedDatabaseFlow, BackwardCompatibleMigrationsWaitForOldsAddressTyped)
{
    JobFlowWorld world(false, {}, true, true);
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    const auto refused = world.run(StepId::StartNew, {{StepOption::kTypedHost, QStringLiteral("old")}});
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->state, StepState::Failed);
    EXPECT_TRUE(refused->summary.contains(QStringLiteral("type old's address (old.test)")))
        << refused->summary.toStdString();
    EXPECT_FALSE(migrationApplied(world));

    const auto confirmed =
        world.run(StepId::StartNew, {{StepOption::kTypedHost, QStringLiteral("old.test")}});
    ASSERT_TRUE(confirmed.has_value());
    EXPECT_TRUE(migrationApplied(world))
        << "the confirmed run did not apply the migrations: " << confirmed->summary.toStdString();
}
