// The plan page's rules are the plan file's: a typed form is judged by UpgradePlan's own reader, and what
// PlanWriter saves loads back equal, never holding a secret.
#include "plan/PlanForm.h"
#include "plan/PlanWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QStringList kRecipes{QStringLiteral("demo"), QStringLiteral("systemd-postgresql")};

UpgradePlan fullPlan()
{
    UpgradePlan plan;
    plan.name = QStringLiteral("Lager « Süd »");
    plan.recipeId = QStringLiteral("systemd-postgresql");
    plan.oldHost = {QStringLiteral("old.example.org"), 2222, QStringLiteral("admin"),
                    QStringLiteral("/home/admin/.ssh/id_ed25519")};
    plan.newHost = {QStringLiteral("new.example.org"), 0, {}, {}};
    plan.route.kind = RouteKind::Dns;
    plan.route.publicUrl = QStringLiteral("https://app.example.org/");
    plan.route.dnsName = QStringLiteral("app.example.org");
    plan.route.resolver = QStringLiteral("10.0.0.53");
    plan.route.resolverPort = 5353;
    plan.knownHostsFile = QStringLiteral("/home/admin/upgrade/known_hosts");
    plan.variables.insert(QStringLiteral("unit"), QStringLiteral("app.service"));
    plan.secretEnvironment.insert(QStringLiteral("db-password"), QStringLiteral("APP_DB_PASSWORD"));
    return plan;
}

PlanError errorOf(const PlanForm& form)
{
    const auto result = form.check(kRecipes);
    EXPECT_FALSE(result.ok());
    return result.ok() ? PlanError{} : result.error();
}

} // namespace

TEST(PlanForm, AFilledFormIsThePlanItShows)
{
    const UpgradePlan plan = fullPlan();
    const auto checked = PlanForm::fromPlan(plan).check(kRecipes);
    ASSERT_TRUE(checked.ok()) << checked.error().message().toStdString();
    EXPECT_EQ(checked.value(), plan);
}

TEST(PlanForm, ErrorsNameTheFieldAndTheFixAsTheLoaderDoes)
{
    PlanForm form = PlanForm::fromPlan(fullPlan());
    form.oldHost.port = QStringLiteral("22x");
    PlanError error = errorOf(form);
    EXPECT_EQ(error.field, QStringLiteral("old.port"));
    EXPECT_TRUE(error.fix.contains(QStringLiteral("1 to 65535"))) << error.fix.toStdString();

    form.oldHost.port = QStringLiteral("70000");
    EXPECT_EQ(errorOf(form).field, QStringLiteral("old.port"));

    form = PlanForm::fromPlan(fullPlan());
    form.newHost.address.clear();
    error = errorOf(form);
    EXPECT_EQ(error.field, QStringLiteral("new.address"));
    // The same words a hand-written file gets.
    const auto fromFile = UpgradePlan::fromJson(
        R"({"recipe": "demo", "old": {"address": "a"}, "new": {"address": ""}})", {}, kRecipes);
    ASSERT_FALSE(fromFile.ok());
    EXPECT_EQ(error.message(), fromFile.error().message());

    form = PlanForm::fromPlan(fullPlan());
    form.newHost = form.oldHost;
    EXPECT_EQ(errorOf(form).field, QStringLiteral("new"));

    form = PlanForm::fromPlan(fullPlan());
    form.recipe = QStringLiteral("wordpress");
    EXPECT_EQ(errorOf(form).field, QStringLiteral("recipe"));

    form = PlanForm::fromPlan(fullPlan());
    form.routeKind = QStringLiteral("nginx");
    EXPECT_EQ(errorOf(form).field, QStringLiteral("route.proxy"));
}

TEST(PlanForm, ASecretPastedWhereAVariableNameBelongsIsRefused)
{
    PlanForm form = PlanForm::fromPlan(fullPlan());
    form.secretEnvironment[QStringLiteral("db-password")] = QStringLiteral("hunter2 is my p@ssword!");
    const PlanError error = errorOf(form);
    EXPECT_EQ(error.field, QStringLiteral("secretEnvironment.db-password"));
    EXPECT_FALSE(error.message().contains(QStringLiteral("hunter2"))) << "the error must not repeat it";

    QTemporaryDir dir;
    UpgradePlan plan = fullPlan();
    plan.secretEnvironment[QStringLiteral("db-password")] = QStringLiteral("hunter2 is my p@ssword!");
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    EXPECT_FALSE(PlanWriter::write(plan, path, kRecipes).isEmpty());
    EXPECT_FALSE(QFile::exists(path)) << "nothing is written";
}

TEST(PlanWriter, WritesAFileThatLoadsBackEqual)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    const UpgradePlan plan = fullPlan();
    ASSERT_EQ(PlanWriter::write(plan, path, kRecipes), QString());
    const auto loaded = UpgradePlan::load(path, kRecipes);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded.value(), plan);

    // And again with an nginx route and the fewest fields.
    UpgradePlan small;
    small.recipeId = QStringLiteral("demo");
    small.oldHost.address = QStringLiteral("a");
    small.newHost.address = QStringLiteral("b");
    small.route.kind = RouteKind::Nginx;
    small.route.proxy.address = QStringLiteral("proxy");
    small.route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/up.conf");
    ASSERT_EQ(PlanWriter::write(small, path, kRecipes), QString());
    EXPECT_EQ(UpgradePlan::load(path, kRecipes).value(), small);
}

TEST(PlanWriter, APlanThatWouldNotLoadLeavesThePreviousFileAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    ASSERT_EQ(PlanWriter::write(fullPlan(), path, kRecipes), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    UpgradePlan broken = fullPlan();
    broken.newHost = broken.oldHost;
    const QString error = PlanWriter::write(broken, path, kRecipes);
    EXPECT_TRUE(error.contains(QStringLiteral("\"new\""))) << error.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);

    // An unwritable place is reported, not ignored.
    EXPECT_FALSE(
        PlanWriter::write(fullPlan(), dir.filePath(QStringLiteral("missing/plan.json")), kRecipes).isEmpty());
}
