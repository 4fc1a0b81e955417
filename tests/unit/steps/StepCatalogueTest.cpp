#include "steps/StepCatalogue.h"
#include "steps/StepState.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace puw;

TEST(StepCatalogue, HasTheTenStepsOfTheChecklistInOrder)
{
    const auto& steps = stepCatalogue();
    ASSERT_EQ(steps.size(), 10u);
    QSet<QString> keys;
    for (int i = 0; i < kStepCount; ++i) {
        EXPECT_EQ(stepNumber(steps[i].id), i + 1);
        keys.insert(QLatin1String(steps[i].key));
    }
    EXPECT_EQ(keys.size(), kStepCount) << "step keys must be unique";
    EXPECT_EQ(stepTitle(StepId::StopBoth), QStringLiteral("Stop both servers"));
}

TEST(StepCatalogue, DowntimeStartsAtStepSevenAndEndsAtNine)
{
    int starts = 0, ends = 0;
    for (const StepInfo& info : stepCatalogue()) {
        starts += info.startsDowntime;
        ends += info.endsDowntime;
    }
    EXPECT_EQ(starts, 1);
    EXPECT_EQ(ends, 1);
    EXPECT_TRUE(stepInfo(StepId::StopBoth).startsDowntime);
    EXPECT_TRUE(stepInfo(StepId::RouteTraffic).endsDowntime);
}

TEST(StepCatalogue, RehearsalNeverTouchesTheOldHost)
{
    for (const StepInfo& info : stepCatalogue()) {
        if (info.phase == StepPhase::Rehearsal) {
            EXPECT_FALSE(info.touchesOldHost) << info.key;
        }
    }
    EXPECT_TRUE(stepInfo(StepId::Deprovision).pointOfNoReturn);
}

TEST(StepCatalogue, StepsAreFoundByNumberOrKey)
{
    EXPECT_EQ(stepFromText(QStringLiteral("4")), StepId::ImportBackup);
    EXPECT_EQ(stepFromText(QStringLiteral(" route-traffic ")), StepId::RouteTraffic);
    EXPECT_EQ(stepFromText(QStringLiteral("11")), std::nullopt);
    EXPECT_EQ(stepFromText(QStringLiteral("install")), std::nullopt);
}

TEST(StepState, KeysRoundTrip)
{
    for (StepState state : {StepState::Pending, StepState::Running, StepState::Done, StepState::Failed,
                            StepState::Skipped, StepState::Cancelled, StepState::Interrupted})
        EXPECT_EQ(stepStateFromKey(stepStateKey(state)), state);
    EXPECT_EQ(stepStateFromKey(QStringLiteral("bogus")), std::nullopt);
}

TEST(StepState, OnlyDoneAndSkippedLetTheAdminMoveOn)
{
    EXPECT_TRUE(isSettled(StepState::Done));
    EXPECT_TRUE(isSettled(StepState::Skipped));
    EXPECT_FALSE(isSettled(StepState::Failed));
    EXPECT_FALSE(isSettled(StepState::Interrupted));
    EXPECT_FALSE(isSettled(StepState::Cancelled));
}
