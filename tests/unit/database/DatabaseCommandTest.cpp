// The adapters' command lines, run through /bin/sh against stand-in clients: each value arrives as
// exactly one argument, the password only in the environment, never in a command line.
#include "FakeClients.h"
#include "database/DatabaseAdapter.h"
#include "database/PostgresAdapter.h"
#include "recipes/RecipeLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::FakeClients;
using puw::test::hostilePassword;
using puw::test::hostileTarget;

namespace {

QString runFake(const DatabaseCommand& command)
{
    LocalShell shell;
    const ShellOutcome outcome = shell.run(command.request(10000));
    EXPECT_TRUE(outcome.ok()) << outcome.describe().toStdString() << outcome.stderrText.toStdString();
    return outcome.stdoutText;
}

QString arg(const QString& value)
{
    return QStringLiteral("arg=[") + value + QStringLiteral("]\n");
}

QList<DatabaseCommand> everyCommand(const DatabaseAdapter& adapter)
{
    return {adapter.dumpCommand(),
            adapter.recreateCommand(),
            adapter.tableCountsCommand(),
            adapter.sizeCommand(),
            adapter.serverVersionCommand(),
            adapter.dumpToolVersionCommand(),
            adapter.queryValueCommand(QStringLiteral("SELECT 1"))};
}

} // namespace

TEST(DatabaseCommands, PostgresDumpPassesHostileNamesAsOneConnectionStringAndThePasswordOnStdin)
{
    FakeClients fakes;
    ASSERT_TRUE(fakes.isValid());
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, hostileTarget());
    const DatabaseCommand dump = adapter->dumpCommand();
    EXPECT_FALSE(dump.commandLine.contains(hostilePassword()));
    EXPECT_EQ(dump.secretInput, hostilePassword().toUtf8() + '\n');
    EXPECT_TRUE(dump.request().stdinIsSecret);
    EXPECT_FALSE(dump.sudo);

    const QString out = runFake(dump);
    EXPECT_TRUE(out.startsWith(QStringLiteral("prog=pg_dump\n"))) << out.toStdString();
    EXPECT_TRUE(out.contains(arg(QStringLiteral("--format=custom"))));
    EXPECT_TRUE(out.contains(
        arg(QStringLiteral("--dbname=host='db.example.org' port='5433' user='app\\'user \"q\"' "
                           "dbname='-x\\' host=evil dbname=y \"$(touch /tmp/puw-pwned)\" `id` ä;\\\\ %1'"))))
        << out.toStdString();
    EXPECT_TRUE(out.contains(arg(QStringLiteral("--exclude-table=\"tmp `x` 'y' *\""))));
    EXPECT_TRUE(out.contains(QStringLiteral("PGPASSWORD=[") + hostilePassword() + QStringLiteral("]")));
    EXPECT_TRUE(out.contains(QStringLiteral("stdin=[]"))); // the password line was taken, nothing else
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned")));
}

TEST(DatabaseCommands, NoCommandLineEverHoldsThePassword)
{
    for (DatabaseEngine engine : {DatabaseEngine::PostgreSql, DatabaseEngine::MySql}) {
        DatabaseTarget target = hostileTarget();
        target.admin = DatabaseAccess::withPassword(QStringLiteral("root"), QStringLiteral("admin-pw-42"));
        target.restoreFixes = {QStringLiteral("liquibase-lock")};
        const auto adapter = DatabaseAdapter::create(engine, target);
        QList<DatabaseCommand> commands = everyCommand(*adapter) + adapter->postRestoreCommands();
        auto partial = PartialDump::forFinalPath(QStringLiteral("/var/backups/puw/demo.dump"));
        ASSERT_TRUE(partial.ok());
        commands << adapter->dumpToFileCommand(partial.value()) << adapter->receiveCommand(partial.value())
                 << adapter->promoteCommand(partial.value(), QStringLiteral("ab12"));
        for (const DatabaseCommand& command : std::as_const(commands)) {
            EXPECT_FALSE(command.commandLine.contains(QStringLiteral("s3cr")))
                << command.commandLine.toStdString();
            EXPECT_FALSE(command.commandLine.contains(QStringLiteral("admin-pw-42")));
            EXPECT_FALSE(command.display().contains(QStringLiteral("s3cr")));
            EXPECT_FALSE(command.input.contains("s3cr"));
        }
    }
}

TEST(DatabaseCommands, PostgresRecreateRunsAsTheLocalAdminWithNamesAsPsqlVariables)
{
    FakeClients fakes;
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, hostileTarget());
    const DatabaseCommand recreate = adapter->recreateCommand();
    EXPECT_TRUE(recreate.sudo);
    EXPECT_TRUE(recreate.secretInput.isEmpty());
    EXPECT_TRUE(recreate.input.contains("DROP DATABASE IF EXISTS :\"db\""));
    EXPECT_TRUE(recreate.input.contains("OWNER :\"owner\""));
    const QString out = runFake(recreate);
    EXPECT_TRUE(out.startsWith(QStringLiteral("runuser-as=[postgres]\nprog=psql\n"))) << out.toStdString();
    EXPECT_TRUE(out.contains(arg(QStringLiteral("db=") + hostileTarget().name)));
    EXPECT_TRUE(out.contains(arg(QStringLiteral("owner=app'user \"q\""))));
    EXPECT_TRUE(out.contains(arg(QStringLiteral("--dbname=user='postgres' dbname='postgres'"))));
    EXPECT_TRUE(out.contains(QStringLiteral("PGPASSWORD=[unset]")));
}

TEST(DatabaseCommands, MysqlDumpIgnoresTablesEndsOptionsAndReadsThePasswordIntoMysqlPwd)
{
    FakeClients fakes;
    DatabaseTarget target = hostileTarget();
    target.port = QStringLiteral("3306");
    target.restoreFixes = {QStringLiteral("max-allowed-packet")};
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, target);
    const QString out = runFake(adapter->dumpCommand());
    const QStringList expected{QStringLiteral("prog=mysqldump"),
                               QStringLiteral("arg=[--no-defaults]"),
                               QStringLiteral("arg=[--protocol=TCP]"),
                               QStringLiteral("arg=[--host=db.example.org]"),
                               QStringLiteral("arg=[--port=3306]"),
                               QStringLiteral("arg=[--user=app'user \"q\"]"),
                               QStringLiteral("arg=[--default-character-set=utf8mb4]"),
                               QStringLiteral("arg=[--single-transaction]"),
                               QStringLiteral("arg=[--routines]"),
                               QStringLiteral("arg=[--events]"),
                               QStringLiteral("arg=[--triggers]"),
                               QStringLiteral("arg=[--no-tablespaces]"),
                               QStringLiteral("arg=[--hex-blob]"),
                               QStringLiteral("arg=[--max-allowed-packet=1073741824]"),
                               QStringLiteral("arg=[--ignore-table=") + target.name +
                                   QStringLiteral(".tmp `x` 'y' *]"),
                               QStringLiteral("arg=[--]"),
                               QStringLiteral("arg=[") + target.name + QStringLiteral("]"),
                               QStringLiteral("PGPASSWORD=[unset]"),
                               QStringLiteral("MYSQL_PWD=[") + hostilePassword() + QStringLiteral("]"),
                               QStringLiteral("stdin=[]")};
    EXPECT_EQ(out, expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

TEST(DatabaseCommands, MysqlRecreateQuotesTheNameAndUsesTheCharset)
{
    DatabaseTarget target = hostileTarget();
    target.name = QStringLiteral("a`b");
    target.charset = QStringLiteral("utf8mb4");
    target.admin = DatabaseAccess::local(QStringLiteral("root"), QStringLiteral("root"));
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, target);
    const DatabaseCommand recreate = adapter->recreateCommand();
    EXPECT_EQ(
        QString::fromUtf8(recreate.input),
        QStringLiteral("DROP DATABASE IF EXISTS `a``b`;\nCREATE DATABASE `a``b` CHARACTER SET utf8mb4;\n"));
    EXPECT_TRUE(recreate.sudo);
    EXPECT_FALSE(recreate.commandLine.contains(QStringLiteral("runuser"))); // root needs no runuser
    EXPECT_TRUE(recreate.commandLine.contains(QStringLiteral("'--protocol=SOCKET'")));
}

TEST(DatabaseCommands, ComposeWrapsTheClientAndTheScriptStillReadsThePassword)
{
    FakeClients fakes;
    DatabaseTarget target = hostileTarget();
    target.composeFile = QStringLiteral("/opt/parsec/parsec server.yaml");
    target.composeService = QStringLiteral("postgres");
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);
    const DatabaseCommand dump = adapter->dumpCommand();
    EXPECT_FALSE(dump.sudo);
    const QString out = runFake(dump);
    EXPECT_TRUE(out.startsWith(QStringLiteral("compose-file=[/opt/parsec/parsec server.yaml]\n"
                                              "compose-service=[postgres]\nprog=pg_dump\n")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("PGPASSWORD=[") + hostilePassword() + QStringLiteral("]")));

    const QString admin = runFake(adapter->recreateCommand());
    EXPECT_TRUE(admin.contains(QStringLiteral("compose-user=[postgres]"))) << admin.toStdString();
    EXPECT_TRUE(
        adapter->dumpToolVersionCommand().commandLine.startsWith(QStringLiteral("'docker' 'compose'")));
}

// Step 1's free-space check reads the data directory where the server sees it: inside the container (a
// volume there, no such folder on the host), with the host's own spelling and sudo of compose.
TEST(DatabaseCommands, FreeSpaceOfTheDataDirectoryIsReadInsideTheComposeService)
{
    FakeClients fakes;
    DatabaseTarget target = hostileTarget();
    target.composeFile = QStringLiteral("/opt/parsec/parsec server.yaml");
    target.composeService = QStringLiteral("postgres");
    const auto inCompose = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);
    const DatabaseCommand df = inCompose->freeSpaceCommand(QStringLiteral("/"));
    EXPECT_FALSE(df.sudo) << "the login user reaches docker's socket here";
    const QString out = runFake(df);
    EXPECT_TRUE(out.startsWith(QStringLiteral("compose-file=[/opt/parsec/parsec server.yaml]\n"
                                              "compose-service=[postgres]\n")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("% /\n"))) << "df's line about / " << out.toStdString();

    target.composeSudo = true;
    EXPECT_TRUE(DatabaseAdapter::create(DatabaseEngine::PostgreSql, target)
                    ->freeSpaceCommand(QStringLiteral("/"))
                    .sudo);

    const auto onHost = DatabaseAdapter::create(DatabaseEngine::PostgreSql, hostileTarget());
    const DatabaseCommand direct = onHost->freeSpaceCommand(QStringLiteral("/var/lib/postgresql/15/main"));
    EXPECT_EQ(direct.commandLine, QStringLiteral("'df' '-Pk' '--' '/var/lib/postgresql/15/main'"));
    EXPECT_TRUE(direct.sudo) << "the data directory may be readable by the server's account only";
}

TEST(DatabaseCommands, QueriesSendTheirScriptAfterThePasswordLine)
{
    FakeClients fakes;
    DatabaseTarget target = hostileTarget();
    target.port = QStringLiteral("3306");
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, target);
    const QString out = runFake(adapter->queryValueCommand(QStringLiteral("SELECT max(name) FROM m")));
    EXPECT_TRUE(out.contains(QStringLiteral("stdin=[SELECT max(name) FROM m;\n]"))) << out.toStdString();
    EXPECT_TRUE(out.contains(arg(QStringLiteral("--database=") + target.name)));
}

TEST(DatabaseCommands, TargetFromTheOpenBoxesRecipe)
{
    auto recipe = RecipeLoader::loadById(QStringLiteral("openboxes"), {});
    ASSERT_TRUE(recipe.ok());
    UpgradePlan plan;
    plan.recipeId = QStringLiteral("openboxes");
    plan.variables.insert(QStringLiteral("db_name"), QStringLiteral("ob"));
    auto binding = RecipeBinding::bind(recipe.value(), plan, QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok());
    auto adapter = DatabaseAdapter::fromBinding(binding.value(), {}, QStringLiteral("pw"));
    ASSERT_TRUE(adapter.ok()) << adapter.error().toStdString();
    const DatabaseTarget& target = adapter.value()->target();
    EXPECT_EQ(adapter.value()->engine(), DatabaseEngine::MySql);
    EXPECT_EQ(target.name, QStringLiteral("ob"));
    EXPECT_EQ(target.port, QStringLiteral("3306"));
    EXPECT_EQ(target.charset, QStringLiteral("utf8"));
    EXPECT_EQ(target.app.user, QStringLiteral("openboxes"));
    EXPECT_EQ(target.app.password, QStringLiteral("pw"));
    EXPECT_EQ(target.excludeTables.size(), 3);
    EXPECT_TRUE(target.restoreFixes.contains(QStringLiteral("mysql8-collations")));
    EXPECT_EQ(target.admin.method, DatabaseAccess::Method::Local);
    EXPECT_TRUE(adapter.value()->dumpCommand().commandLine.contains(
        QStringLiteral("'--ignore-table=ob.product_demand_details'")));
}

TEST(DatabaseCommands, TargetFromTheDemoRecipeUsesTheHostAddressAndAdminRole)
{
    auto recipe = RecipeLoader::loadById(QStringLiteral("demo"), {});
    ASSERT_TRUE(recipe.ok());
    UpgradePlan plan;
    plan.recipeId = QStringLiteral("demo");
    auto binding = RecipeBinding::bind(recipe.value(), plan, QStringLiteral("plan.json"));
    ASSERT_TRUE(binding.ok());
    EXPECT_FALSE(DatabaseTarget::fromBinding(binding.value()).ok()); // host_address is per host
    auto target = DatabaseTarget::fromBinding(binding.value(),
                                              {{QStringLiteral("host_address"), QStringLiteral("10.0.0.5")}});
    ASSERT_TRUE(target.ok()) << target.error().toStdString();
    EXPECT_EQ(target->host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(target->admin.user, QStringLiteral("postgres"));
    EXPECT_EQ(target->admin.osUser, QStringLiteral("postgres"));
}

// A promoted dump reaches the disk before its name says it is complete: the file is synced before the
// rename, the folder (which holds the new name) after it. Seen through stand-ins for sync and mv that
// log each call, then do the real thing.
TEST(DatabaseCommands, APromotedDumpIsSyncedBeforeItsRenameAndItsFolderAfter)
{
    FakeClients fakes; // pg_restore, which verifies the file
    QTemporaryDir tools;
    QTemporaryDir folder;
    ASSERT_TRUE(tools.isValid() && folder.isValid());
    const QString calls = tools.filePath(QStringLiteral("calls.log"));
    for (const char* tool : {"sync", "mv"}) {
        QFile script(tools.filePath(QString::fromLatin1(tool)));
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\necho \"%1 $*\" >> '%2'\nexec /bin/%1 \"$@\"\n")
                         .arg(QString::fromLatin1(tool), calls)
                         .toUtf8());
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", tools.path().toUtf8() + ':' + path);

    const QString finalPath = folder.filePath(QStringLiteral("demo-rehearsal.dump"));
    auto partial = PartialDump::forFinalPath(finalPath);
    ASSERT_TRUE(partial.ok());
    QFile dump(partial->path());
    ASSERT_TRUE(dump.open(QIODevice::WriteOnly));
    dump.write("PGDMP stand-in");
    dump.close();
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, hostileTarget());
    runFake(adapter->promoteCommand(partial.value()));
    qputenv("PATH", path);

    EXPECT_TRUE(QFile::exists(finalPath));
    EXPECT_FALSE(QFile::exists(partial->path()));
    QFile log(calls);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << lines.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("sync -- ") + partial->path());
    EXPECT_EQ(lines[1], QStringLiteral("mv -f -- ") + partial->path() + QLatin1Char(' ') + finalPath);
    EXPECT_EQ(lines[2], QStringLiteral("sync -- ") + folder.path());
}
