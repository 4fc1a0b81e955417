// route.preview as a plan states it: what loads and round-trips, and what is refused with which field.
#include "plan/UpgradePlan.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QStringList kRecipes{QStringLiteral("demo")};

QByteArray nginxPlan(const QByteArray& preview, const QByteArray& publicUrl = "http://p.example/")
{
    return R"({"recipe": "demo", "old": {"address": "a.example"}, "new": {"address": "b.example"},
        "route": {"kind": "nginx", "publicUrl": ")" +
           publicUrl + R"(", "proxy": {"address": "p.example"},
                  "upstreamFile": "/etc/nginx/conf.d/up.conf", "preview": )" +
           preview + "}}";
}

Expected<UpgradePlan, PlanError> load(const QByteArray& json)
{
    return UpgradePlan::fromJson(json, QStringLiteral("plan.json"), kRecipes);
}

} // namespace

TEST(PreviewPlan, APortOnTheProxyLoadsAndRoundTrips)
{
    const auto plan = load(nginxPlan(R"({"port": 8081, "file": "/etc/nginx/sites-enabled/preview.conf"})"));
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    EXPECT_EQ(plan->route.preview.port, 8081);
    EXPECT_EQ(plan->route.preview.file, QStringLiteral("/etc/nginx/sites-enabled/preview.conf"));
    const auto again = load(plan->toJson());
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again.value(), plan.value());
}

TEST(PreviewPlan, AbsentOrNullMeansNoPreview)
{
    const auto plan = load(nginxPlan("null"));
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    EXPECT_TRUE(plan->route.preview.isEmpty());
    EXPECT_FALSE(plan->toJson().contains("preview"));
}

TEST(PreviewPlan, PortsOutOfRangeMissingOrNotWholeAreRefused)
{
    for (const QByteArray& preview :
         {QByteArray(R"({"port": 0})"), QByteArray(R"({"port": 65536})"), QByteArray(R"({"port": 80.5})"),
          QByteArray(R"({"port": "8081"})"), QByteArray(R"({})"), QByteArray(R"({"file": "/etc/x.conf"})")}) {
        const auto plan = load(nginxPlan(preview));
        ASSERT_FALSE(plan.ok()) << preview.toStdString();
        EXPECT_EQ(plan.error().field, QStringLiteral("route.preview.port")) << preview.toStdString();
    }
}

TEST(PreviewPlan, ThePublicPortIsRefusedWithTheReason)
{
    for (const auto& [url, port] : {std::pair{QByteArray("http://p.example/"), QByteArray("80")},
                                    std::pair{QByteArray("https://p.example/"), QByteArray("443")},
                                    std::pair{QByteArray("http://p.example:8080/"), QByteArray("8080")}}) {
        const auto plan = load(nginxPlan(R"({"port": )" + port + "}", url));
        ASSERT_FALSE(plan.ok()) << url.toStdString();
        EXPECT_EQ(plan.error().field, QStringLiteral("route.preview.port"));
        EXPECT_TRUE(plan.error().message().contains(QStringLiteral("public"))) << url.toStdString();
    }
    EXPECT_TRUE(load(nginxPlan(R"({"port": 80})", "https://p.example/")).ok());
}

TEST(PreviewPlan, HostileOrRelativeFilesAndUnknownKeysAreRefused)
{
    for (const QByteArray& file : {QByteArray("conf.d/preview.conf"), QByteArray("/etc/nginx/../shadow"),
                                   QByteArray("/etc/nginx/a\\nb.conf"), QByteArray("/etc//x.conf")}) {
        const auto plan = load(nginxPlan(R"({"port": 8081, "file": ")" + file + "\"}"));
        ASSERT_FALSE(plan.ok()) << file.toStdString();
        EXPECT_EQ(plan.error().field, QStringLiteral("route.preview.file")) << file.toStdString();
    }
    const auto misspelt = load(nginxPlan(R"({"port": 8081, "prot": 1})"));
    ASSERT_FALSE(misspelt.ok());
    EXPECT_TRUE(misspelt.error().field.startsWith(QStringLiteral("route.preview")));
}

TEST(PreviewPlan, ADnsRouteRefusesAPreviewAndSaysWhy)
{
    const auto plan =
        load(R"({"recipe": "demo", "old": {"address": "a.example"}, "new": {"address": "b.example"},
        "route": {"kind": "dns", "publicUrl": "http://app.example/", "dnsName": "app.example",
                  "preview": {"port": 8081}}})");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().field, QStringLiteral("route.preview"));
    EXPECT_TRUE(plan.error().message().contains(QStringLiteral("nginx")));
    EXPECT_TRUE(plan.error().message().contains(QStringLiteral("same name")));
}
