// Step 6's check from the proxy itself, against scripted hosts: each server of the new upstream nginx will
// use is asked from the proxy host, with host, port and path as separate quoted words; an answer passes,
// silence fails naming the proxy, the upstream and the fix; a plan routed by DNS has no such check.
#include "ScriptedHosts.h"

#include "jobs/shared/ProxyReach.h"
#include "recipes/RecipeLoader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace puw;
using namespace puw::test;

namespace {

const char kRecipe[] = R"({
  "format": 1, "id": "reach", "title": "Proxy reach test application",
  "requiredPrograms": ["app"],
  "services": [{"name": "app", "manager": "commands", "start": ["ctl", "start"], "stop": ["ctl", "stop"],
                "status": ["ctl", "is-active"]}],
  "database": {"engine": "postgresql", "host": "{{host_address}}", "name": "app", "user": "app",
               "credential": "db-password"},
  "checks": {"http": [{"name": "health", "url": "http://{{host_address}}:8081/health?x=1"}]},
  "routing": {"nginxUpstream": "upstream app {\n  server {{new_address}}:8081 max_fails=3;\n  server [fd00::12]:8082;\n  server unix:/run/app.sock;\n}\n"}
})";

class ProxyReachCheck : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto recipe = RecipeLoader::fromJson(kRecipe, QStringLiteral("reach.json"));
        ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
        plan.recipeId = QStringLiteral("reach");
        plan.oldHost = {QStringLiteral("192.0.2.10"), 0, QStringLiteral("admin"), {}};
        plan.newHost = {QStringLiteral("192.0.2.11"), 0, QStringLiteral("admin"), {}};
        plan.route.kind = RouteKind::Nginx;
        plan.route.proxy = {QStringLiteral("192.0.2.5"), 0, QStringLiteral("admin"), {}};
        plan.route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/app-upstream.conf");
        plan.route.publicUrl = QStringLiteral("http://192.0.2.5/");
        auto bound = RecipeBinding::bind(recipe.value(), plan, dir.filePath(QStringLiteral("plan.json")));
        ASSERT_TRUE(bound.ok()) << bound.error().message().toStdString();
        binding = bound.value();
    }

    std::optional<CheckRecord> check()
    {
        JobContext ctx(
            StepId::RunChecks, plan, *binding, hosts, [](const JobEvent&) {}, cancelled,
            dir.filePath(QStringLiteral("backups")), false);
        return ProxyReach::check(ctx);
    }

    QTemporaryDir dir;
    UpgradePlan plan;
    std::optional<RecipeBinding> binding;
    ScriptedHosts hosts;
    std::atomic<bool> cancelled{false};
};

TEST(ProxyReachUpstream, ReadsTheServersOfAnUpstreamBlockButNotUnixSockets)
{
    const auto servers = ProxyReach::upstreamServers(
        QStringLiteral("upstream a {\n server 10.0.0.2:8080;\n  server  app.internal:9000 weight=5;\n"
                       " server [fd00::1]:80 backup;\n server unix:/tmp/s.sock;\n # server 1.2.3.4:5;\n}\n"));
    ASSERT_EQ(servers.size(), 3);
    EXPECT_EQ(servers[0].host, QStringLiteral("10.0.0.2"));
    EXPECT_EQ(servers[0].port, QStringLiteral("8080"));
    EXPECT_EQ(servers[1].host, QStringLiteral("app.internal"));
    EXPECT_EQ(servers[2].host, QStringLiteral("[fd00::1]"));
    EXPECT_EQ(servers[2].port, QStringLiteral("80"));
}

TEST_F(ProxyReachCheck, AsksEveryUpstreamServerFromTheProxyAndPassesWhenEachAnswers)
{
    hosts.proxyHost.on(QStringLiteral("puw-proxy-reach"), QStringLiteral("HTTP/1.1 200 OK\r\n"));
    const auto record = check();
    ASSERT_TRUE(record);
    EXPECT_TRUE(record->passed) << record->detail.toStdString();
    EXPECT_TRUE(record->detail.contains(QStringLiteral("192.0.2.11:8081 (200)")))
        << record->detail.toStdString();
    const QStringList asked = hosts.proxyHost.commandsWith(QStringLiteral("puw-proxy-reach"));
    ASSERT_EQ(asked.size(), 2) << "the unix socket is not asked";
    EXPECT_TRUE(asked[0].contains(QStringLiteral("'puw-proxy-reach' '192.0.2.11' '8081' '/health'")))
        << asked[0].toStdString();
    EXPECT_TRUE(asked[1].contains(QStringLiteral("'fd00::12' '8082'"))) << asked[1].toStdString();
    EXPECT_TRUE(hosts.newHost.commands().isEmpty()) << "nothing runs on new: the proxy asks";
}

TEST_F(ProxyReachCheck, AnUpstreamTheProxyCannotReachFailsNamingItAndTheFix)
{
    hosts.proxyHost.on(QStringLiteral("puw-proxy-reach"), QString(), 1,
                       QStringLiteral("bash: connect: Connection refused"));
    const auto record = check();
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->passed);
    for (const QString& words :
         {QStringLiteral("From the proxy (192.0.2.5), 192.0.2.11:8081 does not answer"),
          QStringLiteral("Connection refused"), QStringLiteral("Fix: open the way")})
        EXPECT_TRUE(record->detail.contains(words)) << words.toStdString() << "\n"
                                                    << record->detail.toStdString();
}

TEST_F(ProxyReachCheck, APlanRoutedByDnsHasNoProxyToAsk)
{
    plan.route.kind = RouteKind::Dns;
    EXPECT_FALSE(check().has_value());
    EXPECT_TRUE(hosts.proxyHost.commands().isEmpty());
}

} // namespace
