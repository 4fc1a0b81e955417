#include "recipes/RecipeBinding.h"
#include "recipes/RecipeLoader.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {

UpgradePlan planFor(const QString& recipe, QMap<QString, QString> variables = {})
{
    UpgradePlan plan;
    plan.recipeId = recipe;
    plan.oldHost.address = QStringLiteral("old.example.org");
    plan.newHost.address = QStringLiteral("new.example.org");
    plan.variables = std::move(variables);
    return plan;
}

Recipe shipped(const QString& id)
{
    auto recipe = RecipeLoader::loadById(id, {});
    EXPECT_TRUE(recipe.ok());
    return recipe.ok() ? recipe.value() : Recipe{};
}

} // namespace

TEST(RecipeBinding, PlanVariablesOverrideDefaultsAndDefaultsFollowThem)
{
    const auto binding = RecipeBinding::bind(
        shipped(QStringLiteral("parsec")),
        planFor(QStringLiteral("parsec"), {{QStringLiteral("project_dir"), QStringLiteral("/srv/parsec")}}),
        QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
    EXPECT_EQ(binding->value(QStringLiteral("compose_file")),
              QStringLiteral("/srv/parsec/parsec-server.docker.yaml"));
    EXPECT_EQ(binding->value(QStringLiteral("new_address")), QStringLiteral("new.example.org"));
    EXPECT_EQ(binding->databaseEngine(), DatabaseEngine::PostgreSql);
}

TEST(RecipeBinding, AVariableWithoutDefaultMustBeInThePlan)
{
    const auto binding = RecipeBinding::bind(
        shipped(QStringLiteral("systemd-postgresql")),
        planFor(QStringLiteral("systemd-postgresql"), {{QStringLiteral("unit"), QStringLiteral("gitea")}}),
        QStringLiteral("plan.json"));
    ASSERT_FALSE(binding.ok());
    EXPECT_EQ(binding.error().file, QStringLiteral("plan.json"));
    EXPECT_TRUE(binding.error().field == QStringLiteral("variables.db_name") ||
                binding.error().field == QStringLiteral("variables.app_port") ||
                binding.error().field == QStringLiteral("variables.health_url"))
        << binding.error().field.toStdString();
}

TEST(RecipeBinding, AnUnknownPlanVariableIsATypo)
{
    const auto binding = RecipeBinding::bind(
        shipped(QStringLiteral("openboxes")),
        planFor(QStringLiteral("openboxes"), {{QStringLiteral("db_nmae"), QStringLiteral("x")}}),
        QStringLiteral("plan.json"));
    ASSERT_FALSE(binding.ok());
    EXPECT_EQ(binding.error().field, QStringLiteral("variables.db_nmae"));
}

TEST(RecipeBinding, DatabaseEngineMayComeFromAVariable)
{
    const auto mariadb = RecipeBinding::bind(
        shipped(QStringLiteral("demo")),
        planFor(QStringLiteral("demo"), {{QStringLiteral("db_engine"), QStringLiteral("mariadb")}}),
        QStringLiteral("plan.json"));
    ASSERT_TRUE(mariadb.ok());
    EXPECT_EQ(mariadb->databaseEngine(), DatabaseEngine::MySql);
    const auto oracle = RecipeBinding::bind(
        shipped(QStringLiteral("demo")),
        planFor(QStringLiteral("demo"), {{QStringLiteral("db_engine"), QStringLiteral("oracle")}}),
        QStringLiteral("plan.json"));
    EXPECT_FALSE(oracle.ok());
}

TEST(RecipeBinding, CommandsKeepHostileValuesAsOneWordEach)
{
    const QString hostile = QStringLiteral("x'; rm -rf / #$(id)`id`\n-é");
    const auto binding =
        RecipeBinding::bind(shipped(QStringLiteral("demo")),
                            planFor(QStringLiteral("demo"), {{QStringLiteral("config_file"), hostile}}),
                            QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok());
    const auto argv = binding->expand(binding->recipe().migrations.list);
    ASSERT_TRUE(argv.ok());
    EXPECT_EQ(argv->size(), 9); // runuser -u demo -- demo-app migrate --dry-run --config FILE
    EXPECT_EQ(argv->last(), hostile);
}

TEST(RecipeBinding, PerHostPlaceholdersComeFromTheCaller)
{
    const auto binding = RecipeBinding::bind(shipped(QStringLiteral("demo")), planFor(QStringLiteral("demo")),
                                             QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok());
    const QString url = binding->recipe().httpChecks.at(0).url;
    EXPECT_FALSE(binding->expand(url).ok());
    const auto expanded =
        binding->expand(url, {{QStringLiteral("host_address"), QStringLiteral("127.0.0.12")}});
    ASSERT_TRUE(expanded.ok());
    EXPECT_EQ(expanded.value(), QStringLiteral("http://127.0.0.12:8081/health"));
}

// An admin whose database listens on each host's own address says so once: the value is filled in per host,
// so old's jobs reach old's server and new's jobs new's (never one server for both).
TEST(RecipeBinding, AVariableNamingTheHostAddressIsFilledInPerHost)
{
    const auto binding = RecipeBinding::bind(
        shipped(QStringLiteral("systemd-postgresql")),
        planFor(QStringLiteral("systemd-postgresql"),
                {{QStringLiteral("unit"), QStringLiteral("gitea")},
                 {QStringLiteral("db_name"), QStringLiteral("gitea")},
                 {QStringLiteral("db_host"), QStringLiteral("{{host_address}}")},
                 {QStringLiteral("app_port"), QStringLiteral("3000")},
                 {QStringLiteral("health_url"), QStringLiteral("http://{{host_address}}:3000/")}}),
        QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
    const QMap<QString, QString> old{{QStringLiteral("host_address"), QStringLiteral("10.0.0.1")}};
    const QMap<QString, QString> fresh{{QStringLiteral("host_address"), QStringLiteral("10.0.0.2")}};
    EXPECT_EQ(binding->expand(QStringLiteral("{{db_host}}:{{db_port}}"), old).value(),
              QStringLiteral("10.0.0.1:5432"));
    EXPECT_EQ(binding->expand(QStringLiteral("{{db_host}}"), fresh).value(), QStringLiteral("10.0.0.2"));
    EXPECT_EQ(binding->expand(QStringLiteral("{{health_url}}"), fresh).value(),
              QStringLiteral("http://10.0.0.2:3000/"));
}

TEST(RecipeBinding, ADefaultNamingTheHostAddressIsFilledInPerHost)
{
    Recipe recipe = shipped(QStringLiteral("systemd-postgresql"));
    recipe.variables[QStringLiteral("db_host")].defaultValue = QStringLiteral("{{host_address}}");
    const auto binding =
        RecipeBinding::bind(recipe,
                            planFor(QStringLiteral("systemd-postgresql"),
                                    {{QStringLiteral("unit"), QStringLiteral("gitea")},
                                     {QStringLiteral("db_name"), QStringLiteral("gitea")},
                                     {QStringLiteral("app_port"), QStringLiteral("3000")},
                                     {QStringLiteral("health_url"), QStringLiteral("http://x/")}}),
                            QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
    EXPECT_EQ(
        binding
            ->expand(QStringLiteral("{{db_host}}"), {{QStringLiteral("host_address"), QStringLiteral("h1")}})
            .value(),
        QStringLiteral("h1"));
}

TEST(RecipeBinding, ACanaryNeedsTheRecipesWeightedTemplate)
{
    UpgradePlan plan =
        planFor(QStringLiteral("systemd-postgresql"),
                {{QStringLiteral("unit"), QStringLiteral("gitea")},
                 {QStringLiteral("db_name"), QStringLiteral("gitea")},
                 {QStringLiteral("app_port"), QStringLiteral("3000")},
                 {QStringLiteral("health_url"), QStringLiteral("http://{{host_address}}:3000/")}});
    plan.database.shared = true;
    plan.route.kind = RouteKind::Nginx;
    plan.route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/gitea.conf");
    plan.route.canary.stagesPercent = {10, 100};
    const auto refused =
        RecipeBinding::bind(shipped(QStringLiteral("systemd-postgresql")), plan, QStringLiteral("plan.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("route.canary"));
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("nginxCanaryUpstream")));

    UpgradePlan demo = planFor(QStringLiteral("demo"));
    demo.database.shared = true;
    demo.route = plan.route;
    const auto bound =
        RecipeBinding::bind(shipped(QStringLiteral("demo")), demo, QStringLiteral("plan.json"));
    ASSERT_TRUE(bound.ok()) << bound.error().message().toStdString();
    const auto stage = bound->expand(bound->recipe().routing.nginxCanaryUpstream,
                                     {{QStringLiteral("old_weight"), QStringLiteral("90")},
                                      {QStringLiteral("new_weight"), QStringLiteral("10")}});
    ASSERT_TRUE(stage.ok()) << stage.error().toStdString();
    EXPECT_TRUE(stage->contains(QStringLiteral("old.example.org:8081 weight=90")));
    EXPECT_TRUE(stage->contains(QStringLiteral("new.example.org:8081 weight=10")));
}
