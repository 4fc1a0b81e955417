// The ways in per purpose (database.access in a recipe, database.<host> in a plan): which account each
// client logs in as, how, and in which container, as the command lines that reach the shell show it.
#include "FakeClients.h"
#include "database/DatabaseAdapter.h"
#include "recipes/RecipeLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::FakeClients;
using puw::test::hostilePassword;
using puw::test::hostileTarget;

namespace {

// Runs a command line through /bin/sh without sudo (the fakes stand in for the clients).
QString runFake(const DatabaseCommand& command)
{
    LocalShell shell;
    ShellRequest request = command.request(10000);
    request.sudo = false;
    const ShellOutcome outcome = shell.run(request);
    EXPECT_TRUE(outcome.ok()) << outcome.describe().toStdString() << outcome.stderrText.toStdString();
    return outcome.stdoutText;
}

QString arg(const QString& value)
{
    return QStringLiteral("arg=[") + value + QStringLiteral("]\n");
}

DatabaseTarget composeTarget()
{
    DatabaseTarget target = hostileTarget();
    target.host = QStringLiteral("127.0.0.1");
    target.port = QStringLiteral("5432");
    target.composeFile = QStringLiteral("/srv/parsec/docker-compose.yml");
    target.composeService = QStringLiteral("postgres");
    return target;
}

Expected<DatabaseTarget, QString> demoTarget(const DatabasePlan& database, HostRole role,
                                             const QString& engine = QStringLiteral("postgresql"))
{
    auto recipe = RecipeLoader::loadById(QStringLiteral("demo"), {});
    if (!recipe.ok())
        return unexpected(QStringLiteral("recipe"));
    UpgradePlan plan;
    plan.recipeId = QStringLiteral("demo");
    plan.variables.insert(QStringLiteral("db_engine"), engine);
    plan.database = database;
    auto binding = RecipeBinding::bind(recipe.value(), plan, QStringLiteral("plan.json"));
    if (!binding.ok())
        return unexpected(QStringLiteral("binding"));
    return DatabaseTarget::fromBinding(binding.value(),
                                       {{QStringLiteral("host_address"), QStringLiteral("10.0.0.5")}},
                                       plan.database.forRole(role));
}

} // namespace

TEST(DatabaseAccess, InsideComposeTheSuperuserDumpsAsPostgresAndTheAppCountsWithItsPassword)
{
    FakeClients fakes;
    DatabaseTarget target = composeTarget();
    target.dump = DatabaseAccess::local(QStringLiteral("postgres"), QStringLiteral("postgres"));
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);

    const DatabaseCommand dump = adapter->dumpCommand();
    EXPECT_FALSE(dump.sudo); // compose without composeSudo: the login user may run docker
    EXPECT_TRUE(dump.secretInput.isEmpty());
    const QString dumped = runFake(dump);
    EXPECT_TRUE(dumped.startsWith(QStringLiteral("compose-file=[/srv/parsec/docker-compose.yml]\n"
                                                 "compose-user=[postgres]\ncompose-service=[postgres]\n"
                                                 "prog=pg_dump\n")))
        << dumped.toStdString();
    // No host: the superuser logs in over the container's socket.
    EXPECT_TRUE(dumped.contains(QStringLiteral("arg=[--dbname=user='postgres' dbname=")))
        << dumped.toStdString();
    EXPECT_TRUE(dumped.contains(QStringLiteral("PGPASSWORD=[unset]")));

    const QString counted = runFake(adapter->tableCountsCommand());
    EXPECT_TRUE(counted.startsWith(QStringLiteral("compose-file=[/srv/parsec/docker-compose.yml]\n"
                                                  "compose-service=[postgres]\nprog=psql\n")))
        << counted.toStdString();
    EXPECT_TRUE(counted.contains(QStringLiteral("PGPASSWORD=[") + hostilePassword() + QStringLiteral("]")));
    EXPECT_TRUE(counted.contains(QStringLiteral("host='127.0.0.1' port='5432'")));
}

TEST(DatabaseAccess, ComposeThroughSudoRunsEveryClientAndToolAsRoot)
{
    DatabaseTarget target = composeTarget();
    target.composeSudo = true;
    for (DatabaseEngine engine : {DatabaseEngine::PostgreSql, DatabaseEngine::MySql}) {
        const auto adapter = DatabaseAdapter::create(engine, target);
        EXPECT_TRUE(adapter->dumpCommand().sudo);
        EXPECT_TRUE(adapter->tableCountsCommand().sudo);
        EXPECT_TRUE(adapter->recreateCommand().sudo);
        EXPECT_TRUE(adapter->dumpToolVersionCommand().sudo);
        EXPECT_TRUE(adapter->canStreamRestore());
        auto partial = PartialDump::forFinalPath(QStringLiteral("/var/tmp/parallel-upgrade/d.dump"));
        ASSERT_TRUE(partial.ok());
        const DatabaseCommand streamed = adapter->streamRestoreCommand(partial.value());
        EXPECT_TRUE(streamed.sudo);
        EXPECT_TRUE(streamed.commandLine.contains(QStringLiteral("'docker' 'compose'")));
        EXPECT_TRUE(streamed.commandLine.contains(QStringLiteral("chown -- \"$SUDO_USER\"")));
    }
}

TEST(DatabaseAccess, PostgresRestoreAsTheSuperuserKeepsOwnersAndReadsTheFileOnStdin)
{
    FakeClients fakes;
    DatabaseTarget target = hostileTarget();
    target.name = QStringLiteral("demo");
    target.restore = DatabaseAccess::local(QStringLiteral("postgres"), QStringLiteral("postgres"));
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.dump"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("PGDMP-bytes");
    file.close();
    // A verified file: verifyExisting against the fake pg_restore, which reads it and exits 0.
    LocalShell shell(QStringLiteral("new"));
    auto dump = adapter->verifyExisting(shell, path);
    ASSERT_TRUE(dump.ok()) << dump.error().toStdString();

    const DatabaseCommand restore = adapter->restoreCommand(dump.value(), {4});
    EXPECT_TRUE(restore.sudo);
    EXPECT_TRUE(restore.secretInput.isEmpty());
    const QString out = runFake(restore);
    EXPECT_TRUE(out.startsWith(QStringLiteral("runuser-as=[postgres]\nprog=pg_restore\n")))
        << out.toStdString();
    EXPECT_FALSE(out.contains(arg(QStringLiteral("--no-owner")))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("--jobs")));
    EXPECT_TRUE(out.contains(QStringLiteral("stdin=[PGDMP-bytes]"))) << out.toStdString();

    // The application's own account: its objects are its own, and pg_restore opens the file in parallel.
    target.restore.reset();
    const auto asApp = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);
    const QString app = runFake(asApp->restoreCommand(dump.value(), {4}));
    EXPECT_TRUE(app.contains(arg(QStringLiteral("--no-owner"))));
    EXPECT_TRUE(app.contains(arg(QStringLiteral("--jobs=4"))));
    EXPECT_TRUE(app.contains(arg(path)));
}

TEST(DatabaseAccess, MysqlSuperuserIsRootOverTheSocketAndAppSocketSendsThePassword)
{
    FakeClients fakes;
    DatabaseTarget target = hostileTarget();
    target.port = QStringLiteral("3306");
    target.dump = DatabaseAccess::local(QStringLiteral("root"), QStringLiteral("root"));
    target.count = databaseAccessForMode(QStringLiteral("app-socket"), DatabaseEngine::MySql, target.app.user,
                                         QStringLiteral("root"))
                       .value();
    target.setAppPassword(hostilePassword());
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, target);
    const DatabaseCommand dump = adapter->dumpCommand();
    EXPECT_TRUE(dump.sudo);
    EXPECT_FALSE(dump.commandLine.contains(QStringLiteral("runuser")));
    const QString dumped = runFake(dump);
    EXPECT_TRUE(dumped.contains(arg(QStringLiteral("--protocol=SOCKET"))));
    EXPECT_TRUE(dumped.contains(arg(QStringLiteral("--user=root"))));
    EXPECT_TRUE(dumped.contains(QStringLiteral("MYSQL_PWD=[unset]")));

    const DatabaseCommand count = adapter->tableCountsCommand();
    EXPECT_FALSE(count.sudo);
    const QString counted = runFake(count);
    EXPECT_TRUE(counted.contains(arg(QStringLiteral("--socket=/run/mysqld/mysqld.sock"))))
        << counted.toStdString();
    EXPECT_FALSE(counted.contains(QStringLiteral("--host=")));
    EXPECT_TRUE(counted.contains(QStringLiteral("MYSQL_PWD=[") + hostilePassword() + QStringLiteral("]")));
}

TEST(DatabaseAccess, ThePlanNamesAWayPerHostAndPurposeOverTheRecipe)
{
    DatabasePlan database;
    database.oldHost.access = {{QStringLiteral("dump"), QStringLiteral("superuser")},
                               {QStringLiteral("count"), QStringLiteral("superuser")}};
    database.newHost.access = {{QStringLiteral("restore"), QStringLiteral("app-peer")},
                               {QStringLiteral("count"), QStringLiteral("superuser")},
                               {QStringLiteral("dump"), QStringLiteral("superuser")}};
    database.newHost.socket = QStringLiteral("/run/pg");
    const auto old = demoTarget(database, HostRole::Old);
    ASSERT_TRUE(old.ok()) << old.error().toStdString();
    EXPECT_EQ(old->access(DatabasePurpose::Dump).method, DatabaseAccess::Method::Local);
    EXPECT_EQ(old->access(DatabasePurpose::Dump).osUser, QStringLiteral("postgres"));
    EXPECT_EQ(old->access(DatabasePurpose::Restore).method, DatabaseAccess::Method::Password);
    EXPECT_TRUE(old->needsAppPassword()); // restore stays "app" on old

    const auto fresh = demoTarget(database, HostRole::New);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->access(DatabasePurpose::Restore).osUser, QStringLiteral("demo"));
    EXPECT_EQ(fresh->access(DatabasePurpose::Restore).user, QStringLiteral("demo"));
    EXPECT_EQ(fresh->access(DatabasePurpose::Restore).socket, QStringLiteral("/run/pg"));
    EXPECT_FALSE(fresh->needsAppPassword()); // peer and superuser only: no password asked

    const auto maria = demoTarget(database, HostRole::Old, QStringLiteral("mariadb"));
    ASSERT_TRUE(maria.ok());
    EXPECT_EQ(maria->access(DatabasePurpose::Dump).user, QStringLiteral("root"));
    EXPECT_EQ(maria->access(DatabasePurpose::Admin).user, QStringLiteral("root"));
}

TEST(DatabaseAccess, PlanSectionRoundTripsAndAnUnknownModeIsRefusedByName)
{
    const QByteArray json = R"({"recipe": "demo", "old": {"address": "a"}, "new": {"address": "b"},
        "database": {"old": {"dump": "superuser", "socket": "/run/postgresql"},
                     "new": {"restore": "superuser"}, "allowDowngrade": "tested on 14 first"}})";
    const auto plan = UpgradePlan::fromJson(json, QStringLiteral("p.json"), {QStringLiteral("demo")});
    ASSERT_TRUE(plan.ok()) << plan.error().problem.toStdString();
    EXPECT_EQ(plan->database.oldHost.access.value(QStringLiteral("dump")), QStringLiteral("superuser"));
    EXPECT_EQ(plan->database.oldHost.socket, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(plan->database.downgradeReason, QStringLiteral("tested on 14 first"));
    const auto again =
        UpgradePlan::fromJson(plan->toJson(), QStringLiteral("p.json"), {QStringLiteral("demo")});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->database, plan->database);

    const QByteArray bad = R"({"recipe": "demo", "old": {"address": "a"}, "new": {"address": "b"},
        "database": {"new": {"restore": "root"}}})";
    const auto refused = UpgradePlan::fromJson(bad, QStringLiteral("p.json"), {QStringLiteral("demo")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("database.new.restore"));
    EXPECT_TRUE(refused.error().fix.contains(QStringLiteral("superuser")));
}

TEST(DatabaseAccess, ARelaySideThroughSudoWithAPasswordSendsItFirstAndNeverOnTheLine)
{
    DatabaseTarget target = hostileTarget();
    target.dump = DatabaseAccess::local(QStringLiteral("postgres"), QStringLiteral("postgres"));
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);
    const DatabaseCommand dump = adapter->dumpCommand();
    ASSERT_TRUE(dump.sudo);
    const CommandSpec withPassword = dump.relaySpec(0, "sudo-pw\n");
    EXPECT_TRUE(withPassword.shellCommand.startsWith(QStringLiteral("sudo -k -S -p '' -- 'sh' '-c' ")));
    EXPECT_FALSE(withPassword.shellCommand.contains(QStringLiteral("sudo-pw")));
    EXPECT_TRUE(withPassword.stdinData.startsWith("sudo-pw\n"));
    EXPECT_TRUE(withPassword.stdinIsSecret);
    const CommandSpec free = dump.relaySpec(0, {});
    EXPECT_TRUE(free.shellCommand.startsWith(QStringLiteral("sudo -n -- ")));
    EXPECT_TRUE(free.stdinData.isEmpty());
}
