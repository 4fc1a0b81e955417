#include "routing/RouteFromRecipe.h"
#include "recipes/RecipeLoader.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {

Expected<RecipeBinding, PlanError> demoBinding(RouteSpec route)
{
    auto recipe = RecipeLoader::loadById(QStringLiteral("demo"), {});
    EXPECT_TRUE(recipe.ok());
    UpgradePlan plan;
    plan.recipeId = QStringLiteral("demo");
    plan.oldHost.address = QStringLiteral("127.0.0.11");
    plan.newHost.address = QStringLiteral("127.0.0.12");
    plan.route = std::move(route);
    return RecipeBinding::bind(recipe.value(), plan, QStringLiteral("plan.json"));
}

RouteSpec nginxRoute()
{
    RouteSpec route;
    route.kind = RouteKind::Nginx;
    route.publicUrl = QStringLiteral("http://127.0.0.13:8080/");
    route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/demo-upstream.conf");
    return route;
}

} // namespace

TEST(RouteFromRecipe, DemoRecipeGivesTheSwitchItsInputs)
{
    const auto binding = demoBinding(nginxRoute());
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
    const auto setup = nginxSetupFor(binding.value(), nginxRoute());
    ASSERT_TRUE(setup.ok()) << setup.error().toStdString();
    EXPECT_EQ(setup->upstreamFile, QStringLiteral("/etc/nginx/conf.d/demo-upstream.conf"));
    EXPECT_EQ(setup->testCommand, (QStringList{QStringLiteral("nginx"), QStringLiteral("-t")}));
    EXPECT_TRUE(setup->testSudo);
    EXPECT_TRUE(setup->sudo);
    const auto upstream = nginxUpstreamFor(binding.value());
    ASSERT_TRUE(upstream.ok()) << upstream.error().toStdString();
    EXPECT_TRUE(upstream->contains(QStringLiteral("server 127.0.0.12:8081;"))) << upstream->toStdString();

    const HttpCheckRequest check =
        publicUrlCheck(nginxRoute(), QStringLiteral("/version"), QStringLiteral("2"));
    EXPECT_EQ(check.url, QUrl(QStringLiteral("http://127.0.0.13:8080/version")));
    EXPECT_EQ(check.bodyContains, QStringLiteral("2"));
}

TEST(RouteFromRecipe, ADnsRouteIsNotAnNginxSetup)
{
    RouteSpec dns;
    dns.kind = RouteKind::Dns;
    dns.dnsName = QStringLiteral("app.example.org");
    const auto binding = demoBinding(dns);
    ASSERT_TRUE(binding.ok());
    const auto setup = nginxSetupFor(binding.value(), dns);
    ASSERT_FALSE(setup.ok());
    EXPECT_EQ(setup.error(), QStringLiteral("the plan's route is not nginx"));
}
