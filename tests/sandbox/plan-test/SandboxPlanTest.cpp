// The plan `sandbox plan` writes must load as a plan and bind to the shipped demo recipe.
#include "TestEnvironment.h"
#include "plan/RecipeCatalogue.h"
#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "recipes/RecipeLoader.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace {

QString stateDir()
{
    const QString dir = qEnvironmentVariable("PUW_SANDBOX_DIR");
    return dir.isEmpty() ? QStringLiteral("/tmp/puw-sandbox") : dir;
}

// The first three octets of the world's addresses: what `sandbox up` recorded, else the default.
QString sandboxSubnet()
{
    QFile file(stateDir() + QStringLiteral("/subnet"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromLatin1(file.readAll()).trimmed();
    return QStringLiteral("127.0.0");
}

void checkPlan(const QString& file, puw::RouteKind kind)
{
    PUW_REQUIRE(QFileInfo::exists(file), "the sandbox is not up (no " + file.toStdString() + ")");
    const auto plan = puw::UpgradePlan::load(file, puw::RecipeCatalogue::shippedIds());
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    EXPECT_EQ(plan->recipeId, QStringLiteral("demo"));
    EXPECT_EQ(plan->oldHost.address, sandboxSubnet() + QStringLiteral(".11"));
    EXPECT_EQ(plan->newHost.address, sandboxSubnet() + QStringLiteral(".12"));
    EXPECT_TRUE(QFileInfo::exists(plan->oldHost.identityFile));
    EXPECT_TRUE(QFileInfo::exists(plan->knownHostsFile));
    EXPECT_EQ(plan->route.kind, kind);

    const auto recipe =
        puw::RecipeLoader::load(QStringLiteral(PUW_SOURCE_DIR "/resources/recipes/demo.json"));
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    const auto binding = puw::RecipeBinding::bind(recipe.value(), plan.value(), file);
    ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
    EXPECT_EQ(binding->value(QStringLiteral("db_engine")),
              plan->variables.value(QStringLiteral("db_engine")));
}

TEST(SandboxPlan, NginxPlanBindsToTheDemoRecipe)
{
    checkPlan(stateDir() + QStringLiteral("/plan.json"), puw::RouteKind::Nginx);
}

TEST(SandboxPlan, DnsPlanBindsToTheDemoRecipe)
{
    checkPlan(stateDir() + QStringLiteral("/plan-dns.json"), puw::RouteKind::Dns);
}

} // namespace
