// What step 2 writes on new for one file, from old's file, the shipped defaults and new's file.
#include "jobs/shared/ConfigMerge.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace puw;

namespace {
const QByteArray kOldDefault =
    "[site]\nname=Demo shop\n\n[database]\npassword=shipped\n\n[tuning]\nworkers=4\n";
const QByteArray kOldFile =
    "[site]\nname=Bakery\n\n[database]\npassword=hunter2-secret\n\n[tuning]\nworkers=16\n";
const QByteArray kNewDefault =
    "[site]\nname=Demo "
    "shop\n\n[database]\npassword=shipped\n\n[tuning]\nworkers=8\n\n[features]\nreviews=true\n";
const QString kPath = QStringLiteral("/etc/demo/demo.conf");
} // namespace

TEST(ConfigMerge, CarriesTheAdminsChangesOntoVersionTwosDefault)
{
    const ConfigMergeOutcome outcome =
        mergeConfig(kPath,
                    {"[site]\nname=Bakery\n", "[site]\nname=Demo shop\n",
                     "[site]\nname=Demo shop\n\n[features]\nreviews=true\n", std::nullopt},
                    {});
    ASSERT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    EXPECT_EQ(outcome.how, ConfigMergeOutcome::How::ThreeWay);
    EXPECT_EQ(outcome.text, QByteArray("[site]\nname=Bakery\n\n[features]\nreviews=true\n"));
    EXPECT_EQ(outcome.summary.carried, QStringList{QStringLiteral("site.name")});
    EXPECT_EQ(outcome.summary.added, QStringList{QStringLiteral("features.reviews")});
}

TEST(ConfigMerge, AConflictFailsNamingTheFileUnlessThePlanOrTheAdminChooses)
{
    // workers: 4 shipped, the admin made it 16, version 2 ships 8.
    const ConfigMergeInputs inputs{kOldFile, kOldDefault, kNewDefault, std::nullopt};
    const ConfigMergeOutcome failed = mergeConfig(kPath, inputs, {});
    EXPECT_TRUE(failed.text.isEmpty());
    EXPECT_TRUE(failed.error.startsWith(kPath)) << failed.error.toStdString();
    EXPECT_TRUE(failed.error.contains(QStringLiteral("configConflicts"))) << failed.error.toStdString();
    EXPECT_FALSE(failed.error.contains(QStringLiteral("hunter2"))) << failed.error.toStdString();

    const ConfigMergeOutcome oldWins = mergeConfig(kPath, inputs, {ConflictPolicy::OldWins, {}});
    ASSERT_TRUE(oldWins.error.isEmpty()) << oldWins.error.toStdString();
    EXPECT_TRUE(oldWins.text.contains("workers=16\n"));
    EXPECT_TRUE(oldWins.text.contains("reviews=true\n"));
    EXPECT_TRUE(oldWins.text.contains("password=hunter2-secret\n"));
    const ConfigMergeOutcome newWins = mergeConfig(kPath, inputs, {ConflictPolicy::NewWins, {}});
    EXPECT_TRUE(newWins.text.contains("workers=8\n"));
    EXPECT_TRUE(newWins.text.contains("name=Bakery\n")) << "what only the admin changed is still carried";

    // The journal's record names settings, never a value.
    const QByteArray json = QJsonDocument(oldWins.toJson()).toJson();
    EXPECT_FALSE(json.contains("hunter2")) << json.constData();
    EXPECT_TRUE(json.contains("tuning.workers")) << json.constData();
    EXPECT_TRUE(json.contains("database.password")) << json.constData();
}

TEST(ConfigMerge, WithoutADefaultOldsFileWinsUnlessChosenOtherwise)
{
    const ConfigMergeInputs inputs{"a=1\nb=2\n", std::nullopt, std::nullopt, QByteArray("a=1\nb=3\n")};
    const ConfigMergeOutcome copied = mergeConfig(kPath, inputs, {});
    ASSERT_TRUE(copied.error.isEmpty()) << copied.error.toStdString();
    EXPECT_EQ(copied.how, ConfigMergeOutcome::How::TwoWay);
    EXPECT_EQ(copied.text, QByteArray("a=1\nb=2\n"));
    const ConfigMergeOutcome chosen = mergeConfig(kPath, inputs, {std::nullopt, {HunkChoice{Take::New, {}}}});
    EXPECT_EQ(chosen.text, QByteArray("a=1\nb=3\n"));
}

TEST(ConfigMerge, NothingOnNewWritesOldsFileAsItIs)
{
    const ConfigMergeOutcome outcome =
        mergeConfig(kPath, {"x=1\r\n", kOldDefault, std::nullopt, std::nullopt}, {});
    EXPECT_EQ(outcome.how, ConfigMergeOutcome::How::Copied);
    EXPECT_EQ(outcome.text, QByteArray("x=1\r\n"));
}
