// The testers' preview against scripted hosts: opening writes the program's own block and reloads only once
// nginx's test accepts it; a refused test removes the file again and reloads nothing; a file the program
// did not write is left alone; opening needs the proxy's address typed; closing removes the file, tests
// and reloads; step 9's closeIfOpen does nothing more than look when no preview is open. Every path goes
// to the proxy quoted.
#include "ScriptedHosts.h"

#include "jobs/StepOptions.h"
#include "jobs/shared/TesterPreview.h"
#include "journal/SessionValues.h"
#include "recipes/RecipeLoader.h"
#include "remote/ShellQuote.h"
#include "routing/NginxPreview.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace puw;
using namespace puw::test;

namespace {

const char kRecipe[] = R"({
  "format": 1, "id": "preview", "title": "Preview test application",
  "requiredPrograms": ["app"],
  "services": [{"name": "app", "manager": "commands", "start": ["ctl", "start"], "stop": ["ctl", "stop"],
                "status": ["ctl", "is-active"]}],
  "database": {"engine": "postgresql", "host": "{{host_address}}", "name": "app", "user": "app",
               "credential": "db-password"},
  "checks": {"http": [{"name": "health", "url": "http://{{host_address}}:8080/health"}]},
  "routing": {"nginxUpstream": "upstream app {\n  server {{new_address}}:8080;\n}\n"}
})";

const QString kFolder = QStringLiteral("/etc/nginx/conf $(touch pwned) it's");

class TesterPreviewFlow : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto recipe = RecipeLoader::fromJson(kRecipe, QStringLiteral("preview.json"));
        ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
        plan.recipeId = QStringLiteral("preview");
        plan.oldHost = {QStringLiteral("192.0.2.10"), 0, QStringLiteral("admin"), {}};
        plan.newHost = {QStringLiteral("192.0.2.11"), 0, QStringLiteral("admin"), {}};
        plan.route.kind = RouteKind::Nginx;
        plan.route.proxy = {QStringLiteral("192.0.2.5"), 0, QStringLiteral("admin"), {}};
        plan.route.upstreamFile = kFolder + QStringLiteral("/app-upstream.conf");
        plan.route.publicUrl = QStringLiteral("http://192.0.2.5/");
        plan.route.preview.port = 8081;
        auto bound = RecipeBinding::bind(recipe.value(), plan, dir.filePath(QStringLiteral("plan.json")));
        ASSERT_TRUE(bound.ok()) << bound.error().message().toStdString();
        binding = bound.value();
        // Commands are quoted word by word ('rm' '-f' '--'); the write's clean-up holds a plain rm -f.
        proxy().on(QStringLiteral("'rm' '-f' '--'"), QString());
        proxy().on(QStringLiteral(".puw-new"), [this] {
            writes++;
            return ScriptedShell::exited({});
        });
        proxy().on(QStringLiteral("echo present; cat"), QStringLiteral("absent\n"));
        proxy().on(QStringLiteral("puw-preview-port"), QString(), 1);
        proxy().on(QStringLiteral("'nginx' '-t'"), QString());
        proxy().on(QStringLiteral("'nginx' '-s' 'reload'"), QString());
        proxy().on(QStringLiteral("puw-preview-ask"), QStringLiteral("HTTP/1.1 200 OK\n"));
    }

    ScriptedShell& proxy() { return hosts.proxyHost; }
    QString file() const { return kFolder + QStringLiteral("/puw-preview.conf"); }

    template <typename Work> auto withContext(const QVariantMap& options, Work work)
    {
        JobContext ctx(
            StepId::RunChecks, plan, *binding, hosts,
            [this](const JobEvent& event) {
                if (const auto* value = event.as<SessionValue>())
                    values.insert(value->key, value->value);
            },
            cancelled, dir.filePath(QStringLiteral("backups")), false);
        ctx.setOptions(options);
        ctx.setSessionValues(values);
        return work(ctx);
    }
    StepOutcome open(const QString& typed = QStringLiteral("192.0.2.5"))
    {
        return withContext({{StepOption::kTypedProxy, typed}},
                           [](JobContext& ctx) { return TesterPreview::open(ctx); });
    }
    StepOutcome close()
    {
        return withContext({}, [](JobContext& ctx) { return TesterPreview::close(ctx); });
    }

    // The commands in the order the proxy got them, by a word each holds.
    QStringList sequence() const
    {
        QStringList words;
        for (const QString& command : hosts.proxyHost.commands()) {
            for (const char* word : {"echo present", "puw-preview-port", ".puw-new", "'nginx' '-t'",
                                     "'nginx' '-s' 'reload'", "puw-preview-ask", "'rm' '-f' '--'"}) {
                if (command.contains(QLatin1String(word))) {
                    words << QLatin1String(word);
                    break;
                }
            }
        }
        return words;
    }

    QTemporaryDir dir;
    UpgradePlan plan;
    std::optional<RecipeBinding> binding;
    ScriptedHosts hosts;
    std::atomic<bool> cancelled{false};
    QMap<QString, QString> values;
    int writes = 0;
};

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QLatin1String(word);
    return result;
}

} // namespace

TEST_F(TesterPreviewFlow, OpensWithTheTestFirstAndRecordsWhereAndWhen)
{
    const StepOutcome outcome = open();
    EXPECT_EQ(outcome.state, StepState::Done) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("http://192.0.2.5:8081/")));
    EXPECT_EQ(sequence(), words({"echo present", "puw-preview-port", ".puw-new", "'nginx' '-t'",
                                 "'nginx' '-s' 'reload'", "puw-preview-ask"}));
    for (const QString& command : proxy().commands()) {
        if (command.contains(QStringLiteral("conf $(touch"))) {
            EXPECT_TRUE(command.contains(shellQuote(file()))) << command.toStdString();
        }
    }
    EXPECT_FALSE(values.value(SessionKey::kPreviewOpenedAt).isEmpty());
    EXPECT_EQ(values.value(SessionKey::kPreviewUrl), QStringLiteral("http://192.0.2.5:8081/"));
    EXPECT_TRUE(values.contains(SessionKey::kPreviewClosedAt));
    EXPECT_TRUE(values.value(SessionKey::kPreviewClosedAt).isEmpty());
}

TEST_F(TesterPreviewFlow, WithoutTheProxysAddressTypedNothingRuns)
{
    const StepOutcome outcome = open(QStringLiteral("192.0.2.6"));
    EXPECT_EQ(outcome.state, StepState::Failed);
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("192.0.2.5")));
    EXPECT_TRUE(proxy().commands().isEmpty());
}

TEST_F(TesterPreviewFlow, ARefusedTestRemovesTheFileAgainAndReloadsNothing)
{
    proxy().on(QStringLiteral("'nginx' '-t'"), QString(), 1,
               QStringLiteral("nginx: [emerg] bind() to 192.0.2.5:8081"));
    const StepOutcome outcome = open();
    EXPECT_EQ(outcome.state, StepState::Failed);
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("[emerg]"))) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("as it was"))) << outcome.summary.toStdString();
    EXPECT_EQ(sequence(),
              words({"echo present", "puw-preview-port", ".puw-new", "'nginx' '-t'", "'rm' '-f' '--'"}));
    EXPECT_TRUE(values.value(SessionKey::kPreviewOpenedAt).isEmpty());
}

TEST_F(TesterPreviewFlow, NoAnswerThroughThePreviewClosesItAgain)
{
    proxy().on(QStringLiteral("puw-preview-ask"), QString(), 1);
    const StepOutcome outcome = open();
    EXPECT_EQ(outcome.state, StepState::Failed);
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("include"))) << outcome.summary.toStdString();
    EXPECT_EQ(sequence(), words({"echo present", "puw-preview-port", ".puw-new", "'nginx' '-t'",
                                 "'nginx' '-s' 'reload'", "puw-preview-ask", "'rm' '-f' '--'", "'nginx' '-t'",
                                 "'nginx' '-s' 'reload'", "puw-preview-port"}));
}

TEST_F(TesterPreviewFlow, APortInUseOrAFileNotItsOwnIsRefusedBeforeAnyChange)
{
    proxy().on(QStringLiteral("puw-preview-port"), QString());
    EXPECT_EQ(open().state, StepState::Failed);
    EXPECT_EQ(writes, 0);
    proxy().on(QStringLiteral("echo present; cat"), QStringLiteral("present\nserver { listen 8081; }\n"));
    const StepOutcome foreign = open();
    EXPECT_EQ(foreign.state, StepState::Failed);
    EXPECT_TRUE(foreign.summary.contains(QStringLiteral("not written by this program")));
    EXPECT_EQ(close().state, StepState::Failed);
    EXPECT_EQ(writes, 0);
    EXPECT_TRUE(proxy().commandsWith(QStringLiteral("'rm' '-f'")).isEmpty())
        << "a file not its own was removed";
}

TEST_F(TesterPreviewFlow, ClosingRemovesTheFileTestsReloadsAndRecordsIt)
{
    values.insert(SessionKey::kPreviewOpenedAt, QStringLiteral("2026-12-07T10:00:00.000Z"));
    proxy().on(QStringLiteral("echo present; cat"),
               QStringLiteral("present\n") + nginx_preview::marker() + QStringLiteral("\nupstream x {}\n"));
    const StepOutcome outcome = close();
    EXPECT_EQ(outcome.state, StepState::Done) << outcome.summary.toStdString();
    // Closed once the port no longer answers, not when the reload returned.
    EXPECT_EQ(sequence(), words({"echo present", "'rm' '-f' '--'", "'nginx' '-t'", "'nginx' '-s' 'reload'",
                                 "puw-preview-port"}));
    EXPECT_FALSE(values.value(SessionKey::kPreviewClosedAt).isEmpty());
}

TEST_F(TesterPreviewFlow, StepNineOnlyLooksWhenNoPreviewIsOpen)
{
    const auto closed = withContext({}, [](JobContext& ctx) { return TesterPreview::closeIfOpen(ctx); });
    EXPECT_TRUE(closed.ok());
    EXPECT_EQ(sequence(), words({"echo present"}));
    plan.route.preview = {};
    hosts.proxyHost = ScriptedShell(QStringLiteral("proxy"));
    EXPECT_TRUE(withContext({}, [](JobContext& ctx) { return TesterPreview::closeIfOpen(ctx); }).ok());
    EXPECT_TRUE(proxy().commands().isEmpty()) << "a plan without a preview asks the proxy nothing";
}
