// What the openboxes recipe relies on: the version in a WAR's manifest, the Tomcat layouts its variables
// serve, the stale-lock rule of its log, and an nginx plan refused at load when a recipe cannot switch it.
#include "recipes/RecipeBinding.h"
#include "recipes/RecipeLoader.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace puw;

namespace {

Recipe openboxes()
{
    auto recipe = RecipeLoader::loadById(QStringLiteral("openboxes"), {});
    EXPECT_TRUE(recipe.ok());
    return recipe.ok() ? recipe.value() : Recipe{};
}

UpgradePlan planFor(const QString& recipe, RouteKind route, QMap<QString, QString> variables = {})
{
    UpgradePlan plan;
    plan.recipeId = recipe;
    plan.oldHost.address = QStringLiteral("old.example.org");
    plan.newHost.address = QStringLiteral("new.example.org");
    plan.route.kind = route;
    plan.variables = std::move(variables);
    return plan;
}

// A WAR's META-INF/MANIFEST.MF as `unzip -p` prints it (CRLF line ends).
const QString kManifest = QStringLiteral("Manifest-Version: 1.0\r\nCreated-By: Apache Maven\r\n"
                                         "Implementation-Title: openboxes\r\nImplementation-Version: "
                                         "0.9.1\r\nGrails-Version: 3.3.16\r\n\r\n");

} // namespace

TEST(OpenBoxesRecipe, TheVersionIsTheManifestsImplementationVersionNotItsFirstLine)
{
    const Recipe recipe = openboxes();
    EXPECT_TRUE(recipe.versionCommand.argv.contains(QStringLiteral("META-INF/MANIFEST.MF")));
    EXPECT_EQ(versionFromOutput(kManifest, recipe.versionPattern), QStringLiteral("0.9.1"));
    EXPECT_EQ(versionFromOutput(QStringLiteral("Manifest-Version: 1.0\r\n"), recipe.versionPattern),
              QString())
        << "a manifest without the version gives none (step 1 then fails), not \"1.0\"";
    EXPECT_EQ(versionFromOutput(QStringLiteral("\n  demo 2.0.0\nmore\n"), {}), QStringLiteral("demo 2.0.0"));
}

TEST(OpenBoxesRecipe, RequiresUnzipAndTheMariaDbClient)
{
    const QStringList programs = openboxes().requiredPrograms;
    for (const char* program : {"unzip", "mysql", "mysqldump", "java"})
        EXPECT_TRUE(programs.contains(QLatin1String(program))) << program;
}

TEST(OpenBoxesRecipe, ItsPathsFollowTheTomcatUnitForTomcat9And10)
{
    for (const char* unit : {"tomcat9", "tomcat10"}) {
        const auto binding =
            RecipeBinding::bind(openboxes(),
                                planFor(QStringLiteral("openboxes"), RouteKind::Dns,
                                        {{QStringLiteral("tomcat_unit"), QLatin1String(unit)}}),
                                QStringLiteral("plan.json"));
        ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
        EXPECT_EQ(binding->value(QStringLiteral("catalina_base")),
                  QStringLiteral("/var/lib/%1").arg(QLatin1String(unit)));
        EXPECT_EQ(binding->value(QStringLiteral("tomcat_log")),
                  QStringLiteral("/var/log/%1/catalina.out").arg(QLatin1String(unit)));
    }
}

TEST(OpenBoxesRecipe, AStaleChangelogLockIsAStuckStartWithItsFix)
{
    const Recipe recipe = openboxes();
    ASSERT_EQ(recipe.logStuck.size(), 1);
    const LogStuckSpec& rule = recipe.logStuck.first();
    EXPECT_TRUE(QRegularExpression(rule.pattern)
                    .match(QStringLiteral("2026-12-03 11:55:39,635 INFO [liquibase.lockservice] Waiting for "
                                          "changelog lock...."))
                    .hasMatch());
    EXPECT_LT(rule.seconds, 60) << "step 5 must say so within a minute";
    EXPECT_TRUE(rule.reason.contains(QStringLiteral("UPDATE DATABASECHANGELOGLOCK SET LOCKED=0")));
}

TEST(OpenBoxesRecipe, AStuckRuleNeedsAPatternAndAReason)
{
    const QByteArray base = R"({"id": "mine", "title": "Mine",
               "services": [{"name": "app", "manager": "systemd", "unit": "mine"}],
               "database": {"engine": "mysql", "name": "mine"}, "logs": {"stuck": [)";
    const auto noReason =
        RecipeLoader::fromJson(base + R"({"pattern": "Waiting"}]}})", QStringLiteral("mine.json"));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("logs.stuck[0].reason"));
    const auto badPattern =
        RecipeLoader::fromJson(base + R"({"pattern": "(", "reason": "r"}]}})", QStringLiteral("mine.json"));
    ASSERT_FALSE(badPattern.ok());
    EXPECT_EQ(badPattern.error().field, QStringLiteral("logs.stuck[0].pattern"));
}

TEST(OpenBoxesRecipe, AnNginxPlanIsRefusedAtLoadWhenTheRecipeCannotSwitchTheProxy)
{
    const auto recipe = RecipeLoader::fromJson(R"({"id": "mine", "title": "Mine",
               "services": [{"name": "app", "manager": "systemd", "unit": "mine"}],
               "database": {"engine": "mysql", "name": "mine"}})",
                                               QStringLiteral("mine.json"));
    ASSERT_TRUE(recipe.ok());
    const auto nginx = RecipeBinding::bind(recipe.value(), planFor(QStringLiteral("mine"), RouteKind::Nginx),
                                           QStringLiteral("plan.json"));
    ASSERT_FALSE(nginx.ok());
    EXPECT_EQ(nginx.error().file, QStringLiteral("plan.json"));
    EXPECT_EQ(nginx.error().field, QStringLiteral("route.kind"));
    EXPECT_TRUE(nginx.error().message().contains(QStringLiteral("routing.nginxUpstream")));
    EXPECT_TRUE(RecipeBinding::bind(recipe.value(), planFor(QStringLiteral("mine"), RouteKind::Dns),
                                    QStringLiteral("plan.json"))
                    .ok())
        << "a DNS plan needs no upstream template";
    for (const char* shipped : {"openboxes", "parsec", "demo", "systemd-mysql", "systemd-postgresql"}) {
        const auto loaded = RecipeLoader::loadById(QLatin1String(shipped), {});
        ASSERT_TRUE(loaded.ok()) << shipped;
        EXPECT_FALSE(loaded->routing.nginxUpstream.isEmpty()) << shipped << " cannot switch an nginx proxy";
    }
}
