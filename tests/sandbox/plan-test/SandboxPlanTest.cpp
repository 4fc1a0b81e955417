// The plans `sandbox plan` writes must load as plans and bind to the shipped recipes they name: the demo
// recipe, and the generic systemd recipe of the world's database.
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

// The world's database engine, as `sandbox up` recorded it.
QString worldEngine()
{
    QFile file(stateDir() + QStringLiteral("/world.env"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("DB_ENGINE="))
            return QString::fromLatin1(line.mid(10)).trimmed();
    return {};
}

puw::RecipeBinding bindPlan(const QString& file, const QString& recipeId, puw::RouteKind kind)
{
    const auto plan = puw::UpgradePlan::load(file, puw::RecipeCatalogue::shippedIds());
    EXPECT_TRUE(plan.ok()) << plan.error().message().toStdString();
    if (!plan.ok())
        return {};
    EXPECT_EQ(plan->recipeId, recipeId);
    EXPECT_EQ(plan->oldHost.address, sandboxSubnet() + QStringLiteral(".11"));
    EXPECT_EQ(plan->newHost.address, sandboxSubnet() + QStringLiteral(".12"));
    EXPECT_TRUE(QFileInfo::exists(plan->oldHost.identityFile));
    EXPECT_TRUE(QFileInfo::exists(plan->knownHostsFile));
    EXPECT_EQ(plan->route.kind, kind);

    const auto recipe = puw::RecipeLoader::load(QStringLiteral(PUW_SOURCE_DIR "/resources/recipes/") +
                                                recipeId + QStringLiteral(".json"));
    EXPECT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    if (!recipe.ok())
        return {};
    const auto binding = puw::RecipeBinding::bind(recipe.value(), plan.value(), file);
    EXPECT_TRUE(binding.ok()) << binding.error().message().toStdString();
    return binding.ok() ? binding.value() : puw::RecipeBinding{};
}

#define PUW_REQUIRE_WORLD()                                                                                  \
    PUW_REQUIRE(QFileInfo::exists(stateDir() + QStringLiteral("/world.env")),                                \
                "the sandbox is not up in " + stateDir().toStdString())

TEST(SandboxPlan, NginxPlanBindsToTheDemoRecipe)
{
    PUW_REQUIRE_WORLD();
    const auto binding =
        bindPlan(stateDir() + QStringLiteral("/plan.json"), QStringLiteral("demo"), puw::RouteKind::Nginx);
    EXPECT_EQ(binding.value(QStringLiteral("db_engine")), worldEngine());
}

TEST(SandboxPlan, DnsPlanBindsToTheDemoRecipe)
{
    PUW_REQUIRE_WORLD();
    const auto binding =
        bindPlan(stateDir() + QStringLiteral("/plan-dns.json"), QStringLiteral("demo"), puw::RouteKind::Dns);
    EXPECT_EQ(binding.value(QStringLiteral("db_engine")), worldEngine());
}

// The systemd recipe reaches each host's database on that host's own address (never old's from new).
TEST(SandboxPlan, SystemdPlanBindsToTheSystemdRecipeOfTheWorldsDatabase)
{
    PUW_REQUIRE_WORLD();
    const QString recipe = worldEngine() == QLatin1String("postgresql") ? QStringLiteral("systemd-postgresql")
                                                                        : QStringLiteral("systemd-mysql");
    const auto binding = bindPlan(stateDir() + QStringLiteral("/plan-") + recipe + QStringLiteral(".json"),
                                  recipe, puw::RouteKind::Nginx);
    const QString newAddress = sandboxSubnet() + QStringLiteral(".12");
    EXPECT_EQ(
        binding.expand(QStringLiteral("{{db_host}}"), {{QStringLiteral("host_address"), newAddress}}).value(),
        newAddress);
    EXPECT_EQ(binding.value(QStringLiteral("unit")), QStringLiteral("demo"));
}

} // namespace
