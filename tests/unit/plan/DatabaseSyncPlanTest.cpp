// database.sync as a plan states it: the replication mode loads and survives a save, an unknown mode and
// replication with a shared database are refused with the field and the fix.
#include "plan/UpgradePlan.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {

Expected<UpgradePlan, PlanError> loadWithDatabase(const QByteArray& database)
{
    const QByteArray json =
        R"({"recipe": "demo", "old": {"address": "a.example"}, "new": {"address": "b.example"},
        "route": {"kind": "nginx", "publicUrl": "http://p.example/", "proxy": {"address": "p.example"},
                  "upstreamFile": "/etc/nginx/conf.d/up.conf"}, "database": )" +
        database + "}";
    return UpgradePlan::fromJson(json, QStringLiteral("plan.json"), {QStringLiteral("demo")});
}

} // namespace

TEST(DatabaseSyncPlan, ReplicationLoadsAndRoundTrips)
{
    const auto plan = loadWithDatabase(R"({"sync": "replication"})");
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    EXPECT_EQ(plan->database.sync, DatabaseSync::Replication);
    EXPECT_FALSE(plan->database.isEmpty());
    const auto again =
        UpgradePlan::fromJson(plan->toJson(), QStringLiteral("plan.json"), {QStringLiteral("demo")});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->database.sync, DatabaseSync::Replication);
}

TEST(DatabaseSyncPlan, DumpIsTheDefaultAndIsNotWrittenBack)
{
    const auto plan = loadWithDatabase(R"({"sync": "dump"})");
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->database.sync, DatabaseSync::Dump);
    EXPECT_FALSE(plan->toJson().contains("\"sync\""));
}

TEST(DatabaseSyncPlan, AnUnknownModeIsRefusedWithTheChoices)
{
    const auto plan = loadWithDatabase(R"({"sync": "rsync"})");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().field, QStringLiteral("database.sync"));
    EXPECT_TRUE(plan.error().message().contains(QStringLiteral("replication")));
}

TEST(DatabaseSyncPlan, ReplicationWithASharedDatabaseIsRefused)
{
    const auto plan = loadWithDatabase(R"({"sync": "replication", "shared": true})");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().field, QStringLiteral("database.sync"));
    EXPECT_TRUE(plan.error().message().contains(QStringLiteral("shared")));
}
