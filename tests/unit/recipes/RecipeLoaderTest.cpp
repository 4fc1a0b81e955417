#include "recipes/RecipeLoader.h"
#include "plan/RecipeCatalogue.h"
#include "recipes/Placeholders.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace puw;

namespace {

PlanError errorFor(const QByteArray& json)
{
    const auto result = RecipeLoader::fromJson(json, QStringLiteral("mine.json"));
    EXPECT_FALSE(result.ok()) << json.constData();
    return result.ok() ? PlanError{} : result.error();
}

// The smallest valid recipe, with a hole where each test puts its own fields.
QByteArray recipeWith(const QByteArray& extra)
{
    return R"({"id": "mine", "title": "Mine",
               "variables": {"unit": {"default": "mine"}},
               "services": [{"name": "app", "manager": "systemd", "unit": "{{unit}}"}],
               "database": {"engine": "postgresql", "name": "mine"})" +
           extra + "}";
}

} // namespace

TEST(RecipeLoader, EveryShippedRecipeLoads)
{
    const QStringList ids = RecipeCatalogue::shippedIds();
    for (const char* expected : {"demo", "openboxes", "parsec", "systemd-postgresql", "systemd-mysql"})
        EXPECT_TRUE(ids.contains(QLatin1String(expected))) << expected;
    for (const QString& id : ids) {
        const auto recipe = RecipeLoader::loadById(id, {});
        ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
        EXPECT_EQ(recipe->id, id);
        EXPECT_FALSE(recipe->services.isEmpty());
    }
}

TEST(RecipeLoader, ParsecListsMigrationsLikeItsDocumentation)
{
    const auto recipe = RecipeLoader::loadById(QStringLiteral("parsec"), {});
    ASSERT_TRUE(recipe.ok());
    EXPECT_TRUE(recipe->migrations.list.argv.contains(QStringLiteral("--dry-run")));
    EXPECT_TRUE(QRegularExpression(recipe->migrations.pendingPattern)
                    .match(QStringLiteral("0013_add_shamir_recovery.sql ✔"))
                    .hasMatch());
    EXPECT_TRUE(QRegularExpression(recipe->migrations.appliedPattern)
                    .match(QStringLiteral("0002_add_migration_table.sql (already applied)"))
                    .hasMatch());
    EXPECT_TRUE(QRegularExpression(recipe->migrations.failedPattern)
                    .match(QStringLiteral("0014_add_realm_archiving.sql ✘: syntax error"))
                    .hasMatch());
}

TEST(RecipeLoader, AMinimalRecipeLoads)
{
    const auto recipe = RecipeLoader::fromJson(recipeWith(""), QStringLiteral("mine.json"));
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    EXPECT_EQ(recipe->services.at(0).unit, QStringLiteral("{{unit}}"));
    EXPECT_EQ(recipe->timeouts.startSeconds, 300);
}

TEST(RecipeLoader, StallSecondsBoundsTheLongCommandsAndIsValidatedLikeTheOtherTimeouts)
{
    const auto defaults = RecipeLoader::fromJson(recipeWith(""), QStringLiteral("mine.json"));
    ASSERT_TRUE(defaults.ok()) << defaults.error().message().toStdString();
    EXPECT_EQ(defaults->timeouts.stallSeconds, 600);

    const auto set =
        RecipeLoader::fromJson(recipeWith(R"(, "timeouts": {"commandSeconds": 60, "stallSeconds": 1800})"),
                               QStringLiteral("mine.json"));
    ASSERT_TRUE(set.ok()) << set.error().message().toStdString();
    EXPECT_EQ(set->timeouts.stallSeconds, 1800);
    EXPECT_EQ(set->timeouts.commandSeconds, 60);

    for (const QByteArray& bad :
         {QByteArray("0"), QByteArray("-5"), QByteArray("86401"), QByteArray("\"600\"")}) {
        const PlanError error = errorFor(recipeWith(R"(, "timeouts": {"stallSeconds": )" + bad + "}"));
        EXPECT_EQ(error.field, QStringLiteral("timeouts.stallSeconds")) << bad.constData();
    }
    const PlanError misspelt = errorFor(recipeWith(R"(, "timeouts": {"stalSeconds": 600})"));
    EXPECT_EQ(misspelt.field, QStringLiteral("timeouts.stalSeconds"));
    EXPECT_TRUE(misspelt.fix.contains(QStringLiteral("stallSeconds"))) << misspelt.fix.toStdString();
}

TEST(RecipeLoader, UnknownPlaceholderIsAnErrorNamingTheField)
{
    const PlanError error = errorFor(recipeWith(R"(, "config": {"files": ["/etc/{{unti}}.conf"]})"));
    EXPECT_EQ(error.file, QStringLiteral("mine.json"));
    EXPECT_EQ(error.field, QStringLiteral("config.files[0]"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("{{unti}}")));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("unit")));
}

TEST(RecipeLoader, ServiceManagersNeedTheirFields)
{
    EXPECT_EQ(errorFor(R"({"id": "x", "title": "X", "services": [{"name": "a", "manager": "systemd"}],
                          "database": {"engine": "mysql", "name": "x"}})")
                  .field,
              QStringLiteral("services[0].unit"));
    EXPECT_EQ(errorFor(R"({"id": "x", "title": "X", "services": [{"name": "a", "manager": "compose",
                          "composeFile": "/c.yaml"}], "database": {"engine": "mysql", "name": "x"}})")
                  .field,
              QStringLiteral("services[0].composeService"));
    EXPECT_EQ(errorFor(R"({"id": "x", "title": "X", "services": [{"name": "a", "manager": "runit"}],
                          "database": {"engine": "mysql", "name": "x"}})")
                  .field,
              QStringLiteral("services[0].manager"));
}

TEST(RecipeLoader, CommandsMustBeWordLists)
{
    const PlanError error = errorFor(recipeWith(R"(, "versionCommand": "app --version")"));
    EXPECT_EQ(error.field, QStringLiteral("versionCommand"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("separate string")));
}

TEST(RecipeLoader, BadPatternAndEngineAreNamed)
{
    EXPECT_EQ(errorFor(recipeWith(R"(, "migrations": {"list": ["m"], "pendingPattern": "(unclosed"})")).field,
              QStringLiteral("migrations.pendingPattern"));
    EXPECT_EQ(
        errorFor(R"({"id": "x", "title": "X", "services": [{"name": "a", "manager": "systemd", "unit": "u"}],
                          "database": {"engine": "oracle", "name": "x"}})")
            .field,
        QStringLiteral("database.engine"));
}

TEST(RecipeLoader, MisspeltSectionSuggestsTheRightOne)
{
    const PlanError error = errorFor(recipeWith(R"(, "migration": {})"));
    EXPECT_EQ(error.field, QStringLiteral("migration"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("migrations")));
}

TEST(Placeholders, AreFoundAndFilledIn)
{
    EXPECT_EQ(placeholdersIn(QStringLiteral("{{a}}/{{ b_2 }}/{{a}} {single}")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b_2")}));
    const auto filled = expandPlaceholders(QStringLiteral("upstream x { server {{host}}:{{port}}; }"),
                                           {{QStringLiteral("host"), QStringLiteral("10.0.0.2")},
                                            {QStringLiteral("port"), QStringLiteral("80")}});
    ASSERT_TRUE(filled.ok());
    EXPECT_EQ(filled.value(), QStringLiteral("upstream x { server 10.0.0.2:80; }"));
}

TEST(Placeholders, AMissingValueIsAnErrorNotAnEmptyString)
{
    const auto result = expandPlaceholders(QStringLiteral("/srv/{{app}}/data"), {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), QStringLiteral("app"));
}

TEST(RecipeLoader, TheDatabaseSaysHowEachPurposeLogsInAndAnUnknownWayIsNamed)
{
    const QByteArray head = R"({"id": "mine", "title": "Mine",
        "services": [{"name": "app", "manager": "systemd", "unit": "mine"}],
        "database": {"engine": "postgresql", "name": "mine", "socket": "/run/pg", "composeSudo": true,
                     "access": )";
    const auto recipe = RecipeLoader::fromJson(head + R"({"dump": "superuser", "count": "app-socket"}}})",
                                               QStringLiteral("mine.json"));
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    EXPECT_EQ(recipe->database.access.value(QStringLiteral("dump")), QStringLiteral("superuser"));
    EXPECT_EQ(recipe->database.access.value(QStringLiteral("count")), QStringLiteral("app-socket"));
    EXPECT_FALSE(recipe->database.access.contains(QStringLiteral("restore")));
    EXPECT_EQ(recipe->database.socket, QStringLiteral("/run/pg"));
    EXPECT_TRUE(recipe->database.composeSudo);

    const PlanError badMode = errorFor(head + R"({"restore": "root"}}})");
    EXPECT_EQ(badMode.field, QStringLiteral("database.access.restore"));
    EXPECT_TRUE(badMode.problem.contains(QStringLiteral("root")));
    EXPECT_TRUE(badMode.fix.contains(QStringLiteral("app-peer")));
    const PlanError badPurpose = errorFor(head + R"({"backup": "app"}}})");
    EXPECT_TRUE(badPurpose.field.startsWith(QStringLiteral("database.access")))
        << badPurpose.field.toStdString();
}

TEST(RecipeLoader, ShippedDefaultsNameAListedFile)
{
    const auto recipe = RecipeLoader::fromJson(recipeWith(R"(, "config": {"files": ["/etc/{{unit}}.conf"],
                     "shippedDefaults": {"/etc/{{unit}}.conf": "/usr/share/{{unit}}/default.conf"}})"),
                                               QStringLiteral("mine.json"));
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    EXPECT_EQ(recipe->configDefaults.value(QStringLiteral("/etc/{{unit}}.conf")),
              QStringLiteral("/usr/share/{{unit}}/default.conf"));

    const PlanError unlisted = errorFor(recipeWith(
        R"(, "config": {"files": ["/etc/a.conf"], "shippedDefaults": {"/etc/b.conf": "/usr/share/b.conf"}})"));
    EXPECT_EQ(unlisted.field, QStringLiteral("config.shippedDefaults./etc/b.conf"));
    const PlanError placeholder = errorFor(recipeWith(
        R"(, "config": {"files": ["/etc/a.conf"], "shippedDefaults": {"/etc/a.conf": "/usr/{{nope}}/a"}})"));
    EXPECT_TRUE(placeholder.problem.contains(QStringLiteral("{{nope}}")))
        << placeholder.problem.toStdString();

    const auto demo = RecipeLoader::loadById(QStringLiteral("demo"), {});
    ASSERT_TRUE(demo.ok());
    EXPECT_EQ(demo->configDefaults.value(QStringLiteral("{{config_file}}")),
              QStringLiteral("{{install_dir}}/share/demo.conf.default"));
}

TEST(RecipeLoader, CanaryWeightsAreKnownOnlyInTheCanaryTemplate)
{
    const QByteArray weighted =
        R"("server {{old_address}}:80 weight={{old_weight}}; server {{new_address}}:80 weight={{new_weight}};")";
    const auto recipe = RecipeLoader::fromJson(
        recipeWith(R"(, "routing": {"nginxUpstream": "server {{new_address}}:80;", "nginxCanaryUpstream": )" +
                   weighted + "}"),
        QStringLiteral("mine.json"));
    ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
    EXPECT_TRUE(recipe->routing.nginxCanaryUpstream.contains(QStringLiteral("{{new_weight}}")));

    const PlanError error = errorFor(
        recipeWith(R"(, "routing": {"nginxUpstream": "server {{new_address}}:80 weight={{new_weight}};"})"));
    EXPECT_EQ(error.field, QStringLiteral("routing.nginxUpstream"));
}

TEST(RecipeLoader, MigrationsAreNotBackwardCompatibleUnlessTheRecipeSaysSo)
{
    const auto plain = RecipeLoader::fromJson(
        recipeWith(R"(, "migrations": {"apply": {"argv": ["migrate"]}})"), QStringLiteral("mine.json"));
    ASSERT_TRUE(plain.ok()) << plain.error().message().toStdString();
    EXPECT_FALSE(plain->migrations.backwardCompatible);
    const auto compatible = RecipeLoader::fromJson(
        recipeWith(R"(, "migrations": {"apply": {"argv": ["migrate"]}, "backwardCompatible": true})"),
        QStringLiteral("mine.json"));
    ASSERT_TRUE(compatible.ok()) << compatible.error().message().toStdString();
    EXPECT_TRUE(compatible->migrations.backwardCompatible);
}
