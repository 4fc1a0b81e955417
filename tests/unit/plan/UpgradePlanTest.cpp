#include "plan/UpgradePlan.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QStringList kRecipes{QStringLiteral("demo"), QStringLiteral("openboxes")};

UpgradePlan samplePlan()
{
    UpgradePlan plan;
    plan.name = QStringLiteral("Stock room upgrade");
    plan.recipeId = QStringLiteral("openboxes");
    plan.oldHost = {QStringLiteral("obx-old.example.org"), 2222, QStringLiteral("admin"),
                    QStringLiteral("~/.ssh/id_ed25519")};
    plan.newHost = {QStringLiteral("obx-new"), 0, {}, {}};
    plan.route.kind = RouteKind::Nginx;
    plan.route.publicUrl = QStringLiteral("https://stock.example.org/");
    plan.route.proxy = {QStringLiteral("proxy.example.org"), 22, QStringLiteral("admin"), {}};
    plan.route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/openboxes-upstream.conf");
    plan.variables.insert(QStringLiteral("db_name"), QStringLiteral("openboxes"));
    plan.variables.insert(QStringLiteral("site name"), QStringLiteral("Dépôt « central »"));
    plan.secretEnvironment.insert(QStringLiteral("sudo-password"), QStringLiteral("OBX_SUDO"));
    return plan;
}

// Loads JSON text that must fail and returns the error.
PlanError errorFor(const QByteArray& json)
{
    const auto result = UpgradePlan::fromJson(json, QStringLiteral("plan.json"), kRecipes);
    EXPECT_FALSE(result.ok()) << json.constData();
    return result.ok() ? PlanError{} : result.error();
}

const QByteArray kValidHosts = R"("old": {"address": "a.example"}, "new": {"address": "b.example"})";

} // namespace

TEST(UpgradePlan, RoundTripsThroughJson)
{
    const UpgradePlan plan = samplePlan();
    const auto loaded = UpgradePlan::fromJson(plan.toJson(), QStringLiteral("plan.json"), kRecipes);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded.value(), plan);
}

TEST(UpgradePlan, DnsRouteRoundTrips)
{
    UpgradePlan plan = samplePlan();
    plan.route = {};
    plan.route.kind = RouteKind::Dns;
    plan.route.dnsName = QStringLiteral("app.example.org");
    plan.route.resolver = QStringLiteral("127.0.0.10");
    plan.route.resolverPort = 5353;
    const auto loaded = UpgradePlan::fromJson(plan.toJson(), QStringLiteral("plan.json"), kRecipes);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded.value(), plan);
}

TEST(UpgradePlan, SavesAndLoadsAFileAndResolvesKnownHostsBesideIt)
{
    QTemporaryDir dir;
    UpgradePlan plan = samplePlan();
    plan.knownHostsFile = QStringLiteral("known_hosts");
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    ASSERT_EQ(plan.save(path), QString());
    const auto loaded = UpgradePlan::load(path, kRecipes);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded->knownHostsFile, dir.filePath(QStringLiteral("known_hosts")));
    EXPECT_EQ(loaded->variables, plan.variables);
}

TEST(UpgradePlan, MissingFileNamesThePath)
{
    const auto result = UpgradePlan::load(QStringLiteral("/nonexistent/plan.json"), kRecipes);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("/nonexistent/plan.json")));
}

TEST(UpgradePlan, BadJsonGivesTheLine)
{
    const PlanError error =
        errorFor("{\n  \"recipe\": \"demo\",\n  \"old\": {\"address\": \"a\"}\n  \"new\": {}\n}");
    EXPECT_EQ(error.file, QStringLiteral("plan.json"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("line 4"))) << error.problem.toStdString();
    EXPECT_FALSE(error.fix.isEmpty());
}

TEST(UpgradePlan, MissingFieldIsNamed)
{
    const PlanError error = errorFor(R"({"recipe": "demo", "old": {"address": "a"}, "new": {"port": 22}})");
    EXPECT_EQ(error.field, QStringLiteral("new.address"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("missing")));
    EXPECT_TRUE(error.message().contains(QStringLiteral("new.address")));
}

TEST(UpgradePlan, MissingRecipeListsTheKnownOnes)
{
    const PlanError error = errorFor("{" + kValidHosts + "}");
    EXPECT_EQ(error.field, QStringLiteral("recipe"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("openboxes")));
}

TEST(UpgradePlan, WrongTypeIsNamed)
{
    const PlanError error =
        errorFor(R"({"recipe": "demo", "old": {"address": "a", "port": "22"}, "new": {"address": "b"}})");
    EXPECT_EQ(error.field, QStringLiteral("old.port"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("string"))) << error.problem.toStdString();
}

TEST(UpgradePlan, UnknownRecipeIsRefused)
{
    const PlanError error = errorFor(R"({"recipe": "wordpress", )" + kValidHosts + "}");
    EXPECT_EQ(error.field, QStringLiteral("recipe"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("wordpress")));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("demo")));
}

TEST(UpgradePlan, PortOutOfRangeIsRefused)
{
    const PlanError error =
        errorFor(R"({"recipe": "demo", "old": {"address": "a"}, "new": {"address": "b", "port": 70000}})");
    EXPECT_EQ(error.field, QStringLiteral("new.port"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("65535")));
}

TEST(UpgradePlan, ASecretIsRefused)
{
    const PlanError error = errorFor(
        R"({"recipe": "demo", "old": {"address": "a", "password": "hunter2"}, "new": {"address": "b"}})");
    EXPECT_EQ(error.field, QStringLiteral("old.password"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("keychain")));
    EXPECT_FALSE(error.message().contains(QStringLiteral("hunter2")));

    const PlanError variable =
        errorFor(R"({"recipe": "demo", )" + kValidHosts + R"(, "variables": {"db_password": "x"}})");
    EXPECT_EQ(variable.field, QStringLiteral("variables.db_password"));
}

TEST(UpgradePlan, MisspeltFieldSuggestsTheRightOne)
{
    const PlanError error =
        errorFor(R"({"recipe": "demo", "old": {"adress": "a"}, "new": {"address": "b"}})");
    EXPECT_EQ(error.field, QStringLiteral("old.adress"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("\"address\""))) << error.fix.toStdString();
}

TEST(UpgradePlan, SameHostTwiceIsRefused)
{
    const PlanError error =
        errorFor(R"({"recipe": "demo", "old": {"address": "a"}, "new": {"address": "a"}})");
    EXPECT_EQ(error.field, QStringLiteral("new"));
}

TEST(UpgradePlan, RouteNeedsItsFields)
{
    EXPECT_EQ(errorFor(R"({"recipe": "demo", )" + kValidHosts + R"(, "route": {"kind": "ftp"}})").field,
              QStringLiteral("route.kind"));
    EXPECT_EQ(errorFor(R"({"recipe": "demo", )" + kValidHosts +
                       R"(, "route": {"kind": "nginx", "upstreamFile": "/etc/x"}})")
                  .field,
              QStringLiteral("route.proxy"));
    EXPECT_EQ(errorFor(R"({"recipe": "demo", )" + kValidHosts + R"(, "route": {"kind": "dns"}})").field,
              QStringLiteral("route.dnsName"));
}

TEST(UpgradePlan, NewerFormatAsksForAnUpdate)
{
    const PlanError error = errorFor(R"({"format": 7, "recipe": "demo", )" + kValidHosts + "}");
    EXPECT_EQ(error.field, QStringLiteral("format"));
}

// A number far beyond any port (1e300) is a clear error, not an undefined conversion to an integer.
TEST(UpgradePlan, AHugeNumberForAPortIsOutOfRange)
{
    for (const char* port : {"1e300", "-1e300", "22.5", "1e10"}) {
        const QByteArray json = QByteArray(R"({"recipe": "demo", "old": {"address": "a", "port": )") + port +
                                R"(}, "new": {"address": "b"}})";
        const PlanError error = errorFor(json);
        EXPECT_EQ(error.field, QStringLiteral("old.port")) << port;
        EXPECT_TRUE(error.fix.contains(QStringLiteral("65535"))) << error.fix.toStdString();
    }
}

// An address reaches ssh's command line and the remote shells' messages: one that ssh would read as an
// option, or that holds whitespace, is refused when the plan loads.
TEST(UpgradePlan, AnAddressThatIsNotAHostNameIsRefused)
{
    for (const char* address : {"-oProxyCommand=touch /tmp/x", "a b", "host\\nname", "tab\\there"}) {
        const QByteArray json =
            QByteArray(R"({"recipe": "demo", "old": {"address": "a"}, "new": {"address": ")") + address +
            R"("}})";
        const PlanError error = errorFor(json);
        EXPECT_EQ(error.field, QStringLiteral("new.address")) << address;
    }
    const auto fine = UpgradePlan::fromJson(
        R"({"recipe": "demo", "old": {"address": "old-1.example.org"}, "new": {"address": "[2001:db8::1]"}})",
        QStringLiteral("plan.json"), kRecipes);
    EXPECT_TRUE(fine.ok()) << (fine.ok() ? "" : fine.error().message().toStdString());
}

TEST(UpgradePlan, ABackupFolderPerHostRoundTripsAndMustBeAbsoluteAndPlain)
{
    UpgradePlan plan = samplePlan();
    plan.newBackupDir = QStringLiteral("/srv/backups/upgrade");
    const auto loaded = UpgradePlan::fromJson(plan.toJson(), QStringLiteral("plan.json"), kRecipes);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded->newBackupDir, QStringLiteral("/srv/backups/upgrade"));
    EXPECT_TRUE(loaded->oldBackupDir.isEmpty());

    for (const char* folder : {"backups", "/srv/../etc", "/srv/ok\\nnot"}) {
        const QByteArray json =
            QByteArray(R"({"format": 1, "recipe": "openboxes", "old": {"address": "a.example"},
            "new": {"address": "b.example", "backupDir": ")") +
            folder + "\"}}";
        const PlanError error = errorFor(json);
        EXPECT_TRUE(error.message().contains(QStringLiteral("backupDir"))) << error.message().toStdString();
    }
}

TEST(UpgradePlan, ConfigConflictsIsOldOrNew)
{
    UpgradePlan plan = samplePlan();
    plan.configConflicts = QStringLiteral("old");
    const auto loaded = UpgradePlan::fromJson(plan.toJson(), QStringLiteral("plan.json"), kRecipes);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded->configConflicts, QStringLiteral("old"));
    const PlanError error =
        errorFor(R"({"format": 1, "recipe": "demo", )" + kValidHosts + R"(, "configConflicts": "mine"})");
    EXPECT_EQ(error.field, QStringLiteral("configConflicts"));
}
