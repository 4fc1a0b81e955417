// The shared-database procedure and the canary as a plan states them: what loads, what is refused with
// which field, and which steps the procedure leaves out.
#include "plan/Procedure.h"
#include "plan/UpgradePlan.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QStringList kRecipes{QStringLiteral("demo")};

QByteArray planWith(const QByteArray& database, const QByteArray& canary)
{
    QByteArray json = R"({"recipe": "demo", "old": {"address": "a.example"}, "new": {"address": "b.example"},
        "route": {"kind": "nginx", "publicUrl": "http://p.example/", "proxy": {"address": "p.example"},
                  "upstreamFile": "/etc/nginx/conf.d/up.conf")";
    if (!canary.isEmpty())
        json += ", \"canary\": " + canary;
    json += "}";
    if (!database.isEmpty())
        json += ", \"database\": " + database;
    return json + "}";
}

Expected<UpgradePlan, PlanError> load(const QByteArray& json)
{
    return UpgradePlan::fromJson(json, QStringLiteral("plan.json"), kRecipes);
}

} // namespace

TEST(SharedDatabasePlan, CanaryOfASharedPlanLoadsAndRoundTrips)
{
    const auto plan = load(planWith(R"({"shared": true})",
                                    R"({"stages": [10, 50, 100], "holdSeconds": 15, "maxErrorRate": 0.02,
                                        "maxP95LatencyMs": 900, "minRequests": 5})"));
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    EXPECT_TRUE(plan->database.shared);
    EXPECT_EQ(plan->route.canary.stagesPercent, (QList<int>{10, 50, 100}));
    EXPECT_EQ(plan->route.canary.holdSeconds, 15);
    EXPECT_DOUBLE_EQ(plan->route.canary.maxErrorRate, 0.02);
    EXPECT_EQ(plan->route.canary.maxP95LatencyMs, 900);
    EXPECT_EQ(plan->route.canary.minRequests, 5);
    const auto again = load(plan->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), plan.value());
}

TEST(SharedDatabasePlan, CanaryWithADatabasePerHostIsRefusedWithTheReason)
{
    const auto plan = load(planWith({}, R"({"stages": [50, 100]})"));
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().field, QStringLiteral("route.canary"));
    EXPECT_TRUE(plan.error().message().contains(QStringLiteral("shared")));
}

TEST(SharedDatabasePlan, StagesThatDoNotRiseOrEndBelowAllAreRefused)
{
    for (const QByteArray& stages :
         {QByteArray("[50, 10, 100]"), QByteArray("[10, 50]"), QByteArray("[0, 100]"),
          QByteArray("[10.5, 100]"), QByteArray("[]"), QByteArray("\"10,100\"")}) {
        const auto plan = load(planWith(R"({"shared": true})", "{\"stages\": " + stages + "}"));
        ASSERT_FALSE(plan.ok()) << stages.constData();
        EXPECT_EQ(plan.error().field, QStringLiteral("route.canary.stages")) << stages.constData();
    }
    const auto rate = load(planWith(R"({"shared": true})", R"({"stages": [100], "maxErrorRate": 5})"));
    ASSERT_FALSE(rate.ok());
    EXPECT_EQ(rate.error().field, QStringLiteral("route.canary.maxErrorRate"));
}

TEST(SharedDatabasePlan, TheSharedProcedureLeavesOutImportStopAndFinalSync)
{
    const auto shared = load(planWith(R"({"shared": true})", {}));
    ASSERT_TRUE(shared.ok());
    const Procedure procedure = procedureOf(shared.value());
    EXPECT_EQ(procedure, Procedure::SharedDatabase);
    QList<StepId> leftOut;
    for (const StepInfo& info : stepCatalogue()) {
        if (!stepLeftOutBecause(procedure, info.id).isEmpty())
            leftOut << info.id;
    }
    EXPECT_EQ(leftOut, (QList<StepId>{StepId::ImportBackup, StepId::StopBoth, StepId::FinalSync}));
    EXPECT_EQ(newInstallationDatabaseHost(procedure), HostRole::Old);

    const auto separate = load(planWith({}, {}));
    ASSERT_TRUE(separate.ok());
    for (const StepInfo& info : stepCatalogue())
        EXPECT_TRUE(stepLeftOutBecause(procedureOf(separate.value()), info.id).isEmpty());
    EXPECT_EQ(newInstallationDatabaseHost(procedureOf(separate.value())), HostRole::New);
}
